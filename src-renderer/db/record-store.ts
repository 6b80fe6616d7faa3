/**
 * The `credentials` table and its write generation (`generations`, row `credentials`).
 * Every method that writes credentials counts one generation in the caller's transaction,
 * and says which (`GenerationStep`), so the map index written in the same transaction can
 * record the generation it reflects (map-index-store.ts): an index that missed a write is
 * then seen as stale even when it holds as many summaries as there are credentials.
 *
 * Part of the credential repository: only credential-repository.ts uses it (tests too, to
 * write behind the index's back). Every method runs inside a transaction the caller opened
 * over `tables` (and whatever else it writes). Must never touch the map index or decide
 * where original bytes go (originals.ts builds the rows it is given).
 */
import { addNewRows, type WalletDb } from './database';
import type { StoredCredential } from './records';
import { CREDENTIALS_GENERATION } from './schema';

/** The generation before a write and the one it made. */
export interface GenerationStep {
  from: number;
  to: number;
  /** The new count's write, under way: await it together with what follows the write (one round trip, not two). */
  counted: Promise<unknown>;
}

export class RecordStore {
  constructor(private readonly db: WalletDb) {}

  /** The tables a transaction using this store must include. */
  get tables(): [WalletDb['credentials'], WalletDb['generations']] {
    return [this.db.credentials, this.db.generations];
  }

  /** The credentials' generation now (0 when never counted). */
  async generation(): Promise<number> {
    return (await this.db.generations.get(CREDENTIALS_GENERATION))?.value ?? 0;
  }

  /** Count one write, from the generation read before it. */
  private stepFrom(from: number): GenerationStep {
    return { from, to: from + 1, counted: this.db.generations.put({ id: CREDENTIALS_GENERATION, value: from + 1 }) };
  }

  /**
   * One write of the credentials, counted as one generation: `remove` these keys, `add`
   * records whose keys may already be stored (those are left as they were) and `put`
   * (replace) records. Returns the positions of `add` that were already there, and the step
   * when anything was written. The generation is read beside the writes, not after them:
   * one round trip, not two.
   */
  async write(w: {
    add?: readonly StoredCredential[];
    put?: readonly StoredCredential[];
    remove?: readonly string[];
  }): Promise<{ existing: Set<number>; step: GenerationStep | null }> {
    const add = w.add ?? [];
    const put = w.put ?? [];
    const remove = w.remove ?? [];
    if (add.length === 0 && put.length === 0 && remove.length === 0) return { existing: new Set(), step: null };
    const [, existing, , from] = await Promise.all([
      remove.length > 0 ? this.db.credentials.bulkDelete([...remove]) : undefined,
      addNewRows(this.db.credentials, add),
      put.length > 0 ? this.db.credentials.bulkPut([...put]) : undefined,
      this.generation(),
    ]);
    const wrote = existing.size < add.length || put.length > 0 || remove.length > 0;
    return { existing, step: wrote ? this.stepFrom(from) : null };
  }

  /** Replace stored records (same keys); the step, or null when there were none. */
  async put(records: readonly StoredCredential[]): Promise<GenerationStep | null> {
    return (await this.write({ put: records })).step;
  }

  /** Every record whose primary file is this one. */
  async ofFile(fileSha256: string): Promise<StoredCredential[]> {
    return this.db.credentials.where('fileSha256').equals(fileSha256).toArray();
  }

  /** Every record holding a copy in this file (`copyFiles`, version 5). */
  async withCopyIn(fileSha256: string): Promise<StoredCredential[]> {
    return this.db.credentials.where('copyFiles').equals(fileSha256).toArray();
  }

  /** Every record with one of these digests (version 5; records stored before have none). */
  async withDigests(digests: readonly string[]): Promise<StoredCredential[]> {
    if (digests.length === 0) return [];
    return this.db.credentials
      .where('digest')
      .anyOf([...digests])
      .toArray();
  }

  /** Which of these keys are stored (keys only: no record is read). */
  async storedKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return new Set(
      (await this.db.credentials
        .where(':id')
        .anyOf([...keys])
        .primaryKeys()) as string[],
    );
  }

  async get(key: string): Promise<StoredCredential | undefined> {
    return this.db.credentials.get(key);
  }

  async bulkGet(keys: readonly string[]): Promise<(StoredCredential | undefined)[]> {
    return this.db.credentials.bulkGet([...keys]);
  }

  /** Every record, in key order (one getAll: walking an index fetches record by record). */
  async all(): Promise<StoredCredential[]> {
    return this.db.credentials.toArray();
  }

  async count(): Promise<number> {
    return this.db.credentials.count();
  }
}
