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
   * Add records whose keys may already be stored (those are left as they were). Returns the
   * positions that were already there, and the step when anything was added.
   */
  async addNew(records: readonly StoredCredential[]): Promise<{ existing: Set<number>; step: GenerationStep | null }> {
    if (records.length === 0) return { existing: new Set(), step: null };
    // The generation is read beside the adds, not after them: one round trip, not two.
    const [existing, from] = await Promise.all([addNewRows(this.db.credentials, records), this.generation()]);
    return { existing, step: existing.size < records.length ? this.stepFrom(from) : null };
  }

  /** Replace stored records (same keys); the step, or null when there were none. */
  async put(records: readonly StoredCredential[]): Promise<GenerationStep | null> {
    if (records.length === 0) return null;
    const [, from] = await Promise.all([this.db.credentials.bulkPut([...records]), this.generation()]);
    return this.stepFrom(from);
  }

  /** Delete every credential of a file: their keys, and the step (null when it held none). */
  async removeFile(fileSha256: string): Promise<{ keys: string[]; step: GenerationStep | null }> {
    const [keys, from] = await Promise.all([
      this.db.credentials.where('fileSha256').equals(fileSha256).primaryKeys(),
      this.generation(),
    ]);
    if (keys.length === 0) return { keys, step: null };
    await this.db.credentials.bulkDelete(keys);
    return { keys, step: this.stepFrom(from) };
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
