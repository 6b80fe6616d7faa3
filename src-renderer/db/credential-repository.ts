/**
 * The credential repository: the one way the app reads and writes credentials, their
 * original files and the map index. It is made of three stores, each owning one concern:
 * record-store.ts (the `credentials` table and its write generation), originals.ts (where a
 * file's original bytes live) and map-index-store.ts (the map index); the record type and
 * the key rule are records.ts. Every write opens one transaction over what it changes and
 * keeps the index in step in it: one import is one transaction; a credential already stored
 * is never overwritten or downgraded by a newer import (the same file is recognised by its
 * sha256 and skipped). One credential, one entry: a credential arriving again in another
 * file (the same `digest`) is not a second record but a copy of the stored one (records.ts);
 * removing a file keeps a credential that also arrived in another file.
 *
 * What callers get: full records without their bytes (`get`, `list`), the map's views from
 * the index (`views`, see credential-view.ts), and originals asked for by credential key
 * (`originalBytes`, `originals`), and the supporting documents the verifier is sent
 * (`statusListFiles`, `supportingFiles`). Callers never learn where bytes are kept, never see
 * a storage row, and never call Dexie.
 */
import type { ImportedCredential, NormalizedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import { viewOf, type CredentialView } from './credential-view';
import type { WalletDb } from './database';
import type { EarlyIndexRead } from './early-read';
import { byImport, type CredentialSummary } from './map-index';
import { MapIndexStore, summariesIn, type IndexRead } from './map-index-store';
import { OriginalStore, withOriginals, type Original } from './originals';
import { RecordStore } from './record-store';
import {
  copyOf,
  isMergeable,
  isStatusListRecord,
  keyOf,
  keyOfImported,
  kindOf,
  recordOf,
  recordOfStored,
  withCopyIndex,
  withoutFile,
  type CopyOf,
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
  /**
   * Names of the files (each once) holding a credential that was already stored, or came
   * earlier in the same import, from another file: kept as a copy of that entry, not as a
   * second one.
   */
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
   * Existing entries win: nothing stored is replaced. An item whose `digest` is a stored
   * record's, or an earlier item's of this import, is stored as a copy of that record (its
   * file's bytes kept, `{fileSha256, fileName, part, origin}` added to the record's
   * `copies`, a file only once) instead of as a second record; a presentation's or a
   * transcript's container is always its own entry. Records stored before version 5 have
   * no digest: a credential arriving again is not merged with them.
   */
  async addImported(
    items: readonly ImportedCredential[],
    bytesBySha: ReadonlyMap<string, Uint8Array>,
    now = new Date(),
  ): Promise<AddResult> {
    const added: StoredCredential[] = [];
    const alreadyStored: string[] = [];
    const merged = new Set<string>();
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
    await this.db.transaction('rw', this.scope(this.records, this.originalStore, this.index), async () => {
      // The records these credentials may be copies of, and which keys are stored (so a file
      // stored before is skipped as before, never made a copy of itself): read only when the
      // import holds a credential with a digest, in one round trip.
      const digests = [...new Set(keyed.flatMap(({ item }) => (isMergeable(item) ? [item.digest as string] : [])))];
      const [holders, stored] =
        digests.length === 0
          ? [[], new Set<string>()]
          : await Promise.all([this.records.withDigests(digests), this.records.storedKeys(keyed.map((k) => k.key))]);
      const byDigest = new Map<string, { rec: StoredCredential; stored: boolean }>();
      for (const rec of holders)
        if (isMergeable(rec) && !byDigest.has(rec.digest as string))
          byDigest.set(rec.digest as string, { rec, stored: true });
      const fresh: CredentialRecord[] = [];
      const changed = new Map<string, StoredCredential>();
      const copies: CopyOf[] = [];
      for (const { item, key } of keyed) {
        const holder = isMergeable(item) && !stored.has(key) ? byDigest.get(item.digest as string) : undefined;
        if (!holder) {
          const rec = recordOf(item, key, importedAt);
          fresh.push(rec);
          if (isMergeable(item) && !stored.has(key) && item.digest !== undefined)
            byDigest.set(item.digest, { rec, stored: false });
          continue;
        }
        const { rec } = holder;
        // The same credential twice in one file, or a file already kept as its copy: nothing new.
        if (rec.fileSha256 === item.sha256) continue;
        if (rec.copies?.some((c) => c.fileSha256 === item.sha256)) {
          if (key === keyOf(item.sha256)) alreadyStored.push(item.fileName);
          continue;
        }
        const copy = copyOf(item);
        rec.copies = [...(rec.copies ?? []), copy];
        copies.push(copy);
        merged.add(item.fileName);
        if (holder.stored) changed.set(rec.key, rec);
      }
      const { records, files } = withOriginals(fresh, bytesBySha, copies);
      // Files and records are written side by side (a failure of either rolls both back).
      const rows = records.map(withCopyIndex);
      const puts = [...changed.values()].map(withCopyIndex);
      const [, { existing, step }] = await Promise.all([
        this.originalStore.addFiles(files),
        this.records.write({ add: rows, put: puts }),
      ]);
      rows.forEach((rec, i) => {
        if (!existing.has(i)) added.push(rec);
        else if (rec.key === keyOf(rec.fileSha256)) alreadyStored.push(rec.fileName);
      });
      if (step) await Promise.all([step.counted, this.index.patch(step, { added, changed: puts })]);
    });
    return { added: added.map(recordOfStored), alreadyStored, merged: [...merged] };
  }

  /** Every credential in full, without its file's bytes, oldest import first. Read in one
   *  getAll and sorted here: walking the importedAt index fetches record by record and is
   *  several times slower. */
  async list(): Promise<CredentialRecord[]> {
    return (await this.records.all()).map(recordOfStored).sort(byImport);
  }

  /** One credential in full (every check with its detail), without its file's bytes, or undefined. */
  async get(key: string): Promise<CredentialRecord | undefined> {
    const rec = await this.records.get(key);
    return rec && recordOfStored(rec);
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
   * The originals of the files holding the credentials with these keys and of their copies
   * (the other files each arrived in), each file once (a file's hash is the key of its first
   * credential), or of every stored file when no keys are given.
   */
  async originals(keys?: readonly string[]): Promise<Original[]> {
    return this.db.transaction('r', this.originalStore.tables, () =>
      keys === undefined ? this.originalStore.all() : this.originalStore.ofKeys(keys),
    );
  }

  /**
   * Store the results of re-checking files' credentials (dates pass, a status list arrives),
   * many files in one transaction. The verification changes, and what the wallet understood
   * of the credential when `normalized` is given (a BadgeClass or issuer profile that arrived
   * since names a badge that was nameless); the learner's choices and the bytes stay as they
   * are. `results[n]` is the n-th credential of the file; a credential stored
   * as a copy of another file's (one credential, one entry) has no record of its own, so
   * its result is ignored. Returns how many stored credentials were updated.
   */
  async updateVerifications(
    updates: readonly {
      fileSha256: string;
      results: readonly VerificationResult[];
      normalized?: readonly NormalizedCredential[];
    }[],
  ): Promise<number> {
    return this.db.transaction('rw', this.scope(this.records, this.index), async () => {
      const pairs = updates.flatMap(({ fileSha256, results, normalized }) =>
        results.map((verification, n) => ({ key: keyOf(fileSha256, n), verification, normalized: normalized?.[n] })),
      );
      const recs = await this.records.bulkGet(pairs.map((p) => p.key));
      const next: StoredCredential[] = [];
      recs.forEach((rec, i) => {
        const pair = pairs[i];
        if (rec && pair)
          next.push({
            ...rec,
            verification: pair.verification,
            ...(pair.normalized ? { normalized: pair.normalized } : {}),
          });
      });
      const step = await this.records.put(next);
      if (step) await Promise.all([step.counted, this.index.patch(step, { changed: next })]);
      return next.length;
    });
  }

  /**
   * Remove an imported file, in one transaction: its original bytes and every credential it
   * held, except a credential that also arrived in another file, which stays with its first
   * remaining copy as its file (`withoutFile`, records.ts); and every copy pointing at the
   * file. Returns how many credentials left the wallet.
   */
  async removeFile(fileSha256: string): Promise<number> {
    return this.db.transaction('rw', this.scope(this.records, this.originalStore, this.index), async () => {
      const [held, copying] = await Promise.all([this.records.ofFile(fileSha256), this.records.withCopyIn(fileSha256)]);
      const gone: string[] = [];
      const moved: StoredCredential[] = [];
      const kept: StoredCredential[] = [];
      for (const rec of held) {
        const next = withoutFile(rec, fileSha256);
        gone.push(rec.key);
        if (next) moved.push(next);
      }
      const heldKeys = new Set(held.map((r) => r.key));
      for (const rec of copying) {
        if (heldKeys.has(rec.key)) continue;
        const next = withoutFile(rec, fileSha256);
        if (next) kept.push(next);
      }
      // The moved records go under keys that were free (records.ts): added, never replacing
      // (a key found taken fails the removal, and the transaction rolls back).
      const { existing, step } = await this.records.write({ remove: gone, add: moved, put: kept });
      if (existing.size > 0) throw new Error('A credential kept by another file would replace a stored one');
      await Promise.all([
        this.originalStore.removeFile(fileSha256),
        step?.counted,
        step && this.index.patch(step, { added: moved, changed: kept, deleted: gone }),
      ]);
      return gone.length - moved.length;
    });
  }

  /** Status-list credentials the wallet holds, as files for main to read status bits from. */
  async statusListFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    return this.filesOf((await this.summaries()).filter(isStatusListRecord));
  }

  /**
   * The other supporting documents the wallet holds (keys, issuer profiles, BadgeClasses,
   * revocation lists, DID documents: not status lists), as files for main to check Open
   * Badges 2.0 assertions and other credentials with.
   */
  async supportingFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    return this.filesOf((await this.summaries()).filter((s) => kindOf(s) === 'supporting'));
  }

  /** The files of these entries (their own files, not their copies'), each under the entry's file name. */
  private async filesOf(
    entries: readonly { key: string; fileSha256: string; fileName: string }[],
  ): Promise<{ name: string; bytes: Uint8Array }[]> {
    if (entries.length === 0) return [];
    // One bulk read of their files instead of one read per entry.
    const originals = await this.db.transaction('r', this.originalStore.tables, () =>
      this.originalStore.ofKeys(
        entries.map((e) => e.key),
        { copies: false },
      ),
    );
    const bySha = new Map(originals.map((f) => [f.fileSha256, f.bytes]));
    return entries.flatMap((rec) => {
      const bytes = bySha.get(rec.fileSha256);
      return bytes ? [{ name: rec.fileName, bytes }] : [];
    });
  }

  /**
   * The learner's own level for one credential, per framework (null clears it). Only an
   * achievement is given a level: for any other entry (a presentation, a supporting
   * document, a file that is not a credential) nothing is stored.
   */
  async setLevelOverride(key: string, framework: 'jqf' | 'eqf', level: number | null): Promise<void> {
    await this.changeOne(key, (rec) => {
      if (kindOf(rec) !== 'achievement') return null;
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

  /** Replace one stored record by `change` of it (null: leave it), and its index entry, in one transaction. */
  private async changeOne(key: string, change: (rec: StoredCredential) => StoredCredential | null): Promise<void> {
    await this.db.transaction('rw', this.scope(this.records, this.index), async () => {
      const rec = await this.records.get(key);
      const next = rec && change(rec);
      if (!next) return;
      const step = await this.records.put([next]);
      if (step) await Promise.all([step.counted, this.index.patch(step, { changed: [next] })]);
    });
  }
}
