/**
 * A signed Open Badges 2.0 (or 1.x) assertion: a compact JWS whose payload is the assertion,
 * signed with the key its `verification.creator` (1.x: `verify.url`) names. The wallet never
 * fetches that key: it is found among the supporting documents the learner holds — a
 * CryptographicKey file (`publicKeyPem`), or the issuer's profile listing the key (`publicKey`,
 * an embedded key object or a key id).
 *
 * Verdicts: no key held → the proof is *not checked* (the detail names the key needed); a key
 * held and a bad signature → *Not verified*; a good signature → the key must be the badge's
 * issuer's (the key's `owner`, or the issuer's profile listing it): another owner is *Not
 * verified*, no word either way is *not checked*; then dates and the issuer's own revocation
 * list decide (ob2-documents.ts). Never throws for a bad token or key; a PEM longer than
 * MAX_PEM_LENGTH is not read.
 */
import { compactVerify, errors as joseErrors, importSPKI } from 'jose';
import { msg } from '../../../src-shared/i18n/spec';
import { idOf, isRecord, type JsonRecord } from '../../../src-shared/json';
import { MAX_PEM_LENGTH } from '../../../src-shared/limits';
import { isLegacyAssertion } from '../../../src-shared/normalize-ob2';
import type { CheckResult } from '../../../src-shared/verification';
import { bindingMessage } from './binding';
import { check, resultOf } from './check';
import type { VerificationContext } from './context';
import type { VerifiedEntry } from './entries';
import type { DecodedJws } from './jwt-decode';
import {
  badgeDatesCheck,
  badgeFoundCheck,
  creatorOf,
  issuerKeys,
  resolveAssertion,
  revocationCheck,
  shortDetail,
  type ResolvedAssertion,
} from './ob2-documents';

/** Algorithms of signed badges (RS256 is the common one); never `none`, never an HMAC. */
const OB2_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384'];

/** A public key the learner holds that may have signed the badge, and who it says owns it. */
interface HeldKey {
  readonly id: string | undefined;
  readonly pem: string;
  /** The key's own `owner`, when it states one. */
  readonly owner: string | undefined;
  /** The issuer whose profile lists this key, when it was found through a profile. */
  readonly listedBy: string | undefined;
}

function keyOf(doc: JsonRecord, listedBy: string | undefined): HeldKey | undefined {
  const pem = doc['publicKeyPem'];
  if (typeof pem !== 'string') return undefined;
  return { id: idOf(doc['id']), pem, owner: idOf(doc['owner']), listedBy };
}

/** Whether the issuer's profile lists a key with this id (by id, or as an embedded key object). */
function profileLists(r: ResolvedAssertion, keyId: string | undefined): boolean {
  return keyId !== undefined && issuerKeys(r.issuer).some((k) => idOf(k) === keyId);
}

/**
 * The held keys the badge may be signed with: the key files under the creator's id, and keys
 * the issuer's profile embeds or names (all of them when the assertion names no creator).
 */
function candidateKeys(r: ResolvedAssertion, creator: string | undefined, ctx: VerificationContext): HeldKey[] {
  const keys: HeldKey[] = [];
  const listed = (id: string | undefined): string | undefined => (profileLists(r, id) ? r.issuerId : undefined);
  if (creator !== undefined)
    for (const h of ctx.supporting.withId(creator))
      if (h.kind === 'ob2-key') {
        const k = keyOf(h.document, listed(creator));
        if (k) keys.push(k);
      }
  for (const entry of issuerKeys(r.issuer)) {
    const id = idOf(entry);
    if (creator !== undefined && id !== creator) continue;
    if (isRecord(entry) && typeof entry['publicKeyPem'] === 'string') {
      const k = keyOf(entry, r.issuerId);
      if (k) keys.push(k);
    } else if (creator === undefined && id !== undefined) {
      for (const h of ctx.supporting.withId(id))
        if (h.kind === 'ob2-key') {
          const k = keyOf(h.document, r.issuerId);
          if (k) keys.push(k);
        }
    }
  }
  return keys;
}

type Signature =
  | { kind: 'valid'; key: HeldKey }
  | { kind: 'invalid'; key: HeldKey }
  | { kind: 'unreadable'; error: string }
  | { kind: 'unsupported'; alg: string };

async function checkWith(token: string, alg: string, key: HeldKey): Promise<Signature> {
  if (key.pem.length > MAX_PEM_LENGTH)
    return { kind: 'unreadable', error: `a PEM key of ${key.pem.length} characters` };
  let publicKey: Awaited<ReturnType<typeof importSPKI>>;
  try {
    publicKey = await importSPKI(key.pem.trim(), alg);
  } catch (e) {
    return { kind: 'unreadable', error: `the key does not fit ${alg}: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    await compactVerify(token, publicKey, { algorithms: [alg] });
    return { kind: 'valid', key };
  } catch (e) {
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return { kind: 'invalid', key };
    return { kind: 'unreadable', error: e instanceof Error ? e.message : String(e) };
  }
}

/** The signature with the first held key that verifies it; else invalid with a readable key; else why not. */
async function signatureOf(
  token: string,
  header: JsonRecord,
  keys: readonly HeldKey[],
): Promise<Signature | undefined> {
  const alg = typeof header['alg'] === 'string' ? header['alg'] : '';
  if (!OB2_ALGORITHMS.includes(alg)) return { kind: 'unsupported', alg: alg || 'no algorithm' };
  let invalid: Signature | undefined;
  let unreadable: Signature | undefined;
  for (const key of keys) {
    const s = await checkWith(token, alg, key);
    if (s.kind === 'valid') return s;
    if (s.kind === 'invalid') invalid ??= s;
    else unreadable ??= s;
  }
  return invalid ?? unreadable;
}

function keyLabel(key: HeldKey): string {
  return shortDetail(`key ${key.id ?? 'without an id'}`);
}

function proofCheck(sig: Signature | undefined, creator: string | undefined, alg: unknown): CheckResult {
  if (sig === undefined)
    return check(
      'proof',
      'not_checked',
      'key_not_resolvable_offline',
      msg('ob2.key_not_held'),
      shortDetail(creator ?? 'no key named in the badge'),
    );
  switch (sig.kind) {
    case 'valid':
      return check(
        'proof',
        'pass',
        'signature_valid',
        msg('check.signature_valid'),
        `JWS ${String(alg)}, ${keyLabel(sig.key)}`,
      );
    case 'invalid':
      return check(
        'proof',
        'fail',
        'signature_invalid',
        msg('check.signature_invalid'),
        `JWS ${String(alg)}, ${keyLabel(sig.key)}`,
      );
    case 'unsupported':
      return check(
        'proof',
        'not_checked',
        'unsupported_proof_type',
        msg('check.unsupported_proof_type'),
        shortDetail(`JWS algorithm ${sig.alg}`),
      );
    case 'unreadable':
      return check(
        'proof',
        'not_checked',
        'key_not_resolvable_offline',
        msg('ob2.key_unreadable'),
        shortDetail(sig.error),
      );
  }
}

/** The key that signed must be the badge's issuer's: its owner, or the issuer's profile listing it. */
function bindingCheck(sig: Signature | undefined, r: ResolvedAssertion): CheckResult {
  if (sig?.kind !== 'valid')
    return check(
      'issuer_binding',
      'not_checked',
      'issuer_not_confirmed',
      bindingMessage('issuer', 'noSignature'),
      r.issuerId === undefined ? undefined : shortDetail(r.issuerId),
    );
  const key = sig.key;
  if (r.issuerId === undefined)
    return check(
      'issuer_binding',
      'not_checked',
      'badge_class_not_held',
      msg('ob2.issuer_needs_badge_class'),
      shortDetail(r.badgeId ?? 'no badge named'),
    );
  if (key.owner !== undefined && key.owner !== r.issuerId)
    return check(
      'issuer_binding',
      'fail',
      'issuer_key_mismatch',
      msg('ob2.issuer_key_mismatch'),
      shortDetail(`issuer ${r.issuerId}; ${keyLabel(key)} owned by ${key.owner}`),
    );
  if (key.owner === r.issuerId || key.listedBy === r.issuerId)
    return check(
      'issuer_binding',
      'pass',
      'issuer_controls_key',
      msg('ob2.issuer_key_held'),
      shortDetail(`issuer ${r.issuerId}; ${keyLabel(key)}`),
    );
  return check(
    'issuer_binding',
    'not_checked',
    'issuer_not_confirmed',
    msg('ob2.issuer_key_unconfirmed'),
    shortDetail(`issuer ${r.issuerId}; ${keyLabel(key)}`),
  );
}

/** The one entry of a signed badge: its checks, and the assertion with its BadgeClass and Issuer for the normalizer. */
export async function verifySignedBadge(
  token: string,
  decoded: DecodedJws,
  ctx: VerificationContext,
): Promise<VerifiedEntry> {
  const assertion = decoded.payload;
  const r = resolveAssertion(assertion, ctx);
  const creator = creatorOf(assertion);
  const keys = candidateKeys(r, creator, ctx);
  const sig = keys.length === 0 ? undefined : await signatureOf(token.trim(), decoded.header, keys);
  const found = badgeFoundCheck(r);
  const checks: CheckResult[] = [
    proofCheck(sig, creator, decoded.header['alg']),
    bindingCheck(sig, r),
    badgeDatesCheck(assertion, ctx.now),
    revocationCheck(r, ctx),
    ...(found ? [found] : []),
  ];
  return {
    format: isLegacyAssertion(assertion) ? 'ob1' : 'ob2-signed',
    role: 'whole',
    document: r.document,
    verification: resultOf(checks, ctx.now),
  };
}
