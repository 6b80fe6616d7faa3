// A proof suite or signature algorithm the wallet does not support yet is *Could not check*,
// with a message naming it, never *Not verified* — whatever else its vocabulary lacks.
import { describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../../src-shared/credential';
import { idOf } from '../../../../src-shared/json';
import { importFiles } from '../../../../src-main/services/import-service';
import { readSampleJson } from '../../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');
const VC2 = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const VC1 = 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json';

async function importValue(value: unknown, name = 'f.json'): Promise<ImportedCredential> {
  const bytes = new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const [item] = await importFiles([{ name, bytes }], { now: NOW });
  if (!item) throw new Error('no entry');
  return item;
}

function withProof(rel: string, proof: Record<string, unknown>, extraContext?: string): Record<string, unknown> {
  const doc = readSampleJson(rel);
  const vm =
    'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
  const context = extraContext ? [...(doc['@context'] as unknown[]), extraContext] : doc['@context'];
  return {
    ...doc,
    '@context': context,
    proof: { created: '2024-01-01T00:00:00Z', verificationMethod: vm, proofPurpose: 'assertionMethod', ...proof },
  };
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('not supported yet: Could not check, named', () => {
  it.each([
    ['Ed25519Signature2018', VC1, { type: 'Ed25519Signature2018', jws: 'eyJhbGciOiJFZERTQSJ9..c2ln' }],
    ['EcdsaSecp256k1Signature2019', VC1, { type: 'EcdsaSecp256k1Signature2019', jws: 'eyJhbGciOiJFUzI1NksifQ..c2ln' }],
    ['ecdsa-sd-2023', VC2, { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-sd-2023', proofValue: 'u2V0AhVhA' }],
    ['bbs-2023', VC2, { type: 'DataIntegrityProof', cryptosuite: 'bbs-2023', proofValue: 'u2V0ChVhA' }],
  ] as const)('%s', async (suite, rel, proof) => {
    const item = await importValue(withProof(rel, proof));
    expect(item.kind).toBe('credential');
    expect(item.verification.status).toBe('could_not_check');
    const check = item.verification.checks.find((c) => c.id === 'proof');
    expect(check).toMatchObject({ outcome: 'not_checked', code: 'unsupported_proof_type' });
    expect(check?.message).toMatchObject({ code: 'check.proof_suite_not_supported_yet' });
    expect(JSON.stringify(check?.message)).toContain(suite);
  });

  it('JsonWebSignature2020 with its own vocabulary, which the wallet does not hold', async () => {
    const doc = withProof(
      VC1,
      { type: 'JsonWebSignature2020', jws: 'eyJhbGciOiJFZERTQSJ9..c2ln' },
      'https://w3id.org/security/suites/jws-2020/v1',
    );
    const item = await importValue(doc);
    expect(item.verification.status).toBe('could_not_check');
    expect(item.verification.checks.find((c) => c.id === 'contexts')?.outcome).toBe('not_checked');
    expect(item.verification.checks.find((c) => c.id === 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'unsupported_proof_type',
      message: { code: 'check.proof_suite_not_supported_yet', params: { suite: 'JsonWebSignature2020' } },
    });
  });

  it('a JWT signed with ES256K (secp256k1)', async () => {
    const payload = readSampleJson(VC1);
    const { proof: _proof, ...vc } = payload;
    const token = `${b64({ alg: 'ES256K', typ: 'JWT' })}.${b64({ iss: idOf(vc['issuer']), vc })}.c2lnbmF0dXJl`;
    const item = await importValue(token, 'f.jwt');
    expect(item.verification.status).toBe('could_not_check');
    expect(item.verification.checks.find((c) => c.id === 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'unsupported_proof_type',
      message: { code: 'check.jwt_algorithm_not_supported_yet', params: { alg: 'ES256K' } },
    });
  });

  it('a suite the wallet supports, with a bad signature, is still Not verified', async () => {
    const doc = readSampleJson(VC2);
    const proof = doc['proof'] as Record<string, unknown>;
    const item = await importValue({ ...doc, name: 'Changed after signing', proof });
    expect(item.verification.status).toBe('not_verified');
    expect(item.verification.checks.find((c) => c.id === 'proof')?.outcome).toBe('fail');
  });
});
