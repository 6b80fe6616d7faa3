/**
 * The wallet's IndexedDB database (Dexie). Every schema version is declared here, oldest
 * first; a shipped version is never edited, only followed by a new one with its own
 * upgrade function (additive changes only). Only the repositories call this module.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ImportedCredential, NormalizedCredential } from '../../src-shared/credential';
import type { Message } from '../../src-shared/i18n/spec';
import type { Pathway } from '../../src-shared/pathways';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import { INDEX_META_ID, indexMetaJson } from './map-index';
import { DB_NAME } from './schema';

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
  /** A message, or English text stored by an earlier version. */
  problem?: Message | string;
  /** Where this entry sits inside its file, when the file holds several credentials. */
  part?: ImportedCredential['part'];
  /** A level the learner chose themselves, per framework (shown as self-assigned). */
  levelOverride?: { jqf?: number; eqf?: number };
  /** The credit unit the learner chose for this credential's credits (version 2). */
  creditUnit?: CreditUnitId;
  /**
   * The original bytes of its file, exactly as imported, when the file holds only this
   * credential. A file holding several credentials keeps its bytes once in `files`, as does
   * every file imported before this field existed (the repository reads both places). No
   * index covers it, so it needs no new schema version. One record per file instead of two:
   * in a large import IndexedDB's cost is mostly by the record.
   */
  bytes?: Uint8Array;
}

/** The original bytes of an imported file, exactly as imported: a file holding several credentials, or one stored before `StoredCredential.bytes`. */
export interface StoredFile {
  sha256: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * One learner setting (version 2). Values are checked with zod when read
 * (settings-repository.ts), so an odd stored value falls back to the default.
 */
export interface StoredSetting {
  key: string;
  value: unknown;
}

/** A pathway file the learner imported (version 2), as parsed by `parsePathwayFile`. */
export interface StoredPathway {
  id: string;
  fileName: string;
  importedAt: string;
  pathway: Pathway;
}

/**
 * One record of the map index (version 3): a bucket's base row or one of its appended rows,
 * whose `segments` are JSON texts of summaries (see map-index.ts), or, under the id `meta`,
 * the index format as its one segment.
 * Derived from `credentials`.
 */
export interface StoredIndexBucket {
  id: string;
  segments: string[];
}

export { DB_NAME };

export type WalletDb = Dexie & {
  credentials: EntityTable<StoredCredential, 'key'>;
  files: EntityTable<StoredFile, 'sha256'>;
  settings: EntityTable<StoredSetting, 'key'>;
  pathways: EntityTable<StoredPathway, 'id'>;
  mapIndex: EntityTable<StoredIndexBucket, 'id'>;
};

/** Version 1 (shipped in 0.1.0): credentials and their original files. Never edit. */
function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    credentials: '&key, fileSha256, credentialId, importedAt',
    files: '&sha256',
  });
}

/**
 * Version 2 (progress map): the learner's settings (identifiers, ticked steps) and the
 * pathway files they imported. Additive: new tables only, so stored credentials are
 * carried over untouched and no data needs rewriting (no upgrade function).
 */
function declareVersion2(db: Dexie): void {
  db.version(2).stores({
    settings: '&key',
    pathways: '&id, importedAt',
  });
}

/**
 * Version 3 (a large wallet opens fast): the map index, a compact copy of what the map needs
 * in a few hundred records. Additive: a new table only. It starts empty and the repository
 * fills it on first read, because it notices the index does not match the credentials.
 * The newest version: SCHEMA_VERSION in schema.ts must name it (a test checks).
 */
function declareVersion3(db: Dexie): void {
  db.version(3).stores({
    mapIndex: '&id',
  });
}

export function openWalletDb(name = DB_NAME): WalletDb {
  const db = new Dexie(name) as WalletDb;
  declareVersion1(db);
  declareVersion2(db);
  declareVersion3(db);
  // A new wallet starts with an empty, complete map index (an upgraded one gets it built on first read).
  db.on('populate', (tx) => {
    void tx.table('mapIndex').add({ id: INDEX_META_ID, segments: [indexMetaJson()] });
  });
  return db;
}
