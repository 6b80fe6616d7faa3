/**
 * Reads dropped or chosen files as bytes, sends them to main in batches over the bridge,
 * and stores what comes back. Each batch is stored in its own transaction as soon as it
 * is verified, so a failure later never loses what was already stored. Two batches are in
 * flight at once so reading and encoding overlap with verification in main.
 */
import { MAX_FILE_BYTES, type FilePayload } from '../../src-shared/bridge';
import { bytesToBase64, bytesToHex } from '../../src-shared/bytes';
import { isStatusListRecord, type CredentialRepository } from '../db/credential-repository';
import { wallet } from '../bridge/client';

export const BATCH_SIZE = 25;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: number;
  /** Status-list credentials among the added: stored credentials' revocation may now be answerable. */
  statusListsAdded: number;
  alreadyStored: number;
  tooLarge: string[];
  error?: string;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

/** The wallet's status lists, sent along so main can answer revocation offline. */
export async function statusListPayloads(repo: CredentialRepository): Promise<FilePayload[]> {
  return (await repo.statusListFiles()).map((f) => ({ name: f.name, bytesBase64: bytesToBase64(f.bytes) }));
}

/** Batches in flight at once: the next batch is read and encoded while main verifies one. */
export const IN_FLIGHT = 2;

export async function importFiles(
  files: readonly File[],
  repo: CredentialRepository,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, statusListsAdded: 0, alreadyStored: 0, tooLarge: [] };
  const total = files.length;
  let done = 0;
  onProgress({ done, total });
  const known = await statusListPayloads(repo);

  const batches: File[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));

  let next = 0;
  let failure: string | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < batches.length) {
      const batch = batches[next++] ?? [];
      // Sizes are checked batch by batch (asking a chosen file for its size costs a round
      // trip to the browser), so the checks overlap with verification of the other batch.
      const accepted = batch.filter((f) => {
        if (f.size > MAX_FILE_BYTES) outcome.tooLarge.push(f.name);
        return f.size <= MAX_FILE_BYTES;
      });
      const read = await Promise.all(accepted.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      if (read.length === 0) {
        done += batch.length;
        onProgress({ done, total });
        continue;
      }
      const shas = await Promise.all(read.map((r) => sha256Hex(r.bytes)));
      const bytesBySha = new Map<string, Uint8Array>(read.map((r, i) => [shas[i] as string, r.bytes]));
      const res = await wallet().importCredentials({
        files: read.map((r) => ({ name: r.name, bytesBase64: bytesToBase64(r.bytes) })),
        ...(known.length > 0 ? { statusLists: known } : {}),
      });
      if (!res.ok) {
        failure = res.error.message;
        return;
      }
      // Each batch is stored in its own transaction as soon as it is verified.
      const stored = await repo.addImported(res.value.items, bytesBySha);
      outcome.added += stored.added.length;
      outcome.statusListsAdded += stored.added.filter(isStatusListRecord).length;
      outcome.alreadyStored += stored.alreadyStored.length;
      done += batch.length;
      onProgress({ done, total });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batches.length) }, worker));
  return failure === undefined ? outcome : { ...outcome, error: failure };
}
