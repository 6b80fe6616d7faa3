/**
 * The badge baked into an image the import service was given (png.ts, svg.ts), read once per
 * detected file and remembered beside its detection, so the import's steps (what to route, why
 * nothing was, the entry of an image holding only an address) all answer from the same reading.
 * Also what the import says about an image with no credential the table accepts: as for the
 * same content given as its own file. Pure; never throws; holds nothing once a detection is gone.
 */
import type { ImportedCredential } from '../../../src-shared/credential';
import { hostedAddressEntry, type BakedRead } from './baked';
import { readBakedPng } from './png';
import { readBakedSvg } from './svg';

/** A detected image: PNG or SVG (detect.ts). */
export interface DetectedImage {
  readonly kind: 'png' | 'svg';
  readonly mediaType: string;
}

const reads = new WeakMap<DetectedImage, BakedRead>();

/** What the image carries; read on first use for this detection. */
export function bakedContentOf(d: DetectedImage, bytes: Uint8Array): BakedRead {
  const known = reads.get(d);
  if (known) return known;
  const read = d.kind === 'png' ? readBakedPng(bytes) : readBakedSvg(bytes);
  reads.set(d, read);
  return read;
}

/** What was read from this detection already, if anything. */
export function bakedContentRead(d: DetectedImage): BakedRead | undefined {
  return reads.get(d);
}

/** The entry of an image that carries only a hosted assertion's address; undefined for any other image. */
export function hostedImageEntry(
  d: DetectedImage,
  file: { name: string; bytes: Uint8Array },
  sha256: string,
  now: Date,
): ImportedCredential | undefined {
  const read = bakedContentOf(d, file.bytes);
  return read.kind === 'hosted'
    ? hostedAddressEntry(read.url, { name: file.name, sha256, mediaType: d.mediaType }, now)
    : undefined;
}
