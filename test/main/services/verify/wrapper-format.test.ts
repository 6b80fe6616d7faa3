// Wrappers: an object that only wraps one credential is unwrapped, and its entries are the
// inner credential's, exactly as if it had been given alone. Anything beside the wrapping key
// (a context, a type, a holder) keeps it from being a wrapper, so a presentation is never
// opened as one, and a wrapper of several credentials is not one either.
import { describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../../src-shared/credential';
import { importFiles } from '../../../../src-main/services/import-service';
import { unwrapped } from '../../../../src-main/services/verify/wrapper-format';
import { readSampleJson } from '../../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');
const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const JWT_WRAPPED = 'jwt/dif-jws-ts_transmute_vc1_eddsa.vc-jwt.json';

async function entries(value: unknown): Promise<ImportedCredential[]> {
  return importFiles([{ name: 'f.json', bytes: new TextEncoder().encode(JSON.stringify(value)) }], { now: NOW });
}

/** What must be the same for a wrapped credential and the credential alone. */
function verdict(items: ImportedCredential[]): unknown[] {
  return items.map((i) => ({
    kind: i.kind,
    digest: i.digest,
    format: i.normalized.format,
    name: i.normalized.name,
    status: i.verification.status,
    checks: i.verification.checks,
  }));
}

describe('credential wrappers', () => {
  it.each([
    ['{"credential": {…}}', (vc: unknown) => ({ credential: vc })],
    ['{"verifiableCredential": {…}}', (vc: unknown) => ({ verifiableCredential: vc })],
    ['{"verifiableCredential": [{…}]}', (vc: unknown) => ({ verifiableCredential: [vc] })],
    ['a wrapper in a wrapper', (vc: unknown) => ({ credential: { verifiableCredential: [vc] } })],
  ])('%s is checked as the credential alone', async (_shape, wrap) => {
    const vc = readSampleJson(GOOD);
    const alone = await entries(vc);
    expect(alone[0]?.verification.status).toBe('verified');
    expect(verdict(await entries(wrap(vc)))).toEqual(verdict(alone));
  });

  it('{"verifiableCredential": "<compact JWS>"} is checked as the token alone', async () => {
    const token = readSampleJson(JWT_WRAPPED)['jwt'];
    expect(typeof token).toBe('string');
    const viaJwt = await entries({ jwt: token });
    expect(viaJwt[0]?.normalized.format).toBe('vc1-jwt');
    expect(verdict(await entries({ verifiableCredential: token }))).toEqual(verdict(viaJwt));
    expect(verdict(await entries({ verifiableCredential: [token] }))).toEqual(verdict(viaJwt));
  });

  it('a presentation is verified as a presentation, never unwrapped', async () => {
    const vc = readSampleJson(GOOD);
    const vp = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiablePresentation'],
      verifiableCredential: [vc],
    };
    const items = await entries(vp);
    expect(items.map((i) => i.normalized.format)).toEqual(['vp-jsonld', 'vc2-jsonld']);
    expect(items[0]?.part?.role).toBe('presentation');
  });

  it.each([
    [
      'a key beside the wrapping key',
      (vc: unknown) => ({ '@context': ['https://www.w3.org/ns/credentials/v2'], credential: vc }),
    ],
    ['an id beside it', (vc: unknown) => ({ id: 'urn:x', verifiableCredential: vc })],
    ['two credentials', (vc: unknown) => ({ verifiableCredential: [vc, vc] })],
    ['an empty list', () => ({ verifiableCredential: [] })],
    ['a string that is no token', () => ({ credential: 'hello' })],
    ['another key', (vc: unknown) => ({ data: vc })],
  ])('not a wrapper: %s', async (_what, wrap) => {
    const value = wrap(readSampleJson(GOOD));
    expect(unwrapped(value)).toBeUndefined();
    const [item] = await entries(value);
    expect(item).toMatchObject({ kind: 'not_credential', problem: { code: 'import.not_a_vc_json' } });
  });

  it('a wrapper around something that is not a credential is not a credential', async () => {
    const [item] = await entries({ credential: { hello: 'world' } });
    expect(item).toMatchObject({ kind: 'not_credential', verification: { status: 'not_verified' } });
  });
});
