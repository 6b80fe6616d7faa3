/**
 * First step of the import pipeline: say what kind of file some bytes are, from their
 * content (never from the file name alone). Pure and synchronous; it must never throw
 * on hostile input — anything unrecognised is `unknown`. JSON nested deeper than
 * MAX_JSON_DEPTH is `unknown` with reason `too_deep`, found in one pass over the text before
 * it is parsed, so nothing after this step ever walks a deeper document. A PDF (`%PDF-`) is
 * `pdf`, `signed` when it carries a signature dictionary (`isSignedPdf`); the signature itself is
 * never checked here.
 */
import { isRecord } from '../../src-shared/json';
import { jsonTextTooDeep } from '../../src-shared/limits';
export type DetectedKind =
  | { kind: 'json-credential'; mediaType: 'application/ld+json'; json: Record<string, unknown>; vcVersion: 1 | 2 }
  | { kind: 'json-other'; mediaType: 'application/json'; json: unknown }
  | { kind: 'jwt'; mediaType: 'application/jwt' }
  | { kind: 'png'; mediaType: 'image/png' }
  | { kind: 'svg'; mediaType: 'image/svg+xml' }
  | { kind: 'xml'; mediaType: 'application/xml' }
  | { kind: 'zip'; mediaType: 'application/zip' }
  | { kind: 'pdf'; mediaType: 'application/pdf'; signed: boolean }
  | {
      kind: 'unknown';
      mediaType: 'application/octet-stream';
      reason: 'empty' | 'binary' | 'bad_json' | 'too_deep' | 'text';
    };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The VC data model version a JSON document declares, if it is a credential at all. */
export function credentialVersion(doc: unknown): 1 | 2 | null {
  if (!isRecord(doc)) return null;
  const ctx = doc['@context'];
  const first = Array.isArray(ctx) ? ctx[0] : ctx;
  const types = Array.isArray(doc.type) ? doc.type : [doc.type];
  if (!types.includes('VerifiableCredential')) return null;
  if (first === VC1) return 1;
  if (first === VC2) return 2;
  return null;
}

/**
 * Whether a PDF carries a digital signature: a signature dictionary, found by its byte range
 * (`/ByteRange [`) and its signature value (`/Contents <`) — `/Type /Sig` is optional — or by
 * a signature `/SubFilter` (PAdES / CMS / document timestamp). Only says that a signature is
 * there; whether it holds is for a PDF format to check.
 */
export function isSignedPdf(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  if (/\/ByteRange\s*\[/.test(text) && /\/Contents\s*</.test(text)) return true;
  return /\/SubFilter\s*\/(?:adbe\.pkcs7\.detached|adbe\.pkcs7\.sha1|ETSI\.CAdES\.detached|ETSI\.RFC3161)\b/.test(text);
}

export function detect(bytes: Uint8Array): DetectedKind {
  if (bytes.length === 0) return { kind: 'unknown', mediaType: 'application/octet-stream', reason: 'empty' };
  if (startsWith(bytes, PNG_MAGIC)) return { kind: 'png', mediaType: 'image/png' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip', mediaType: 'application/zip' };
  if (startsWith(bytes, PDF_MAGIC)) return { kind: 'pdf', mediaType: 'application/pdf', signed: isSignedPdf(bytes) };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'unknown', mediaType: 'application/octet-stream', reason: 'binary' };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    if (jsonTextTooDeep(trimmed)) return { kind: 'unknown', mediaType: 'application/octet-stream', reason: 'too_deep' };
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { kind: 'unknown', mediaType: 'application/octet-stream', reason: 'bad_json' };
    }
    const version = credentialVersion(json);
    if (version && isRecord(json))
      return { kind: 'json-credential', mediaType: 'application/ld+json', json, vcVersion: version };
    return { kind: 'json-other', mediaType: 'application/json', json };
  }
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(trimmed))
    return { kind: 'jwt', mediaType: 'application/jwt' };
  if (trimmed.startsWith('<')) {
    // An SVG may open with an XML declaration, comments or a doctype before <svg>.
    if (/<svg[\s>]/i.test(trimmed.slice(0, 4096))) return { kind: 'svg', mediaType: 'image/svg+xml' };
    return { kind: 'xml', mediaType: 'application/xml' };
  }
  return { kind: 'unknown', mediaType: 'application/octet-stream', reason: 'text' };
}
