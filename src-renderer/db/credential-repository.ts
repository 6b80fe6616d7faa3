/**
 * The credential repository: the one way the app reads and writes credentials, their
 * original files and the map index. It is made of three stores, each owning one concern:
 * record-store.ts (the `credentials` table and its write generation), originals.ts (where a
 * file's original bytes live) and map-index-store.ts (the map index); the record type and
 * the key rule are records.ts. Every write opens one transaction over what it changes and
 * keeps the index in step in it: one import is one transaction; a credential already stored
 * is never overwritten or downgraded by a newer import (the same file is recognised by its
 * sha256 and skipped).
 *
 * What callers get: full records without their bytes (`get`, `list`), the map's views from
 * the index (`views`, see credential-view.ts), and originals asked for by credential key
 * (`originalBytes`, `originals`). Callers never learn where bytes are kept, never see a
 * storage row, and never call Dexie.
 */
import type { ImportedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import { viewOf, type CredentialView } from './credential-view';
import type { WalletDb } from './database';
import type { EarlyIndexRead } from './early-read';
import { byImport, type CredentialSummary } from './map-index';
import { MapIndexStore, summariesIn, type IndexRead } from './map-index-store';
import { OriginalStore, withOriginals, withoutOriginal, type Original } from './originals';
import { RecordStore } from './record-store';
import {
  isStatusListRecord,
  keyOf,
  keyOfImported,
  kindOf,
  recordOf,
  type CredentialRecord,
  type StoredCredential,
} from './records';

// Where callers have always found them: the rules live in records.ts and credential-view.ts.
export { isStatusListRecord };
export { isAchievementEntry } from './credential-view';
export type { Original };

type WalletTable = WalletDb['credentials' | 'files' | 'generations' | 'mapIndex'];

export interface AddResult {
  /** The records this import added (their bytes are not the caller's to read). */
  added: CredentialRecord[];
  /** File names that were already in the wallet (same bytes). */
  alreadyStored: string[];
  /** File names that arrived as copies of a credential already stored (same digest), kept as its copies. */
  merged: string[];
}

export class CredentialRepository {
  private readonly records: RecordStore;
  private readonly originalStore: OriginalStore;
  private readonly index: MapIndexStore;

  constructor(private readonly db: WalletDb) {
    this.records = new RecordStore(db);
    this.originalStore = new OriginalStore(db);
    this.index = new MapIndexStore(db);
  }

  /** The tables of these stores, each once: a transaction's scope. */
  private scope(...stores: { readonly tables: readonly WalletTable[] }[]): WalletTable[] {
    return [...new Set(stores.flatMap((s) => s.tables))];
  }

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
    // Keys first (the same file chosen twice in one batch lands on the same keys and is stored once).
    const seenInBatch = new Set<string>();
    const keyed: { item: ImportedCredential; key: string }[] = [];
    for (const item of items) {
      const key = keyOfImported(item);
      if (seenInBatch.has(key)) {
        // A copy of a file is reported once, by its first credential.
        if (key === keyOf(item.sha256)) alreadyStored.push(item.fileName);
        continue;
      }
      seenInBatch.add(key);
      keyed.push({ item, key });
    }
    for (const { item } of keyed) {
      if (!bytesBySha.has(item.sha256)) throw new Error(`Missing original bytes for ${item.fileName}`);
    }
    const importedAt = now.toISOString();
    const { records, files } = withOriginals(
      keyed.map(({ item, key }) => recordOf(item, key, importedAt)),
      bytesBySha,
    );
    await this.db.transaction('rw', this.scope(this.records, this.originalStore, this.index), async () => {
      // Files and records are added side by side (a failure of either rolls both back).
      const [, { existing, step }] = await Promise.all([
        this.originalStore.addFiles(files),
        this.records.addNew(records),
      ]);
      records.forEach((rec, i) => {
        if (!existing.has(i)) added.push(rec);
        else if (rec.key === keyOf(rec.fileSha256)) alreadyStored.push(rec.fileName);
      });
      if (step) await Promise.all([step.counted, this.index.patch(step, added, [], 'added')]);
    });
    return { added, alreadyStored, merged: [] };
  }

  /** Every credential in full, without its file's bytes, oldest import first. Read in one
   *  getAll and sorted here: walking the importedAt index fetches record by record and is
   *  several times slower. */
  async list(): Promise<CredentialRecord[]> {
    return (await this.records.all()).map(withoutOriginal).sort(byImport);
  }

  /** One credential in full (every check with its detail), without its file's bytes, or undefined. */
  async get(key: string): Promise<CredentialRecord | undefined> {
    const rec = await this.records.get(key);
    return rec && withoutOriginal(rec);
  }

  /**
   * What the map is given of every credential, oldest import first: views of the index's
   * summaries (see `summaries`).
   */
  async views(early?: Promise<EarlyIndexRead | null> | null): Promise<CredentialView[]> {
    return (await this.summaries(early)).map(viewOf);
  }

  /**
   * The index's summary of every credential, oldest import first. When the index does not
   * match the credentials (other count, format or generation), it is rebuilt from them
   * first, in one transaction. `early` is the read the entry chunk started (early-read.ts);
   * when it found nothing usable, the database is read as usual.
   */
  async summaries(early?: Promise<EarlyIndexRead | null> | null): Promise<CredentialSummary[]> {
    const read: IndexRead =
      (early && (await early)) ??
      (await this.db.transaction('r', this.scope(this.records, this.index), async () => {
        const [count, generation, rows] = await Promise.all([
          this.records.count(),
          this.records.generation(),
          this.index.rows(),
        ]);
        return { count, generation, rows };
      }));
    return summariesIn(read) ?? this.rebuildIndex();
  }

  /** Write the whole index again from the credentials, as of their generation. */
  async rebuildIndex(): Promise<CredentialSummary[]> {
    return this.db.transaction('rw', this.scope(this.records, this.index), async () => {
      const [records, generation] = await Promise.all([this.records.all(), this.records.generation()]);
      return this.index.rebuild(records, generation);
    });
  }

  /** The original bytes of the file holding the credential with this key. */
  async originalBytes(key: string): Promise<Uint8Array | undefined> {
    return this.db.transaction('r', this.originalStore.tables, () => this.originalStore.ofKey(key));
  }

  /**
   * The originals of the files holding the credentials with these keys, each file once (a
   * file's hash is the key of its first credential), or of every stored file when no keys
   * are given.
   */
  async originals(keys?: readonly string[]): Promise<Original[]> {
    return this.db.transaction('r', this.originalStore.tables, () =>
      keys === undefined ? this.originalStore.all() : this.originalStore.ofKeys(keys),
    );
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
    return this.db.transaction('rw', this.scope(this.records, this.index), async () => {
      const pairs = updates.flatMap(({ fileSha256, results }) =>
        results.map((verification, n) => ({ key: keyOf(fileSha256, n), verification })),
      );
      const recs = await this.records.bulkGet(pairs.map((p) => p.key));
      const next: StoredCredential[] = [];
      recs.forEach((rec, i) => {
        const verification = pairs[i]?.verification;
        if (rec && verification) next.push({ ...rec, verification });
      });
      const step = await this.records.put(next);
      if (step) await Promise.all([step.counted, this.index.patch(step, next, [])]);
      return next.length;
    });
  }

  /**
   * Remove an imported file: its original bytes and every credential it held, in one
   * transaction. Returns how many credentials were removed.
   */
  async removeFile(fileSha256: string): Promise<number> {
    return this.db.transaction('rw', this.scope(this.records, this.originalStore, this.index), async () => {
      const { keys, step } = await this.records.removeFile(fileSha256);
      await Promise.all([
        this.originalStore.removeFile(fileSha256),
        step?.counted,
        step && this.index.patch(step, [], keys),
      ]);
      return keys.length;
    });
  }

  /** Status-list credentials the wallet holds, as files for main to read status bits from. */
  async statusListFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const lists = (await this.summaries()).filter(isStatusListRecord);
    if (lists.length === 0) return [];
    // One bulk read of their files instead of one read per list.
    const bySha = new Map((await this.originals(lists.map((r) => r.key))).map((f) => [f.fileSha256, f.bytes]));
    return lists.flatMap((rec) => {
      const bytes = bySha.get(rec.fileSha256);
      return bytes ? [{ name: rec.fileName, bytes }] : [];
    });
  }

  /**
   * The supporting documents the wallet holds other than status lists (keys, issuer profiles,
   * BadgeClasses, revocation lists), as files sent along with an import so main can check
   * credentials that point to them offline.
   */
  async supportingFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const docs = (await this.summaries()).filter((s) => kindOf(s) === 'supporting');
    if (docs.length === 0) return [];
    const bySha = new Map((await this.originals(docs.map((r) => r.key))).map((f) => [f.fileSha256, f.bytes]));
    return docs.flatMap((rec) => {
      const bytes = bySha.get(rec.fileSha256);
      return bytes ? [{ name: rec.fileName, bytes }] : [];
    });
  }

  async setLevelOverride(key: string, framework: 'jqf' | 'eqf', level: number | null): Promise<void> {
    await this.changeOne(key, (rec) => {
      const next = { ...(rec.levelOverride ?? {}) };
      if (level === null) delete next[framework];
      else next[framework] = level;
      return { ...rec, levelOverride: next };
    });
  }

  /** The credit unit the learner chose for one credential's credits (null = clear the choice). */
  async setCreditUnit(key: string, unit: CreditUnitId | null): Promise<void> {
    await this.changeOne(key, (rec) => {
      const { creditUnit: _drop, ...rest } = rec;
      return unit === null ? rest : { ...rest, creditUnit: unit };
    });
  }

  /** Replace one stored record by `change` of it, and its index entry, in one transaction. */
  private async changeOne(key: string, change: (rec: StoredCredential) => StoredCredential): Promise<void> {
    await this.db.transaction('rw', this.scope(this.records, this.index), async () => {
      const rec = await this.records.get(key);
      if (!rec) return;
      const next = change(rec);
      const step = await this.records.put([next]);
      if (step) await Promise.all([step.counted, this.index.patch(step, [next], [])]);
    });
  }
}
