/**
 * The status (revocation / suspension) check of a credential, answered from status-list
 * credentials the wallet already holds.
 *
 * BitstringStatusListEntry and StatusList2021Entry point to a list credential by URL.
 * The wallet never fetches it. A held list has lost the one thing that gave it authority, the
 * address it was served from: anyone can sign a list and give it any `id`. So a held list
 * answers for a credential only when it verifies AND it comes from the credential's issuer
 * (`hasAuthority`: the same issuer identifier, or a key with the same controller as a key
 * that validly signed the credential). Only then is its GZIP'd bitstring decoded and the
 * credential's bit read. (A list fetched from the credential's exact `statusListCredential`
 * address would carry that authority too; the wallet never fetches, so no held list has it.)
 * A list that claims the address but lacks authority answers nothing: the status is *not
 * checked* (`status_list_not_verified`, which makes the credential *Could not check*), and the
 * message names the list's signer and the id it claims.
 *
 * Matching: the lists whose `id` is the entry's URL answer first; failing those, a list whose
 * address ends in the same long, random-looking name (the same list published at another
 * address, as issuers and the DCC fixtures do), under the same authority rule, so a copy
 * counts only when the credential's issuer signed it. Several lists with authority must
 * agree, else the status is not checked and the message says they disagree; lists without
 * authority never override anything, and the order lists arrived in never matters (matches
 * are sorted, every candidate is judged).
 *
 * Other status types (1EdTechRevocationList) are *not checked* — never *passed*. Each list is
 * verified once per verifier and checking time (`ListResults`, owned by the verifier; nothing
 * is remembered by the module). This module must never fetch anything, never let a list
 * without authority (or unverified) answer, and never inflate more than MAX_LIST_BYTES.
 */
import { gunzipSync } from 'node:zlib';
import type { CheckCode, CheckResult, VerificationResult } from '../../../src-shared/verification';
import { asArray, idOf, isRecord } from '../../../src-shared/json';
import { isStatusListType } from '../../../src-shared/credential';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import { check } from './check';

/** Bitstring Status List requires at least 16 KiB (131,072 entries); 16 MiB is generous and bounds a GZIP bomb. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;

const LIST_ENTRY_TYPES = new Set(['BitstringStatusListEntry', 'StatusList2021Entry']);

/** A held list's own verification, with who it is from (read from its valid proofs). */
export interface VerifiedList {
  readonly result: VerificationResult;
  /** The list's named issuer. */
  readonly issuer: string | undefined;
  /** The controllers of the keys of the list's valid proofs. */
  readonly controllers: readonly string[];
}

export type ListVerifier = (list: Record<string, unknown>) => Promise<VerifiedList>;

export interface StatusOptions {
  /** Status-list credentials the wallet holds (parsed JSON). */
  statusLists?: readonly Record<string, unknown>[];
  /**
   * Verifies a list credential; the caller passes its own verifier (no import cycle), and
   * answers each list once per verification time (see `ListResults`).
   */
  verifyList: ListVerifier;
}

/**
 * One verification per held list document and checking time, shared by every credential a
 * verifier checks (a batch). Owned by the verifier that made it, never by the module.
 */
export class ListResults {
  private readonly byList = new WeakMap<Record<string, unknown>, Map<number, Promise<VerifiedList>>>();

  once(list: Record<string, unknown>, now: Date, verify: ListVerifier): Promise<VerifiedList> {
    let byTime = this.byList.get(list);
    if (!byTime) {
      byTime = new Map();
      this.byList.set(list, byTime);
    }
    let p = byTime.get(now.getTime());
    if (!p) {
      p = verify(list);
      byTime.set(now.getTime(), p);
    }
    return p;
  }
}

function typesOf(v: Record<string, unknown>): string[] {
  return asArray(v['type']).filter((t): t is string => typeof t === 'string');
}

/** True for a BitstringStatusListCredential / StatusList2021Credential document. */
export function isStatusListCredential(doc: unknown): doc is Record<string, unknown> {
  return isRecord(doc) && isStatusListType(typesOf(doc));
}

function lastPathSegment(url: string): string | undefined {
  try {
    const u = new URL(url);
    const seg = u.pathname
      .split('/')
      .filter((s) => s.length > 0)
      .pop();
    return seg !== undefined && seg.length >= 8 ? seg : undefined;
  } catch {
    return undefined;
  }
}

export type ListMatch = { list: Record<string, unknown>; how: 'id' | 'same-name' };

/**
 * Every held list that claims to be the one an entry points to: lists whose `id` is the
 * entry's URL, then lists whose address ends in the same long, random-looking name (the same
 * list published at another address, as the DCC fixtures are). A claim is only a claim: a
 * match answers nothing until `hasAuthority` holds for it. Sorted by id, so the order the
 * lists arrived in never matters.
 */
export function findStatusLists(url: string, lists: readonly Record<string, unknown>[]): ListMatch[] {
  const candidates = [...new Set(lists)].filter(isStatusListCredential);
  const byId = (a: ListMatch, b: ListMatch): number => compare(String(a.list['id']), String(b.list['id']));
  const exact = candidates.filter((l) => l['id'] === url).map((list): ListMatch => ({ list, how: 'id' }));
  const name = lastPathSegment(url);
  const same =
    name === undefined
      ? []
      : candidates
          .filter((l) => l['id'] !== url && typeof l['id'] === 'string' && lastPathSegment(l['id']) === name)
          .map((list): ListMatch => ({ list, how: 'same-name' }));
  return [...exact.sort(byId), ...same.sort(byId)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Who a credential is from: its named issuer and the controllers of the keys of its valid proofs. */
export interface Signers {
  readonly issuer: string | undefined;
  readonly controllers: readonly string[];
}

/**
 * The security decision: a held list speaks for a credential only when the list verifies and
 * it comes from the credential's issuer — the same issuer identifier, or a valid proof by a
 * key with the same controller as a key that validly signed the credential. Exact strings;
 * nothing is normalised (a did:key's controller is the did itself).
 */
export function hasAuthority(list: VerifiedList, credential: Signers): boolean {
  if (list.result.status !== 'verified') return false;
  if (list.issuer !== undefined && list.issuer === credential.issuer) return true;
  return list.controllers.some((c) => credential.controllers.includes(c));
}

/** Decodes an encodedList: multibase base64url ('u' prefix) for Bitstring, plain base64url for StatusList2021; GZIP inside. */
export function decodeEncodedList(encoded: string, kind: 'bitstring' | 'statuslist2021'): Uint8Array {
  let b64 = encoded;
  if (kind === 'bitstring') {
    if (!encoded.startsWith('u')) throw new Error('a Bitstring status list must be multibase base64url (prefix "u")');
    b64 = encoded.slice(1);
  }
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(b64)) throw new Error('the list is not base64url');
  const gz = Buffer.from(b64.replace(/=+$/, ''), 'base64url');
  return new Uint8Array(gunzipSync(gz, { maxOutputLength: MAX_LIST_BYTES }));
}

/** Bit `index`, counting from the most significant bit of the first byte (as both specs define). */
export function readBit(bits: Uint8Array, index: number): boolean {
  const byte = bits[Math.floor(index / 8)];
  if (byte === undefined)
    throw new RangeError(`index ${index} is beyond the end of the list (${bits.length * 8} entries)`);
  return (byte & (0x80 >> (index % 8))) !== 0;
}

type EntryAnswer =
  | { outcome: 'pass'; detail: string }
  | { outcome: 'fail'; code: 'revoked' | 'suspended'; detail: string }
  | { outcome: 'not_checked'; code: CheckCode; why: Message; detail: string };

function entryIndex(entry: Record<string, unknown>): number {
  const raw = entry['statusListIndex'];
  if (typeof raw === 'number') return raw;
  return typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
}

/** What one list (verified, with authority) says about an entry. */
function readList(
  entry: Record<string, unknown>,
  type: string,
  list: Record<string, unknown>,
  where: string,
): EntryAnswer {
  const subject = asArray(list['credentialSubject']).find((s) => isRecord(s) && typeof s['encodedList'] === 'string');
  const entryPurpose = typeof entry['statusPurpose'] === 'string' ? entry['statusPurpose'] : 'revocation';
  const invalid = (reason: string): EntryAnswer => ({
    outcome: 'not_checked',
    code: 'status_list_invalid',
    why: msg('check.held_status_list_unreadable'),
    detail: `${where}: ${reason}`,
  });
  if (!isRecord(subject)) return invalid('the list has no encodedList');
  const listPurposes = asArray(subject['statusPurpose']).filter((p): p is string => typeof p === 'string');
  if (listPurposes.length > 0 && !listPurposes.includes(entryPurpose)) {
    return invalid(`the list is for ${listPurposes.join(', ')}, the credential asks about ${entryPurpose}`);
  }
  const size = subject['statusSize'] ?? entry['statusSize'];
  if (size !== undefined && Number(size) !== 1)
    return invalid(`status entries of ${String(size)} bits are not supported`);
  const index = entryIndex(entry);
  if (!Number.isSafeInteger(index) || index < 0)
    return invalid(`the status index ${String(entry['statusListIndex'])} is not a number`);
  let set: boolean;
  try {
    const bits = decodeEncodedList(
      String(subject['encodedList']),
      type === 'BitstringStatusListEntry' ? 'bitstring' : 'statuslist2021',
    );
    set = readBit(bits, index);
  } catch (e) {
    return invalid(e instanceof Error ? e.message : String(e));
  }
  const detail = `${where}, index ${index}`;
  if (!set) return { outcome: 'pass', detail };
  if (entryPurpose === 'revocation') return { outcome: 'fail', code: 'revoked', detail };
  if (entryPurpose === 'suspension') return { outcome: 'fail', code: 'suspended', detail };
  return {
    outcome: 'not_checked',
    code: 'status_not_checked_offline',
    why: msg('check.status_flag_not_interpreted', { purpose: entryPurpose }),
    detail,
  };
}

function answerKey(a: EntryAnswer): string {
  return a.outcome === 'pass' ? 'pass' : `${a.outcome}:${a.code}`;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)].sort(compare);

async function answerEntry(
  entry: Record<string, unknown>,
  credential: Signers,
  opts: StatusOptions,
): Promise<EntryAnswer> {
  const type = typesOf(entry).find((t) => LIST_ENTRY_TYPES.has(t));
  const url = entry['statusListCredential'];
  const label = typesOf(entry).join(', ') || 'unknown status type';
  if (!type || typeof url !== 'string') {
    return {
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
      why: msg('check.status_type_not_checked_offline', { type: label }),
      detail: typeof entry['id'] === 'string' ? entry['id'] : label,
    };
  }
  const matches = findStatusLists(url, opts.statusLists ?? []);
  if (matches.length === 0) {
    return {
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
      why: msg('check.status_type_not_checked_offline', { type: label }),
      detail: url,
    };
  }
  const judged = await Promise.all(
    matches.map(async (m) => ({ ...m, id: String(m.list['id']), verified: await opts.verifyList(m.list) })),
  );
  // Lists at the exact address answer first; a copy under the same name only when none does.
  const speaking = (how: ListMatch['how']) =>
    judged.filter((j) => j.how === how && hasAuthority(j.verified, credential));
  const answering = speaking('id').length > 0 ? speaking('id') : speaking('same-name');

  if (answering.length === 0) {
    const verified = judged.filter((j) => j.verified.result.status === 'verified');
    if (verified.length === 0) {
      return {
        outcome: 'not_checked',
        code: 'status_list_not_verified',
        why: msg('check.held_status_list_not_verified'),
        detail: judged.map((j) => `${j.id}: ${j.verified.result.status.replace(/_/g, ' ')}`).join('; '),
      };
    }
    const signerOf = (j: (typeof verified)[number]): string =>
      j.verified.issuer ?? (j.verified.controllers.join(', ') || 'nobody named');
    return {
      outcome: 'not_checked',
      code: 'status_list_not_verified',
      why: msg('check.status_list_not_authoritative', {
        signer: unique(verified.map(signerOf)).join(', '),
        claims: unique(verified.map((j) => j.id)).join(', '),
      }),
      detail:
        `${url}: ` +
        judged
          .map((j) => `${j.id} signed by ${signerOf(j)}`)
          .concat(`the credential's issuer is ${credential.issuer ?? 'not named'}`)
          .join('; '),
    };
  }

  const answers = answering.map((j) =>
    readList(entry, type, j.list, j.how === 'id' ? j.id : `${j.id} (the same list as ${url})`),
  );
  const keys = new Set(answers.map(answerKey));
  const details = unique(answers.map((a) => a.detail)).join('; ');
  const first = answers[0];
  if (keys.size === 1 && first) return { ...first, detail: details };
  return {
    outcome: 'not_checked',
    code: 'status_list_not_verified',
    why: msg('check.status_lists_disagree', { claims: url }),
    detail: details,
  };
}

/**
 * The status check: pass only when every entry was answered by a verified held list with
 * authority over the credential (`controllers`: the controllers of the keys of the
 * credential's valid proofs) and none is set.
 */
export async function statusListCheck(
  credential: Record<string, unknown>,
  controllers: readonly string[],
  opts: StatusOptions,
): Promise<CheckResult> {
  const entries = asArray(credential['credentialStatus']).filter(isRecord);
  if (entries.length === 0) {
    if (credential['credentialStatus'] !== undefined)
      return check('status', 'not_checked', 'status_list_invalid', msg('check.status_undescribed'));
    return check('status', 'pass', 'no_status', msg('check.no_status'));
  }
  const signers: Signers = { issuer: idOf(credential['issuer']), controllers };
  const answers = await Promise.all(entries.map((e) => answerEntry(e, signers, opts)));
  const failed = answers.find((a): a is Extract<EntryAnswer, { outcome: 'fail' }> => a.outcome === 'fail');
  if (failed) {
    return failed.code === 'revoked'
      ? check('status', 'fail', 'revoked', msg('check.revoked'), failed.detail)
      : check('status', 'fail', 'suspended', msg('check.suspended'), failed.detail);
  }
  const open = answers.filter(
    (a): a is Extract<EntryAnswer, { outcome: 'not_checked' }> => a.outcome === 'not_checked',
  );
  const first = open[0];
  if (first) return check('status', 'not_checked', first.code, first.why, open.map((a) => a.detail).join('; '));
  return check('status', 'pass', 'status_valid', msg('check.status_valid'), answers.map((a) => a.detail).join('; '));
}
