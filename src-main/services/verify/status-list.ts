/**
 * The status (revocation / suspension) check of a credential, answered from status-list
 * credentials the wallet already holds.
 *
 * BitstringStatusListEntry and StatusList2021Entry point to a list credential by URL.
 * The wallet never fetches it: when the list is among the documents it was given, the
 * list credential is verified first (an unverified list proves nothing), its GZIP'd
 * bitstring is decoded and the credential's bit read. Otherwise, and for status types
 * that cannot be answered from a held document (1EdTechRevocationList), the status is
 * *not checked* — never *passed*. Each list is verified once per verifier and checking time
 * (`ListResults`, owned by the verifier; nothing is remembered by the module). This module
 * must never fetch anything, never treat an unverified list as an answer, and never inflate
 * more than MAX_LIST_BYTES.
 */
import { gunzipSync } from 'node:zlib';
import type { CheckCode, CheckResult, VerificationResult } from '../../../src-shared/verification';
import { asArray, isRecord } from '../../../src-shared/json';
import { isStatusListType } from '../../../src-shared/credential';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import { check } from './check';

/** Bitstring Status List requires at least 16 KiB (131,072 entries); 16 MiB is generous and bounds a GZIP bomb. */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;

const LIST_ENTRY_TYPES = new Set(['BitstringStatusListEntry', 'StatusList2021Entry']);

export type ListVerifier = (list: Record<string, unknown>) => Promise<VerificationResult>;

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
  private readonly byList = new WeakMap<Record<string, unknown>, Map<number, Promise<VerificationResult>>>();

  once(list: Record<string, unknown>, now: Date, verify: ListVerifier): Promise<VerificationResult> {
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

type ListMatch = { list: Record<string, unknown>; how: 'id' | 'same-name' };

/**
 * The held list an entry points to: the list whose `id` is the entry's URL; failing that,
 * a list whose address ends in the same long, random-looking name (the same list copied to
 * another address, as the DCC fixtures are). The copy still has to verify on its own.
 */
export function findStatusList(url: string, lists: readonly Record<string, unknown>[]): ListMatch | undefined {
  const candidates = lists.filter(isStatusListCredential);
  const exact = candidates.find((l) => l['id'] === url);
  if (exact) return { list: exact, how: 'id' };
  const name = lastPathSegment(url);
  if (!name) return undefined;
  const same = candidates.find((l) => typeof l['id'] === 'string' && lastPathSegment(l['id']) === name);
  return same ? { list: same, how: 'same-name' } : undefined;
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

async function answerEntry(
  entry: Record<string, unknown>,
  credential: Record<string, unknown>,
  now: Date,
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
  const match = findStatusList(url, opts.statusLists ?? []);
  if (!match) {
    return {
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
      why: msg('check.status_type_not_checked_offline', { type: label }),
      detail: url,
    };
  }
  const listId = String(match.list['id']);
  const where = match.how === 'id' ? listId : `${listId} (the same list as ${url})`;
  const listResult = await opts.verifyList(match.list);
  if (listResult.status !== 'verified') {
    return {
      outcome: 'not_checked',
      code: 'status_list_not_verified',
      why: msg('check.held_status_list_not_verified'),
      detail: `${where}: ${listResult.status.replace(/_/g, ' ')}`,
    };
  }
  const subject = asArray(match.list['credentialSubject']).find(
    (s) => isRecord(s) && typeof s['encodedList'] === 'string',
  );
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
  const rawIndex = entry['statusListIndex'];
  const index =
    typeof rawIndex === 'number'
      ? rawIndex
      : typeof rawIndex === 'string' && /^\d+$/.test(rawIndex)
        ? Number(rawIndex)
        : NaN;
  if (!Number.isSafeInteger(index) || index < 0) return invalid(`the status index ${String(rawIndex)} is not a number`);
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
  const issuerNote =
    issuerOf(match.list) !== issuerOf(credential) ? `; list issued by ${issuerOf(match.list) ?? 'nobody named'}` : '';
  const detail = `${where}, index ${index}${issuerNote}`;
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

function issuerOf(doc: Record<string, unknown>): string | undefined {
  const i = doc['issuer'];
  if (typeof i === 'string') return i;
  return isRecord(i) && typeof i['id'] === 'string' ? i['id'] : undefined;
}

/** The status check: pass only when every entry was answered from a verified held list and none is set. */
export async function statusListCheck(
  credential: Record<string, unknown>,
  now: Date,
  opts: StatusOptions,
): Promise<CheckResult> {
  const entries = asArray(credential['credentialStatus']).filter(isRecord);
  if (entries.length === 0) {
    if (credential['credentialStatus'] !== undefined)
      return check('status', 'not_checked', 'status_list_invalid', msg('check.status_undescribed'));
    return check('status', 'pass', 'no_status', msg('check.no_status'));
  }
  const answers = await Promise.all(entries.map((e) => answerEntry(e, credential, now, opts)));
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
