// The offline loader: serves what is bundled or computable, refuses the rest with a typed error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OfflineDocumentError,
  createOfflineDocumentLoader,
  findOfflineDocumentError,
  keyOriginOf,
} from '../../../../src-main/services/verify/document-loader';

const FRAGMENT_KEY = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';
const ED = 'z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createOfflineDocumentLoader', () => {
  it('serves bundled contexts', async () => {
    const loader = createOfflineDocumentLoader();
    const r = await loader('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(r.documentUrl).toBe('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(r.contextUrl).toBeNull();
    expect(r.document).toHaveProperty('@context');
  });

  it('serves did:key documents and keys', async () => {
    const loader = createOfflineDocumentLoader();
    const doc = await loader(`did:key:${ED}`);
    expect(doc.document).toMatchObject({ id: `did:key:${ED}`, assertionMethod: [`did:key:${ED}#${ED}`] });
    const vm = await loader(`did:key:${ED}#${ED}`);
    expect(vm.document).toMatchObject({ type: 'Multikey', publicKeyMultibase: ED });
    expect(loader.fragmentKeyIds.size).toBe(0);
  });

  it('synthesizes a key from a URL fragment and remembers that it did', async () => {
    const loader = createOfflineDocumentLoader();
    const controller = 'https://example.com/issuers/876543';
    const vmId = `${controller}#${FRAGMENT_KEY}`;
    // The controller is unknown until a fragment key under it was seen.
    await expect(loader(controller)).rejects.toBeInstanceOf(OfflineDocumentError);
    const vm = await loader(vmId);
    expect(vm.document).toEqual({
      '@context': 'https://w3id.org/security/multikey/v1',
      id: vmId,
      type: 'Multikey',
      controller,
      publicKeyMultibase: FRAGMENT_KEY,
    });
    expect(loader.fragmentKeyIds.has(vmId)).toBe(true);
    const ctl = await loader(controller);
    expect(ctl.document).toMatchObject({ id: controller, assertionMethod: [vmId] });
    // A new loader has no such memory.
    expect(createOfflineDocumentLoader().fragmentKeyIds.size).toBe(0);
    expect(keyOriginOf(vmId)).toBe('url-fragment');
  });

  it('raises a typed error naming an unknown https context, without fetching', async () => {
    const fetchSpy = vi.fn(() => {
      throw new Error('network used');
    });
    vi.stubGlobal('fetch', fetchSpy);
    const loader = createOfflineDocumentLoader();
    const err = await loader('https://example.org/unknown-context/v1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfflineDocumentError);
    expect(err).toMatchObject({
      url: 'https://example.org/unknown-context/v1',
      kind: 'context',
      reason: 'context_not_bundled',
    });
    expect((err as Error).message).toContain('https://example.org/unknown-context/v1');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses keys that need the network, saying they are keys', async () => {
    const loader = createOfflineDocumentLoader();
    const didWeb =
      'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy#z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ';
    await expect(loader(didWeb)).rejects.toMatchObject({
      name: 'OfflineDocumentError',
      kind: 'key',
      reason: 'needs_network',
    });
    await expect(loader('https://example.com/keys/1#key-1')).rejects.toMatchObject({
      kind: 'key',
      reason: 'needs_network',
    });
    await expect(loader('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).rejects.toMatchObject({
      kind: 'key',
      reason: 'unsupported_key',
    });
    // did:web keys are not synthesized from their fragment, unlike the https trap.
    expect(keyOriginOf(didWeb)).toBe('unresolvable');
    expect(keyOriginOf(`did:key:${ED}#${ED}`)).toBe('did:key');
  });

  it('finds its error inside library wrappers', () => {
    const inner = new OfflineDocumentError('https://x.example/ctx', 'context', 'context_not_bundled');
    const wrapped = Object.assign(new Error('Dereferencing a URL did not result in a valid JSON-LD object.'), {
      name: 'jsonld.InvalidUrl',
      details: { code: 'loading remote context failed', cause: inner },
    });
    expect(findOfflineDocumentError([new Error('x'), wrapped])).toBe(inner);
    expect(findOfflineDocumentError(new Error('plain'))).toBeUndefined();
  });
});
