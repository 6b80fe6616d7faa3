/**
 * Re-checks every stored credential with the current time (at app start and on demand):
 * credentials expire, and offline answers change as the wallet learns more. The stored
 * record keeps its bytes and normalized data; only the verification result and its
 * `checkedAt` are replaced. Runs in batches so the window stays responsive.
 */
import { bytesToBase64 } from '../../src-shared/bytes';
import type { CredentialRepository } from '../db/credential-repository';
import { wallet } from '../bridge/client';
import { BATCH_SIZE, statusListPayloads } from './import-files';

export async function reverifyAll(repo: CredentialRepository): Promise<{ checked: number; error?: string }> {
  const files = await repo.allFiles();
  const known = await statusListPayloads(repo);
  let checked = 0;
  for (let i = 0; i < files.length; i += BATCH_SIZE) {
    const batch = files.slice(i, i + BATCH_SIZE);
    const res = await wallet().verifyCredentials({
      files: batch.map((f) => ({ name: f.fileName, bytesBase64: bytesToBase64(f.bytes) })),
      ...(known.length > 0 ? { statusLists: known } : {}),
    });
    if (!res.ok) return { checked, error: res.error.message };
    const bySha = new Map<string, typeof res.value.items>();
    for (const item of res.value.items) bySha.set(item.sha256, [...(bySha.get(item.sha256) ?? []), item]);
    for (const f of batch) {
      const items = bySha.get(f.sha256);
      if (items) checked += await repo.updateVerifications(f.sha256, items.map((x) => x.verification));
    }
  }
  return { checked };
}
