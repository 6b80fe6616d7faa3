// Offline did:key / did:jwk resolution: documents the proof suites accept, no lookups.
import { describe, expect, it } from 'vitest';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import {
  UnsupportedDidError,
  base58btcDecode,
  curveOfMultibaseKey,
  didKeyDocument,
  isOfflineResolvableDid,
  jwkToMultibase,
  publicJwkOfDid,
  resolveOfflineDid,
  soleVerificationMethodId,
} from '../../../../src-main/services/verify/did-key';
import { keyOriginOf } from '../../../../src-main/services/verify/document-loader';
import { MAX_BASE58_LENGTH, MAX_DID_LENGTH, MAX_MULTIBASE_KEY_LENGTH } from '../../../../src-shared/limits';

const MIB = 1024 * 1024;

const ED = 'z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
const P256 = 'zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP';
const P384 = 'z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ';

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}

describe('did:key', () => {
  it.each([ED, P256, P384])('builds a DID document whose assertion key is the DID itself (%s)', (mb) => {
    const did = `did:key:${mb}`;
    const doc = didKeyDocument(did);
    const vmId = `${did}#${mb}`;
    expect(doc.id).toBe(did);
    expect(doc.verificationMethod).toEqual([{ id: vmId, type: 'Multikey', controller: did, publicKeyMultibase: mb }]);
    expect(doc.assertionMethod).toEqual([vmId]);
  });

  it('resolves a key URL to a Multikey verification method with its context', async () => {
    const vm = resolveOfflineDid(`did:key:${P256}#${P256}`);
    expect(vm).toMatchObject({
      '@context': 'https://w3id.org/security/multikey/v1',
      type: 'Multikey',
      controller: `did:key:${P256}`,
      publicKeyMultibase: P256,
    });
    // The suites must be able to import it.
    const key = await EcdsaMultikey.from(vm);
    expect(key.verifier().algorithm).toBe('P-256');
  });

  it('rejects a fragment that is not the key, and unsupported key types', () => {
    expect(() => resolveOfflineDid(`did:key:${ED}#other`)).toThrow(UnsupportedDidError);
    // secp256k1 (zQ3s…) is not supported by any suite the wallet ships.
    expect(() => resolveOfflineDid('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).toThrow(
      UnsupportedDidError,
    );
    expect(isOfflineResolvableDid('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).toBe(false);
    expect(isOfflineResolvableDid('did:web:example.com')).toBe(false);
  });

  it('names the single verification method of a bare DID', () => {
    expect(soleVerificationMethodId(`did:key:${ED}`)).toBe(`did:key:${ED}#${ED}`);
    expect(soleVerificationMethodId(`did:key:${ED}#${ED}`)).toBeUndefined();
    expect(soleVerificationMethodId('did:web:example.com')).toBeUndefined();
  });
});

describe('did:jwk', () => {
  it('turns an Ed25519 JWK into the same Multikey value as its did:key', async () => {
    const key = await Ed25519Multikey.from({
      type: 'Multikey',
      publicKeyMultibase: ED,
      '@context': 'https://w3id.org/security/multikey/v1',
    });
    const jwk = await Ed25519Multikey.toJwk({ keyPair: key });
    expect(jwkToMultibase(jwk)).toBe(ED);
    const did = `did:jwk:${b64url(JSON.stringify(jwk))}`;
    expect(resolveOfflineDid(`${did}#0`)).toMatchObject({ id: `${did}#0`, controller: did, publicKeyMultibase: ED });
  });

  it.each([P256, P384])('turns an EC JWK into the same compressed Multikey as its did:key (%s)', async (mb) => {
    const key = await EcdsaMultikey.from({
      type: 'Multikey',
      publicKeyMultibase: mb,
      '@context': 'https://w3id.org/security/multikey/v1',
    });
    const jwk = await EcdsaMultikey.toJwk({ keyPair: key });
    expect(jwkToMultibase(jwk)).toBe(mb);
    const did = `did:jwk:${b64url(JSON.stringify(jwk))}`;
    expect(resolveOfflineDid(did)).toMatchObject({ id: did, assertionMethod: [`${did}#0`] });
  });

  it('refuses private keys and malformed identifiers', () => {
    const priv = {
      kty: 'OKP',
      crv: 'Ed25519',
      x: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      d: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    };
    expect(() => resolveOfflineDid(`did:jwk:${b64url(JSON.stringify(priv))}`)).toThrow(/private key/);
    expect(() => resolveOfflineDid('did:jwk:not-json')).toThrow(UnsupportedDidError);
    expect(() => resolveOfflineDid(`did:jwk:${b64url(JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' }))}`)).toThrow(
      UnsupportedDidError,
    );
  });
});

describe('identifiers over their limits', () => {
  it('did:key decoding refuses an over-long key before any work', () => {
    const did = `did:key:z6Mk${'A'.repeat(8 * MIB)}`;
    const start = performance.now();
    expect(curveOfMultibaseKey(did.slice(8))).toBeUndefined();
    expect(isOfflineResolvableDid(did)).toBe(false);
    expect(() => publicJwkOfDid(did)).toThrow(UnsupportedDidError);
    expect(() => resolveOfflineDid(did)).toThrow(UnsupportedDidError);
    expect(() => publicJwkOfDid(`did:jwk:${'e'.repeat(8 * MIB)}`)).toThrow(UnsupportedDidError);
    expect(() => base58btcDecode('A'.repeat(8 * MIB))).toThrow(/too long/);
    expect(keyOriginOf(`${did}#${did.slice(8)}`)).toBe('unresolvable');
    expect(keyOriginOf(`https://example.com/issuer#z6Mk${'A'.repeat(8 * MIB)}`)).toBe('unresolvable');
    expect(performance.now() - start).toBeLessThan(500);
    // The error names the identifier by its start only.
    try {
      publicJwkOfDid(did);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(300);
    }
  });

  it('a real did:key still resolves (the limits leave real keys alone)', () => {
    const did = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
    expect(isOfflineResolvableDid(did)).toBe(true);
    expect(publicJwkOfDid(did).crv).toBe('Ed25519');
  });

  it('each limit is the boundary: at the limit the work is done, one over it is refused', () => {
    expect(() => base58btcDecode('1'.repeat(MAX_BASE58_LENGTH))).not.toThrow();
    expect(() => base58btcDecode('1'.repeat(MAX_BASE58_LENGTH + 1))).toThrow(/too long/);
    const key = `z6Mk${'A'.repeat(MAX_MULTIBASE_KEY_LENGTH - 4)}`;
    expect(curveOfMultibaseKey(key)).toBe('Ed25519');
    expect(curveOfMultibaseKey(`${key}A`)).toBeUndefined();
    const longJwk = `did:jwk:${'e'.repeat(MAX_DID_LENGTH + 1 - 'did:jwk:'.length)}`;
    expect(() => publicJwkOfDid(longJwk)).toThrow(/too long/);
  });
});
