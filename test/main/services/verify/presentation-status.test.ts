// JSON-LD presentations (holder proof + each credential on its own) and status lists
// (decoding, matching, an unverifiable list never answers).
import { checkText } from '../../../../src-shared/i18n/render';
import { describe, expect, it } from 'vitest';
import jsigs from 'jsonld-signatures';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createOfflineDocumentLoader } from '../../../../src-main/services/verify/document-loader';
import { decodeEncodedList, findStatusLists, readBit } from '../../../../src-main/services/verify/status-list';
import { verifyJsonValue } from '../../../../src-main/services/verify/verify-document';
import { verifyJsonLdCredential } from '../../../../src-main/services/verify/verify-credential';
import { readSampleJson } from '../../../helpers/samples';
import { badgeWithStatus, signer, statusList } from '../../../helpers/status-lists';

const NOW = new Date('2026-01-15T00:00:00Z');
const LIST = 'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT';

async function signedPresentation(holderIsSigner: boolean): Promise<Record<string, unknown>> {
  const key = await Ed25519Multikey.generate();
  const did = `did:key:${key.publicKeyMultibase as string}`;
  const signer = key.signer();
  signer.id = `${did}#${key.publicKeyMultibase as string}`;
  const vp = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: holderIsSigner ? did : 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
    verifiableCredential: [
      readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'),
      readSampleJson('negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json'),
    ],
  };
  return (await jsigs.sign(vp, {
    suite: new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022 }),
    purpose: new jsigs.purposes.AuthenticationProofPurpose({ challenge: 'from-some-verifier' }),
    documentLoader: createOfflineDocumentLoader(),
  })) as Record<string, unknown>;
}

describe('JSON-LD verifiable presentations', () => {
  it('the holder proof is checked, then each credential on its own', async () => {
    const entries = await verifyJsonValue(await signedPresentation(true), { now: NOW });
    expect(entries?.map((e) => [e.role, e.format, e.verification.status])).toEqual([
      ['presentation', 'vp-jsonld', 'verified'],
      ['inner', 'vc2-jsonld', 'verified'],
      ['inner', 'vc2-jsonld', 'not_verified'],
    ]);
    const proof = entries?.[0]?.verification.checks.find((c) => c.id === 'proof');
    expect(checkText(proof ?? { message: '' }, 'en')).toContain('no challenge or domain was required');
  });

  it('a holder that does not control the signing key is a mismatch; a changed presentation fails', async () => {
    const other = await verifyJsonValue(await signedPresentation(false), { now: NOW });
    expect(other?.[0]?.verification.checks.find((c) => c.id === 'issuer_binding')).toMatchObject({
      outcome: 'fail',
      code: 'issuer_key_mismatch',
    });
    const vp = await signedPresentation(true);
    (vp['verifiableCredential'] as unknown[]).pop();
    const changed = await verifyJsonValue(vp, { now: NOW });
    expect(changed?.[0]?.verification.checks.find((c) => c.id === 'proof')?.outcome).toBe('fail');
    expect(changed).toHaveLength(2);
  });

  it('an unsigned presentation could not be checked, its credentials still are', async () => {
    const entries = await verifyJsonValue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: 'VerifiablePresentation',
        verifiableCredential: [readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json')],
      },
      { now: NOW },
    );
    expect(entries?.map((e) => e.verification.status)).toEqual(['could_not_check', 'verified']);
  });
});

describe('status lists', () => {
  it('decodes the DCC list: bits 2, 6 and 8 set', () => {
    const list = readSampleJson(LIST);
    const bits = decodeEncodedList(
      String((list['credentialSubject'] as Record<string, unknown>)['encodedList']),
      'bitstring',
    );
    const set = Array.from({ length: 16 }, (_, i) => i).filter((i) => readBit(bits, i));
    expect(set).toEqual([2, 6, 8]);
    expect(() => readBit(bits, bits.length * 8)).toThrow(RangeError);
    expect(() => decodeEncodedList('H4sIAAAA', 'bitstring')).toThrow(/multibase/);
  });

  it('matches a held list by id, else by the same list name at another address (a claim, not yet an answer)', () => {
    const list = readSampleJson(LIST);
    const how = (url: string, lists = [list]) => findStatusLists(url, lists).map((m) => m.how);
    expect(how('https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj')).toEqual(['id']);
    expect(
      how(
        'https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020/e5WK8CbZ1GjycuPombrj',
      ),
    ).toEqual(['same-name']);
    expect(how('https://example.org/status/another-list-name')).toEqual([]);
    // Every claimant is found, the exact id first, in the same order whatever order they came in.
    const copy = { ...list, id: 'https://elsewhere.example/e5WK8CbZ1GjycuPombrj' };
    const url = 'https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj';
    expect(findStatusLists(url, [copy, list])).toEqual(findStatusLists(url, [list, copy]));
    expect(how(url, [copy, list])).toEqual(['id', 'same-name']);
  });

  it('a tampered status list is not used: the status stays unchecked, never passed or revoked', async () => {
    const list = structuredClone(readSampleJson(LIST));
    // An attacker clears every bit: the list's signature no longer matches.
    (list['credentialSubject'] as Record<string, unknown>)['encodedList'] =
      'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';
    const r = await verifyJsonLdCredential(readSampleJson('negative/dcc-vctf_v2_eddsa-rdfc-2022_didkey_REVOKED.json'), {
      now: NOW,
      statusLists: [list],
    });
    expect(r.checks.find((c) => c.id === 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_list_not_verified',
    });
  });

  it("a held list of the credential's issuer revokes index 8 and clears index 7", async () => {
    // The DCC list is signed by another did:key than the DCC credentials, so it answers
    // neither (samples-agreement.test.ts); the issuer's own list is generated here.
    const issuer = await signer();
    const id = 'https://status.example.edu/lists/e5WK8CbZ1GjycuPombrj';
    const list = await statusList(id, [2, 6, 8], issuer);
    const revoked = await verifyJsonLdCredential(await badgeWithStatus({ name: 'Revoked' }, id, 8, issuer), {
      now: NOW,
      statusLists: [list],
    });
    expect(revoked.checks.find((c) => c.id === 'status')).toMatchObject({ outcome: 'fail', code: 'revoked' });
    expect(revoked.status).toBe('not_verified');
    const valid = await verifyJsonLdCredential(await badgeWithStatus({ name: 'Valid' }, id, 7, issuer), {
      now: NOW,
      statusLists: [list],
    });
    expect(valid.checks.find((c) => c.id === 'status')).toMatchObject({ outcome: 'pass', code: 'status_valid' });
  });
});
