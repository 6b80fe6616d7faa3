// Size and depth limits on the verification path: an identifier or token over its limit, and a
// document nested too deeply, are each answered quickly with a clear outcome, never a hang, a
// throw or a Verified. Each case is timed: the same inputs took seconds (128 KiB key) or never
// ended (8 MiB key), and 4,000 levels of nesting overflowed the stack.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../src-shared/i18n/spec';
import { MAX_DID_LENGTH, MAX_JSON_DEPTH, MAX_JWK_VALUE_LENGTH, MAX_JWT_LENGTH } from '../../../../src-shared/limits';
import type { CheckId, CheckResult, VerificationResult } from '../../../../src-shared/verification';
import { importFiles } from '../../../../src-main/services/import-service';
import { collectContextUrls } from '../../../../src-main/services/verify/contexts-check';
import {
  OfflineDocumentError,
  createOfflineDocumentLoader,
} from '../../../../src-main/services/verify/document-loader';
import { readJws } from '../../../../src-main/services/verify/jwt-decode';
import { verifyJwt } from '../../../../src-main/services/verify/jwt';
import { verifyJsonValue } from '../../../../src-main/services/verify/verify-document';
import { readSampleJson } from '../../../helpers/samples';

const NOW = new Date('2025-06-01T00:00:00Z');
const KIB = 1024;
const MIB = 1024 * 1024;

function byId(result: VerificationResult, id: CheckId): CheckResult {
  const c = result.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id} check in ${JSON.stringify(result.checks)}`);
  return c;
}

function codeOf(m: Message | string | undefined): string | undefined {
  return typeof m === 'object' ? m.code : undefined;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** JSON text of `{"a":{"a":…"x"…}}` nested `levels` deep, built as text (JSON.stringify itself recurses). */
function nestedText(levels: number): string {
  return '{"a":'.repeat(levels) + '"x"' + '}'.repeat(levels);
}

/** VC1 as JSON text, its subject carrying `levels` of nesting. */
function deepVcText(levels: number): string {
  return JSON.stringify({ ...VC1, credentialSubject: { deep: '@@' } }).replace('"@@"', nestedText(levels));
}

/** A compact JWS with this header and payload and a signature of junk (nothing gets that far). */
function token(header: unknown, payload: unknown): string {
  return `${b64(header)}.${b64(payload)}.${Buffer.from('not a signature').toString('base64url')}`;
}

const VC1 = {
  '@context': ['https://www.w3.org/2018/credentials/v1'],
  type: ['VerifiableCredential'],
  issuer: 'did:example:issuer',
  credentialSubject: { id: 'did:example:learner' },
};

function nested(levels: number, inner: unknown = 'x'): unknown {
  let v: unknown = inner;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

function nestedArray(levels: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < levels; i++) v = [v];
  return v;
}

describe('key identifiers too long to be keys', () => {
  it('a JWT whose kid is did:key:z6Mk + 32 KiB of A: the signature is not checked, at once', async () => {
    const kid = `did:key:z6Mk${'A'.repeat(32 * KIB)}`;
    const jws = token({ alg: 'EdDSA', kid }, { iss: 'did:example:issuer', vc: VC1 });
    const { value: r, ms } = await timed(() => verifyJwt(jws, { now: NOW }));
    expect(ms).toBeLessThan(1000);
    const proof = byId(r.verification, 'proof');
    expect(proof.outcome).toBe('not_checked');
    expect(codeOf(proof.message)).toBe('limits.key_too_long');
    expect(proof.detail?.length ?? 0).toBeLessThan(200);
    expect(byId(r.verification, 'issuer_binding').outcome).toBe('not_checked');
    expect(r.verification.status).toBe('could_not_check');
  });

  it('a did:jwk kid just over the DID limit is not checked either (never a malformed proof)', async () => {
    const kid = `did:jwk:${'e'.repeat(MAX_DID_LENGTH)}#0`;
    const jws = token({ alg: 'EdDSA', kid }, { iss: 'did:example:issuer', vc: VC1 });
    const r = await verifyJwt(jws, { now: NOW });
    expect(byId(r.verification, 'proof').outcome).toBe('not_checked');
    expect(codeOf(byId(r.verification, 'proof').message)).toBe('limits.key_too_long');
  });

  for (const [label, size] of [
    ['128 KiB', 128 * KIB],
    ['8 MiB', 8 * MIB],
  ] as const) {
    it(`a JWT whose kid is did:key:z6Mk + ${label} of A: its header is refused unread, at once`, async () => {
      const kid = `did:key:z6Mk${'A'.repeat(size)}`;
      const jws = token({ alg: 'EdDSA', kid }, { iss: 'did:example:issuer', vc: VC1 });
      const { value: r, ms } = await timed(() => verifyJwt(jws, { now: NOW }));
      expect(ms).toBeLessThan(1000);
      expect(r.verification.checks.map((c) => c.id)).toEqual(['format']);
      expect(codeOf(byId(r.verification, 'format').message)).toBe('limits.token_header_too_long');
      expect(r.verification.status).toBe('not_verified');
    });

    it(`a JSON-LD proof whose verificationMethod is did:key:z6Mk + ${label} of A: not checked, at once`, async () => {
      const doc = readSampleJson('vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json');
      const proof = doc['proof'] as Record<string, unknown>;
      const long = `did:key:z6Mk${'A'.repeat(size)}`;
      const tampered = { ...doc, proof: { ...proof, verificationMethod: `${long}#${long.slice(8)}` } };
      const { value: entries, ms } = await timed(() => verifyJsonValue(tampered, { now: NOW }));
      expect(ms).toBeLessThan(2000);
      const r = entries?.[0]?.verification;
      if (!r) throw new Error('no entry');
      expect(byId(r, 'proof').outcome).toBe('not_checked');
      expect(codeOf(byId(r, 'proof').message)).toBe('limits.key_too_long');
      expect(byId(r, 'proof').detail?.length ?? 0).toBeLessThan(200);
      expect(r.status).toBe('could_not_check');
    });
  }

  for (const sample of [
    'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json',
    'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json',
    'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
  ]) {
    it(`a proofValue of 256 KiB never reaches the suite's decoder (${sample.split('/')[0]})`, async () => {
      const doc = readSampleJson(sample);
      const proof = doc['proof'] as Record<string, unknown>;
      const tampered = { ...doc, proof: { ...proof, proofValue: `z${'A'.repeat(256 * KIB)}` } };
      const { value: entries, ms } = await timed(() => verifyJsonValue(tampered, { now: NOW }));
      expect(ms).toBeLessThan(2000);
      const r = entries?.[0]?.verification;
      if (!r) throw new Error('no entry');
      expect(byId(r, 'proof').outcome).toBe('fail');
      expect(byId(r, 'proof').code).toBe('proof_error');
      expect(r.status).toBe('not_verified');
    });
  }

  it('the document loader refuses an over-long URL, quoting only its start', async () => {
    const loader = createOfflineDocumentLoader();
    const url = `did:key:z6Mk${'A'.repeat(MIB)}`;
    const error = await loader(url).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OfflineDocumentError);
    expect((error as OfflineDocumentError).reason).toBe('too_long');
    expect((error as OfflineDocumentError).url.length).toBeLessThan(200);
  });
});

describe('tokens over their limits', () => {
  it('a token longer than any file is refused before it is decoded', () => {
    const jws = `${b64({ alg: 'EdDSA' })}.${'e'.repeat(MAX_JWT_LENGTH)}.c2ln`;
    const start = performance.now();
    const r = readJws(jws);
    expect(performance.now() - start).toBeLessThan(500);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe('limits.token_too_long');
  });

  it('a header key with a member longer than any key is refused: the proof is malformed, never valid', async () => {
    const jwk = { kty: 'RSA', n: 'A'.repeat(MAX_JWK_VALUE_LENGTH + 1), e: 'AQAB' };
    const jws = token({ alg: 'RS256', jwk }, { iss: 'did:example:issuer', vc: VC1 });
    const r = await verifyJwt(jws, { now: NOW });
    expect(byId(r.verification, 'proof').outcome).toBe('fail');
    expect(byId(r.verification, 'proof').code).toBe('proof_error');
  });

  it('a header longer than any real header is refused before it is decoded', () => {
    const jws = `${'e'.repeat(128 * KIB)}.${b64({ vc: VC1 })}.c2ln`;
    const { value: r } = { value: readJws(jws) };
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe('limits.token_header_too_long');
  });
});

describe('documents nested too deeply', () => {
  const depths = [4000, 100_000];

  for (const levels of depths) {
    it(`${levels} levels in the subject, in @context, in an array and in a presentation chain: "too deeply nested"`, async () => {
      const cases: unknown[] = [
        { ...VC1, credentialSubject: { id: 'did:example:learner', deep: nested(levels) } },
        { ...VC1, '@context': ['https://www.w3.org/2018/credentials/v1', nested(levels)] },
        { ...VC1, credentialSubject: { list: nestedArray(levels) } },
        nestedPresentation(levels),
      ];
      for (const value of cases) {
        const { value: entries, ms } = await timed(() => verifyJsonValue(value, { now: NOW }));
        expect(ms).toBeLessThan(2000);
        expect(entries).toHaveLength(1);
        const entry = entries?.[0];
        expect(codeOf(entry?.problem)).toBe('limits.too_deep');
        expect(entry?.verification.status).toBe('not_verified');
        expect(byId(entry?.verification as VerificationResult, 'format').outcome).toBe('fail');
      }
    });

    it(`${levels} levels in a JWT payload: "too deeply nested", no throw`, async () => {
      const header = b64({ alg: 'EdDSA', kid: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' });
      const payload = Buffer.from(`{"vc":${deepVcText(levels)}}`).toString('base64url');
      const jws = `${header}.${payload}.c2ln`;
      const { value: r, ms } = await timed(() => verifyJwt(jws, { now: NOW }));
      expect(ms).toBeLessThan(2000);
      expect(codeOf(byId(r.verification, 'format').message)).toBe('limits.too_deep');
      expect(r.verification.status).toBe('not_verified');
    });

    it(`${levels} levels in a file: that file alone is "too deeply nested"; the others in its batch are read`, async () => {
      const deep = deepVcText(levels);
      const files = [
        { name: 'deep.json', bytes: new TextEncoder().encode(deep) },
        { name: 'ok.json', bytes: new TextEncoder().encode(JSON.stringify(VC1)) },
        { name: 'deep-array.json', bytes: new TextEncoder().encode('['.repeat(levels) + ']'.repeat(levels)) },
      ];
      const { value: out, ms } = await timed(() => importFiles(files, { now: NOW }));
      expect(ms).toBeLessThan(3000);
      expect(out.map((c) => c.fileName)).toEqual(['deep.json', 'ok.json', 'deep-array.json']);
      expect(codeOf(out[0]?.problem)).toBe('limits.too_deep');
      expect(codeOf(out[2]?.problem)).toBe('limits.too_deep');
      expect(out[1]?.problem).toBeUndefined();
      expect(out[1]?.normalized.format).not.toBe('unknown');
    });
  }

  it(`${MAX_JSON_DEPTH} levels are still read; one more is refused`, async () => {
    // VC1 is level 1, credentialSubject level 2: the subject's contents make up the rest.
    const within = { ...VC1, credentialSubject: nested(MAX_JSON_DEPTH - 2, {}) };
    const over = { ...VC1, credentialSubject: nested(MAX_JSON_DEPTH - 1, {}) };
    const [a] = (await verifyJsonValue(within, { now: NOW })) ?? [];
    const [b] = (await verifyJsonValue(over, { now: NOW })) ?? [];
    expect(codeOf(a?.problem)).not.toBe('limits.too_deep');
    expect(a?.document).toBeDefined();
    expect(codeOf(b?.problem)).toBe('limits.too_deep');
  });

  it('collecting the contexts of a 100,000-level document neither recurses nor throws', () => {
    const doc = { '@context': ['https://a.example/1'], deep: nested(100_000, { '@context': 'https://a.example/2' }) };
    expect(collectContextUrls(doc)).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('contexts are collected in document order, inline contexts where they stand', () => {
    const doc = {
      '@context': [
        'https://a.example/1',
        { '@import': 'https://a.example/2', x: { '@context': 'https://a.example/3' } },
        'https://a.example/4',
      ],
      proof: { '@context': 'https://a.example/5' },
    };
    expect(collectContextUrls(doc)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
      'https://a.example/4',
      'https://a.example/5',
    ]);
  });
});

function nestedPresentation(levels: number): unknown {
  let v: unknown = VC1;
  for (let i = 0; i < levels; i++) {
    v = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [v],
    };
  }
  return v;
}
