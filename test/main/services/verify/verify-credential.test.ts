// verifyJsonLdCredential over the published samples (../shared/samples, see SOURCES.md):
// each check is asserted separately so a regression names the part that changed.
import { checkText } from '../../../../src-shared/i18n/render';
import { msg } from '../../../../src-shared/i18n/spec';
import { describe, expect, it } from 'vitest';
import {
  VerificationResultSchema,
  type CheckId,
  type CheckResult,
  type VerificationResult,
} from '../../../../src-shared/verification';
import { verifyJsonLdCredential } from '../../../../src-main/services/verify/verify-credential';
import { readSampleJson } from '../../../helpers/samples';
import { createOfflineDocumentLoader } from '../../../../src-main/services/verify/document-loader';
import jsigs from 'jsonld-signatures';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

function byId(result: VerificationResult, id: CheckId): CheckResult {
  const c = result.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id} check in ${JSON.stringify(result.checks)}`);
  return c;
}

async function verify(rel: string, now?: Date): Promise<VerificationResult> {
  const result = await verifyJsonLdCredential(readSampleJson(rel), now ? { now } : {});
  // Every result crosses the bridge: it must match the shared schema.
  VerificationResultSchema.parse(result);
  return result;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

describe('valid credentials with did:key issuers', () => {
  it.each([
    'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
    'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
    'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_stringIssuerId.json',
    'vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json',
  ])('%s is verified', async (rel) => {
    const r = await verify(rel);
    expect(r.status).toBe('verified');
    expect(byId(r, 'contexts')).toMatchObject({ outcome: 'pass', code: 'contexts_bundled' });
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'pass', code: 'issuer_controls_key' });
    expect(byId(r, 'validity_period').outcome).toBe('pass');
    expect(byId(r, 'status')).toMatchObject({ outcome: 'pass', code: 'no_status' });
  });

  it('a credential with a status list is verified, with the status left as an offline caveat', async () => {
    const r = await verify('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_validStatus.json');
    expect(r.status).toBe('verified');
    expect(byId(r, 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
      message: msg('check.status_type_not_checked_offline', { type: 'BitstringStatusListEntry' }),
    });
    expect(checkText(byId(r, 'status'), 'en')).toBe('Revocation status not checked offline (BitstringStatusListEntry)');
  });

  it('the double-signed credential reports both proofs', async () => {
    const r = await verify('vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json');
    expect(byId(r, 'proof').detail).toContain('DataIntegrityProof (eddsa-rdfc-2022)');
    expect(byId(r, 'proof').detail).toContain('Ed25519Signature2020');
  });

  it('checkedAt is the injected time', async () => {
    const now = new Date('2030-02-03T04:05:06.000Z');
    const r = await verify('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json', now);
    expect(r.checkedAt).toBe('2030-02-03T04:05:06.000Z');
  });
});

describe('tampered credentials', () => {
  it.each([
    'negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json',
    'negative/1edtech-dcpv_ob3_vc2_BAD-PROOF-VALUE.json',
  ])('%s fails the proof check', async (rel) => {
    const r = await verify(rel);
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
  });

  it('changing a signed value after signing fails (Data Integrity, both proofs of a double-signed credential)', async () => {
    const cred = clone(
      readSampleJson('vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json'),
    );
    const subject = cred['credentialSubject'] as Record<string, unknown>;
    subject['achievement'] = { ...(subject['achievement'] as object), name: 'Something else' };
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
  });

  it('one damaged proof beside a valid one fails: a failed signature is never "could not be confirmed"', async () => {
    const cred = clone(
      readSampleJson('vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json'),
    );
    const proofs = cred['proof'] as Array<Record<string, unknown>>;
    const p = proofs[1] as Record<string, unknown>;
    const value = p['proofValue'] as string;
    p['proofValue'] = value.slice(0, -4) + (value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'proof')).toMatchObject({
      outcome: 'fail',
      code: 'signature_invalid',
      message: msg('check.signature_invalid_among_valid', { count: 1 }),
    });
    expect(checkText(byId(r, 'proof'), 'en')).toMatch(/One of the digital signatures on the credential does not match/);
    expect(checkText(byId(r, 'proof'), 'en')).not.toMatch(/could not be confirmed/);
    expect(checkText(byId(r, 'proof'), 'ja')).toContain('一致しません');
  });

  it('a broken proof beside a valid one fails as a broken proof', async () => {
    const cred = clone(
      readSampleJson('vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json'),
    );
    const proofs = cred['proof'] as Array<Record<string, unknown>>;
    const { verificationMethod: _vm, ...withoutKey } = proofs[1] as Record<string, unknown>;
    proofs[1] = withoutKey;
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'proof_error' });
  });

  it('a proof the wallet cannot check beside a valid one still verifies (any one valid proof suffices)', async () => {
    const cred = clone(
      readSampleJson('vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json'),
    );
    const proofs = cred['proof'] as Array<Record<string, unknown>>;
    // A suite the wallet has no verifier for: not a failure, a caveat.
    proofs[1] = { ...(proofs[1] as Record<string, unknown>), type: 'BbsBlsSignature2020' };
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('verified');
    expect(byId(r, 'proof').message).toEqual(msg('check.signature_valid_others_unconfirmed', { count: 1 }));
    expect(checkText(byId(r, 'proof'), 'en')).toMatch(/One other signature on it could not be confirmed/);
  });
});

describe('expired credentials', () => {
  it.each(['negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json', 'negative/1edtech-dcpv_ob3_vc2_EXPIRED.json'])(
    '%s fails on the validity period while its signature is intact',
    async (rel) => {
      const r = await verify(rel);
      expect(r.status).toBe('not_verified');
      expect(byId(r, 'proof').outcome).toBe('pass');
      expect(byId(r, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'expired' });
    },
  );

  it('the same credential checked at a time before its expiry is within its validity period', async () => {
    // Valid for 77 minutes only: issuanceDate 2025-01-09T15:06:31Z, expirationDate 16:23:24Z.
    const r = await verify('negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json', new Date('2025-01-09T16:00:00Z'));
    expect(byId(r, 'validity_period')).toMatchObject({ outcome: 'pass', code: 'within_validity_period' });
    expect(r.status).toBe('verified');
    // validFrom and validUntil are both 2010-01-01T00:00:00Z: valid for an instant (± skew).
    const r2 = await verify('negative/1edtech-dcpv_ob3_vc2_EXPIRED.json', new Date('2010-01-01T00:01:00Z'));
    expect(byId(r2, 'validity_period').outcome).toBe('pass');
    const r3 = await verify('negative/1edtech-dcpv_ob3_vc2_EXPIRED.json', new Date('2009-06-01T00:00:00Z'));
    expect(byId(r3, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'not_yet_valid' });
  });

  it('allows 300 seconds of clock skew at both ends', async () => {
    const rel = 'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json'; // expirationDate 2025-01-09T16:23:24Z
    const expiry = Date.parse('2025-01-09T16:23:24Z');
    expect(byId(await verify(rel, new Date(expiry + 290_000)), 'validity_period').outcome).toBe('pass');
    expect(byId(await verify(rel, new Date(expiry + 310_000)), 'validity_period').outcome).toBe('fail');

    const cred = clone(readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    const from = Date.parse(String(cred['validFrom']));
    const early = await verifyJsonLdCredential(cred, { now: new Date(from - 290_000) });
    expect(byId(early, 'validity_period').outcome).toBe('pass');
    const tooEarly = await verifyJsonLdCredential(cred, { now: new Date(from - 310_000) });
    expect(byId(tooEarly, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'not_yet_valid' });
    expect(tooEarly.status).toBe('not_verified');
  });

  it('an unreadable date fails the validity check', async () => {
    const cred = clone(readSampleJson('negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json'));
    cred['expirationDate'] = 'next Tuesday';
    const r = await verifyJsonLdCredential(cred);
    expect(byId(r, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'invalid_date', detail: 'next Tuesday' });
  });
});

describe('W3C test vectors: valid signature by a key the issuer does not control', () => {
  it.each([
    'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json',
    'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_employment-authorization.json',
    'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json',
    'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p384_alumni.json',
    'vc1-ed25519-2020/w3c-vc-di-eddsa_ed25519signature2020_vc2-envelope_alumni.json',
  ])('%s: proof pass, issuer binding fail', async (rel) => {
    const r = await verify(rel);
    expect(byId(r, 'contexts').outcome).toBe('pass');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
    expect(r.status).toBe('not_verified');
  });

  it('names both parties of the mismatch', async () => {
    const r = await verify('vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p384_alumni.json');
    expect(byId(r, 'issuer_binding').detail).toBe(
      'issuer https://vc.example/issuers/5678; key controlled by did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ',
    );
  });
});

describe('1EdTech fixtures: key read from the verification method URL fragment', () => {
  it.each([
    'ob3/1edtech-dcpv_ob3_simple_vc2_eddsa-rdfc-2022.json',
    'ob3/1edtech-dcpv_ob3_simple_vc1_ed25519-2020.json',
    'ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json',
    'clr2/1edtech-dcpv_clr2_simple_vc2_eddsa-rdfc-2022.json',
  ])('%s: proof pass, issuer not confirmed → could not check', async (rel) => {
    const r = await verify(rel);
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_confirmed' });
    expect(r.status).toBe('could_not_check');
  });

  it('the complete OB 3.0 credential shows its 1EdTech revocation list as unchecked', async () => {
    const r = await verify('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json');
    expect(byId(r, 'status').message).toEqual(
      msg('check.status_type_not_checked_offline', { type: '1EdTechRevocationList' }),
    );
    expect(checkText(byId(r, 'status'), 'en')).toBe('Revocation status not checked offline (1EdTechRevocationList)');
  });
});

// Credentials signed here with a fresh key, to reach cases no published sample covers.
async function signWithFreshKey(
  issuer: string,
  vmIdFor: (publicKeyMultibase: string) => string,
): Promise<Record<string, unknown>> {
  const key = await Ed25519Multikey.generate();
  const vmId = vmIdFor(key.publicKeyMultibase as string);
  const signer = key.signer();
  signer.id = vmId;
  const suite = new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022 });
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    type: ['VerifiableCredential', 'ExampleCredential'],
    issuer,
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner', name: 'A learner' },
  };
  const loader = createOfflineDocumentLoader();
  return (await jsigs.sign(credential, {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: loader,
  })) as Record<string, unknown>;
}

function jwkDid(jwk: unknown): string {
  return `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
}

describe('freshly signed credentials', () => {
  it('did:jwk issuer signing with its own key is verified', async () => {
    const key = await Ed25519Multikey.generate();
    const did = jwkDid(await Ed25519Multikey.toJwk({ keyPair: key }));
    const signer = key.signer();
    signer.id = `${did}#0`;
    const suite = new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022 });
    const cred = await jsigs.sign(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
        type: ['VerifiableCredential'],
        issuer: did,
        credentialSubject: { id: 'did:example:learner' },
      },
      { suite, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader: createOfflineDocumentLoader() },
    );
    const r = await verifyJsonLdCredential(cred as Record<string, unknown>);
    expect(byId(r, 'proof').outcome).toBe('pass');
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'pass', code: 'issuer_controls_key' });
    expect(r.status).toBe('verified');
  });

  it('a fragment key under the issuer URL is unconfirmed; under another URL it is a mismatch', async () => {
    const own = await signWithFreshKey(
      'https://issuer.example/profile',
      (mb) => `https://issuer.example/profile#${mb}`,
    );
    const rOwn = await verifyJsonLdCredential(own);
    expect(byId(rOwn, 'proof').outcome).toBe('pass');
    expect(byId(rOwn, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_confirmed' });

    const other = await signWithFreshKey(
      'https://issuer.example/profile',
      (mb) => `https://elsewhere.example/keys#${mb}`,
    );
    const rOther = await verifyJsonLdCredential(other);
    expect(byId(rOther, 'proof').outcome).toBe('pass');
    expect(byId(rOther, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
    expect(rOther.status).toBe('not_verified');
  });

  it('a did:key issuer whose proof uses another did:key is a mismatch', async () => {
    const cred = await signWithFreshKey(
      'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
      (mb) => `did:key:${mb}#${mb}`,
    );
    const r = await verifyJsonLdCredential(cred);
    expect(byId(r, 'proof').outcome).toBe('pass');
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
  });
});

describe('CLR 2.0 complex (VC 1.1, did:key given without a fragment)', () => {
  it('verifies the outer signature but the issuer (a urn:uuid) does not control the did:key', async () => {
    const r = await verify('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
    expect(byId(r, 'issuer_binding')).toMatchObject({
      outcome: 'fail',
      code: 'issuer_key_mismatch',
      detail:
        'issuer urn:uuid:4ca4a241-fc3b-4d92-978e-f56fa96ae795; key controlled by did:key:z6Mks4vZNz8Jwyb85odUeZrissHSY7JeJcXkNTDCcXLhYAZ4',
    });
    expect(r.status).toBe('not_verified');
  });
});

describe('what needs the network is never verified', () => {
  it('did:web issuer: proof and issuer not checked → could not check', async () => {
    const r = await verify('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didweb_ob3_noStatus.json');
    expect(byId(r, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'key_not_resolvable_offline',
      detail:
        'did:web:digitalcredentials.github.io:vc-test-fixtures:dids:legacy#z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ',
    });
    expect(byId(r, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'issuer_not_resolvable_offline' });
    expect(r.status).toBe('could_not_check');
  });

  it('an unknown context URL: contexts and proof not checked, naming the URL', async () => {
    const cred = clone(readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    cred['@context'] = [...(cred['@context'] as string[]), 'https://example.org/unknown-context/v1'];
    const r = await verifyJsonLdCredential(cred);
    expect(byId(r, 'contexts')).toMatchObject({
      outcome: 'not_checked',
      code: 'context_not_bundled',
      detail: 'https://example.org/unknown-context/v1',
    });
    expect(byId(r, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'context_not_bundled',
      detail: 'https://example.org/unknown-context/v1',
    });
    expect(r.status).toBe('could_not_check');
  });

  it('the CLR sample naming the draft context is not checked, naming it', async () => {
    const r = await verify('clr2/1edtech-dcpv_clr2_simple_noproof.json');
    expect(byId(r, 'contexts')).toMatchObject({
      outcome: 'not_checked',
      detail: 'https://dc.imsglobal.org/draft/clr/v2p0/context',
    });
    expect(r.status).toBe('could_not_check');
  });
});

describe('JSON-LD safe mode', () => {
  it('an undefined top-level term added to a signed credential: not verified, term named', async () => {
    const cred = { ...readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'), notATerm: 1 };
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('not_verified');
    const contexts = byId(r, 'contexts');
    expect(contexts).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'notATerm' });
    expect(checkText(contexts, 'en')).toContain('"notATerm"');
    expect(byId(r, 'proof').outcome).not.toBe('pass');
  });

  it('an undefined nested term in an Ed25519Signature2020 credential is named too', async () => {
    const cred = clone(readSampleJson('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json'));
    (cred['credentialSubject'] as Record<string, unknown>)['favouriteColour'] = 'green';
    const r = await verifyJsonLdCredential(cred);
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'contexts')).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'favouriteColour' });
  });

  it('an undefined type on an unsigned credential is caught without a proof', async () => {
    const cred = clone(readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    delete cred['proof'];
    cred['type'] = [...(cred['type'] as string[]), 'MadeUpType'];
    const r = await verifyJsonLdCredential(cred);
    expect(byId(r, 'contexts')).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'MadeUpType' });
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'not_checked', code: 'no_proof' });
    expect(r.status).toBe('not_verified');
  });
});

describe('proof kinds the wallet cannot check', () => {
  it('no proof → could not check', async () => {
    const cred = clone(readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    delete cred['proof'];
    const r = await verifyJsonLdCredential(cred);
    expect(byId(r, 'contexts').outcome).toBe('pass');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'not_checked', code: 'no_proof' });
    expect(r.status).toBe('could_not_check');
  });

  it('an unknown proof type → not checked, naming the type', async () => {
    const r = await verify('blockcerts/blockcerts-cvjs_v3_testnet_did-ion_merkleproof2019.json');
    expect(byId(r, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'unsupported_proof_type',
      detail: 'MerkleProof2019',
    });
    expect(r.status).toBe('could_not_check');
  });

  it('a Data Integrity cryptosuite it does not know → not checked', async () => {
    const r = await verify('blockcerts/blockcerts-cvjs_v3.1_mocknet_vc2_merkle-proof-2019.json');
    expect(byId(r, 'proof')).toMatchObject({ outcome: 'not_checked', code: 'unsupported_proof_type' });
    expect(byId(r, 'proof').detail).toContain('merkle-proof-2019');
  });

  it('something that is not a credential fails the format check', async () => {
    const r = await verifyJsonLdCredential({ hello: 'world' });
    expect(r.status).toBe('not_verified');
    expect(byId(r, 'format')).toMatchObject({ outcome: 'fail', code: 'not_a_credential' });
  });
});
