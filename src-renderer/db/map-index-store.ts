/**
 * The map index as a store: reading it, checking it, building it and keeping it in step with
 * the credentials (the format of its rows is map-index.ts). The index is derived data; the
 * `credentials` table is the truth. Its `meta` row records the format and the generation of
 * the credentials it reflects (record-store.ts counts one per write). An index is used only
 * when its format and generation are the current ones and it holds one summary per stored
 * credential; otherwise it is rebuilt (a wallet from before the index or before generations,
 * a write that did not reach it, records written by other means).
 *
 * Part of the credential repository: only credential-repository.ts uses it, inside the
 * transaction of the write it follows. Must never write credentials or count a generation.
 */
import type { StoredIndexBucket, WalletDb } from './database';
import {
  INDEX_META_ID,
  MAX_SEGMENTS,
  bucketOf,
  byImport,
  decodeSegments,
  encodeBucket,
  indexMetaJson,
  indexMetaMatches,
  summarize,
  type Bucket,
  type CredentialSummary,
} from './map-index';
import type { GenerationStep } from './record-store';
import type { StoredCredential } from './records';

/** One read of what decides whether the index can be used: the count and generation of the credentials, and every index row. */
export interface IndexRead {
  count: number;
  generation: number;
  rows: readonly StoredIndexBucket[];
}

/**
 * The summaries in a read, oldest import first, or null when the rows are not a complete
 * index of the credentials: no meta row, another format or generation, or another count.
 */
export function summariesIn(read: IndexRead): CredentialSummary[] | null {
  const meta = read.rows.find((r) => r.id === INDEX_META_ID);
  if (!meta || !indexMetaMatches(meta.segments[0], read.generation)) return null;
  const out: CredentialSummary[] = [];
  for (const row of read.rows) {
    if (row.id === INDEX_META_ID) continue;
    for (const summary of Object.values(decodeSegments(row.segments))) out.push(summary);
  }
  return out.length === read.count ? out.sort(byImport) : null;
}

export class MapIndexStore {
  constructor(private readonly db: WalletDb) {}

  /** The tables a transaction using this store must include. */
  get tables(): [WalletDb['mapIndex']] {
    return [this.db.mapIndex];
  }

  /** Every row (inside a transaction that also reads the count and the generation). */
  async rows(): Promise<StoredIndexBucket[]> {
    return this.db.mapIndex.toArray();
  }

  /** Write the whole index again from these records, as of `generation`. Returns their summaries, oldest import first. */
  async rebuild(records: readonly StoredCredential[], generation: number): Promise<CredentialSummary[]> {
    const buckets = new Map<string, Bucket>();
    const out: CredentialSummary[] = [];
    for (const rec of records) {
      const summary = summarize(rec);
      out.push(summary);
      const id = bucketOf(rec.key);
      const bucket = buckets.get(id) ?? {};
      bucket[rec.key] = summary;
      buckets.set(id, bucket);
    }
    await this.db.mapIndex.clear();
    await this.db.mapIndex.bulkPut([
      { id: INDEX_META_ID, segments: [indexMetaJson(generation)] },
      ...[...buckets].map(([id, b]) => ({ id, segments: [encodeBucket(b)] })),
    ]);
    return out.sort(byImport);
  }

  /**
   * Bring the index in line with a write of the credentials, by the write that made `step`:
   * records just `added` (keys not stored before), records `changed` (replaced under their
   * key) and keys `deleted`. A bucket touched only by new credentials gets them in a new row
   * (`b3/5`, holding only them), so an import neither reads nor rewrites what the index
   * already holds. A bucket that would then have more than MAX_SEGMENTS rows (its base row
   * and 7 appended), and any bucket with a changed or deleted summary, is merged back into
   * its one base row. The meta row then records `step.to`. An index that was not built, or
   * not in step before the write (`step.from`), is left as it is, so it stays stale for the
   * next read to rebuild.
   */
  async patch(
    step: GenerationStep,
    w: {
      added?: readonly StoredCredential[];
      changed?: readonly StoredCredential[];
      deleted?: readonly string[];
    },
  ): Promise<void> {
    // Only the meta row and the row ids are read here: whether the index is in step, and each bucket's rows.
    const [meta, ids] = await Promise.all([
      this.db.mapIndex.get(INDEX_META_ID),
      this.db.mapIndex.toCollection().primaryKeys() as Promise<string[]>,
    ]);
    if (!meta || !indexMetaMatches(meta.segments[0], step.from)) return;
    interface Touch {
      put: StoredCredential[];
      deleted: string[];
      /** Whether a summary already in the index changes or goes (the bucket must be merged). */
      rewrite: boolean;
    }
    const touched = new Map<string, Touch>();
    const at = (key: string): Touch => {
      const id = bucketOf(key);
      const t = touched.get(id) ?? { put: [], deleted: [], rewrite: false };
      touched.set(id, t);
      return t;
    };
    for (const rec of w.added ?? []) at(rec.key).put.push(rec);
    for (const rec of w.changed ?? []) {
      const t = at(rec.key);
      t.put.push(rec);
      t.rewrite = true;
    }
    for (const key of w.deleted ?? []) {
      const t = at(key);
      t.deleted.push(key);
      t.rewrite = true;
    }
    const appended = new Map<string, string[]>();
    for (const id of ids) {
      const slash = id.indexOf('/');
      if (slash < 0) continue;
      const rows = appended.get(id.slice(0, slash)) ?? [];
      rows.push(id);
      appended.set(id.slice(0, slash), rows);
    }
    const fresh = (t: Touch): Bucket => {
      const out: Bucket = {};
      for (const rec of t.put) out[rec.key] = summarize(rec);
      return out;
    };
    const newRows: StoredIndexBucket[] = [];
    const toMerge: string[] = [];
    for (const [bucket, t] of touched) {
      const rows = appended.get(bucket) ?? [];
      if (!t.rewrite && rows.length + 2 <= MAX_SEGMENTS) {
        const next = rows.reduce((n, id) => Math.max(n, (Number(id.slice(id.indexOf('/') + 1)) || 0) + 1), 0);
        newRows.push({ id: `${bucket}/${next}`, segments: [encodeBucket(fresh(t))] });
      } else toMerge.push(bucket);
    }
    const stamp = this.db.mapIndex.put({ id: INDEX_META_ID, segments: [indexMetaJson(step.to)] });
    if (newRows.length > 0) await Promise.all([stamp, this.db.mapIndex.bulkAdd(newRows)]);
    else await stamp;
    if (toMerge.length === 0) return;
    const readIds = toMerge.flatMap((bucket) => [bucket, ...(appended.get(bucket) ?? [])]);
    const read = new Map(
      (await this.db.mapIndex.bulkGet(readIds)).flatMap((row) => (row ? [[row.id, row] as const] : [])),
    );
    await this.db.mapIndex.bulkPut(
      toMerge.map((bucket) => {
        const t = touched.get(bucket) as Touch;
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
}
