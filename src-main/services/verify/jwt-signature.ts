/**
 * The signature of a compact JWS and who it belongs to. The key comes from a key the caller
 * trusts under the header `kid`, else from a `kid` that is a did:key / did:jwk URL (resolved
 * from the identifier itself), else from a header `jwk`. A key the token carries itself proves
 * integrity, not authorship: the issuer (or holder) stays unconfirmed unless that key is the
 * party's own did:jwk / did:key. Any other `kid` (did:web, https, did:example) is not
 * resolvable offline. Must never fetch anything (no JWKS, no DID resolution over the network)
 * and never accept `alg: none` or an HMAC. A `kid` longer than MAX_KEY_ID_LENGTH, or a header
 * `jwk` member longer than MAX_JWK_VALUE_LENGTH, is refused before any decoding: the signature
 * is then *not checked* (the key cannot be had), never valid.
 */
import { compactVerify, calculateJwkThumbprint, errors as joseErrors, importJWK, type JWK } from 'jose';
import { isRecord } from '../../../src-shared/json';
import { MAX_JWK_VALUE_LENGTH, MAX_KEY_ID_LENGTH } from '../../../src-shared/limits';
import { msg } from '../../../src-shared/i18n/spec';
import type { CheckResult } from '../../../src-shared/verification';
import { bindingMessage, type Party } from './binding';
import { check } from './check';
import type { TrustedKey } from './context';
import { didTooLong, isOfflineResolvableDid, publicJwkOfDid, splitDidUrl, type PublicJwk } from './did-key';
import { JWT_ALGORITHMS } from './jwt-decode';

export type KeySource =
  | { kind: 'did'; kid: string; did: string; origin: 'did:key' | 'did:jwk'; jwk: PublicJwk }
  | { kind: 'header-jwk'; jwk: PublicJwk }
  | { kind: 'supplied'; kid: string; jwk: PublicJwk }
  | { kind: 'unresolvable'; hint: string }
  | { kind: 'too-long'; hint: string }
  | { kind: 'bad-key'; error: string };

function publicPart(jwk: Record<string, unknown>): PublicJwk | undefined {
  if ('d' in jwk || 'p' in jwk || 'k' in jwk || typeof jwk['kty'] !== 'string') return undefined;
  const out: PublicJwk = { kty: jwk['kty'] };
  for (const k of ['crv', 'x', 'y', 'n', 'e'] as const) {
    const v = jwk[k];
    if (typeof v === 'string') {
      if (v.length > MAX_JWK_VALUE_LENGTH) return undefined;
      out[k] = v;
    }
  }
  return out;
}

function didSource(kid: string, origin: 'did:key' | 'did:jwk'): KeySource {
  try {
    return { kind: 'did', kid, did: splitDidUrl(kid).did, origin, jwk: publicJwkOfDid(kid) };
  } catch (e) {
    return { kind: 'bad-key', error: e instanceof Error ? e.message : String(e) };
  }
}

function isSelfDescribingDid(kid: string): boolean {
  return kid.startsWith('did:key:') || kid.startsWith('did:jwk:');
}

/** What the detail says of an identifier too long to be a key: its start and its length, never all of it. */
function tooLongHint(kid: string): string {
  return `${kid.slice(0, 40)}… (${kid.length} characters)`;
}

export function keySourceOf(header: Record<string, unknown>, keys: readonly TrustedKey[]): KeySource {
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  if (kid !== undefined && (kid.length > MAX_KEY_ID_LENGTH || (isSelfDescribingDid(kid) && didTooLong(kid))))
    return { kind: 'too-long', hint: tooLongHint(kid) };
  const trusted = kid === undefined ? undefined : keys.find((k) => k.id === kid);
  if (trusted && kid !== undefined) return { kind: 'supplied', kid, jwk: trusted.publicKeyJwk };
  if (kid && isOfflineResolvableDid(kid)) return didSource(kid, kid.startsWith('did:key:') ? 'did:key' : 'did:jwk');
  // A did:jwk other than Ed25519 / P-256 / P-384 (e.g. RSA) still carries its key.
  if (kid?.startsWith('did:jwk:')) return didSource(kid, 'did:jwk');
  const jwk = header['jwk'];
  if (isRecord(jwk)) {
    const pub = publicPart(jwk);
    return pub ? { kind: 'header-jwk', jwk: pub } : { kind: 'bad-key', error: 'the header key is not a public key' };
  }
  return { kind: 'unresolvable', hint: kid ?? 'no key named in the token header' };
}

export type SignatureOutcome =
  | { kind: 'valid'; alg: string }
  | { kind: 'invalid'; alg: string }
  | { kind: 'unsupported'; alg: string }
  | { kind: 'unresolvable'; hint: string }
  | { kind: 'key-too-long'; hint: string }
  | { kind: 'error'; error: string };

export async function checkSignature(
  jws: string,
  header: Record<string, unknown>,
  source: KeySource,
): Promise<SignatureOutcome> {
  const alg = typeof header['alg'] === 'string' ? header['alg'] : '';
  if (!JWT_ALGORITHMS.includes(alg)) return { kind: 'unsupported', alg: alg || 'no algorithm' };
  if (source.kind === 'unresolvable') return { kind: 'unresolvable', hint: source.hint };
  if (source.kind === 'too-long') return { kind: 'key-too-long', hint: source.hint };
  if (source.kind === 'bad-key') return { kind: 'error', error: source.error };
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK(source.jwk as JWK, alg);
  } catch (e) {
    return { kind: 'error', error: `the key does not fit ${alg}: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    await compactVerify(jws.trim(), key, { algorithms: [alg] });
    return { kind: 'valid', alg };
  } catch (e) {
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return { kind: 'invalid', alg };
    return { kind: 'error', error: e instanceof Error ? e.message : String(e) };
  }
}

function keyLabel(source: KeySource): string {
  switch (source.kind) {
    case 'did':
      return `key ${source.kid}`;
    case 'header-jwk':
      return 'key carried in the token header (jwk)';
    case 'supplied':
      return `key ${source.kid} supplied by the caller`;
    case 'unresolvable':
    case 'too-long':
      return source.hint;
    case 'bad-key':
      return source.error;
  }
}

export function proofCheckOf(sig: SignatureOutcome, source: KeySource): CheckResult {
  switch (sig.kind) {
    case 'valid':
      return check(
        'proof',
        'pass',
        'signature_valid',
        msg('check.signature_valid'),
        `JWS ${sig.alg}, ${keyLabel(source)}`,
      );
    case 'invalid':
      return check(
        'proof',
        'fail',
        'signature_invalid',
        msg('check.signature_invalid'),
        `JWS ${sig.alg}, ${keyLabel(source)}`,
      );
    case 'unsupported':
      return check(
        'proof',
        'not_checked',
        'unsupported_proof_type',
        // An algorithm the wallet does not support yet is named; no algorithm at all (or "none") is no signature.
        sig.alg === 'no algorithm' || sig.alg === 'none'
          ? msg('check.unsupported_proof_type')
          : msg('check.jwt_algorithm_not_supported_yet', { alg: sig.alg }),
        `JWS algorithm ${sig.alg}`,
      );
    case 'unresolvable':
      return check('proof', 'not_checked', 'key_not_resolvable_offline', msg('check.jwt_key_not_available'), sig.hint);
    case 'key-too-long':
      return check('proof', 'not_checked', 'key_not_resolvable_offline', msg('limits.key_too_long'), sig.hint);
    case 'error':
      return check('proof', 'fail', 'proof_error', msg('check.proof_error'), sig.error);
  }
}

export async function bindingCheckOf(
  sig: SignatureOutcome,
  source: KeySource,
  named: string | undefined,
  iss: string | undefined,
  party: Party,
): Promise<CheckResult> {
  if (sig.kind !== 'valid') {
    return sig.kind === 'unresolvable'
      ? check('issuer_binding', 'not_checked', 'issuer_not_resolvable_offline', bindingMessage(party, 'offline'), named)
      : check('issuer_binding', 'not_checked', 'issuer_not_confirmed', bindingMessage(party, 'noSignature'), named);
  }
  if (source.kind === 'did') {
    if (named === source.did && (iss === undefined || iss === source.did))
      return check('issuer_binding', 'pass', 'issuer_controls_key', bindingMessage(party, 'controls'), source.did);
    return check(
      'issuer_binding',
      'fail',
      'issuer_key_mismatch',
      bindingMessage(party, 'mismatch'),
      `${party} ${named ?? 'not named'}${iss !== undefined && iss !== named ? `, iss ${iss}` : ''}; key controlled by ${source.did}`,
    );
  }
  if (source.kind === 'header-jwk' && named && isOfflineResolvableDid(named) && !named.includes('#')) {
    // The token's own key counts only when it is exactly the key inside the party's DID.
    try {
      const own = await calculateJwkThumbprint(publicJwkOfDid(named) as JWK);
      const used = await calculateJwkThumbprint(source.jwk as JWK);
      if (own === used && (iss === undefined || iss === named))
        return check('issuer_binding', 'pass', 'issuer_controls_key', bindingMessage(party, 'controls'), named);
      return check(
        'issuer_binding',
        'fail',
        'issuer_key_mismatch',
        bindingMessage(party, 'mismatch'),
        `${party} ${named}; the token's header key is a different key`,
      );
    } catch {
      // fall through to "not confirmed"
    }
  }
  return check(
    'issuer_binding',
    'not_checked',
    'issuer_not_confirmed',
    bindingMessage(party, source.kind === 'supplied' ? 'supplied' : 'inToken'),
    named,
  );
}
