/**
 * Builds the portfolio bundle: a .zip holding every stored credential's original file
 * byte-for-byte plus a manifest.json (sha256, name, issuer, level, status per file).
 * Pure data in, bytes out: it knows nothing of dialogs or downloads, and it must never
 * alter a credential's bytes (signatures only survive byte-exact).
 */
import { zipSync, strToU8 } from 'fflate';
import type { BundleItem } from '../../src-shared/bridge';
import { base64ToBytes } from '../../src-shared/bytes';
import { sha256Hex } from './hash';

export interface BundleResult {
  fileName: string;
  zip: Uint8Array;
  count: number;
}

export class BundleIntegrityError extends Error {
  constructor(readonly fileName: string) {
    super(`The stored copy of "${fileName}" does not match its fingerprint; it was not exported.`);
  }
}

/**
 * Characters that change how a name reads without being seen: C0 and C1 controls, and the
 * bidirectional marks, embeddings, overrides and isolates (`evil\u202Enosj.exe` shows as
 * "evilexe.json"). Each becomes `_`, so the name shown is the name written.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_REORDERING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Names Windows reserves for devices, with or without an extension (`CON`, `nul.json`, `COM1.txt`…). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A name safe inside a zip on every OS: no path separators, no control or bidirectional
 * characters, no Windows device name, no leading dots, no trailing dots or spaces.
 */
export function safeEntryName(name: string): string {
  let cleaned = name
    .replace(INVISIBLE_OR_REORDERING, '_')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `_${cleaned}`;
  return cleaned.length > 0 ? cleaned : 'credential';
}

export function bundleFileName(now: Date): string {
  return `manabi-portfolio-${now.toISOString().slice(0, 10)}.zip`;
}

/**
 * The bundle: `credentials/<file>` for every original, `map.svg` (the progress map as the
 * learner saw it) when given, and `manifest.json` describing them.
 */
export function buildPortfolioBundle(
  items: readonly BundleItem[],
  framework: string,
  now = new Date(),
  mapSvg?: string,
): BundleResult {
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  const manifestEntries = items.map((item, index) => {
    const bytes = base64ToBytes(item.bytesBase64);
    if (sha256Hex(bytes) !== item.sha256) throw new BundleIntegrityError(item.fileName);
    let entry = `credentials/${safeEntryName(item.fileName)}`;
    if (used.has(entry)) entry = `credentials/${String(index + 1).padStart(3, '0')}-${safeEntryName(item.fileName)}`;
    used.add(entry);
    files[entry] = bytes;
    return {
      file: entry,
      originalName: item.fileName,
      sha256: item.sha256,
      name: item.name,
      issuer: item.issuer ?? null,
      level: item.level ?? null,
      status: item.status,
    };
  });
  if (mapSvg !== undefined) files['map.svg'] = strToU8(mapSvg);
  const manifest = {
    format: 'manabi-portfolio',
    version: 1,
    createdAt: now.toISOString(),
    framework,
    map: mapSvg !== undefined ? 'map.svg' : null,
    count: manifestEntries.length,
    credentials: manifestEntries,
  };
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
  // Stored, not deflated: credential files are small and byte-exactness is easy to audit.
  const zip = zipSync(files, { level: 0, mtime: now });
  return { fileName: bundleFileName(now), zip, count: manifestEntries.length };
}
