// Verification never touches the network: with fetch and node:http(s) booby-trapped,
// every sample gives the same result, and a warm verification stays fast.
import http from 'node:http';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyJsonLdCredential, warmUpVerifier } from '../../../../src-main/services/verify/verify-credential';
import { readSampleJson } from '../../../helpers/samples';

const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json', 'verified'],
  ['vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_validStatus.json', 'verified'],
  ['vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json', 'verified'],
  ['vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p384_alumni.json', 'not_verified'],
  ['vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_employment-authorization.json', 'not_verified'],
  ['ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json', 'could_not_check'],
  ['vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didweb_ob3_noStatus.json', 'could_not_check'],
  ['clr2/1edtech-dcpv_clr2_simple_noproof.json', 'could_not_check'],
  ['negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json', 'not_verified'],
  ['negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json', 'verified'],
];

const network = vi.fn((..._args: unknown[]) => {
  throw new Error('Network access attempted during offline verification');
});

describe('offline verification', () => {
  beforeAll(() => {
    vi.stubGlobal('fetch', network);
    vi.spyOn(http, 'request').mockImplementation(network as unknown as typeof http.request);
    vi.spyOn(http, 'get').mockImplementation(network as unknown as typeof http.get);
    vi.spyOn(https, 'request').mockImplementation(network as unknown as typeof https.request);
    vi.spyOn(https, 'get').mockImplementation(network as unknown as typeof https.get);
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it.each(SAMPLES)('%s → %s without any network call', async (rel, expected) => {
    const r = await verifyJsonLdCredential(readSampleJson(rel));
    expect(r.status).toBe(expected);
    expect(network).not.toHaveBeenCalled();
  });

  it('JWT, enveloped, CLR and status-list paths make no network call either', async () => {
    const { importFiles } = await import('../../../../src-main/services/import-service');
    const { readSampleBytes } = await import('../../../helpers/samples');
    const files = [
      'jwt/1edtech-dcpv_clr2_vc1-claim_rs256-embedded-jwk.jwt',
      'jwt/1edtech-dcpv_ob3_vc1-claim_rs256-no-key-hint.jwt',
      'jwt/dif-jws-ts_transmute_vc1_eddsa.vc-jwt.json',
      'clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json',
      'negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json',
      'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT',
    ].map((rel) => ({ name: rel, bytes: readSampleBytes(rel) }));
    const items = await importFiles(files);
    expect(items.length).toBeGreaterThan(files.length);
    expect(network).not.toHaveBeenCalled();
  });

  it('concurrent verifications give the same results as sequential ones (shared suites, per-call loaders)', async () => {
    const results = await Promise.all(SAMPLES.map(([rel]) => verifyJsonLdCredential(readSampleJson(rel))));
    expect(results.map((r) => r.status)).toEqual(SAMPLES.map(([, expected]) => expected));
  });

  it('a warm verification takes a few milliseconds', async () => {
    await warmUpVerifier();
    const creds = [
      readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'),
      readSampleJson('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json'),
      readSampleJson('vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json'),
    ];
    for (let i = 0; i < 10; i++) for (const c of creds) await verifyJsonLdCredential(c);
    const rounds = 30;
    const times: number[] = [];
    for (const c of creds) {
      const t0 = performance.now();
      for (let i = 0; i < rounds; i++) await verifyJsonLdCredential(c);
      times.push((performance.now() - t0) / rounds);
    }
    console.log(
      `warm verification, ms per credential: ${times.map((t) => t.toFixed(2)).join(' / ')} (OB3 eddsa / VC1.1 Ed25519Signature2020 / ecdsa P-256)`,
    );
    // Generous bound: catches a per-call library reload or network wait, not machine speed.
    for (const t of times) expect(t).toBeLessThan(100);
    expect(network).not.toHaveBeenCalled();
  });
});
