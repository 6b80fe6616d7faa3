/**
 * Reading a compact JWS without verifying it: whether a string looks like one, its header and
 * payload, and the credential or presentation its payload carries (VC 1.1 `vc` / `vp` claim,
 * completed from the registered claims, or a VC 2.0 `vc+jwt` / `vp+jwt` payload). Total: never
 * throws for a bad token, and never trusts what it reads (jwt-verify.ts checks it). It must
 * never decode a token, or a header, longer than its limit, nor parse JSON nested deeper than
 * MAX_JSON_DEPTH (src-shared/limits.ts): those are refused before any work, with their reason.
 */
import { asArray, isRecord } from '../../../src-shared/json';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import { MAX_JSON_DEPTH, MAX_JWT_HEADER_LENGTH, MAX_JWT_LENGTH, jsonTextTooDeep } from '../../../src-shared/limits';

/** Asymmetric algorithms only; 'Ed25519' is the newer JOSE name of EdDSA with Ed25519. */
export const JWT_ALGORITHMS: readonly string[] = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256'];

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function looksLikeCompactJws(s: string): boolean {
  return COMPACT_JWS.test(s.trim());
}

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** What reading a compact JWS gives: its header and payload, or why it cannot be read (as a message). */
export type ReadJws = ({ ok: true } & DecodedJws) | { ok: false; problem: Message };

const unreadable: ReadJws = { ok: false, problem: msg('import.jwt_unreadable') };

/** One JSON object of a JWS part: undefined when it is not one; 'too deep' when it nests too deeply. */
function decodePart(part: string): Record<string, unknown> | 'too deep' | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(part, 'base64url'));
    if (jsonTextTooDeep(text)) return 'too deep';
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Header and payload of a compact JWS, unverified, or the reason it cannot be read. A token
 * longer than MAX_JWT_LENGTH or with a header longer than MAX_JWT_HEADER_LENGTH is refused
 * before it is decoded; a header or payload nested deeper than MAX_JSON_DEPTH before it is parsed.
 */
export function readJws(jws: string): ReadJws {
  const token = jws.trim();
  if (token.length > MAX_JWT_LENGTH) return { ok: false, problem: msg('limits.token_too_long') };
  const firstDot = token.indexOf('.');
  if (firstDot > MAX_JWT_HEADER_LENGTH || (firstDot < 0 && token.length > MAX_JWT_HEADER_LENGTH))
    return { ok: false, problem: msg('limits.token_header_too_long') };
  const parts = token.split('.');
  if (parts.length !== 3) return unreadable;
  const header = decodePart(parts[0] ?? '');
  const payload = header === undefined || header === 'too deep' ? header : decodePart(parts[1] ?? '');
  if (header === 'too deep' || payload === 'too deep')
    return { ok: false, problem: msg('limits.too_deep', { max: MAX_JSON_DEPTH }) };
  if (header === undefined || payload === undefined) return unreadable;
  return { ok: true, header, payload };
}

/** Header and payload of a compact JWS, unverified; undefined when it is not one (or is over a limit). */
export function decodeJws(jws: string): DecodedJws | undefined {
  const read = readJws(jws);
  return read.ok ? { header: read.header, payload: read.payload } : undefined;
}

// ---------------------------------------------------------------------------------------
// What the payload is.

export type JwtKind = 'vc1' | 'vc2' | 'vp1' | 'vp2';

export function isoOfNumericDate(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? new Date(v * 1000).toISOString() : undefined;
}

/**
 * The credential or presentation a JWT payload carries. For the VC 1.1 `vc`/`vp` claim
 * the registered claims fill in what the claim leaves out (VC 1.1 §6.3.1): iss → issuer
 * (holder), jti → id, sub → credentialSubject.id, nbf → issuanceDate, exp → expirationDate.
 */
export function documentOfPayload(
  payload: Record<string, unknown>,
): { kind: JwtKind; doc: Record<string, unknown> } | undefined {
  const iss = typeof payload['iss'] === 'string' ? payload['iss'] : undefined;
  const jti = typeof payload['jti'] === 'string' ? payload['jti'] : undefined;
  const vc = payload['vc'];
  if (isRecord(vc)) {
    const doc: Record<string, unknown> = { ...vc };
    if (doc['issuer'] === undefined && iss) doc['issuer'] = iss;
    if (doc['id'] === undefined && jti) doc['id'] = jti;
    if (doc['issuanceDate'] === undefined && isoOfNumericDate(payload['nbf']))
      doc['issuanceDate'] = isoOfNumericDate(payload['nbf']);
    if (doc['expirationDate'] === undefined && isoOfNumericDate(payload['exp']))
      doc['expirationDate'] = isoOfNumericDate(payload['exp']);
    const subject = doc['credentialSubject'];
    if (isRecord(subject) && subject['id'] === undefined && typeof payload['sub'] === 'string') {
      doc['credentialSubject'] = { ...subject, id: payload['sub'] };
    }
    return { kind: 'vc1', doc };
  }
  const vp = payload['vp'];
  if (isRecord(vp)) {
    const doc: Record<string, unknown> = { ...vp };
    if (doc['holder'] === undefined && iss) doc['holder'] = iss;
    if (doc['id'] === undefined && jti) doc['id'] = jti;
    return { kind: 'vp1', doc };
  }
  const types = asArray(payload['type']);
  if (payload['@context'] !== undefined && types.includes('VerifiableCredential')) return { kind: 'vc2', doc: payload };
  if (payload['@context'] !== undefined && types.includes('VerifiablePresentation'))
    return { kind: 'vp2', doc: payload };
  return undefined;
}
