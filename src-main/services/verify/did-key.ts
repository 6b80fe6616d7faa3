/**
 * Offline resolution of self-describing DIDs: did:key (Ed25519 `z6Mk…`, P-256 `zDn…`,
 * P-384 `z82…`) and did:jwk (Ed25519, P-256, P-384 public JWKs).
 *
 * Both methods carry the public key inside the identifier, so their DID documents can be
 * computed without any lookup. Keys are expressed as `Multikey` verification methods,
 * the form all three proof suites accept; `publicJwkOfDid` gives the same keys as JWKs
 * for JOSE (VC-JWT) verification. This module must never perform I/O, never
 * derive key-agreement keys (the wallet only verifies) and never accept a private key.
 * It must never decode a value longer than its limit (src-shared/limits.ts): a DID, a key or
 * base58 text over its limit is refused before any work, so no identifier can stall a check.
 */

import { ECDH } from 'node:crypto';
import { MAX_BASE58_LENGTH, MAX_DID_LENGTH, MAX_MULTIBASE_KEY_LENGTH } from '../../../src-shared/limits';

export const DID_CONTEXT_V1 = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT_V1 = 'https://w3id.org/security/multikey/v1';

export type KeyCurve = 'Ed25519' | 'P-256' | 'P-384';

export interface MultikeyVerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: MultikeyVerificationMethod[];
  authentication: string[];
  assertionMethod: string[];
  capabilityInvocation: string[];
  capabilityDelegation: string[];
}

/** A DID this module recognises but cannot turn into a usable key (unsupported curve, bad encoding). */
export class UnsupportedDidError extends Error {
  override readonly name = 'UnsupportedDidError';
  constructor(
    readonly did: string,
    reason: string,
  ) {
    super(`Cannot resolve ${did} offline: ${reason}`);
  }
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_RE = /^[1-9A-HJ-NP-Za-km-z]+$/;

/** Multibase prefixes fixed by the multicodec header of each public key type. */
const DID_KEY_PREFIXES: ReadonlyArray<readonly [string, KeyCurve]> = [
  ['z6Mk', 'Ed25519'],
  ['zDn', 'P-256'],
  ['z82', 'P-384'],
];

/** Multicodec headers (varint) and raw key lengths, used to build multibase keys from JWKs. */
const MULTICODEC: Record<KeyCurve, { header: readonly number[]; coordinateBytes: number }> = {
  Ed25519: { header: [0xed, 0x01], coordinateBytes: 32 },
  'P-256': { header: [0x80, 0x24], coordinateBytes: 32 },
  'P-384': { header: [0x81, 0x24], coordinateBytes: 48 },
};

export function splitDidUrl(url: string): { did: string; fragment: string | undefined } {
  const hash = url.indexOf('#');
  return hash < 0 ? { did: url, fragment: undefined } : { did: url.slice(0, hash), fragment: url.slice(hash + 1) };
}

/** True when a DID or DID URL is longer than any real did:key / did:jwk (it is then never decoded). */
export function didTooLong(url: string): boolean {
  return url.length > MAX_DID_LENGTH;
}

/** The curve of a did:key multibase value, or undefined when it is not one we support (or far too long to be a key). */
export function curveOfMultibaseKey(multibase: string): KeyCurve | undefined {
  if (multibase.length > MAX_MULTIBASE_KEY_LENGTH) return undefined;
  if (!BASE58_RE.test(multibase.slice(1)) || multibase[0] !== 'z') return undefined;
  for (const [prefix, curve] of DID_KEY_PREFIXES) if (multibase.startsWith(prefix)) return curve;
  return undefined;
}

export function isDidKey(url: string): boolean {
  return url.startsWith('did:key:');
}

export function isDidJwk(url: string): boolean {
  return url.startsWith('did:jwk:');
}

/** True when the URL names a DID this module can resolve (without checking the key bytes). */
export function isOfflineResolvableDid(url: string): boolean {
  if (didTooLong(url)) return false;
  const { did } = splitDidUrl(url);
  if (isDidKey(did)) return curveOfMultibaseKey(did.slice('did:key:'.length)) !== undefined;
  if (isDidJwk(did)) {
    try {
      jwkToMultibase(parseDidJwk(did), did);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The id of the single verification method of a did:key / did:jwk. Some issuers put the
 * bare DID in `proof.verificationMethod`; for these two methods the key it means is
 * unambiguous, so the verifier may follow it to that one key.
 */
export function soleVerificationMethodId(did: string): string | undefined {
  if (isDidKey(did) && !did.includes('#')) return `${did}#${did.slice('did:key:'.length)}`;
  if (isDidJwk(did) && !did.includes('#')) return `${did}#0`;
  return undefined;
}

function buildDidDocument(did: string, vmId: string, publicKeyMultibase: string): DidDocument {
  const vm: MultikeyVerificationMethod = { id: vmId, type: 'Multikey', controller: did, publicKeyMultibase };
  return {
    '@context': [DID_CONTEXT_V1, MULTIKEY_CONTEXT_V1],
    id: did,
    verificationMethod: [vm],
    authentication: [vmId],
    assertionMethod: [vmId],
    capabilityInvocation: [vmId],
    capabilityDelegation: [vmId],
  };
}

export function didKeyDocument(did: string): DidDocument {
  if (didTooLong(did)) throw new UnsupportedDidError(did.slice(0, 64), 'the identifier is too long to be a key');
  const multibase = did.slice('did:key:'.length);
  if (!isDidKey(did) || multibase.length === 0) throw new UnsupportedDidError(did, 'not a did:key');
  if (curveOfMultibaseKey(multibase) === undefined) {
    throw new UnsupportedDidError(did, 'only Ed25519, P-256 and P-384 keys are supported');
  }
  return buildDidDocument(did, `${did}#${multibase}`, multibase);
}

function base64UrlDecode(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('not base64url');
  return new Uint8Array(Buffer.from(s, 'base64url'));
}

function parseDidJwk(did: string): Record<string, unknown> {
  if (didTooLong(did)) throw new UnsupportedDidError(did.slice(0, 64), 'the identifier is too long to be a key');
  const encoded = did.slice('did:jwk:'.length);
  let jwk: unknown;
  try {
    jwk = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64UrlDecode(encoded)));
  } catch {
    throw new UnsupportedDidError(did, 'the identifier is not a base64url-encoded JSON Web Key');
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) {
    throw new UnsupportedDidError(did, 'the identifier is not a JSON Web Key');
  }
  return jwk as Record<string, unknown>;
}

function base58btcEncode(bytes: Uint8Array): string {
  // Plain big-number base conversion; keys are < 60 bytes, so quadratic cost is irrelevant.
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += (digits[i] ?? 0) << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (const byte of bytes) {
    if (byte !== 0) break;
    out += '1';
  }
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58_ALPHABET[digits[i] ?? 0];
  return out;
}

/** Public JWK → multibase Multikey value (compressed point for the NIST curves). */
export function jwkToMultibase(jwk: Record<string, unknown>, didForErrors = 'did:jwk'): string {
  if ('d' in jwk) throw new UnsupportedDidError(didForErrors, 'the JWK contains a private key');
  const { kty, crv, x, y } = jwk;
  let curve: KeyCurve;
  if (kty === 'OKP' && crv === 'Ed25519') curve = 'Ed25519';
  else if (kty === 'EC' && (crv === 'P-256' || crv === 'P-384')) curve = crv;
  else throw new UnsupportedDidError(didForErrors, `unsupported key type ${String(kty)}/${String(crv)}`);
  const { header, coordinateBytes } = MULTICODEC[curve];
  if (typeof x !== 'string') throw new UnsupportedDidError(didForErrors, 'the JWK has no x coordinate');
  let xBytes: Uint8Array;
  try {
    xBytes = base64UrlDecode(x);
  } catch {
    throw new UnsupportedDidError(didForErrors, 'the JWK x coordinate is not base64url');
  }
  if (xBytes.length !== coordinateBytes)
    throw new UnsupportedDidError(didForErrors, 'the JWK x coordinate has the wrong length');
  let keyBytes: Uint8Array;
  if (curve === 'Ed25519') {
    keyBytes = xBytes;
  } else {
    if (typeof y !== 'string') throw new UnsupportedDidError(didForErrors, 'the JWK has no y coordinate');
    let yBytes: Uint8Array;
    try {
      yBytes = base64UrlDecode(y);
    } catch {
      throw new UnsupportedDidError(didForErrors, 'the JWK y coordinate is not base64url');
    }
    if (yBytes.length !== coordinateBytes)
      throw new UnsupportedDidError(didForErrors, 'the JWK y coordinate has the wrong length');
    // SEC1 compressed form: 0x02 for an even y, 0x03 for an odd y, then x.
    keyBytes = new Uint8Array(1 + coordinateBytes);
    keyBytes[0] = ((yBytes[coordinateBytes - 1] ?? 0) & 1) === 0 ? 0x02 : 0x03;
    keyBytes.set(xBytes, 1);
  }
  const prefixed = new Uint8Array(header.length + keyBytes.length);
  prefixed.set(header, 0);
  prefixed.set(keyBytes, header.length);
  return `z${base58btcEncode(prefixed)}`;
}

export function didJwkDocument(did: string): DidDocument {
  if (!isDidJwk(did)) throw new UnsupportedDidError(did, 'not a did:jwk');
  const multibase = jwkToMultibase(parseDidJwk(did), did);
  return buildDidDocument(did, `${did}#0`, multibase);
}

/**
 * Resolves a did:key / did:jwk URL: the DID document for a bare DID, the verification
 * method (with its own @context, as the suites expect) for a DID URL with a fragment.
 * Throws UnsupportedDidError for other methods, unsupported keys and unknown fragments.
 */
export function resolveOfflineDid(url: string): Record<string, unknown> {
  if (didTooLong(url)) throw new UnsupportedDidError(url.slice(0, 64), 'the identifier is too long to be a key');
  const { did, fragment } = splitDidUrl(url);
  let doc: DidDocument;
  if (isDidKey(did)) doc = didKeyDocument(did);
  else if (isDidJwk(did)) doc = didJwkDocument(did);
  else throw new UnsupportedDidError(did, 'only did:key and did:jwk can be resolved offline');
  if (fragment === undefined) return { ...doc };
  const vm = doc.verificationMethod.find((m) => m.id === url);
  if (!vm) throw new UnsupportedDidError(did, `the DID has no verification method #${fragment}`);
  return { '@context': MULTIKEY_CONTEXT_V1, ...vm };
}

// ---------------------------------------------------------------------------------------
// Public JWKs of did:key / did:jwk, for JOSE (VC-JWT) verification.

/** Decodes base58btc text of at most MAX_BASE58_LENGTH characters (longer text is refused before any work). */
export function base58btcDecode(s: string): Uint8Array {
  if (s.length > MAX_BASE58_LENGTH) throw new Error('base58btc text too long');
  if (!BASE58_RE.test(s)) throw new Error('not base58btc');
  const bytes: number[] = [];
  for (const ch of s) {
    let carry = BASE58_ALPHABET.indexOf(ch);
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const ch of s) {
    if (ch !== '1') break;
    bytes.push(0);
  }
  return new Uint8Array(bytes.reverse());
}

/** A public JSON Web Key: only the members a verifier needs. */
export interface PublicJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
}

const NODE_CURVE: Record<'P-256' | 'P-384', string> = { 'P-256': 'prime256v1', 'P-384': 'secp384r1' };

/**
 * The public key of a did:key (Ed25519, P-256, P-384) or did:jwk (any public JWK) as a
 * JWK. The DID URL's fragment, if any, must name the DID's one key. Throws
 * UnsupportedDidError for anything else, including a did:jwk that carries a private key.
 */
export function publicJwkOfDid(url: string): PublicJwk {
  if (didTooLong(url)) throw new UnsupportedDidError(url.slice(0, 64), 'the identifier is too long to be a key');
  const { did, fragment } = splitDidUrl(url);
  if (isDidJwk(did)) {
    if (fragment !== undefined && fragment !== '0')
      throw new UnsupportedDidError(did, `the DID has no key #${fragment}`);
    const jwk = parseDidJwk(did);
    if ('d' in jwk || 'p' in jwk || 'k' in jwk)
      throw new UnsupportedDidError(did, 'the JWK contains a private or secret key');
    const out: PublicJwk = { kty: String(jwk['kty']) };
    for (const k of ['crv', 'x', 'y', 'n', 'e'] as const) if (typeof jwk[k] === 'string') out[k] = jwk[k] as string;
    return out;
  }
  if (!isDidKey(did)) throw new UnsupportedDidError(did, 'only did:key and did:jwk can be resolved offline');
  const multibase = did.slice('did:key:'.length);
  if (fragment !== undefined && fragment !== multibase)
    throw new UnsupportedDidError(did, `the DID has no key #${fragment}`);
  const curve = curveOfMultibaseKey(multibase);
  if (!curve) throw new UnsupportedDidError(did, 'only Ed25519, P-256 and P-384 keys are supported');
  let raw: Uint8Array;
  try {
    raw = base58btcDecode(multibase.slice(1));
  } catch {
    throw new UnsupportedDidError(did, 'the key is not base58btc');
  }
  const { header, coordinateBytes } = MULTICODEC[curve];
  if (!header.every((b, i) => raw[i] === b)) throw new UnsupportedDidError(did, 'unexpected multicodec header');
  const key = raw.slice(header.length);
  const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
  if (curve === 'Ed25519') {
    if (key.length !== coordinateBytes) throw new UnsupportedDidError(did, 'the key has the wrong length');
    return { kty: 'OKP', crv: 'Ed25519', x: b64(key) };
  }
  if (key.length !== coordinateBytes + 1) throw new UnsupportedDidError(did, 'the key has the wrong length');
  let point: Uint8Array;
  try {
    point = new Uint8Array(ECDH.convertKey(key, NODE_CURVE[curve], undefined, undefined, 'uncompressed') as Buffer);
  } catch {
    throw new UnsupportedDidError(did, 'the key is not a point on its curve');
  }
  return {
    kty: 'EC',
    crv: curve,
    x: b64(point.slice(1, 1 + coordinateBytes)),
    y: b64(point.slice(1 + coordinateBytes)),
  };
}
