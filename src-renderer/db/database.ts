/**
 * The wallet's IndexedDB database (Dexie). Every schema version is declared here, oldest
 * first; a shipped version is never edited, only followed by a new one with its own
 * upgrade function (additive changes only). Only the repositories call this module.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ImportedCredential, NormalizedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';

/** One credential as the wallet keeps it. Its original bytes live in `files`. */
export interface StoredCredential {
  /** `sha256` of the file, plus `#n` for the n-th credential inside a container file. */
  key: string;
  fileSha256: string;
  fileName: string;
  mediaType: string;
  importedAt: string;
  credentialId?: string;
  normalized: NormalizedCredential;
  verification: VerificationResult;
  /** Why the file could not be understood, when it could not. */
  problem?: string;
  /** Where this entry sits inside its file, when the file holds several credentials. */
  part?: ImportedCredential['part'];
  /** A level the learner chose themselves, per framework (shown as self-assigned). */
  levelOverride?: { jqf?: number; eqf?: number };
}

/** The original bytes of an imported file, exactly as imported. */
export interface StoredFile {
  sha256: string;
  fileName: string;
  bytes: Uint8Array;
}

export const DB_NAME = 'manabi-wallet';

export type WalletDb = Dexie & {
  credentials: EntityTable<StoredCredential, 'key'>;
  files: EntityTable<StoredFile, 'sha256'>;
};

export function openWalletDb(name = DB_NAME): WalletDb {
  const db = new Dexie(name) as WalletDb;
  // Version 1 (shipped in 0.1.0): credentials and their original files.
  db.version(1).stores({
    credentials: '&key, fileSha256, credentialId, importedAt',
    files: '&sha256',
  });
  return db;
}
