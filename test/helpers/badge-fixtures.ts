/**
 * Badge images made in tests and the benchmark: PNGs built chunk by chunk (each CRC right, or
 * deliberately wrong), the three kinds of PNG text chunk (tEXt, zTXt, iTXt compressed or not),
 * a badge baked into an existing picture, SVGs holding a badge, and a zip whose directory
 * declares sizes other than the real ones. Node and fflate only; never touches the network.
 */
import { crc32 } from 'node:zlib';
import { zlibSync } from 'fflate';

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One PNG chunk: length, type, data and its CRC (or a wrong one). */
export function pngChunk(type: string, data: Uint8Array, opts: { badCrc?: boolean } = {}): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  const crc = crc32(out.subarray(4, 8 + data.length));
  view.setUint32(8 + data.length, opts.badCrc ? (crc ^ 0xffffffff) >>> 0 : crc);
  return out;
}

export type TextChunkKind = 'tEXt' | 'zTXt' | 'iTXt' | 'iTXt-compressed';

/** A text chunk's data: keyword, then the text in the layout of its kind. */
export function textChunkData(kind: TextChunkKind, keyword: string, text: string): Uint8Array {
  const key = concat([latin1(keyword), Uint8Array.of(0)]);
  switch (kind) {
    case 'tEXt':
      return concat([key, latin1(text)]);
    case 'zTXt':
      return concat([key, Uint8Array.of(0), zlibSync(latin1(text))]);
    case 'iTXt':
      return concat([key, Uint8Array.of(0, 0, 0, 0), utf8(text)]);
    case 'iTXt-compressed':
      return concat([key, Uint8Array.of(1, 0), utf8('en'), Uint8Array.of(0, 0), zlibSync(utf8(text))]);
  }
}

/** A text chunk, whole. */
export function textChunk(kind: TextChunkKind, keyword: string, text: string, opts: { badCrc?: boolean } = {}) {
  return pngChunk(kind === 'iTXt-compressed' ? 'iTXt' : kind, textChunkData(kind, keyword, text), opts);
}

/** A 1×1 PNG with the given chunks between its header and its image data. */
export function pngWith(chunks: readonly Uint8Array[]): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 1);
  v.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const idat = zlibSync(Uint8Array.of(0, 0x33, 0x66, 0x99, 0xff)); // filter byte + one pixel
  return concat([
    SIGNATURE,
    pngChunk('IHDR', ihdr),
    ...chunks,
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

/** The chunks of a PNG, as written (no checks: fixtures only). */
export function chunksOf(png: Uint8Array): { type: string; bytes: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; bytes: Uint8Array }[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    out.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), bytes: png.subarray(at, at + 12 + length) });
    at += 12 + length;
  }
  return out;
}

/** A picture's PNG with every text chunk taken out (a badge image before baking, or an ordinary photo). */
export function withoutText(png: Uint8Array): Uint8Array {
  return concat([
    SIGNATURE,
    ...chunksOf(png)
      .filter((c) => !['tEXt', 'zTXt', 'iTXt'].includes(c.type))
      .map((c) => c.bytes),
  ]);
}

/** A picture with a badge baked in: the chunk goes just before IEND. */
export function bakePng(picture: Uint8Array, chunk: Uint8Array): Uint8Array {
  const chunks = chunksOf(picture);
  const end = chunks.findIndex((c) => c.type === 'IEND');
  return concat([
    SIGNATURE,
    ...chunks.slice(0, end).map((c) => c.bytes),
    chunk,
    ...chunks.slice(end).map((c) => c.bytes),
  ]);
}

export const OB3_NS = 'https://purl.imsglobal.org/ob/v3p0';
export const OB2_NS = 'http://openbadges.org';

/** An SVG with `inner` inside it, binding `prefix` to `ns`. */
export function svgWith(inner: string, prefix = 'openbadges', ns = OB3_NS, head = ''): Uint8Array {
  return utf8(
    `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:${prefix}="${ns}" viewBox="0 0 10 10"><circle r="5"/>${inner}</svg>`,
  );
}

/**
 * A zip whose every directory record and local header declare `declared` as the entry's
 * expanded size, whatever the truth (a lying header).
 */
export function withDeclaredSize(zip: Uint8Array, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return out;
}
