/**
 * Issues real signed credentials with freshly generated keys (did:key), for tests and
 * benchmarks: Ed25519Signature2020 (VC 1.1), DataIntegrityProof eddsa-rdfc-2022 and
 * ecdsa-rdfc-2019 P-256 (VC 2.0). Signing uses the wallet's own offline contexts, so
 * nothing is fetched. Test-only: keys live in memory and are thrown away.
 */
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createOfflineDocumentLoader } from '../../src-main/services/verify/document-loader';

export type Suite = 'Ed25519Signature2020' | 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019';

interface Signer {
  did: string;
  suite: unknown;
}

interface KeyPairLike {
  publicKeyMultibase: string;
  id?: string;
  controller?: string;
  signer(): { id?: string; algorithm?: string; sign(data: { data: Uint8Array }): Promise<Uint8Array> };
}

const loader = createOfflineDocumentLoader();

export async function newSigner(suite: Suite, opts: { curve?: 'P-256' | 'P-384' } = {}): Promise<Signer> {
  if (suite === 'Ed25519Signature2020') {
    const key = (await Ed25519VerificationKey2020.generate()) as KeyPairLike;
    const did = `did:key:${key.publicKeyMultibase}`;
    key.id = `${did}#${key.publicKeyMultibase}`;
    key.controller = did;
    return { did, suite: new Ed25519Signature2020({ key }) };
  }
  const key = (
    suite === 'eddsa-rdfc-2022'
      ? await Ed25519Multikey.generate()
      : await EcdsaMultikey.generate({ curve: opts.curve ?? 'P-256' })
  ) as KeyPairLike;
  const did = `did:key:${key.publicKeyMultibase}`;
  const signer = key.signer();
  signer.id = `${did}#${key.publicKeyMultibase}`;
  return {
    did,
    suite: new DataIntegrityProof({ signer, cryptosuite: suite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : ecdsaRdfc2019 }),
  };
}

export interface AchievementSpec {
  name: string;
  achievementType?: string;
  creditsAvailable?: number;
  creditsEarned?: number;
  fieldOfStudy?: string;
  alignment?: { targetName: string; targetUrl: string; targetCode?: string; targetFramework?: string }[];
  issuerName?: string;
  /** Issuer country, as OB 3.0 `issuer.address.addressCountry` (e.g. 'JP'). */
  issuerCountry?: string;
  subjectId?: string;
  validFrom?: string;
  id?: string;
}

/** An Open Badges 3.0 credential shaped like real ones (VC 2.0, or VC 1.1 for Ed25519Signature2020). */
export function openBadge(spec: AchievementSpec, issuerDid: string, vc1 = false): Record<string, unknown> {
  const achievement: Record<string, unknown> = {
    id: `urn:uuid:${crypto.randomUUID()}`,
    type: ['Achievement'],
    name: spec.name,
    description: `${spec.name} (test credential).`,
    criteria: { narrative: 'Completed all requirements.' },
    ...(spec.achievementType ? { achievementType: spec.achievementType } : {}),
    ...(spec.creditsAvailable !== undefined ? { creditsAvailable: spec.creditsAvailable } : {}),
    ...(spec.fieldOfStudy ? { fieldOfStudy: spec.fieldOfStudy } : {}),
    ...(spec.alignment ? { alignment: spec.alignment.map((a) => ({ type: ['Alignment'], ...a })) } : {}),
  };
  const subject: Record<string, unknown> = {
    id: spec.subjectId ?? 'did:example:learner-1',
    type: ['AchievementSubject'],
    achievement,
    ...(spec.creditsEarned !== undefined ? { creditsEarned: spec.creditsEarned } : {}),
  };
  const issuer = {
    id: issuerDid,
    type: ['Profile'],
    name: spec.issuerName ?? 'Test University',
    ...(spec.issuerCountry ? { address: { type: ['Address'], addressCountry: spec.issuerCountry } } : {}),
  };
  const base = {
    id: spec.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer,
    name: spec.name,
    credentialSubject: subject,
  };
  if (vc1) {
    return {
      '@context': [
        'https://www.w3.org/2018/credentials/v1',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://w3id.org/security/suites/ed25519-2020/v1',
      ],
      ...base,
      issuanceDate: spec.validFrom ?? '2024-04-01T00:00:00Z',
    };
  }
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    ...base,
    validFrom: spec.validFrom ?? '2024-04-01T00:00:00Z',
  };
}

export async function issue(credential: Record<string, unknown>, signer: Signer): Promise<Record<string, unknown>> {
  return (await vc.issue({ credential, suite: signer.suite, documentLoader: loader })) as Record<string, unknown>;
}

/** Issue one Open Badge with a fresh key of the given suite. */
export async function issueBadge(
  spec: AchievementSpec,
  suite: Suite = 'eddsa-rdfc-2022',
): Promise<Record<string, unknown>> {
  const signer = await newSigner(suite);
  return issue(openBadge(spec, signer.did, suite === 'Ed25519Signature2020'), signer);
}
