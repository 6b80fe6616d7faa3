// A verifier is one object with its parts injected: two verifiers with different clocks or
// status lists answer independently, in any order, and the format table routes every shape.
import { describe, expect, it } from 'vitest';
import { createVerifier } from '../../../../src-main/services/verify/verifier';
import { FORMATS, formatOf } from '../../../../src-main/services/verify/formats';
import { createOfflineDocumentLoader } from '../../../../src-main/services/verify/document-loader';
import { readSampleJson } from '../../../helpers/samples';
import { badgeWithStatus, signer, statusList } from '../../../helpers/status-lists';

const EXPIRED = 'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json'; // valid 15:06:31Z–16:23:24Z on 2025-01-09
const REVOKED = 'negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json';
const LIST = 'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT';

describe('createVerifier', () => {
  it('two verifiers with different clocks answer independently', async () => {
    const before = createVerifier({ now: new Date('2025-01-09T16:00:00Z') });
    const after = createVerifier({ now: new Date('2026-01-15T00:00:00Z') });
    const cred = readSampleJson(EXPIRED);
    const [a, b, a2] = await Promise.all([
      before.verifyCredential(cred),
      after.verifyCredential(cred),
      before.verifyCredential(cred),
    ]);
    const validity = (r: typeof a) => r.checks.find((c) => c.id === 'validity_period');
    expect(validity(a)).toMatchObject({ outcome: 'pass', code: 'within_validity_period' });
    expect(validity(b)).toMatchObject({
      outcome: 'fail',
      code: 'expired',
      message: { code: 'check.expired_on', params: { date: '2025-01-09T16:23:24.000Z' } },
    });
    expect(a2).toEqual(a);
    expect([a.checkedAt, b.checkedAt]).toEqual(['2025-01-09T16:00:00.000Z', '2026-01-15T00:00:00.000Z']);
  });

  it('two verifiers with different status lists answer independently', async () => {
    const now = new Date('2026-01-15T00:00:00Z');
    // A list of the credential's own issuer (the DCC list is another did:key's, so it answers nothing).
    const issuer = await signer();
    const id = 'https://status.example.edu/lists/e5WK8CbZ1GjycuPombrj';
    const holding = createVerifier({ now, statusLists: [await statusList(id, [8], issuer)] });
    const without = createVerifier({ now });
    const cred = await badgeWithStatus({ name: 'Revoked' }, id, 8, issuer);
    const status = async (v: ReturnType<typeof createVerifier>) =>
      (await v.verifyCredential(cred)).checks.find((c) => c.id === 'status');
    expect(await status(holding)).toMatchObject({ outcome: 'fail', code: 'revoked' });
    expect(await status(without)).toMatchObject({ outcome: 'not_checked', code: 'status_not_checked_offline' });
    expect(await status(holding)).toMatchObject({ outcome: 'fail', code: 'revoked' });
    // A verifier holding only a stranger's list for the sample answers nothing from it.
    const dcc = createVerifier({ now, statusLists: [readSampleJson(LIST)] });
    expect((await dcc.verifyCredential(readSampleJson(REVOKED))).checks.find((c) => c.id === 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_list_not_verified',
    });
  });

  it('a clock is read once per verification', async () => {
    let ticks = 0;
    const v = createVerifier({
      now: () => new Date(Date.parse('2026-01-15T00:00:00Z') + 1000 * ticks++),
      documentLoader: createOfflineDocumentLoader,
    });
    const first = await v.verifyCredential(readSampleJson(REVOKED));
    const second = await v.verifyCredential(readSampleJson(REVOKED));
    expect([first.checkedAt, second.checkedAt]).toEqual(['2026-01-15T00:00:00.000Z', '2026-01-15T00:00:01.000Z']);
  });

  it('the format table routes each shape to one row, and unknown shapes to none', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    const route = (value: unknown) => formatOf({ kind: 'json', value })?.id;
    expect(route(readSampleJson(REVOKED))).toBe('jsonld-credential');
    expect(route({ '@context': ['https://www.w3.org/ns/credentials/v2'], type: 'VerifiablePresentation' })).toBe(
      'jsonld-presentation',
    );
    expect(route({ jwt: 'a.b.c' })).toBe('jwt-wrapper');
    expect(route({ type: 'EnvelopedVerifiableCredential', id: 'data:application/vc+jwt,a.b.c' })).toBe('enveloped');
    expect(formatOf({ kind: 'jws', token: 'a.b.c' })?.id).toBe('jws');
    expect(route({ hello: 'world' })).toBeUndefined();
    expect(route(readSampleJson('ob2/1edtech-dcpv_ob2_hosted_assertion.json'))).toBe('ob2-assertion');
    // A BadgeClass is a supporting document, not an assertion: no row verifies it.
    expect(route(readSampleJson('ob2/1edtech-dcpv_ob2_support_badgeclass.json'))).toBeUndefined();
  });
});
