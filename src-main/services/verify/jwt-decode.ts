/**
 * Reading a compact JWS without verifying it: whether a string looks like one, its header and
 * payload, and the credential or presentation its payload carries (VC 1.1 `vc` / `vp` claim,
 * completed from the registered claims, or a VC 2.0 `vc+jwt` / `vp+jwt` payload). Total: never
 * throws for a bad token, and never trusts what it reads (jwt-verify.ts checks it).
 */
import { asArray, isRecord } from '../../../src-shared/json';

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

/** Header and payload of a compact JWS, unverified; undefined when it is not one. */
export function decodeJws(jws: string): DecodedJws | undefined {
  const parts = jws.trim().split('.');
  if (parts.length !== 3) return undefined;
  try {
    const decode = (p: string): unknown =>
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(p, 'base64url')));
    const header = decode(parts[0] ?? '');
    const payload = decode(parts[1] ?? '');
    return isRecord(header) && isRecord(payload) ? { header, payload } : undefined;
  } catch {
    return undefined;
  }
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
