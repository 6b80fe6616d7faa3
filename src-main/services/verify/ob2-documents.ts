/**
 * What every Open Badges 2.0 / 1.x row shares: finding the assertion's BadgeClass and Issuer
 * (embedded, or among the supporting documents the learner holds, by id), the assertion with
 * them embedded for the normalizer, and the checks that do not depend on how the badge is
 * verified — its dates, whether its BadgeClass and Issuer were found, and revocation.
 *
 * Revocation is answered only by the issuer's own RevocationList: the one the Issuer profile
 * names (`revocationList`), held by the learner, whose `issuer` (when it states one) is that
 * issuer. A list from anyone else never answers. Never fetches, never throws for a bad
 * document; a huge or malformed list is read item by item, skipping what is not an id.
 */
import { msg } from '../../../src-shared/i18n/spec';
import { asArray, idOf, isRecord, type JsonRecord } from '../../../src-shared/json';
import { openBadgeDate } from '../../../src-shared/normalize-ob2';
import type { CheckResult } from '../../../src-shared/verification';
import { check } from './check';
import type { VerificationContext } from './context';
import { validityCheckOfDates } from './validity';

/** Technical values shown in a check's detail are cut to this length. */
const MAX_DETAIL = 300;
/** A revocation reason is the issuer's own words, shown up to this length. */
const MAX_REASON = 500;

export function shortDetail(s: string): string {
  return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s;
}

export interface ResolvedAssertion {
  /** The assertion as given. */
  readonly assertion: JsonRecord;
  /** The assertion with its BadgeClass and Issuer embedded where they were found (for the normalizer). */
  readonly document: JsonRecord;
  readonly badgeId: string | undefined;
  readonly badgeClass: JsonRecord | undefined;
  readonly issuerId: string | undefined;
  readonly issuer: JsonRecord | undefined;
}

function heldOfKind(ctx: VerificationContext, id: string | undefined, kind: 'ob2-badgeclass' | 'ob2-issuer') {
  return id === undefined ? undefined : ctx.supporting.withId(id).find((h) => h.kind === kind)?.document;
}

/** An embedded node that says more than its id is used as given; a bare id is looked up among held documents. */
function embeddedOrHeld(
  raw: unknown,
  ctx: VerificationContext,
  kind: 'ob2-badgeclass' | 'ob2-issuer',
): JsonRecord | undefined {
  if (isRecord(raw) && Object.keys(raw).some((k) => k !== 'id' && k !== '@context' && k !== 'type')) return raw;
  return heldOfKind(ctx, idOf(raw), kind);
}

/** The assertion's BadgeClass and Issuer, from the assertion itself or the learner's supporting documents. */
export function resolveAssertion(assertion: JsonRecord, ctx: VerificationContext): ResolvedAssertion {
  const badgeId = idOf(assertion['badge']);
  const badgeClass = embeddedOrHeld(assertion['badge'], ctx, 'ob2-badgeclass');
  const issuerRaw = badgeClass?.['issuer'];
  const issuerId = idOf(issuerRaw) ?? (isRecord(issuerRaw) ? idOf(issuerRaw['origin']) : undefined);
  const issuer = embeddedOrHeld(issuerRaw, ctx, 'ob2-issuer');
  const document: JsonRecord =
    badgeClass === undefined
      ? assertion
      : { ...assertion, badge: { ...badgeClass, ...(issuer !== undefined ? { issuer } : {}) } };
  return { assertion, document, badgeId, badgeClass, issuerId, issuer };
}

/** Whether the BadgeClass and the Issuer profile were found: when not, a caveat says which file is missing. */
export function badgeFoundCheck(r: ResolvedAssertion): CheckResult | undefined {
  if (r.badgeClass === undefined)
    return check(
      'schema',
      'not_checked',
      'badge_class_not_held',
      msg('ob2.badge_class_not_held'),
      shortDetail(r.badgeId ?? 'no badge named'),
    );
  if (r.issuer === undefined)
    return check(
      'schema',
      'not_checked',
      'issuer_profile_not_held',
      msg('ob2.issuer_not_held'),
      shortDetail(r.issuerId ?? 'no issuer named'),
    );
  return undefined;
}

/** The badge's dates: issued not in the future, not expired (1.x Unix times and bare dates read too). */
export function badgeDatesCheck(assertion: JsonRecord, now: Date): CheckResult {
  return validityCheckOfDates(
    [['issuedOn', openBadgeDate(assertion['issuedOn'] ?? assertion['issued_on'])]],
    [['expires', openBadgeDate(assertion['expires'])]],
    now,
  );
}

function reasonText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const t = v.replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  if (t === '') return undefined;
  return t.length > MAX_REASON ? `${t.slice(0, MAX_REASON - 1)}…` : t;
}

function revokedCheck(reason: string | undefined, detail: string): CheckResult {
  return check(
    'status',
    'fail',
    'revoked',
    reason === undefined ? msg('ob2.revoked_no_reason') : msg('ob2.revoked', { reason }),
    shortDetail(detail),
  );
}

/** The entry for this assertion in a RevocationList, if it is listed (by id, or a 1.x `uid`). */
function listedIn(list: JsonRecord, ids: readonly string[]): { reason: string | undefined } | undefined {
  const revoked = list['revokedAssertions'];
  if (!Array.isArray(revoked)) return undefined;
  for (const item of revoked) {
    if (typeof item === 'string') {
      if (ids.includes(item)) return { reason: undefined };
    } else if (isRecord(item)) {
      const id = typeof item['id'] === 'string' ? item['id'] : typeof item['uid'] === 'string' ? item['uid'] : '';
      if (id !== '' && ids.includes(id)) return { reason: reasonText(item['revocationReason']) };
    }
  }
  return undefined;
}

/**
 * Revocation, answered only by the issuer's own list: the assertion itself saying it is
 * revoked fails; without the Issuer profile nothing can answer (not checked); a profile
 * naming no list means there is none (passes); a named list not held is not checked; a held
 * list under that id naming another issuer cannot answer; the issuer's list passes or fails.
 */
export function revocationCheck(r: ResolvedAssertion, ctx: VerificationContext): CheckResult {
  const a = r.assertion;
  if (a['revoked'] === true || a['revoked'] === 'true')
    return revokedCheck(reasonText(a['revocationReason']), idOf(a['id']) ?? 'the assertion itself');
  if (r.issuerId === undefined || r.issuer === undefined)
    return check(
      'status',
      'not_checked',
      'status_not_checked_offline',
      msg('ob2.revocation_unknown_without_issuer'),
      shortDetail(r.issuerId ?? 'no issuer named'),
    );
  const listRaw = r.issuer['revocationList'];
  const listId = idOf(listRaw);
  if (listRaw === undefined) return check('status', 'pass', 'no_status', msg('ob2.no_revocation_list'));
  const candidates: JsonRecord[] = [
    ...(isRecord(listRaw) && listRaw['revokedAssertions'] !== undefined ? [listRaw] : []),
    ...(listId === undefined
      ? []
      : ctx.supporting
          .withId(listId)
          .filter((h) => h.kind === 'ob2-revocation-list')
          .map((h) => h.document)),
  ];
  const where = listId ?? 'the issuer profile';
  if (candidates.length === 0)
    return check(
      'status',
      'not_checked',
      'status_not_checked_offline',
      msg('ob2.revocation_list_not_held'),
      shortDetail(where),
    );
  const issuers = candidates.filter((list) => {
    const named = idOf(list['issuer']);
    return named === undefined || named === r.issuerId;
  });
  if (issuers.length === 0)
    return check(
      'status',
      'not_checked',
      'status_list_not_verified',
      msg('ob2.revocation_list_not_issuers'),
      shortDetail(`${where} names ${idOf(candidates[0]?.['issuer']) ?? 'another issuer'}, not ${r.issuerId}`),
    );
  const ids = [a['id'], a['uid']].filter((v): v is string => typeof v === 'string');
  for (const list of issuers) {
    const hit = listedIn(list, ids);
    if (hit) return revokedCheck(hit.reason, `${ids[0] ?? ''} in ${where}`);
  }
  return check('status', 'pass', 'status_valid', msg('ob2.not_revoked'), shortDetail(where));
}

/** The 2.0 `verification` or 1.x `verify` object, if any. */
export function verificationOf(a: JsonRecord): JsonRecord | undefined {
  const v = a['verification'] ?? a['verify'];
  return isRecord(v) ? v : undefined;
}

/** The key a signed assertion names: 2.0 `verification.creator`, or 1.x `verify.url`. */
export function creatorOf(a: JsonRecord): string | undefined {
  const v = verificationOf(a);
  return idOf(v?.['creator']) ?? (isRecord(a['verify']) ? idOf(a['verify']['url']) : undefined);
}

/** Every key an Issuer profile lists (`publicKey`): ids, and embedded key objects. */
export function issuerKeys(issuer: JsonRecord | undefined): unknown[] {
  return issuer === undefined ? [] : asArray(issuer['publicKey']).slice(0, 100);
}
