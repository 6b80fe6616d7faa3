/**
 * Where each imported file's original bytes are kept, exactly as imported. A file holding
 * one credential keeps them in that credential's record (`StoredCredential.bytes`): in a
 * large import IndexedDB costs mostly by the record, so one record per file instead of two.
 * A file holding several credentials keeps them once in `files`, under the first name it
 * came with; so does every file stored before `bytes` existed. Readers look in both places.
 *
 * Part of the credential repository: only credential-repository.ts uses it, and callers
 * ask the repository for a credential's original by its key. Reads and writes run inside a
 * transaction the caller opened over `credentials` and `files`. Must never write the
 * credentials themselves (record-store.ts) or count a generation: bytes are not on the map.
 */
import { addNewRows, type WalletDb } from './database';
import { keyOf, parseKey, type CredentialRecord, type StoredCredential, type StoredFile } from './records';

/** One imported file's original bytes. */
export interface Original {
  fileSha256: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The rows that store these new records with their files' bytes: each record of a file of
 * one credential with its bytes inside, and the files of several credentials apart.
 * `bytesBySha` must hold the bytes of every record's file.
 */
export function withOriginals(
  records: readonly CredentialRecord[],
  bytesBySha: ReadonlyMap<string, Uint8Array>,
): { records: StoredCredential[]; files: StoredFile[] } {
  const files = new Map<string, StoredFile>();
  const out = records.map((rec): StoredCredential => {
    const bytes = bytesBySha.get(rec.fileSha256) as Uint8Array;
    if (!rec.part) return { ...rec, bytes };
    if (!files.has(rec.fileSha256))
      files.set(rec.fileSha256, { sha256: rec.fileSha256, fileName: rec.fileName, bytes });
    return rec;
  });
  return { records: out, files: [...files.values()] };
}

/** A record without its file's bytes: what callers are given. */
export function withoutOriginal(rec: StoredCredential): CredentialRecord {
  if (rec.bytes === undefined) return rec;
  const { bytes: _original, ...record } = rec;
  return record;
}

/** The original held in a record (a file of one credential), if any. */
function heldIn(rec: StoredCredential | undefined): Original | undefined {
  return rec?.bytes ? { fileSha256: rec.fileSha256, fileName: rec.fileName, bytes: rec.bytes } : undefined;
}

function fromFile(f: StoredFile): Original {
  return { fileSha256: f.sha256, fileName: f.fileName, bytes: f.bytes };
}

export class OriginalStore {
  constructor(private readonly db: WalletDb) {}

  /** The tables a transaction using this store must include. */
  get tables(): [WalletDb['credentials'], WalletDb['files']] {
    return [this.db.credentials, this.db.files];
  }

  /** Store the files of several credentials; a file already stored is left as it was. */
  async addFiles(files: readonly StoredFile[]): Promise<void> {
    await addNewRows(this.db.files, files);
  }

  /** The original of the file holding the credential with this key. */
  async ofKey(key: string): Promise<Uint8Array | undefined> {
    const sha = parseKey(key).fileSha256;
    // A file's first (or only) credential has the file's hash as its key.
    return (await this.db.credentials.get(keyOf(sha)))?.bytes ?? (await this.db.files.get(sha))?.bytes;
  }

  /** The originals of the files holding these credentials (those stored), each file once. */
  async ofKeys(keys: readonly string[]): Promise<Original[]> {
    const shas = [...new Set(keys.map((k) => parseKey(k).fileSha256))];
    const inRecords = (await this.db.credentials.bulkGet(shas.map((sha) => keyOf(sha)))).flatMap((r) => {
      const o = heldIn(r);
      return o ? [o] : [];
    });
    const found = new Set(inRecords.map((o) => o.fileSha256));
    const rest = shas.filter((sha) => !found.has(sha));
    const inFiles = rest.length === 0 ? [] : await this.db.files.bulkGet(rest);
    return [...inRecords, ...inFiles.flatMap((f) => (f ? [fromFile(f)] : []))];
  }

  /** Every stored file's original, each once. */
  async all(): Promise<Original[]> {
    const [files, records] = await Promise.all([this.db.files.toArray(), this.db.credentials.toArray()]);
    return [...files.map(fromFile), ...records.flatMap((r) => heldIn(r) ?? [])];
  }

  /** Forget a file's bytes kept in `files` (bytes kept in a record go with the record). */
  async removeFile(fileSha256: string): Promise<void> {
    await this.db.files.delete(fileSha256);
  }
}
