// The bundled context map: everything the sample credentials name must be there, offline.
import { describe, expect, it } from 'vitest';
import { getBundledContexts, isBundledContext } from '../../../../src-main/services/verify/contexts';

const REQUIRED = [
  'https://www.w3.org/2018/credentials/v1',
  'https://www.w3.org/ns/credentials/v2',
  'https://www.w3.org/ns/credentials/examples/v2',
  'https://w3id.org/security/suites/ed25519-2020/v1',
  'https://w3id.org/security/data-integrity/v1',
  'https://w3id.org/security/data-integrity/v2',
  'https://w3id.org/security/multikey/v1',
  'https://w3id.org/security/v1',
  'https://w3id.org/security/v2',
  'https://www.w3.org/ns/did/v1',
  'https://www.w3.org/ns/credentials/status/v1',
  'https://w3id.org/vc/status-list/2021/v1',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  'https://imsglobal.github.io/openbadges-specification/context.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  'https://w3id.org/openbadges/v2',
  'https://w3id.org/citizenship/v4rc1',
  'https://w3id.org/blockcerts/v3',
  'https://w3id.org/blockcerts/v3.1',
  'http://data.europa.eu/snb/model/context/edc-ap',
];

describe('bundled contexts', () => {
  it('contains every context the wallet promises to handle offline', () => {
    const missing = REQUIRED.filter((u) => !isBundledContext(u));
    expect(missing).toEqual([]);
  });

  it('holds JSON-LD context documents, keyed by absolute URL only', () => {
    const map = getBundledContexts();
    for (const [url, doc] of map) {
      expect(url).toMatch(/^https?:\/\//);
      expect(doc, url).toHaveProperty('@context');
    }
    // npm packages also key a document by a nickname ('OBv3_beta'); it is not a URL.
    expect(map.has('OBv3_beta')).toBe(false);
  });

  it('is built once per process', () => {
    expect(getBundledContexts()).toBe(getBundledContexts());
  });

  it('serves the repository bytes for OB 3.0 (not a differing package copy)', () => {
    const doc = getBundledContexts().get('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json') as {
      '@context': Record<string, unknown>;
    };
    // The validator-cache variant adds `jti`; the primary file does not.
    expect(doc['@context']).not.toHaveProperty('jti');
    expect(doc['@context']).toHaveProperty('OpenBadgeCredential');
  });

  it('does not claim unknown or draft-only URLs', () => {
    expect(isBundledContext('https://dc.imsglobal.org/draft/clr/v2p0/context')).toBe(false);
    expect(isBundledContext('https://example.org/ctx')).toBe(false);
  });
});
