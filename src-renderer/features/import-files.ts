/**
 * Reads dropped or chosen files as bytes, sends them to main in batches over the bridge,
 * and stores what comes back. Each batch is stored in its own transaction as soon as it
 * is verified, so a failure later never loses what was already stored.
 */
import { MAX_FILE_BYTES } from '../../src-shared/bridge';
import { bytesToBase64, bytesToHex } from '../../src-shared/bytes';
import type { CredentialRepository } from '../db/credential-repository';
import { wallet } from '../bridge/client';

export const BATCH_SIZE = 25;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: number;
  alreadyStored: number;
  tooLarge: string[];
  error?: string;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

export async function importFiles(
  files: readonly File[],
  repo: CredentialRepository,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, alreadyStored: 0, tooLarge: [] };
  const accepted = files.filter((f) => {
    if (f.size > MAX_FILE_BYTES) outcome.tooLarge.push(f.name);
    return f.size <= MAX_FILE_BYTES;
  });
  onProgress({ done: 0, total: accepted.length });
  for (let i = 0; i < accepted.length; i += BATCH_SIZE) {
    const batch = accepted.slice(i, i + BATCH_SIZE);
    const read = await Promise.all(batch.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const bytesBySha = new Map<string, Uint8Array>();
    for (const r of read) bytesBySha.set(await sha256Hex(r.bytes), r.bytes);
    const res = await wallet().importCredentials({ files: read.map((r) => ({ name: r.name, bytesBase64: bytesToBase64(r.bytes) })) });
    if (!res.ok) return { ...outcome, error: res.error.message };
    const stored = await repo.addImported(res.value.items, bytesBySha);
    outcome.added += stored.added.length;
    outcome.alreadyStored += stored.alreadyStored.length;
    onProgress({ done: Math.min(i + batch.length, accepted.length), total: accepted.length });
  }
  return outcome;
}
