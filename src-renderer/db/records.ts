/**
 * What a stored credential is, and how it is named: the record types of the `credentials`
 * table and the key rule. A credential's key is its file's sha256, plus `#n` for the n-th
 * credential inside a container file (a presentation or a transcript); the file's first (or
 * only) credential has the bare hash. This module is the one place that builds or reads a
 * key (`keyOf`, `parseKey`) and the one place that says what kind of entry a record is
 * (achievement, presentation, status list, other supporting document, not a credential).
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
import type { VerificationResult } from '../../src-shared/verification';
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
  /** What the entry is to the learner (absent in records stored before kinds: `entryKindOf`). */
  kind?: EntryKind;
  /** Which kind of supporting document, when `kind` is `supporting`. */
  supportingKind?: SupportingKind;
  /** The credential's identity across the files it arrives in (sha256 of its canonical content). */
  digest?: string;
  /** The archive its file came in, when it came in one. */
  origin?: Origin;
  /** The other files the same credential also arrived in (one credential, one entry). */
  copies?: CredentialCopy[];
}

/** Another file a stored credential also arrived in. */
export interface CredentialCopy {
  fileSha256: string;
  fileName: string;
  part?: number;
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

/**
 * Presentations, status lists and other supporting documents are kept and shown, but they
 * are not achievements; a file that is not a credential is kept only in its own tray.
 */
export type CredentialKind = 'achievement' | 'presentation' | 'status-list' | 'supporting' | 'not-credential';

/** What kind of entry a record (or a summary of one) is (`entryKindOf` also for records stored before kinds). */
export function kindOf(
  rec: Parameters<typeof entryKindOf>[0] & {
    part?: { role: string } | undefined;
  },
): CredentialKind {
  if (isStatusListType(rec.normalized.types)) return 'status-list';
  const entry = entryKindOf(rec);
  if (entry === 'supporting') return 'supporting';
  if (entry === 'not_credential') return 'not-credential';
  return rec.part?.role === 'presentation' ? 'presentation' : 'achievement';
}

/** Whether a record (or a summary of one) is a status-list credential. */
export function isStatusListRecord(rec: { normalized: Pick<NormalizedCredential, 'types'> }): boolean {
  return isStatusListType(rec.normalized.types);
}
