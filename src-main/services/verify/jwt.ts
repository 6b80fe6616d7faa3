/**
 * Offline verification of credentials and presentations secured as compact JWS:
 * VC 1.1 JWTs (`vc` / `vp` claim) and VC 2.0 `vc+jwt` / `vp+jwt` (the payload is the
 * credential). Algorithms: EdDSA (Ed25519), ES256, ES384, RS256.
 *
 * The key comes from the header `kid` when it is a did:key / did:jwk URL (resolved from
 * the identifier itself), else from a header `jwk`. A key the token carries itself proves
 * integrity, not authorship: the issuer stays unconfirmed unless that key is the issuer's
 * own did:jwk / did:key. Any other `kid` (did:web, https, did:example) is not resolvable
 * offline. The signature, issuer binding, dates, JWT claims, status and Open Badges
 * fields are separate checks, returned as data. This module must never fetch anything
 * (no JWKS, no DID resolution over the network) and never accept `alg: none` or an HMAC.
 */
import { compactVerify, calculateJwkThumbprint, errors as joseErrors, importJWK, type JWK } from 'jose';
import { overallStatus, type CheckResult, type VerificationResult } from '../../../src-shared/verification';
import { isOfflineResolvableDid, publicJwkOfDid, splitDidUrl, type PublicJwk } from './did-key';
import { ob3SchemaCheck } from './schema-ob3';
import { statusCheck, validityCheckOfDates } from './verify-credential';
import { CLOCK_SKEW_SECONDS } from '../../../src-shared/verification';
import { asArray, idOf, isRecord } from '../../../src-shared/json';
import { PROOF_MESSAGES } from './proof-messages';

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

function isoOfNumericDate(v: unknown): string | undefined {
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

// ---------------------------------------------------------------------------------------
// Where the key comes from, and the signature.

type KeySource =
  | { kind: 'did'; kid: string; did: string; origin: 'did:key' | 'did:jwk'; jwk: PublicJwk }
  | { kind: 'header-jwk'; jwk: PublicJwk }
  | { kind: 'supplied'; jwk: PublicJwk }
  | { kind: 'unresolvable'; hint: string }
  | { kind: 'bad-key'; message: string };

function publicPart(jwk: Record<string, unknown>): PublicJwk | undefined {
  if ('d' in jwk || 'p' in jwk || 'k' in jwk || typeof jwk['kty'] !== 'string') return undefined;
  const out: PublicJwk = { kty: jwk['kty'] };
  for (const k of ['crv', 'x', 'y', 'n', 'e'] as const) if (typeof jwk[k] === 'string') out[k] = jwk[k] as string;
  return out;
}

function keySourceOf(header: Record<string, unknown>, supplied: PublicJwk | undefined): KeySource {
  if (supplied) return { kind: 'supplied', jwk: supplied };
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  if (kid && isOfflineResolvableDid(kid)) {
    try {
      const did = splitDidUrl(kid).did;
      return {
        kind: 'did',
        kid,
        did,
        origin: did.startsWith('did:key:') ? 'did:key' : 'did:jwk',
        jwk: publicJwkOfDid(kid),
      };
    } catch (e) {
      return { kind: 'bad-key', message: e instanceof Error ? e.message : String(e) };
    }
  }
  if (kid?.startsWith('did:jwk:')) {
    // A did:jwk other than Ed25519 / P-256 / P-384 (e.g. RSA) still carries its key.
    try {
      return { kind: 'did', kid, did: splitDidUrl(kid).did, origin: 'did:jwk', jwk: publicJwkOfDid(kid) };
    } catch (e) {
      return { kind: 'bad-key', message: e instanceof Error ? e.message : String(e) };
    }
  }
  const jwk = header['jwk'];
  if (isRecord(jwk)) {
    const pub = publicPart(jwk);
    return pub ? { kind: 'header-jwk', jwk: pub } : { kind: 'bad-key', message: 'the header key is not a public key' };
  }
  return { kind: 'unresolvable', hint: kid ?? 'no key named in the token header' };
}

type SignatureOutcome =
  | { kind: 'valid'; alg: string }
  | { kind: 'invalid'; alg: string }
  | { kind: 'unsupported'; alg: string }
  | { kind: 'unresolvable'; hint: string }
  | { kind: 'error'; message: string };

async function checkSignature(
  jws: string,
  header: Record<string, unknown>,
  source: KeySource,
): Promise<SignatureOutcome> {
  const alg = typeof header['alg'] === 'string' ? header['alg'] : '';
  if (!JWT_ALGORITHMS.includes(alg)) return { kind: 'unsupported', alg: alg || 'no algorithm' };
  if (source.kind === 'unresolvable') return { kind: 'unresolvable', hint: source.hint };
  if (source.kind === 'bad-key') return { kind: 'error', message: source.message };
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK(source.jwk as JWK, alg);
  } catch (e) {
    return { kind: 'error', message: `the key does not fit ${alg}: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    await compactVerify(jws.trim(), key, { algorithms: [alg] });
    return { kind: 'valid', alg };
  } catch (e) {
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return { kind: 'invalid', alg };
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

function keyLabel(source: KeySource): string {
  switch (source.kind) {
    case 'did':
      return `key ${source.kid}`;
    case 'header-jwk':
      return 'key carried in the token header (jwk)';
    case 'supplied':
      return 'key supplied by the caller';
    case 'unresolvable':
      return source.hint;
    case 'bad-key':
      return source.message;
  }
}

function proofCheckOf(sig: SignatureOutcome, source: KeySource): CheckResult {
  switch (sig.kind) {
    case 'valid':
      return {
        id: 'proof',
        outcome: 'pass',
        code: 'signature_valid',
        message: PROOF_MESSAGES.signature_valid,
        detail: `JWS ${sig.alg}, ${keyLabel(source)}`,
      };
    case 'invalid':
      return {
        id: 'proof',
        outcome: 'fail',
        code: 'signature_invalid',
        message: PROOF_MESSAGES.signature_invalid,
        detail: `JWS ${sig.alg}, ${keyLabel(source)}`,
      };
    case 'unsupported':
      return {
        id: 'proof',
        outcome: 'not_checked',
        code: 'unsupported_proof_type',
        message: PROOF_MESSAGES.unsupported_proof_type,
        detail: `JWS algorithm ${sig.alg}`,
      };
    case 'unresolvable':
      return {
        id: 'proof',
        outcome: 'not_checked',
        code: 'key_not_resolvable_offline',
        message:
          "The signature was not checked: the issuer's key is published online (or not named at all), and the wallet does not go online to fetch it.",
        detail: sig.hint,
      };
    case 'error':
      return {
        id: 'proof',
        outcome: 'fail',
        code: 'proof_error',
        message: PROOF_MESSAGES.proof_error,
        detail: sig.message,
      };
  }
}

type Party = 'issuer' | 'holder';

async function bindingCheckOf(
  sig: SignatureOutcome,
  source: KeySource,
  named: string | undefined,
  iss: string | undefined,
  party: Party,
): Promise<CheckResult> {
  const noun = party === 'issuer' ? 'credential' : 'presentation';
  if (sig.kind !== 'valid') {
    if (sig.kind === 'unresolvable') {
      return {
        id: 'issuer_binding',
        outcome: 'not_checked',
        code: 'issuer_not_resolvable_offline',
        message: `The ${party} could not be confirmed: the ${party}'s keys are published online, and the wallet does not go online.`,
        ...(named ? { detail: named } : {}),
      };
    }
    return {
      id: 'issuer_binding',
      outcome: 'not_checked',
      code: 'issuer_not_confirmed',
      message: `The ${party} could not be confirmed because no signature was verified.`,
      ...(named ? { detail: named } : {}),
    };
  }
  if (source.kind === 'did') {
    const ok = named === source.did && (iss === undefined || iss === source.did);
    if (ok) {
      return {
        id: 'issuer_binding',
        outcome: 'pass',
        code: 'issuer_controls_key',
        message: `The ${noun} was signed with a key that belongs to its ${party}.`,
        detail: source.did,
      };
    }
    return {
      id: 'issuer_binding',
      outcome: 'fail',
      code: 'issuer_key_mismatch',
      message: `The ${noun} was signed with a key that does not belong to the ${party} it names.`,
      detail: `${party} ${named ?? 'not named'}${iss !== undefined && iss !== named ? `, iss ${iss}` : ''}; key controlled by ${source.did}`,
    };
  }
  if (source.kind === 'header-jwk' && named && isOfflineResolvableDid(named) && !named.includes('#')) {
    // The token's own key counts only when it is exactly the key inside the issuer's DID.
    try {
      const own = await calculateJwkThumbprint(publicJwkOfDid(named) as JWK);
      const used = await calculateJwkThumbprint(source.jwk as JWK);
      if (own === used && (iss === undefined || iss === named)) {
        return {
          id: 'issuer_binding',
          outcome: 'pass',
          code: 'issuer_controls_key',
          message: `The ${noun} was signed with a key that belongs to its ${party}.`,
          detail: named,
        };
      }
      return {
        id: 'issuer_binding',
        outcome: 'fail',
        code: 'issuer_key_mismatch',
        message: `The ${noun} was signed with a key that does not belong to the ${party} it names.`,
        detail: `${party} ${named}; the token's header key is a different key`,
      };
    } catch {
      // fall through to "not confirmed"
    }
  }
  return {
    id: 'issuer_binding',
    outcome: 'not_checked',
    code: 'issuer_not_confirmed',
    message:
      source.kind === 'supplied'
        ? `The signature is valid with the key given to the wallet, but nothing in the ${noun} ties that key to its ${party}.`
        : `The signature is valid, but the key came inside the ${noun} itself; the wallet cannot confirm offline that it belongs to the ${party}.`,
    ...(named ? { detail: named } : {}),
  };
}

function jwtClaimsCheck(
  payload: Record<string, unknown>,
  kind: JwtKind,
  original: Record<string, unknown>,
  now: Date,
): CheckResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const skewMs = CLOCK_SKEW_SECONDS * 1000;
  const isVc = kind === 'vc1' || kind === 'vc2';
  const named = idOf(isVc ? original['issuer'] : original['holder']);
  const iss = payload['iss'];
  if (iss === undefined) {
    if (kind === 'vc1' || kind === 'vp1') problems.push('the token has no iss (issuer) claim');
  } else if (typeof iss !== 'string') problems.push('the iss claim is not text');
  else if (named !== undefined && iss !== named)
    problems.push(`iss ${iss} differs from the ${isVc ? 'issuer' : 'holder'} ${named}`);

  if (isVc) {
    const sub = payload['sub'];
    const subjects = asArray(original['credentialSubject']);
    const subjectId = subjects.length === 1 ? idOf(subjects[0]) : undefined;
    if (typeof sub === 'string') {
      if (subjectId !== undefined && sub !== subjectId)
        problems.push(`sub ${sub} differs from the credential subject ${subjectId}`);
    } else if (sub !== undefined) {
      if (subjectId !== undefined) problems.push('the sub claim is not text');
      else notes.push('sub claim is not text and the subject has no id; ignored');
    }
  }
  const jti = payload['jti'];
  const id = typeof original['id'] === 'string' ? original['id'] : undefined;
  if (jti !== undefined && id !== undefined && jti !== id)
    problems.push(`jti ${String(jti)} differs from the id ${id}`);

  const nbf = payload['nbf'];
  if (nbf !== undefined) {
    if (typeof nbf !== 'number' || !Number.isFinite(nbf)) problems.push('nbf is not a time');
    else if (nbf * 1000 > now.getTime() + skewMs)
      problems.push(`not valid before ${new Date(nbf * 1000).toISOString()}`);
  }
  const exp = payload['exp'];
  if (exp !== undefined) {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) problems.push('exp is not a time');
    else if (exp * 1000 <= now.getTime() - skewMs) problems.push(`expired at ${new Date(exp * 1000).toISOString()}`);
  }
  if (!isVc) notes.push('audience and nonce were not required: a file on disk answers no verifier');

  if (problems.length > 0) {
    return {
      id: 'jwt_claims',
      outcome: 'fail',
      code: 'jwt_claims_mismatch',
      message: `The token's own claims disagree with the ${isVc ? 'credential' : 'presentation'} or with the current time.`,
      detail: problems.join('; '),
    };
  }
  return {
    id: 'jwt_claims',
    outcome: 'pass',
    code: 'jwt_claims_consistent',
    message: `The token's claims (issuer, subject, identifier, dates) agree with the ${isVc ? 'credential' : 'presentation'}.`,
    ...(notes.length > 0 ? { detail: notes.join('; ') } : {}),
  };
}

// ---------------------------------------------------------------------------------------

export interface VerifyJwtOptions {
  now?: Date;
  statusLists?: readonly Record<string, unknown>[];
  /**
   * A public key to check the signature with, instead of the one the token names. Only for
   * keys obtained some other trusted way (tests use published test keys); the issuer then
   * stays unconfirmed.
   */
  key?: PublicJwk;
}

export interface VerifiedJwt {
  kind: JwtKind | undefined;
  /** The credential or presentation (for VC 1.1, completed from the registered claims). */
  doc: Record<string, unknown> | undefined;
  header: Record<string, unknown> | undefined;
  verification: VerificationResult;
}

/**
 * Verifies one compact JWS credential or presentation. For a presentation only its own
 * checks are made; the credentials inside are the caller's to verify one by one.
 */
export async function verifyJwt(jws: string, opts: VerifyJwtOptions = {}): Promise<VerifiedJwt> {
  const now = opts.now ?? new Date();
  const checks: CheckResult[] = [];
  const finish = (
    kind: JwtKind | undefined,
    doc: Record<string, unknown> | undefined,
    header: Record<string, unknown> | undefined,
  ): VerifiedJwt => ({
    kind,
    doc,
    header,
    verification: { status: overallStatus(checks), checks, checkedAt: now.toISOString() },
  });
  const decoded = looksLikeCompactJws(jws) ? decodeJws(jws) : undefined;
  if (!decoded) {
    checks.push({
      id: 'format',
      outcome: 'fail',
      code: 'not_a_credential',
      message: 'This token cannot be read: it is not a well-formed signed JSON Web Token.',
    });
    return finish(undefined, undefined, undefined);
  }
  const { header, payload } = decoded;
  const found = documentOfPayload(payload);
  if (!found) {
    checks.push({
      id: 'format',
      outcome: 'fail',
      code: 'not_a_credential',
      message:
        'This signed token does not hold a W3C Verifiable Credential or Presentation (no vc or vp claim, no credential payload).',
    });
    return finish(undefined, undefined, header);
  }
  const { kind, doc } = found;
  const isVc = kind === 'vc1' || kind === 'vc2';
  const original =
    kind === 'vc1'
      ? (payload['vc'] as Record<string, unknown>)
      : kind === 'vp1'
        ? (payload['vp'] as Record<string, unknown>)
        : payload;
  const party: Party = isVc ? 'issuer' : 'holder';
  const named = idOf(isVc ? doc['issuer'] : doc['holder']);
  const iss = typeof payload['iss'] === 'string' ? payload['iss'] : undefined;

  const source = keySourceOf(header, opts.key);
  const sig = await checkSignature(jws, header, source);
  checks.push(proofCheckOf(sig, source));
  checks.push(await bindingCheckOf(sig, source, named, iss, party));
  checks.push(
    validityCheckOfDates(
      [
        ['validFrom', doc['validFrom']],
        ['issuanceDate', doc['issuanceDate']],
        ['nbf', isoOfNumericDate(payload['nbf']) ?? payload['nbf']],
      ].filter(([, v]) => v !== undefined) as Array<[string, unknown]>,
      [
        ['validUntil', doc['validUntil']],
        ['expirationDate', doc['expirationDate']],
        ['exp', isoOfNumericDate(payload['exp']) ?? payload['exp']],
      ].filter(([, v]) => v !== undefined) as Array<[string, unknown]>,
      now,
    ),
  );
  checks.push(jwtClaimsCheck(payload, kind, original, now));
  if (isVc) {
    checks.push(await statusCheck(doc, now, opts.statusLists));
    const schema = ob3SchemaCheck(doc);
    if (schema) checks.push(schema);
  }
  return finish(kind, doc, header);
}
