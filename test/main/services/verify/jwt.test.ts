// VC-JWT, VP-JWT and enveloped credentials, signed here with freshly generated keys
// (EdDSA, ES256, ES384, RS256; did:key and did:jwk kids; header jwk), plus the published
// DIF JWS-Test-Suite samples checked with their published test keys.
import { checkText } from '../../../../src-shared/i18n/render';
import { CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  VerificationResultSchema,
  type CheckId,
  type CheckResult,
  type VerificationResult,
} from '../../../../src-shared/verification';
import { jwkToMultibase } from '../../../../src-main/services/verify/did-key';
import { verifyJwt } from '../../../../src-main/services/verify/jwt';
import { verifyJsonValue } from '../../../../src-main/services/verify/verify-document';
import { readSampleJson } from '../../../helpers/samples';

type Alg = 'EdDSA' | 'ES256' | 'ES384' | 'RS256';

function byId(result: VerificationResult, id: CheckId): CheckResult {
  const c = result.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id} check in ${JSON.stringify(result.checks)}`);
  return c;
}

interface TestKey {
  alg: Alg;
  privateKey: CryptoKey;
  publicJwk: JWK;
  didJwk: string;
  /** did:key for Ed25519 / P-256 / P-384. */
  didKey?: string;
}

async function makeKey(alg: Alg): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const didJwk = `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
  const key: TestKey = { alg, privateKey, publicJwk, didJwk };
  if (alg !== 'RS256') key.didKey = `did:key:${jwkToMultibase(publicJwk as Record<string, unknown>)}`;
  return key;
}

async function sign(key: TestKey, header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: key.alg, ...header })
    .sign(key.privateKey);
}

const NOW = new Date('2026-03-01T00:00:00Z');
const SECONDS = (iso: string): number => Date.parse(iso) / 1000;

function vc1Payload(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: issuer,
    sub: 'did:example:learner',
    jti: 'urn:uuid:3f1c0c1e-1111-4a4a-9999-000000000001',
    nbf: SECONDS('2025-01-01T00:00:00Z'),
    vc: {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Introduction to Statistics',
      issuer: { id: issuer, type: ['Profile'], name: 'Example College' },
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:7a0c7c3e-2222-4b4b-8888-000000000002',
          type: ['Achievement'],
          name: 'Introduction to Statistics',
          description: 'A one-semester course.',
          criteria: { narrative: 'Pass the final exam.' },
        },
      },
    },
    ...extra,
  };
}

function vc2Payload(issuer: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:3f1c0c1e-1111-4a4a-9999-000000000003',
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner', name: 'A learner' },
    ...extra,
  };
}

async function check(jwt: string, opts: Parameters<typeof verifyJwt>[1] = {}): Promise<VerificationResult> {
  const r = await verifyJwt(jwt, { now: NOW, ...opts });
  VerificationResultSchema.parse(r.verification);
  return r.verification;
}

describe('VC 1.1 JWTs (vc claim) with did:key / did:jwk kids', () => {
  it.each<[Alg, 'didKey' | 'didJwk']>([
    ['EdDSA', 'didKey'],
    ['ES256', 'didKey'],
    ['ES384', 'didKey'],
    ['EdDSA', 'didJwk'],
    ['ES256', 'didJwk'],
    ['ES384', 'didJwk'],
    ['RS256', 'didJwk'],
  ])('%s signed, kid is the issuer %s → verified', async (alg, method) => {
    const key = await makeKey(alg);
    const did = key[method] as string;
    const kid = method === 'didKey' ? `${did}#${did.slice('did:key:'.length)}` : `${did}#0`;
    const r = await check(await sign(key, { kid, typ: 'JWT' }, vc1Payload(did)));
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'pass', code: 'issuer_controls_key' });
    expect(byId(r, 'jwt_claims')).toMatchObject({ outcome: 'pass', code: 'jwt_claims_consistent' });
    expect(byId(r, 'validity_period').outcome).toBe('pass');
    expect(byId(r, 'schema')).toMatchObject({ outcome: 'pass', code: 'schema_valid' });
    expect(r.status).toBe('verified');
  });

  it('a changed payload fails the signature', async () => {
    const key = await makeKey('ES256');
    const jwt = await sign(key, { kid: `${key.didJwk}#0` }, vc1Payload(key.didJwk));
    const [h, , s] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify(vc1Payload(key.didJwk, { sub: 'did:example:someone-else' }))).toString(
      'base64url',
    );
    const r = await check(`${h}.${forged}.${s}`);
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
    expect(r.status).toBe('not_verified');
  });

  it('a kid DID that is not the issuer: valid signature, issuer mismatch → not verified', async () => {
    const key = await makeKey('EdDSA');
    const other = await makeKey('EdDSA');
    const r = await check(
      await sign(key, { kid: `${key.didKey}#${(key.didKey ?? '').slice(8)}` }, vc1Payload(other.didKey ?? '')),
    );
    expect(byId(r, 'proof').outcome).toBe('pass');
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
    expect(r.status).toBe('not_verified');
  });

  it('iss differing from the vc issuer fails the JWT claims', async () => {
    const key = await makeKey('EdDSA');
    const payload = vc1Payload(key.didJwk);
    (payload['vc'] as Record<string, unknown>)['issuer'] = 'https://elsewhere.example/issuer';
    const r = await check(await sign(key, { kid: `${key.didJwk}#0` }, payload));
    expect(byId(r, 'jwt_claims')).toMatchObject({ outcome: 'fail', code: 'jwt_claims_mismatch' });
    expect(byId(r, 'jwt_claims').detail).toContain('iss');
    expect(r.status).toBe('not_verified');
  });

  it('exp in the past fails both the validity period and the JWT claims; nbf in the future is not yet valid', async () => {
    const key = await makeKey('ES384');
    const expired = await check(
      await sign(key, { kid: `${key.didJwk}#0` }, vc1Payload(key.didJwk, { exp: SECONDS('2025-06-01T00:00:00Z') })),
    );
    expect(byId(expired, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'expired' });
    expect(byId(expired, 'jwt_claims').outcome).toBe('fail');
    expect(expired.status).toBe('not_verified');
    const early = await check(
      await sign(key, { kid: `${key.didJwk}#0` }, vc1Payload(key.didJwk, { nbf: SECONDS('2027-01-01T00:00:00Z') })),
    );
    expect(byId(early, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'not_yet_valid' });
  });

  it('a jti that differs from the credential id fails the JWT claims', async () => {
    const key = await makeKey('EdDSA');
    const payload = vc1Payload(key.didJwk);
    (payload['vc'] as Record<string, unknown>)['id'] = 'urn:uuid:another';
    const r = await check(await sign(key, { kid: `${key.didJwk}#0` }, payload));
    expect(byId(r, 'jwt_claims').detail).toContain('jti');
  });
});

describe('keys the token carries itself, and keys that need the network', () => {
  it('RS256 with a header jwk: signature valid, issuer not confirmed → could not check', async () => {
    const key = await makeKey('RS256');
    const r = await check(await sign(key, { jwk: key.publicJwk }, vc1Payload('https://college.example/issuer')));
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_confirmed' });
    expect(r.status).toBe('could_not_check');
  });

  it('a header jwk that is exactly the issuer did:jwk confirms the issuer', async () => {
    const key = await makeKey('ES256');
    const r = await check(await sign(key, { jwk: key.publicJwk }, vc1Payload(key.didJwk)));
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'pass', code: 'issuer_controls_key' });
    expect(r.status).toBe('verified');
    const other = await makeKey('ES256');
    const r2 = await check(await sign(key, { jwk: key.publicJwk }, vc1Payload(other.didJwk)));
    expect(byId(r2, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
  });

  it('a header jwk holding a private key is refused', async () => {
    const key = await makeKey('EdDSA');
    const r = await check(await sign(key, { jwk: { ...key.publicJwk, d: 'AAAA' } }, vc1Payload(key.didJwk)));
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'proof_error' });
  });

  it('a did:web kid is not resolvable offline → could not check', async () => {
    const key = await makeKey('EdDSA');
    const r = await check(
      await sign(key, { kid: 'did:web:college.example#key-1' }, vc1Payload('did:web:college.example')),
    );
    expect(byId(r, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'key_not_resolvable_offline',
      detail: 'did:web:college.example#key-1',
    });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_resolvable_offline' });
    expect(r.status).toBe('could_not_check');
  });

  it('alg none and HMAC are never accepted', async () => {
    const payload = Buffer.from(JSON.stringify(vc1Payload('did:example:x'))).toString('base64url');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.AAAA`;
    expect(byId(await check(none), 'proof')).toMatchObject({ outcome: 'not_checked', code: 'unsupported_proof_type' });
    const hs = `${Buffer.from(JSON.stringify({ alg: 'HS256', jwk: { kty: 'oct', k: 'c2VjcmV0' } })).toString('base64url')}.${payload}.AAAA`;
    expect((await check(hs)).status).not.toBe('verified');
  });
});

describe('VC 2.0 vc+jwt and EnvelopedVerifiableCredential', () => {
  it('a vc+jwt payload is the credential', async () => {
    const key = await makeKey('EdDSA');
    const did = key.didKey ?? '';
    const jwt = await sign(key, { typ: 'vc+jwt', kid: `${did}#${did.slice(8)}` }, vc2Payload(did));
    const r = await verifyJwt(jwt, { now: NOW });
    expect(r.kind).toBe('vc2');
    expect(r.verification.status).toBe('verified');
  });

  it('an enveloped credential is unwrapped and verified as its JWT', async () => {
    const key = await makeKey('ES256');
    const jwt = await sign(key, { typ: 'vc+jwt', kid: `${key.didJwk}#0` }, vc2Payload(key.didJwk));
    const envelope = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `data:application/vc+jwt,${jwt}`,
      type: 'EnvelopedVerifiableCredential',
    };
    const entries = await verifyJsonValue(envelope, { now: NOW });
    expect(entries).toHaveLength(1);
    expect(entries?.[0]).toMatchObject({ format: 'vc2-jwt', role: 'whole', verification: { status: 'verified' } });
    const tampered = { ...envelope, id: `data:application/vc+jwt,${jwt.slice(0, -3)}AAA` };
    expect((await verifyJsonValue(tampered, { now: NOW }))?.[0]?.verification.status).toBe('not_verified');
  });
});

describe('JWT presentations', () => {
  it('a VP JWT with two credentials: the presentation, then each credential on its own', async () => {
    const holder = await makeKey('EdDSA');
    const issuerA = await makeKey('ES256');
    const issuerB = await makeKey('RS256');
    const good = await sign(issuerA, { kid: `${issuerA.didJwk}#0` }, vc1Payload(issuerA.didJwk));
    const unconfirmed = await sign(issuerB, { jwk: issuerB.publicJwk }, vc1Payload('https://college.example/issuer'));
    const vp = await sign(
      holder,
      { kid: `${holder.didJwk}#0`, typ: 'JWT' },
      {
        iss: holder.didJwk,
        aud: 'did:example:verifier',
        nonce: 'n-0S6_WzA2Mj',
        vp: {
          '@context': ['https://www.w3.org/2018/credentials/v1'],
          type: ['VerifiablePresentation'],
          verifiableCredential: [good, unconfirmed],
        },
      },
    );
    const { verifyJwtDocument } = await import('../../../../src-main/services/verify/verify-document');
    const entries = await verifyJwtDocument(vp, { now: NOW });
    expect(entries.map((e) => [e.role, e.format, e.verification.status])).toEqual([
      ['presentation', 'vp-jwt', 'verified'],
      ['inner', 'vc1-jwt', 'verified'],
      ['inner', 'vc1-jwt', 'could_not_check'],
    ]);
    const claims = entries[0]?.verification.checks.find((c) => c.id === 'jwt_claims');
    expect(checkText(claims ?? { message: '' }, 'en')).toContain('nonce');
  });
});

describe('DIF JWS-Test-Suite samples (did:example keys)', () => {
  it.each([
    ['jwt/dif-jws-ts_transmute_vc1_eddsa.vc-jwt.json', 'jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json'],
    ['jwt/dif-jws-ts_transmute_vc1_es256.vc-jwt.json', 'jwt/dif-jws-ts_key-2-secp256r1_SUPPORT.json'],
  ])('%s: could not check offline; with the published test key the signature checks out', async (rel, keyRel) => {
    const jwt = String(readSampleJson(rel)['jwt']);
    const offline = await check(jwt);
    expect(byId(offline, 'proof')).toMatchObject({ outcome: 'not_checked', code: 'key_not_resolvable_offline' });
    expect(offline.status).toBe('could_not_check');

    const support = readSampleJson(keyRel);
    const published = support['publicKeyJwk'] as Record<string, string>;
    // The published key, trusted under its id (the token's kid).
    const keys = [{ id: String(support['id']), publicKeyJwk: { ...published, kty: String(published['kty']) } }];
    const withKey = await check(jwt, { keys });
    expect(byId(withKey, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(withKey, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_confirmed' });

    // The same key cannot vouch for a changed payload.
    const [h, p, s] = jwt.split('.');
    const body = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
    body['iss'] = 'did:example:456';
    const forged = `${h}.${Buffer.from(JSON.stringify(body)).toString('base64url')}.${s}`;
    expect(byId(await check(forged, { keys }), 'proof').outcome).toBe('fail');
  });
});
