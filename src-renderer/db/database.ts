/**
 * The wallet's IndexedDB database (Dexie): its tables and the types of their rows. Every
 * schema version is declared here, oldest first; a shipped version is never edited, only
 * followed by a new one with its own upgrade function (additive changes only) and an
 * upgrade test. Only the repositories and the stores they are made of (record-store.ts,
 * originals.ts, map-index-store.ts) use the database it opens.
 *
 * Imports only pure modules (schema.ts, records.ts, and map-index.ts for a new wallet's
 * first meta row), none of which imports a db module back, so the db modules form no
 * cycle (test/renderer/db/module-graph.test.ts).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Pathway } from '../../src-shared/pathways';
import { INDEX_META_ID, indexMetaJson } from './map-index';
import type { StoredCredential, StoredFile } from './records';
import { CREDENTIALS_GENERATION, DB_NAME } from './schema';

export type { StoredCredential, StoredFile };
export type { CredentialRecord } from './records';

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
 * the index's format and the generation it reflects, as its one segment.
 * Derived from `credentials`.
 */
export interface StoredIndexBucket {
  id: string;
  segments: string[];
}

/**
 * A write counter (version 4). The row `credentials` counts the transactions that wrote
 * credentials (record-store.ts); a missing row is generation 0.
 */
export interface StoredGeneration {
  id: string;
  value: number;
}

export { DB_NAME };

export type WalletDb = Dexie & {
  credentials: EntityTable<StoredCredential, 'key'>;
  files: EntityTable<StoredFile, 'sha256'>;
  settings: EntityTable<StoredSetting, 'key'>;
  pathways: EntityTable<StoredPathway, 'id'>;
  mapIndex: EntityTable<StoredIndexBucket, 'id'>;
  generations: EntityTable<StoredGeneration, 'id'>;
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
 */
function declareVersion3(db: Dexie): void {
  db.version(3).stores({
    mapIndex: '&id',
  });
}

/**
 * Version 4 (a stale map index is seen by more than its count): the credentials' write
 * generation, counted by every write of credentials and recorded by the map index's meta
 * row. Additive: a new table only, no upgrade function. A missing counter is generation 0;
 * an index from version 3 records no generation, so it is rebuilt on its first read.
 */
function declareVersion4(db: Dexie): void {
  db.version(4).stores({
    generations: '&id',
  });
}

/**
 * Version 5 (one credential, one entry): two indexes on `credentials`, `digest` (the
 * credential's identity across the files it arrives in, so an import finds the record a new
 * arrival is a copy of) and the multi-entry `*copyFiles` (the files holding copies of a
 * record, so removing a file finds the records that keep a copy of it). Additive: IndexedDB
 * builds both indexes from the stored records, which hold neither field, so no record needs
 * rewriting (no upgrade function), and records stored before are never merged with later
 * arrivals. The newest version: SCHEMA_VERSION in schema.ts must name it (a test checks).
 */
function declareVersion5(db: Dexie): void {
  db.version(5).stores({
    credentials: '&key, fileSha256, credentialId, importedAt, digest, *copyFiles',
  });
}

/**
 * Add rows that may already be stored: the positions of those whose key was already there
 * (left as they were). Any other failure is thrown, so the transaction rolls back. Written
 * without reading first: adding a key that is already stored fails on its own and changes
 * nothing, and a large import is almost all new rows, each read one more request.
 */
export async function addNewRows<T>(table: Table<T, string>, rows: readonly T[]): Promise<Set<number>> {
  if (rows.length === 0) return new Set();
  try {
    await table.bulkAdd(rows as T[]);
    return new Set();
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e;
    const failed = Object.entries(e.failuresByPos);
    const other = failed.find(([, err]) => err.name !== 'ConstraintError');
    if (other) throw other[1];
    return new Set(failed.map(([pos]) => Number(pos)));
  }
}

export function openWalletDb(name = DB_NAME): WalletDb {
  const db = new Dexie(name) as WalletDb;
  declareVersion1(db);
  declareVersion2(db);
  declareVersion3(db);
  declareVersion4(db);
  declareVersion5(db);
  // A new wallet starts at generation 0 with an empty, complete map index of it (an upgraded
  // one gets its index built on first read).
  db.on('populate', (tx) => {
    void tx.table('generations').add({ id: CREDENTIALS_GENERATION, value: 0 });
    void tx.table('mapIndex').add({ id: INDEX_META_ID, segments: [indexMetaJson(0)] });
  });
  return db;
}
