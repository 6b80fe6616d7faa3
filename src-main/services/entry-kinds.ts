/**
 * What each imported entry is to the learner, and its identity across files. Owns three
 * decisions of the import, each a small pure function:
 *  - `kindOfEntry`: a `supporting` document (a value `supportingKindOf` recognises: a status
 *    list, a BadgeClass, an issuer profile, a key, a revocation list, a DID document), a
 *    `not_credential` (its format check failed as "not a credential": an empty, binary, text
 *    or damaged file, JSON that is no credential, an unsigned PDF, an image with no badge), or
 *    else a `credential` (also one the wallet cannot check yet: it is kept and shown);
 *  - `credentialDigest`: sha256 of the document's canonical JSON (supporting.ts), the same in
 *    every file the credential arrives in;
 *  - `supportingEntry`: the entry of a supporting document that is not a credential — never
 *    routed as one, never *Not verified*: its format check passes (`supporting_document`) with
 *    a message naming what it is, and it is named after the document (`name`, else its id).
 * Also says whether XML is a European Learning Model document (`isElmXml`). Never fetches,
 * never throws for a hostile value, never decides whether a supporting document is trusted.
 */
import type { EntryKind, NormalizedCredential, SupportingKind } from '../../src-shared/credential';
import { msg, type Message } from '../../src-shared/i18n/spec';
import { messageText } from '../../src-shared/i18n/render';
import { asArray, isRecord } from '../../src-shared/json';
import { describeUnreadable } from '../../src-shared/normalize';
import { canonicalJson, supportingIdOf, supportingKindOf } from '../../src-shared/supporting';
import type { VerificationResult } from '../../src-shared/verification';
import { sha256Hex } from './hash';
import { check, resultOf } from './verify/check';
import type { VerifiedEntry } from './verify/entries';

/** What an entry is, with which kind of supporting document when it is one. */
export interface EntryKindOf {
  kind: EntryKind;
  supportingKind?: SupportingKind;
}

/** The kind of an entry from its document (when it has one) and its verification. */
export function kindOfEntry(document: unknown, verification: VerificationResult): EntryKindOf {
  const supportingKind = document === undefined ? undefined : supportingKindOf(document);
  if (supportingKind !== undefined) return { kind: 'supporting', supportingKind };
  const format = verification.checks.find((c) => c.id === 'format');
  if (format?.outcome === 'fail' && format.code === 'not_a_credential') return { kind: 'not_credential' };
  return { kind: 'credential' };
}

/**
 * The credential's identity across files: sha256 (hex) of its canonical JSON, UTF-8 — or, for
 * a credential that came as a compact JWS, of the token itself, signature included: two
 * tokens with the same claims but different signatures (a forged one beside the genuine one)
 * are two credentials, never one entry. An embedded proof is part of the canonical JSON.
 */
export function credentialDigest(document: unknown, token?: string): string {
  const text = token !== undefined ? `jws:${token}` : canonicalJson(document);
  return sha256Hex(new TextEncoder().encode(text));
}

const SUPPORTING_MESSAGE: Record<SupportingKind, Message> = {
  'status-list': msg('import.supporting_status_list'),
  'ob2-badgeclass': msg('import.supporting_ob2_badgeclass'),
  'ob2-issuer': msg('import.supporting_ob2_issuer'),
  'ob2-key': msg('import.supporting_ob2_key'),
  'ob2-revocation-list': msg('import.supporting_ob2_revocation_list'),
  key: msg('import.supporting_key'),
  'did-document': msg('import.supporting_did_document'),
};

/** The message naming a kind of supporting document (its format check's message). */
export function supportingMessage(kind: SupportingKind, doc?: Record<string, unknown>): Message {
  if (doc !== undefined && holdsPrivateKey(doc)) return msg('import.supporting_key_with_private_part');
  return SUPPORTING_MESSAGE[kind];
}

const PRIVATE_KEY_MEMBERS = [
  'privateKeyJwk',
  'privateKeyMultibase',
  'privateKeyPem',
  'privateKeyBase58',
  'secretKeyMultibase',
];

/** Whether a key document carries the private half of its key (a JWK's `d`, or a `privateKey…` member). */
export function holdsPrivateKey(doc: Record<string, unknown>): boolean {
  if (PRIVATE_KEY_MEMBERS.some((m) => doc[m] !== undefined)) return true;
  const jwk = isRecord(doc['publicKeyJwk']) ? doc['publicKeyJwk'] : doc;
  return typeof jwk['kty'] === 'string' && jwk['d'] !== undefined;
}

const MAX_NAME = 500;

/** A name as text: control and bidirectional characters dropped, spaces folded, bounded. */
function cleanName(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const s = v.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  const folded = s.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
  return folded === '' ? undefined : folded;
}

/** What the wallet shows of a supporting document: its name (else its id), its types, its id. */
function supportingRecord(doc: Record<string, unknown>, message: Message, fileName: string): NormalizedCredential {
  const base = describeUnreadable(messageText(message, 'en'), fileName);
  const id = supportingIdOf(doc);
  const name = cleanName(doc['name']) ?? cleanName(id);
  const types = asArray(doc['type'])
    .filter((t): t is string => typeof t === 'string')
    .slice(0, 20);
  const record: NormalizedCredential = { ...base, types };
  if (name !== undefined) {
    record.name = name;
    delete record.nameMessage;
  }
  const credentialId = cleanName(id);
  if (credentialId !== undefined) record.credentialId = credentialId;
  return record;
}

/**
 * The entry of a supporting document that is not itself a credential (status lists are
 * credentials and are verified as such): its format check passes as `supporting_document`.
 */
export function supportingEntry(
  doc: Record<string, unknown>,
  kind: SupportingKind,
  fileName: string,
  now: Date,
): { entry: VerifiedEntry; normalized: NormalizedCredential } {
  const message = supportingMessage(kind, doc);
  const verification = resultOf([check('format', 'pass', 'supporting_document', message)], now);
  return {
    entry: { format: 'unknown', role: 'whole', document: doc, verification },
    normalized: supportingRecord(doc, message, fileName),
  };
}

/** A parsed JSON value that is a supporting document other than a status-list credential. */
export function nonCredentialSupporting(
  value: unknown,
): { doc: Record<string, unknown>; kind: SupportingKind } | undefined {
  if (!isRecord(value)) return undefined;
  const kind = supportingKindOf(value);
  return kind === undefined || kind === 'status-list' ? undefined : { doc: value, kind };
}

/** XML of the European Learning Model (a European Digital Credential), by its namespaces near the start. */
export function isElmXml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192));
  return /xmlns(?::\w+)?\s*=\s*["']http:\/\/data\.europa\.eu\/(?:snb|europass)/.test(head);
}
