/**
 * The only code that reads and writes credentials in IndexedDB. One import is written in
 * one transaction. A credential already stored is never overwritten or downgraded by a
 * newer import: the same file is recognised by its sha256 and skipped. Every write also
 * updates the map index (map-index.ts) in the same transaction, so the map can open from
 * the index alone.
 */
import Dexie, { type Table } from 'dexie';
import { isStatusListType, type ImportedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import type { StoredCredential, StoredFile, StoredIndexBucket, WalletDb } from './database';
import type { EarlyIndexRead } from './early-read';
import {
  INDEX_META_ID,
  MAX_SEGMENTS,
  bucketOf,
  byImport,
  decodeSegments,
  encodeBucket,
  indexMetaJson,
  summarize,
  type Bucket,
  type CredentialSummary,
} from './map-index';

export function isStatusListRecord(rec: CredentialSummary): boolean {
  return isStatusListType(rec.normalized.types);
}

/** Status lists and presentations are kept and shown, but they are not achievements. */
export function isAchievementEntry(rec: CredentialSummary): boolean {
  return rec.part?.role !== 'presentation' && !isStatusListRecord(rec);
}

export interface AddResult {
  added: StoredCredential[];
  /** File names that were already in the wallet (same bytes). */
  alreadyStored: string[];
}

/**
 * Add records that may already be stored: the positions of those whose key was already
 * there (left as they were). Any other failure is thrown, so the transaction rolls back.
 */
async function addNew<T>(table: Table<T, string>, records: readonly T[]): Promise<Set<number>> {
  if (records.length === 0) return new Set();
  try {
    await table.bulkAdd(records as T[]);
    return new Set();
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e;
    const failed = Object.entries(e.failuresByPos);
    const other = failed.find(([, err]) => err.name !== 'ConstraintError');
    if (other) throw other[1];
    return new Set(failed.map(([pos]) => Number(pos)));
  }
}

/** The files whose bytes these records hold (files of one credential each). */
function filesIn(records: readonly StoredCredential[]): StoredFile[] {
  return records.flatMap((r) => (r.bytes ? [{ sha256: r.fileSha256, fileName: r.fileName, bytes: r.bytes }] : []));
}

export class CredentialRepository {
  constructor(private readonly db: WalletDb) {}

  /**
   * Store what one import produced. `bytesBySha` holds the original bytes of each file.
   * Existing entries win: nothing stored is replaced.
   */
  async addImported(
    items: readonly ImportedCredential[],
    bytesBySha: ReadonlyMap<string, Uint8Array>,
    now = new Date(),
  ): Promise<AddResult> {
    const added: StoredCredential[] = [];
    const alreadyStored: string[] = [];
    // Keys first: the n-th credential of a file is `sha256#n` (its place in the file, so the
    // same file chosen twice in one batch lands on the same keys and is stored once).
    const seenInBatch = new Set<string>();
    const keyed: { item: ImportedCredential; n: number; key: string }[] = [];
    for (const item of items) {
      const n = item.part?.index ?? 0;
      const key = n === 0 ? item.sha256 : `${item.sha256}#${n}`;
      if (seenInBatch.has(key)) {
        if (n === 0) alreadyStored.push(item.fileName);
        continue;
      }
      seenInBatch.add(key);
      keyed.push({ item, n, key });
    }
    for (const { item } of keyed) {
      if (!bytesBySha.has(item.sha256)) throw new Error(`Missing original bytes for ${item.fileName}`);
    }
    // A file holding one credential keeps its bytes in that credential's record; a file
    // holding several keeps them once in `files`, under the first name it came with.
    const containerNames = new Map<string, string>();
    for (const { item } of keyed)
      if (item.part && !containerNames.has(item.sha256)) containerNames.set(item.sha256, item.fileName);
    const records: StoredCredential[] = keyed.map(({ item, key }) => ({
      key,
      fileSha256: item.sha256,
      fileName: item.fileName,
      mediaType: item.mediaType,
      importedAt: now.toISOString(),
      normalized: item.normalized,
      verification: item.verification,
      ...(item.normalized.credentialId ? { credentialId: item.normalized.credentialId } : {}),
      ...(item.problem ? { problem: item.problem } : {}),
      ...(item.part ? { part: item.part } : { bytes: bytesBySha.get(item.sha256) as Uint8Array }),
    }));
    await this.db.transaction('rw', this.db.credentials, this.db.files, this.db.mapIndex, async () => {
      // Written without reading first: adding a key that is already stored fails on its own
      // and changes nothing, and those failures are what is already stored. A large import
      // is almost all new files, and each read would be one more request per file.
      await addNew(
        this.db.files,
        [...containerNames].map(([sha, fileName]) => ({
          sha256: sha,
          fileName,
          bytes: bytesBySha.get(sha) as Uint8Array,
        })),
      );
      const existing = await addNew(this.db.credentials, records);
      records.forEach((rec, i) => {
        if (!existing.has(i)) added.push(rec);
        else if ((keyed[i] as { n: number }).n === 0) alreadyStored.push(rec.fileName);
      });
      if (added.length > 0) await this.patchIndex(added, [], 'added');
    });
    return { added, alreadyStored };
  }

  /** Every credential, oldest import first. Read in one getAll and sorted here: walking
   *  the importedAt index fetches record by record and is several times slower. */
  async list(): Promise<StoredCredential[]> {
    return (await this.db.credentials.toArray()).sort(byImport);
  }

  /** One credential in full (every check with its detail), or undefined. */
  async get(key: string): Promise<StoredCredential | undefined> {
    return this.db.credentials.get(key);
  }

  /**
   * What the map shows of every credential, oldest import first, read from the map index.
   * When the index does not match the credentials (other count, other format), it is
   * rebuilt from them first, in one transaction. `early` is the read the entry chunk started
   * (early-read.ts); when it found nothing usable, the database is read as usual.
   */
  async summaries(early?: Promise<EarlyIndexRead | null> | null): Promise<CredentialSummary[]> {
    const read =
      (early && (await early)) ??
      (await this.db.transaction('r', this.db.credentials, this.db.mapIndex, async () => {
        const [count, rows] = await Promise.all([this.db.credentials.count(), this.db.mapIndex.toArray()]);
        return { count, rows };
      }));
    const fromIndex = this.readIndex(read.rows, read.count);
    if (fromIndex) return fromIndex;
    return this.rebuildIndex();
  }

  /** The summaries in these index rows, or null when they are not a complete index of `count` credentials. */
  private readIndex(rows: readonly StoredIndexBucket[], count: number): CredentialSummary[] | null {
    const meta = rows.find((r) => r.id === INDEX_META_ID);
    if (!meta || meta.segments[0] !== indexMetaJson()) return null;
    const out: CredentialSummary[] = [];
    for (const row of rows) {
      if (row.id === INDEX_META_ID) continue;
      for (const summary of Object.values(decodeSegments(row.segments))) out.push(summary);
    }
    return out.length === count ? out.sort(byImport) : null;
  }

  /** Write the whole index again from the credentials table. */
  async rebuildIndex(): Promise<CredentialSummary[]> {
    return this.db.transaction('rw', this.db.credentials, this.db.mapIndex, async () => {
      const buckets = new Map<string, Bucket>();
      const out: CredentialSummary[] = [];
      for (const rec of await this.db.credentials.toArray()) {
        const summary = summarize(rec);
        out.push(summary);
        const id = bucketOf(rec.key);
        const bucket = buckets.get(id) ?? {};
        bucket[rec.key] = summary;
        buckets.set(id, bucket);
      }
      await this.db.mapIndex.clear();
      await this.db.mapIndex.bulkPut([
        { id: INDEX_META_ID, segments: [indexMetaJson()] },
        ...[...buckets].map(([id, b]) => ({ id, segments: [encodeBucket(b)] })),
      ]);
      return out.sort(byImport);
    });
  }

  /**
   * Bring the index in line with records just written (`put`) and keys just deleted.
   * Call inside a transaction that includes `mapIndex`. New credentials (`added`, keys not
   * stored before) go into a new row of their bucket (`b3/5`, holding only them), so an
   * import neither reads nor rewrites what the index already holds. A bucket that would
   * then have more than MAX_SEGMENTS rows (its base row and 7 appended), and any bucket with
   * a changed or deleted summary, is merged back into its one base row. An index that is not
   * yet built is left for `summaries` to build.
   */
  private async patchIndex(
    put: readonly StoredCredential[],
    deleted: readonly string[],
    mode: 'added' | 'changed' = 'changed',
  ): Promise<void> {
    const touched = new Map<string, { put: StoredCredential[]; deleted: string[] }>();
    const at = (key: string): { put: StoredCredential[]; deleted: string[] } => {
      const id = bucketOf(key);
      const t = touched.get(id) ?? { put: [], deleted: [] };
      touched.set(id, t);
      return t;
    };
    for (const rec of put) at(rec.key).put.push(rec);
    for (const key of deleted) at(key).deleted.push(key);
    // Only the row ids are read here (one request): whether the index is built, and each bucket's rows.
    const ids = (await this.db.mapIndex.toCollection().primaryKeys()) as string[];
    if (!ids.includes(INDEX_META_ID)) return;
    const appended = new Map<string, string[]>();
    for (const id of ids) {
      const slash = id.indexOf('/');
      if (slash < 0) continue;
      const rows = appended.get(id.slice(0, slash)) ?? [];
      rows.push(id);
      appended.set(id.slice(0, slash), rows);
    }
    const fresh = (t: { put: StoredCredential[] }): Bucket => {
      const out: Bucket = {};
      for (const rec of t.put) out[rec.key] = summarize(rec);
      return out;
    };
    const newRows: StoredIndexBucket[] = [];
    const toMerge: string[] = [];
    for (const [bucket, t] of touched) {
      const rows = appended.get(bucket) ?? [];
      if (mode === 'added' && t.deleted.length === 0 && rows.length + 2 <= MAX_SEGMENTS) {
        const next = rows.reduce((n, id) => Math.max(n, (Number(id.slice(id.indexOf('/') + 1)) || 0) + 1), 0);
        newRows.push({ id: `${bucket}/${next}`, segments: [encodeBucket(fresh(t))] });
      } else toMerge.push(bucket);
    }
    if (newRows.length > 0) await this.db.mapIndex.bulkAdd(newRows);
    if (toMerge.length === 0) return;
    const readIds = toMerge.flatMap((bucket) => [bucket, ...(appended.get(bucket) ?? [])]);
    const read = new Map(
      (await this.db.mapIndex.bulkGet(readIds)).flatMap((row) => (row ? [[row.id, row] as const] : [])),
    );
    await this.db.mapIndex.bulkPut(
      toMerge.map((bucket) => {
        const t = touched.get(bucket) as { put: StoredCredential[]; deleted: string[] };
        const merged: Bucket = {};
        for (const id of [bucket, ...(appended.get(bucket) ?? [])])
          Object.assign(merged, decodeSegments(read.get(id)?.segments ?? []));
        for (const key of t.deleted) delete merged[key];
        Object.assign(merged, fresh(t));
        return { id: bucket, segments: [encodeBucket(merged)] };
      }),
    );
    await this.db.mapIndex.bulkDelete(toMerge.flatMap((bucket) => appended.get(bucket) ?? []));
  }

  /** A file's original bytes: in its credential's record (a file of one credential) or in `files`. */
  async fileBytes(sha256: string): Promise<Uint8Array | undefined> {
    return this.db.transaction(
      'r',
      this.db.credentials,
      this.db.files,
      async () => (await this.db.credentials.get(sha256))?.bytes ?? (await this.db.files.get(sha256))?.bytes,
    );
  }

  /** Every stored file with its original bytes, once each. */
  async allFiles(): Promise<StoredFile[]> {
    return this.db.transaction('r', this.db.credentials, this.db.files, async () => {
      const [files, records] = await Promise.all([this.db.files.toArray(), this.db.credentials.toArray()]);
      return [...files, ...filesIn(records)];
    });
  }

  /** The stored files with these hashes (those that exist). */
  async filesFor(sha256s: readonly string[]): Promise<StoredFile[]> {
    return this.db.transaction('r', this.db.credentials, this.db.files, async () => {
      // A file's first (or only) credential has the file's hash as its key.
      const records = await this.db.credentials.bulkGet([...sha256s]);
      const inRecords = filesIn(records.filter((r) => r !== undefined));
      const found = new Set(inRecords.map((f) => f.sha256));
      const rest = sha256s.filter((sha) => !found.has(sha));
      return [...inRecords, ...(await this.db.files.bulkGet(rest)).filter((f) => f !== undefined)];
    });
  }

  /**
   * Store the results of re-checking files' credentials (dates pass, a status list arrives),
   * many files in one transaction. Only the verification changes; the record and its bytes
   * stay as imported. `results[n]` is the n-th credential of the file. Returns how many
   * stored credentials were updated.
   */
  async updateVerifications(
    updates: readonly { fileSha256: string; results: readonly VerificationResult[] }[],
  ): Promise<number> {
    return this.db.transaction('rw', this.db.credentials, this.db.mapIndex, async () => {
      const pairs = updates.flatMap(({ fileSha256, results }) =>
        results.map((verification, n) => ({ key: n === 0 ? fileSha256 : `${fileSha256}#${n}`, verification })),
      );
      const recs = await this.db.credentials.bulkGet(pairs.map((p) => p.key));
      const next: StoredCredential[] = [];
      recs.forEach((rec, i) => {
        const verification = pairs[i]?.verification;
        if (rec && verification) next.push({ ...rec, verification });
      });
      await this.db.credentials.bulkPut(next);
      await this.patchIndex(next, []);
      return next.length;
    });
  }

  /**
   * Remove an imported file: its original bytes and every credential it held, in one
   * transaction. Returns how many credentials were removed.
   */
  async removeFile(fileSha256: string): Promise<number> {
    return this.db.transaction('rw', this.db.credentials, this.db.files, this.db.mapIndex, async () => {
      const keys = await this.db.credentials.where('fileSha256').equals(fileSha256).primaryKeys();
      await this.db.credentials.bulkDelete(keys);
      // Its bytes went with its record, or are in `files` (a file of several credentials, or one stored before).
      await this.db.files.delete(fileSha256);
      await this.patchIndex([], keys);
      return keys.length;
    });
  }

  /** Status-list credentials the wallet holds, as files for main to read status bits from. */
  async statusListFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const lists = (await this.summaries()).filter(isStatusListRecord);
    if (lists.length === 0) return [];
    // One bulk read of their files instead of one read per list.
    const bySha = new Map(
      (await this.filesFor([...new Set(lists.map((r) => r.fileSha256))])).map((f) => [f.sha256, f.bytes]),
    );
    return lists.flatMap((rec) => {
      const bytes = bySha.get(rec.fileSha256);
      return bytes ? [{ name: rec.fileName, bytes }] : [];
    });
  }

  async setLevelOverride(key: string, framework: 'jqf' | 'eqf', level: number | null): Promise<void> {
    await this.db.transaction('rw', this.db.credentials, this.db.mapIndex, async () => {
      const rec = await this.db.credentials.get(key);
      if (!rec) return;
      const next = { ...(rec.levelOverride ?? {}) };
      if (level === null) delete next[framework];
      else next[framework] = level;
      await this.putOne({ ...rec, levelOverride: next });
    });
  }

  /** The credit unit the learner chose for one credential's credits (null = clear the choice). */
  async setCreditUnit(key: string, unit: CreditUnitId | null): Promise<void> {
    await this.db.transaction('rw', this.db.credentials, this.db.mapIndex, async () => {
      const rec = await this.db.credentials.get(key);
      if (!rec) return;
      const { creditUnit: _drop, ...rest } = rec;
      await this.putOne(unit === null ? rest : { ...rest, creditUnit: unit });
    });
  }

  /** Replace one stored record and its index entry (inside a transaction with both tables). */
  private async putOne(rec: StoredCredential): Promise<void> {
    await this.db.credentials.put(rec);
    await this.patchIndex([rec], []);
  }
}
