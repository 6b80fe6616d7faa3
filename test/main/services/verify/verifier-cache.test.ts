// Verifiers remembered per public key: one per key, reused for every credential it signed,
// never shared between different keys, and a cached verifier still rejects what it should.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, sign } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  VerifierCache,
  ed25519KeyObjectVerifier,
  verifierCache,
  verifierCacheKey,
  type SignatureVerifier,
} from '../../../../src-main/services/verify/verifier-cache';
import { verifyJsonLdCredential } from '../../../../src-main/services/verify/verify-credential';
import { issue, newSigner, openBadge, type Suite } from '../../../helpers/issuer';

const vm = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'did:key:z6Mk#z6Mk',
  type: 'Multikey',
  controller: 'did:key:z6Mk',
  publicKeyMultibase: 'z6MkAAAA',
  ...over,
});

const fakeVerifier = (tag: string): SignatureVerifier => ({ algorithm: tag, verify: async () => true });

describe('verifier cache key', () => {
  it('names type, id, controller and key material', () => {
    expect(verifierCacheKey(vm())).toBe(verifierCacheKey(vm()));
    for (const change of [
      { publicKeyMultibase: 'z6MkBBBB' },
      { id: 'did:key:other#k' },
      { type: 'Ed25519VerificationKey2020' },
      { controller: 'did:key:other' },
    ]) {
      expect(verifierCacheKey(vm(change))).not.toBe(verifierCacheKey(vm()));
    }
    expect(
      verifierCacheKey(vm({ publicKeyMultibase: undefined, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'a' } })),
    ).not.toBe(
      verifierCacheKey(vm({ publicKeyMultibase: undefined, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'b' } })),
    );
  });

  it('has no key for a method without key material or without an id', () => {
    expect(verifierCacheKey(vm({ publicKeyMultibase: undefined }))).toBeUndefined();
    expect(verifierCacheKey(vm({ id: undefined }))).toBeUndefined();
    expect(verifierCacheKey('did:key:z6Mk')).toBeUndefined();
  });
});

describe('verifier cache', () => {
  it('makes one verifier per key and reuses it', async () => {
    const cache = new VerifierCache();
    let made = 0;
    const create = async (): Promise<SignatureVerifier> => fakeVerifier(`v${++made}`);
    const a1 = await cache.verifierFor(vm(), create);
    const a2 = await cache.verifierFor(vm(), create);
    const b = await cache.verifierFor(vm({ publicKeyMultibase: 'z6MkBBBB' }), create);
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
    expect(made).toBe(2);
    expect(cache.created).toBe(2);
  });

  it('never caches a method without key material', async () => {
    const cache = new VerifierCache();
    let made = 0;
    const create = async (): Promise<SignatureVerifier> => fakeVerifier(`v${++made}`);
    await cache.verifierFor(vm({ publicKeyMultibase: undefined }), create);
    await cache.verifierFor(vm({ publicKeyMultibase: undefined }), create);
    expect(made).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('forgets a creation that failed', async () => {
    const cache = new VerifierCache();
    await expect(cache.verifierFor(vm(), async () => Promise.reject(new Error('bad key')))).rejects.toThrow('bad key');
    await Promise.resolve();
    expect(cache.size).toBe(0);
    expect(await cache.verifierFor(vm(), async () => fakeVerifier('ok'))).toMatchObject({ algorithm: 'ok' });
  });

  it('keeps at most its limit, forgetting the least recently used', async () => {
    const cache = new VerifierCache(2);
    const create = async (m: Record<string, unknown>): Promise<SignatureVerifier> =>
      fakeVerifier(String(m['publicKeyMultibase']));
    await cache.verifierFor(vm({ publicKeyMultibase: 'z1' }), create);
    await cache.verifierFor(vm({ publicKeyMultibase: 'z2' }), create);
    await cache.verifierFor(vm({ publicKeyMultibase: 'z1' }), create); // z1 used again: z2 is now the oldest
    await cache.verifierFor(vm({ publicKeyMultibase: 'z3' }), create);
    expect(cache.size).toBe(2);
    const before = cache.created;
    await cache.verifierFor(vm({ publicKeyMultibase: 'z1' }), create);
    expect(cache.created).toBe(before);
    await cache.verifierFor(vm({ publicKeyMultibase: 'z2' }), create);
    expect(cache.created).toBe(before + 1);
  });
});

describe('Ed25519 verifier over a public-key object', () => {
  it('answers as the library verifier does', async () => {
    const key = (await Ed25519Multikey.generate()) as unknown as {
      publicKey: Uint8Array;
      signer(): { sign(a: { data: Uint8Array }): Promise<Uint8Array> };
      verifier(): SignatureVerifier;
    };
    const mine = ed25519KeyObjectVerifier(key);
    const theirs = key.verifier();
    expect(mine.algorithm).toBe(theirs.algorithm);
    const data = new TextEncoder().encode('Course 1');
    const signature = await key.signer().sign({ data });
    const otherData = new TextEncoder().encode('Course 2');
    const flipped = Uint8Array.from(signature, (b, i) => (i === 0 ? b ^ 1 : b));
    for (const [d, s] of [
      [data, signature],
      [otherData, signature],
      [data, flipped],
    ] as const) {
      expect(await mine.verify({ data: d, signature: s })).toBe(await theirs.verify({ data: d, signature: s }));
    }
    expect(await mine.verify({ data, signature })).toBe(true);
    expect(await mine.verify({ data: otherData, signature })).toBe(false);
    // A signature by another key over the same data.
    const other = generateKeyPairSync('ed25519');
    expect(await mine.verify({ data, signature: sign(null, data, other.privateKey) })).toBe(false);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() =>
      ed25519KeyObjectVerifier({ publicKey: new Uint8Array(31), verifier: () => fakeVerifier('Ed25519') }),
    ).toThrow();
  });
});

describe('verification with cached verifiers', () => {
  const suites: [Suite, 'P-256' | 'P-384' | undefined][] = [
    ['Ed25519Signature2020', undefined],
    ['eddsa-rdfc-2022', undefined],
    ['ecdsa-rdfc-2019', 'P-256'],
    // P-384 keys hash with SHA-384: the verify data must follow the cached key's curve.
    ['ecdsa-rdfc-2019', 'P-384'],
  ];
  for (const [suite, curve] of suites) {
    it(`${suite}${curve ? ` ${curve}` : ''}: one verifier per key; a credential tampered after its key was cached still fails`, async () => {
      const signer = await newSigner(suite, curve ? { curve } : {});
      const creds = await Promise.all(
        [1, 2, 3].map(async (i) =>
          issue(
            openBadge(
              { name: `Course ${i}`, achievementType: 'Course', creditsEarned: i },
              signer.did,
              suite === 'Ed25519Signature2020',
            ),
            signer,
          ),
        ),
      );
      const before = verifierCache.created;
      for (const c of creds) expect((await verifyJsonLdCredential(c)).status).toBe('verified');
      expect(verifierCache.created - before).toBe(1);

      const tampered = structuredClone(creds[0]) as Record<string, unknown>;
      (tampered['credentialSubject'] as Record<string, unknown>)['achievement'] = {
        ...((tampered['credentialSubject'] as Record<string, unknown>)['achievement'] as Record<string, unknown>),
        name: 'Course 99',
      };
      const r = await verifyJsonLdCredential(tampered);
      expect(r.status).toBe('not_verified');
      expect(r.checks.find((c) => c.id === 'proof')?.outcome).toBe('fail');
      expect(verifierCache.created - before).toBe(1);

      // Another key of the same suite gets its own verifier.
      const other = await newSigner(suite, curve ? { curve } : {});
      const fromOther = await issue(
        openBadge(
          { name: 'Course 1', achievementType: 'Course', creditsEarned: 1 },
          other.did,
          suite === 'Ed25519Signature2020',
        ),
        other,
      );
      expect((await verifyJsonLdCredential(fromOther)).status).toBe('verified');
      expect(verifierCache.created - before).toBe(2);
    });
  }
});
