/**
 * Export of the portfolio bundle: gathers every stored credential's original bytes and
 * its summary, asks main to build the zip, and (browser shell) hands it to the browser as
 * a download. In Electron main writes the file through a save dialog instead. Files that are
 * not credentials stay out of it. The bridge and
 * the repository are given by the caller. It only reads: it never changes what is stored.
 */
import { base64ToBytes, bytesToBase64 } from '../../src-shared/bytes';
import type { FrameworkId } from '../../src-shared/frameworks';
import type { BundleItem, WalletApi } from '../../src-shared/bridge';
import type { CredentialRepository } from '../db/credential-repository';
import { isExportedEntry } from '../db/credential-view';
import { placementView } from './placement-view';

export type ExportOutcome =
  | { kind: 'downloaded'; fileName: string; count: number }
  | { kind: 'saved'; path: string; count: number }
  | { kind: 'cancelled' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

export async function exportBundle(
  bridge: Pick<WalletApi, 'exportBundle'>,
  repo: CredentialRepository,
  framework: FrameworkId,
  mapSvg?: string,
): Promise<ExportOutcome> {
  // What the map shows of each credential (oldest import first), and every file's original.
  // Supporting documents and files that are not credentials are not exported as credentials.
  const records = (await repo.views()).filter(isExportedEntry);
  if (records.length === 0) return { kind: 'empty' };
  const files = new Map((await repo.originals()).map((f) => [f.fileSha256, f.bytes]));
  const items: BundleItem[] = [];
  const seenFiles = new Set<string>();
  for (const rec of records) {
    // A container file holding several credentials is exported once, under its first entry.
    if (seenFiles.has(rec.fileSha256)) continue;
    seenFiles.add(rec.fileSha256);
    const bytes = files.get(rec.fileSha256);
    if (!bytes) continue;
    const place = placementView(rec, framework, 'en');
    items.push({
      fileName: rec.fileName,
      sha256: rec.fileSha256,
      bytesBase64: bytesToBase64(bytes),
      name: rec.normalized.name,
      ...((rec.normalized.issuerName ?? rec.normalized.issuerId)
        ? { issuer: rec.normalized.issuerName ?? rec.normalized.issuerId }
        : {}),
      level: { framework, level: place.level },
      status: rec.verification.status,
    });
  }
  const res = await bridge.exportBundle({ items, framework, ...(mapSvg !== undefined ? { mapSvg } : {}) });
  if (!res.ok) return { kind: 'error', message: res.error.message };
  const { value } = res;
  if (value.bytesBase64 !== undefined) {
    const blob = new Blob([base64ToBytes(value.bytesBase64) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = value.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { kind: 'downloaded', fileName: value.fileName, count: value.count };
  }
  if (value.savedTo === null) return { kind: 'cancelled' };
  return { kind: 'saved', path: value.savedTo, count: value.count };
}
