/**
 * Where each imported file's original bytes are kept, exactly as imported. A file holding
 * one credential keeps them in that credential's record (`StoredCredential.bytes`): in a
 * large import IndexedDB costs mostly by the record, so one record per file instead of two.
 * A file holding several credentials keeps them once in `files`, under the first name it
 * came with; so does every file stored before `bytes` existed, and every file a credential
 * arrived in as a copy of a stored one (records.ts: one credential, one entry), since no
 * record is its own. Readers look in both places.
 *
 * Part of the credential repository: only credential-repository.ts uses it, and callers
 * ask the repository for a credential's original by its key. Reads and writes run inside a
 * transaction the caller opened over `credentials` and `files`. Must never write the
 * credentials themselves (record-store.ts) or count a generation: bytes are not on the map.
 */
import { addNewRows, type WalletDb } from './database';
import { keyOf, parseKey, type CopyOf, type CredentialRecord, type StoredCredential, type StoredFile } from './records';

/** One imported file's original bytes. */
export interface Original {
  fileSha256: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The rows that store these new records with their files' bytes: each record of a file of
 * one credential with its bytes inside, and apart, in `files`, the files of several
 * credentials and the files of `copies` (credentials stored as copies of another record).
 * `bytesBySha` must hold the bytes of every record's and every copy's file.
 */
export function withOriginals(
  records: readonly CredentialRecord[],
  bytesBySha: ReadonlyMap<string, Uint8Array>,
  copies: readonly CopyOf[] = [],
): { records: StoredCredential[]; files: StoredFile[] } {
  const files = new Map<string, StoredFile>();
  const apart = (sha: string, fileName: string): void => {
    if (!files.has(sha)) files.set(sha, { sha256: sha, fileName, bytes: bytesBySha.get(sha) as Uint8Array });
  };
  const out = records.map((rec): StoredCredential => {
    if (!rec.part) return { ...rec, bytes: bytesBySha.get(rec.fileSha256) as Uint8Array };
    apart(rec.fileSha256, rec.fileName);
    return rec;
  });
  for (const c of copies) apart(c.fileSha256, c.fileName);
  return { records: out, files: [...files.values()] };
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

  /**
   * The originals of the files holding these credentials (those stored), each file once: the
   * file each is keyed by and, with `copies`, the files of its copies too.
   */
  async ofKeys(keys: readonly string[], { copies = true } = {}): Promise<Original[]> {
    const shas = new Set(keys.map((k) => parseKey(k).fileSha256));
    // A file's first (or only) credential has the file's hash as its key, and holds the
    // bytes of a file of one credential; the credentials asked for name their copies.
    const firsts = [...shas].map((sha) => keyOf(sha));
    const read = [...new Set(copies ? [...firsts, ...keys] : firsts)];
    const recs = await this.db.credentials.bulkGet(read);
    const asked = new Set(keys);
    if (copies)
      for (const rec of recs) if (rec && asked.has(rec.key)) for (const c of rec.copies ?? []) shas.add(c.fileSha256);
    const out: Original[] = [];
    for (const rec of recs) {
      const o = heldIn(rec);
      if (o && rec?.key === keyOf(o.fileSha256) && shas.has(o.fileSha256)) out.push(o);
    }
    const found = new Set(out.map((o) => o.fileSha256));
    const rest = [...shas].filter((sha) => !found.has(sha));
    const inFiles = rest.length === 0 ? [] : await this.db.files.bulkGet(rest);
    return [...out, ...inFiles.flatMap((f) => (f ? [fromFile(f)] : []))];
  }

  /** Every stored file's original, each once. */
  async all(): Promise<Original[]> {
    const [files, records] = await Promise.all([this.db.files.toArray(), this.db.credentials.toArray()]);
    const inFiles = files.map(fromFile);
    const seen = new Set(inFiles.map((o) => o.fileSha256));
    return [...inFiles, ...records.flatMap((r) => heldIn(r) ?? []).filter((o) => !seen.has(o.fileSha256))];
  }

  /** Forget a file's bytes kept in `files` (bytes kept in a record go with the record). */
  async removeFile(fileSha256: string): Promise<void> {
    await this.db.files.delete(fileSha256);
  }
}
