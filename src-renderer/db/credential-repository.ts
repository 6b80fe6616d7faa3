/**
 * The only code that reads and writes credentials in IndexedDB. One import is written in
 * one transaction. A credential already stored is never overwritten or downgraded by a
 * newer import: the same file is recognised by its sha256 and skipped.
 */
import { isStatusListType, type ImportedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import type { StoredCredential, WalletDb } from './database';

export function isStatusListRecord(rec: StoredCredential): boolean {
  return isStatusListType(rec.normalized.types);
}

/** Status lists and presentations are kept and shown, but they are not achievements. */
export function isAchievementEntry(rec: StoredCredential): boolean {
  return rec.part?.role !== 'presentation' && !isStatusListRecord(rec);
}

export interface AddResult {
  added: StoredCredential[];
  /** File names that were already in the wallet (same bytes). */
  alreadyStored: string[];
}

export class CredentialRepository {
  constructor(private readonly db: WalletDb) {}

  /**
   * Store what one import produced. `bytesBySha` holds the original bytes of each file.
   * Existing entries win: nothing stored is replaced.
   */
  async addImported(items: readonly ImportedCredential[], bytesBySha: ReadonlyMap<string, Uint8Array>, now = new Date()): Promise<AddResult> {
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
    await this.db.transaction('rw', this.db.credentials, this.db.files, async () => {
      // One read for what is already there, one write per table: a batch costs a few
      // round trips to IndexedDB instead of several per credential.
      const existing = await this.db.credentials.bulkGet(keyed.map((k) => k.key));
      const shas = [...new Set(keyed.map((k) => k.item.sha256))];
      const haveFile = await this.db.files.bulkGet(shas);
      const newFiles = shas
        .filter((_, i) => haveFile[i] === undefined)
        .map((sha) => ({ sha256: sha, fileName: keyed.find((k) => k.item.sha256 === sha)?.item.fileName ?? sha, bytes: bytesBySha.get(sha) as Uint8Array }));
      keyed.forEach(({ item, n, key }, i) => {
        if (existing[i] !== undefined) {
          if (n === 0) alreadyStored.push(item.fileName);
          return;
        }
        added.push({
          key,
          fileSha256: item.sha256,
          fileName: item.fileName,
          mediaType: item.mediaType,
          importedAt: now.toISOString(),
          normalized: item.normalized,
          verification: item.verification,
          ...(item.normalized.credentialId ? { credentialId: item.normalized.credentialId } : {}),
          ...(item.problem ? { problem: item.problem } : {}),
          ...(item.part ? { part: item.part } : {}),
        });
      });
      if (newFiles.length > 0) await this.db.files.bulkAdd(newFiles);
      if (added.length > 0) await this.db.credentials.bulkAdd(added);
    });
    return { added, alreadyStored };
  }

  /** Every credential, oldest import first. Read in one getAll and sorted here: walking
   *  the importedAt index fetches record by record and is several times slower. */
  async list(): Promise<StoredCredential[]> {
    const all = await this.db.credentials.toArray();
    return all.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : a.key < b.key ? -1 : 1));
  }

  async fileBytes(sha256: string): Promise<Uint8Array | undefined> {
    return (await this.db.files.get(sha256))?.bytes;
  }

  async allFiles(): Promise<{ sha256: string; fileName: string; bytes: Uint8Array }[]> {
    return this.db.files.toArray();
  }

  /**
   * Store the result of re-checking a file's credentials (dates pass, a status list
   * arrives). Only the verification changes; the record and its bytes stay as imported.
   */
  async updateVerifications(fileSha256: string, results: readonly VerificationResult[]): Promise<number> {
    let changed = 0;
    await this.db.transaction('rw', this.db.credentials, async () => {
      for (const [n, verification] of results.entries()) {
        const key = n === 0 ? fileSha256 : `${fileSha256}#${n}`;
        changed += await this.db.credentials.update(key, { verification });
      }
    });
    return changed;
  }

  /**
   * Remove an imported file: its original bytes and every credential it held, in one
   * transaction. Returns how many credentials were removed.
   */
  async removeFile(fileSha256: string): Promise<number> {
    return this.db.transaction('rw', this.db.credentials, this.db.files, async () => {
      const removed = await this.db.credentials.where('fileSha256').equals(fileSha256).delete();
      await this.db.files.delete(fileSha256);
      return removed;
    });
  }

  /** Status-list credentials the wallet holds, as files for main to read status bits from. */
  async statusListFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
    const lists = (await this.db.credentials.toArray()).filter(isStatusListRecord);
    const out: { name: string; bytes: Uint8Array }[] = [];
    for (const rec of lists) {
      const bytes = await this.fileBytes(rec.fileSha256);
      if (bytes) out.push({ name: rec.fileName, bytes });
    }
    return out;
  }

  async setLevelOverride(key: string, framework: 'jqf' | 'eqf', level: number | null): Promise<void> {
    await this.db.transaction('rw', this.db.credentials, async () => {
      const rec = await this.db.credentials.get(key);
      if (!rec) return;
      const next = { ...(rec.levelOverride ?? {}) };
      if (level === null) delete next[framework];
      else next[framework] = level;
      await this.db.credentials.update(key, { levelOverride: next });
    });
  }

  /** The credit unit the learner chose for one credential's credits (null = clear the choice). */
  async setCreditUnit(key: string, unit: CreditUnitId | null): Promise<void> {
    await this.db.transaction('rw', this.db.credentials, async () => {
      const rec = await this.db.credentials.get(key);
      if (!rec) return;
      if (unit === null) {
        const { creditUnit: _drop, ...rest } = rec;
        await this.db.credentials.put(rest);
      } else {
        await this.db.credentials.update(key, { creditUnit: unit });
      }
    });
  }
}
