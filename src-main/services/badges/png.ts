/**
 * Reading the badge baked into a PNG image (Open Badges baking): the text chunks (`iTXt`,
 * `tEXt`, `zTXt`) whose keyword is `openbadgecredential` (Open Badges 3.0: JSON or a compact
 * JWS) or `openbadges` (2.0 and 1.x: JSON, a JWS, or only the assertion's address). The chunks
 * are taken apart by png-chunks-extract, which checks their CRCs; the pixels are never decoded
 * nor copied (the image data chunks' CRCs are checked in place, natively). Before that, one pass
 * over the chunk lengths finds a file that ends too soon, so no declared length is ever trusted
 * past the file's end. Compressed text is inflated by fflate in
 * small slices and refused once larger than a file the wallet takes (MAX_FILE_BYTES).
 *
 * Answers what baked.ts describes: the credential as a router input, a hosted assertion's
 * address, or why there is none (`badges.no_badge_inside` for a plain picture, distinct
 * messages for a damaged or cut-short file). Pure over bytes; never throws.
 */
import extractChunks from 'png-chunks-extract';
import { crc32 } from 'node:zlib';
import { Unzlib } from 'fflate';
import { MAX_FILE_BYTES } from '../../../src-shared/bridge';
import { msg } from '../../../src-shared/i18n/spec';
import { bakedPayload, type Baking, type BakedRead } from './baked';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEYWORDS: Readonly<Record<string, Baking>> = { openbadgecredential: 'ob3', openbadges: 'ob2' };
const SLICE = 1024;
const MB = 1024 * 1024;

type Text = { ok: true; baking: Baking; text: string } | { ok: false; tooLarge: boolean };

interface ChunkSpan {
  type: string;
  /** Offset of the chunk's length field; the chunk is 12 + `length` bytes from here. */
  at: number;
  length: number;
}

/** The chunks' places, in one pass over their lengths; undefined when one runs past the end or IEND never comes. */
function chunkSpans(bytes: Uint8Array): ChunkSpan[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spans: ChunkSpan[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) return undefined;
    spans.push({ type, at, length });
    if (type === 'IEND') return spans;
    at += 12 + length;
  }
  return undefined;
}

/** Chunks handed to the chunk library: the header, the text chunks and the end. */
const READ = new Set(['IHDR', 'tEXt', 'zTXt', 'iTXt', 'IEND']);

/** Whether a chunk's CRC (over its type and data) is right: checked natively, for chunks never copied. */
function crcHolds(bytes: Uint8Array, s: ChunkSpan): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return crc32(bytes.subarray(s.at + 4, s.at + 8 + s.length)) === view.getUint32(s.at + 8 + s.length);
}

/** zlib-compressed text, inflated in slices; undefined when damaged or larger than a file the wallet takes. */
function inflateText(data: Uint8Array): Uint8Array | undefined | 'too_large' {
  const pieces: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const stream = new Unzlib((chunk, final) => {
    pieces.push(chunk);
    size += chunk.length;
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && size <= MAX_FILE_BYTES && !done; i += SLICE) {
      const end = Math.min(i + SLICE, data.length);
      stream.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    return undefined;
  }
  if (size > MAX_FILE_BYTES) return 'too_large';
  return done ? concat(pieces) : undefined;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const latin1 = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

/** A text chunk's keyword and text, when its keyword is a baking one; undefined otherwise. */
function bakedText(name: string, data: Uint8Array): Text | undefined {
  const nul = data.indexOf(0);
  if (nul < 1) return undefined;
  const baking = KEYWORDS[latin1(data.subarray(0, nul))];
  if (!baking) return undefined;
  const inflated = (compressed: Uint8Array): Text => {
    const out = inflateText(compressed);
    if (out === 'too_large') return { ok: false, tooLarge: true };
    return out ? { ok: true, baking, text: new TextDecoder().decode(out) } : { ok: false, tooLarge: false };
  };
  if (name === 'tEXt') return { ok: true, baking, text: latin1(data.subarray(nul + 1)) };
  if (name === 'zTXt') return data[nul + 1] === 0 ? inflated(data.subarray(nul + 2)) : { ok: false, tooLarge: false };
  // iTXt: keyword, compression flag and method, language tag, translated keyword, then the text.
  const compressed = data[nul + 1] === 1;
  const language = data.indexOf(0, nul + 3);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0) return { ok: false, tooLarge: false };
  const body = data.subarray(translated + 1);
  if (!compressed) return { ok: true, baking, text: new TextDecoder().decode(body) };
  return data[nul + 2] === 0 ? inflated(body) : { ok: false, tooLarge: false };
}

/** The badge baked into a PNG, or why there is none. */
export function readBakedPng(bytes: Uint8Array): BakedRead {
  if (bytes.length < SIGNATURE.length || !SIGNATURE.every((b, i) => bytes[i] === b))
    return { kind: 'none', problem: msg('badges.png_damaged') };
  const spans = chunkSpans(bytes);
  if (!spans) return { kind: 'none', problem: msg('badges.png_truncated') };
  // The image data is never copied nor decoded: its CRCs are checked in place; the chunks the
  // badge lives in go, with the header and the end, through the chunk library (CRCs checked there).
  if (spans.some((s) => !READ.has(s.type) && !crcHolds(bytes, s)))
    return { kind: 'none', problem: msg('badges.png_bad_crc') };
  const read = spans.filter((s) => READ.has(s.type)).map((s) => bytes.subarray(s.at, s.at + 12 + s.length));
  let chunks: { name: string; data: Uint8Array }[];
  try {
    chunks = extractChunks(concat([bytes.subarray(0, SIGNATURE.length), ...read]));
  } catch (e) {
    const crc = e instanceof Error && /crc/i.test(e.message);
    return { kind: 'none', problem: msg(crc ? 'badges.png_bad_crc' : 'badges.png_damaged') };
  }
  let found: BakedRead | undefined;
  for (const chunk of chunks) {
    if (chunk.name !== 'iTXt' && chunk.name !== 'tEXt' && chunk.name !== 'zTXt') continue;
    const text = bakedText(chunk.name, chunk.data);
    if (!text) continue;
    const read: BakedRead = text.ok
      ? bakedPayload(text.text, text.baking)
      : {
          kind: 'none',
          problem: text.tooLarge
            ? msg('badges.baked_too_large', { maxMb: MAX_FILE_BYTES / MB })
            : msg('badges.baked_unreadable'),
        };
    // A readable badge wins over an unreadable one; an Open Badges 3.0 one over an older one.
    if (read.kind !== 'none' && text.ok && text.baking === 'ob3') return read;
    if (!found || (found.kind === 'none' && read.kind !== 'none')) found = read;
  }
  return found ?? { kind: 'none', problem: msg('badges.no_badge_inside') };
}
