/**
 * What a stored credential is, and how it is named: the record types of the `credentials`
 * table and the key rule. A credential's key is its file's sha256, plus `#n` for the n-th
 * credential inside a container file (a presentation or a transcript); the file's first (or
 * only) credential has the bare hash. This module is the one place that builds or reads a
 * key (`keyOf`, `parseKey`) and the one place that says what kind of entry a record is
 * (achievement, presentation, status list, other supporting document, not a credential).
 *
 * One credential, one entry: a credential that arrives in several files (as JSON, baked in
 * an image, inside a presentation or an archive) is one record, under the key of the first
 * file it was stored from (its primary file: `fileSha256`, `fileName`, `part`, `origin`);
 * each other file is a copy (`copies`). When the primary file is removed, the first
 * remaining copy becomes the primary file and the record moves to that file's key
 * (`promoteFirstCopy`), so a key always names the file that holds the credential, and
 * everything built on the key rule (originals by key, re-verification by file) keeps working.
 *
 * Pure: no Dexie, no IndexedDB, no other db module. Must never know where a file's original
 * bytes are kept (originals.ts owns that) nor how the map index encodes records.
 */
import {
  entryKindOf,
  isStatusListType,
  type EntryKind,
  type ImportedCredential,
  type NormalizedCredential,
  type Origin,
  type SupportingKind,
} from '../../src-shared/credential';
import type { Message } from '../../src-shared/i18n/spec';
import type { CheckResult, VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';

/**
 * One credential in full, as callers see it: everything the wallet keeps of it except its
 * file's original bytes, which callers ask the repository for by key.
 */
export interface CredentialRecord {
  /** `sha256` of the file, plus `#n` for the n-th credential inside a container file (`keyOf`). */
  key: string;
  fileSha256: string;
  fileName: string;
  mediaType: string;
  importedAt: string;
  credentialId?: string;
  normalized: NormalizedCredential;
  verification: VerificationResult;
  /** Why the file could not be understood, when it could not: a message, or English text stored by an earlier version. */
  problem?: Message | string;
  /** Where this entry sits inside its file, when the file holds several credentials. */
  part?: ImportedCredential['part'];
  /** A level the learner chose themselves, per framework (shown as self-assigned). */
  levelOverride?: { jqf?: number; eqf?: number };
  /** The credit unit the learner chose for this credential's credits (version 2). */
  creditUnit?: CreditUnitId;
  /** What the entry is (version 5); absent in records stored before, see `kindOf`. */
  kind?: EntryKind;
  /** Which supporting document it is, when `kind` is `supporting`. */
  supportingKind?: SupportingKind;
  /**
   * The credential's identity across files (version 5, indexed): an import whose item has a
   * stored record's digest adds a copy to that record instead of a second record. Records
   * stored before have none and are never merged with later arrivals.
   */
  digest?: string;
  /** The archive its primary file came in, when it came in one. */
  origin?: Origin;
  /** The other files the same credential arrived in, oldest first; never its primary file, each file once. */
  copies?: CopyOf[];
}

/** Another file one stored credential arrived in (one credential, one entry). */
export interface CopyOf {
  fileSha256: string;
  fileName: string;
  /** Where the credential sits inside that file, when the file holds several. */
  part?: ImportedCredential['part'];
  /** The archive that file came in, when it came in one. */
  origin?: Origin;
}

/**
 * A row of the `credentials` table: the record, and (originals.ts decides) the original bytes
 * of its file when the file holds only this credential. Only the db modules name this type.
 */
export interface StoredCredential extends CredentialRecord {
  /**
   * The original bytes of its file, exactly as imported, when the file holds only this
   * credential. No index covers it, so it needed no new schema version.
   */
  bytes?: Uint8Array;
  /**
   * The hashes of `copies`' files (version 5, a multi-entry index), so removing a file finds
   * the records holding a copy of it without reading every record. Written by
   * `withCopyIndex` only; callers never see it.
   */
  copyFiles?: string[];
}

/** A row of the `files` table: the original bytes of a file holding several credentials, or of one stored before `StoredCredential.bytes`. */
export interface StoredFile {
  sha256: string;
  fileName: string;
  bytes: Uint8Array;
}

/** The key of the `part`-th credential (0: the first or only one) of the file with this hash. */
export function keyOf(fileSha256: string, part = 0): string {
  return part === 0 ? fileSha256 : `${fileSha256}#${part}`;
}

/** The file and the place in it that a key names (the inverse of `keyOf`). */
export function parseKey(key: string): { fileSha256: string; part: number } {
  const hash = key.indexOf('#');
  if (hash < 0) return { fileSha256: key, part: 0 };
  const part = Number(key.slice(hash + 1));
  return { fileSha256: key.slice(0, hash), part: Number.isInteger(part) && part > 0 ? part : 0 };
}

/** The key of an imported credential: its file's hash and its place in the file. */
export function keyOfImported(item: Pick<ImportedCredential, 'sha256' | 'part'>): string {
  return keyOf(item.sha256, item.part?.index ?? 0);
}

/** The record one imported credential becomes (without its file's bytes). */
export function recordOf(item: ImportedCredential, key: string, importedAt: string): CredentialRecord {
  return {
    key,
    fileSha256: item.sha256,
    fileName: item.fileName,
    mediaType: item.mediaType,
    importedAt,
    normalized: item.normalized,
    verification: item.verification,
    ...(item.normalized.credentialId ? { credentialId: item.normalized.credentialId } : {}),
    ...(item.problem ? { problem: item.problem } : {}),
    ...(item.part ? { part: item.part } : {}),
    ...(item.kind ? { kind: item.kind } : {}),
    ...(item.supportingKind ? { supportingKind: item.supportingKind } : {}),
    ...(item.digest ? { digest: item.digest } : {}),
    ...(item.origin ? { origin: item.origin } : {}),
  };
}

/** The copy an imported item becomes when its credential is already stored. */
export function copyOf(item: ImportedCredential): CopyOf {
  return {
    fileSha256: item.sha256,
    fileName: item.fileName,
    ...(item.part ? { part: item.part } : {}),
    ...(item.origin ? { origin: item.origin } : {}),
  };
}

/**
 * Whether an item may be stored as a copy of another record with its digest, or be the record
 * others are copies of: a presentation's or a transcript's container is always its own entry
 * (the credentials inside it are merged, the holder's wrapper is not).
 */
export function isMergeable(rec: { digest?: string | undefined; part?: { role: string } | undefined }): boolean {
  return rec.digest !== undefined && rec.part?.role !== 'presentation' && rec.part?.role !== 'container';
}

/** A record as stored: `copyFiles` written from its copies (absent when it has none). */
export function withCopyIndex<T extends StoredCredential>(rec: T): T {
  const { copyFiles: _old, ...rest } = rec;
  const copies = rec.copies ?? [];
  return (copies.length > 0 ? { ...rest, copyFiles: copies.map((c) => c.fileSha256) } : rest) as T;
}

/** A stored row as callers get it: without its file's bytes and the copies' index. */
export function recordOfStored(rec: StoredCredential): CredentialRecord {
  if (rec.bytes === undefined && rec.copyFiles === undefined) return rec;
  const { bytes: _original, copyFiles: _index, ...record } = rec;
  return record;
}

/**
 * The record once the file `fileSha256` is removed, or null when the credential arrived in
 * no other file. A copy pointing at that file is dropped; when the file was the record's
 * primary file, the first remaining copy becomes the primary file, and the record is keyed by
 * that file (`keyOf(copy's file, copy's place in it)`: that key is free, because the item at
 * that place was stored as this copy instead of as a record). The removed file's bytes go
 * with it: a copy's bytes are kept in `files` (originals.ts), never in the record.
 */
export function withoutFile(rec: StoredCredential, fileSha256: string): StoredCredential | null {
  const copies = (rec.copies ?? []).filter((c) => c.fileSha256 !== fileSha256);
  if (rec.fileSha256 !== fileSha256) {
    const { copies: _copies, ...rest } = rec;
    return withCopyIndex(copies.length > 0 ? { ...rest, copies } : rest);
  }
  const [next, ...rest] = copies;
  if (!next) return null;
  const { bytes: _removed, part: _part, origin: _origin, copies: _copies, ...kept } = rec;
  return withCopyIndex({
    ...kept,
    key: keyOf(next.fileSha256, next.part?.index ?? 0),
    fileSha256: next.fileSha256,
    fileName: next.fileName,
    ...(next.part ? { part: next.part } : {}),
    ...(next.origin ? { origin: next.origin } : {}),
    ...(rest.length > 0 ? { copies: rest } : {}),
  });
}

/**
 * What an entry is to the learner, as the screens sort it: achievements go on the map;
 * presentations, status lists and other supporting documents are kept and shown apart; a
 * file that is not a credential waits in its own tray.
 */
export type CredentialKind = 'achievement' | 'presentation' | 'status-list' | 'supporting' | 'not-credential';

/**
 * What kind of entry a record (or a summary of one) is, also for one stored before `kind`
 * existed (`entryKindOf`: a failed `not_a_credential` format check marks a file that is not a
 * credential; a summary keeps every check that did not pass, so it answers the same).
 */
export function kindOf(rec: {
  kind?: EntryKind | undefined;
  supportingKind?: SupportingKind | undefined;
  part?: { role: string } | undefined;
  normalized: Pick<NormalizedCredential, 'types'>;
  verification: { checks: readonly Pick<CheckResult, 'id' | 'outcome' | 'code'>[] };
}): CredentialKind {
  if (isStatusListRecord(rec)) return 'status-list';
  const entry = entryKindOf({
    kind: rec.kind,
    normalized: rec.normalized,
    verification: rec.verification as VerificationResult,
  });
  if (entry === 'not_credential') return 'not-credential';
  if (entry === 'supporting') return 'supporting';
  return rec.part?.role === 'presentation' ? 'presentation' : 'achievement';
}

/** Whether a record (or a summary of one) is a status-list credential. */
export function isStatusListRecord(rec: {
  supportingKind?: SupportingKind | undefined;
  normalized: Pick<NormalizedCredential, 'types'>;
}): boolean {
  return rec.supportingKind === 'status-list' || isStatusListType(rec.normalized.types);
}
