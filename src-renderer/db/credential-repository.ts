/**
 * The only code that reads and writes credentials in IndexedDB. One import is written in
 * one transaction. A credential already stored is never overwritten or downgraded by a
 * newer import: the same file is recognised by its sha256 and skipped.
 */
import type { ImportedCredential } from '../../src-shared/credential';
import type { VerificationResult } from '../../src-shared/verification';
import type { CreditUnitId } from '../../src-shared/workload';
import type { StoredCredential, WalletDb } from './database';

const STATUS_LIST_TYPES = new Set(['BitstringStatusListCredential', 'StatusList2021Credential']);

export function isStatusListRecord(rec: StoredCredential): boolean {
  return rec.normalized.types.some((t) => STATUS_LIST_TYPES.has(t));
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
    await this.db.transaction('rw', this.db.credentials, this.db.files, async () => {
      const indexInFile = new Map<string, number>();
      for (const item of items) {
        const n = indexInFile.get(item.sha256) ?? 0;
        indexInFile.set(item.sha256, n + 1);
        const key = n === 0 ? item.sha256 : `${item.sha256}#${n}`;
        if (await this.db.credentials.get(key)) {
          if (n === 0) alreadyStored.push(item.fileName);
          continue;
        }
        const bytes = bytesBySha.get(item.sha256);
        if (!bytes) throw new Error(`Missing original bytes for ${item.fileName}`);
        if (!(await this.db.files.get(item.sha256))) {
          await this.db.files.add({ sha256: item.sha256, fileName: item.fileName, bytes });
        }
        const record: StoredCredential = {
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
        };
        await this.db.credentials.add(record);
        added.push(record);
      }
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
