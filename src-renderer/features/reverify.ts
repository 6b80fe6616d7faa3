/**
 * Re-checks stored credentials with the current time: all of them on demand, and at app
 * start those whose answer may have changed since they were last checked (a validity date
 * has passed since then; JWTs, whose `nbf`/`exp` the stored record does not hold). A new
 * status list triggers a full re-check from the import. The wallet's status lists and other
 * supporting documents are sent along, as at import. The stored record keeps its bytes
 * and normalized data; only the verification result and its `checkedAt` are replaced. Runs
 * in batches so the window stays responsive. The bridge and the repository are given by the
 * caller.
 */
import type { WalletApi } from '../../src-shared/bridge';
import { bytesToBase64 } from '../../src-shared/bytes';
import type { CredentialFormat } from '../../src-shared/credential';
import { CLOCK_SKEW_SECONDS } from '../../src-shared/verification';
import type { CredentialRepository } from '../db/credential-repository';
import type { CredentialView } from '../db/credential-view';
import { batchesOf, heldDocuments } from './import-files';

/** Twice the verifier's clock-skew allowance: a date that near the last check may have counted either way. */
const MARGIN_MS = 2 * CLOCK_SKEW_SECONDS * 1000;
const JWT_FORMATS: ReadonlySet<CredentialFormat> = new Set<CredentialFormat>(['vc1-jwt', 'vc2-jwt', 'vp-jwt']);

/** Whether the stored answer for this credential may differ if it were checked `now`. */
export function dueForRecheck(s: Pick<CredentialView, 'normalized' | 'verification'>, now: Date): boolean {
  const checked = Date.parse(s.verification.checkedAt);
  if (!Number.isFinite(checked) || JWT_FORMATS.has(s.normalized.format)) return true;
  const passedSinceCheck = (iso: string | undefined): boolean => {
    const t = iso === undefined ? NaN : Date.parse(iso);
    return Number.isFinite(t) && t > checked - MARGIN_MS && t <= now.getTime() + MARGIN_MS;
  };
  return passedSinceCheck(s.normalized.validUntil) || passedSinceCheck(s.normalized.issuedOn);
}

/** Files holding at least one credential that is due for a re-check. */
export function filesDueForRecheck(
  summaries: readonly Pick<CredentialView, 'normalized' | 'verification' | 'fileSha256'>[],
  now: Date,
): Set<string> {
  return new Set(summaries.filter((s) => dueForRecheck(s, now)).map((s) => s.fileSha256));
}

/**
 * Re-check every stored file, or only the files named in `only` (by hash: the key of each
 * file's first credential) and the other files their credentials arrived in. A file that
 * holds a credential only as a copy of another file's answers for keys no record has: those
 * answers are left out (`updateVerifications`).
 */
export async function reverifyAll(
  bridge: Pick<WalletApi, 'verifyCredentials'>,
  repo: CredentialRepository,
  only?: ReadonlySet<string>,
): Promise<{ checked: number; error?: string }> {
  const files = await repo.originals(only === undefined ? undefined : [...only]);
  if (files.length === 0) return { checked: 0 };
  // The wallet's status lists and supporting documents, sent along as with an import.
  const known = await heldDocuments(repo);
  let checked = 0;
  for (const batch of batchesOf(files, (f) => f.bytes.length)) {
    const res = await bridge.verifyCredentials({
      files: batch.map((f) => ({ name: f.fileName, bytesBase64: bytesToBase64(f.bytes) })),
      ...known,
    });
    if (!res.ok) return { checked, error: res.error.message };
    const bySha = new Map<string, typeof res.value.items>();
    for (const item of res.value.items) bySha.set(item.sha256, [...(bySha.get(item.sha256) ?? []), item]);
    const updates = batch.flatMap((f) => {
      const items = bySha.get(f.fileSha256);
      return items
        ? [
            {
              fileSha256: f.fileSha256,
              results: items.map((x) => x.verification),
              normalized: items.map((x) => x.normalized),
            },
          ]
        : [];
    });
    checked += await repo.updateVerifications(updates);
  }
  return { checked };
}
