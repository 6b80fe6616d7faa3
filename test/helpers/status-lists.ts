/**
 * Status lists for tests: a BitstringStatusListCredential (VC 2.0, revocation) with chosen
 * bits set, signed by a given signer, and Open Badges that point into it. With the same
 * signer as the credential, the list has authority over it; with a fresh one, it is a
 * stranger's list (a forgery, whatever `id` it claims). Test-only.
 */
import { gzipSync } from 'node:zlib';
import { issue, newSigner, openBadge, type AchievementSpec, type Suite } from './issuer';

export type TestSigner = Awaited<ReturnType<typeof newSigner>>;

/** Bitstring Status List's minimum size: 131,072 entries (16 KiB). */
const LIST_BYTES = 16 * 1024;

/** A multibase base64url, GZIP'd bitstring with `set` bits on (most significant bit first). */
export function encodedList(set: readonly number[]): string {
  const bits = new Uint8Array(LIST_BYTES);
  for (const i of set) bits[Math.floor(i / 8)] = (bits[Math.floor(i / 8)] ?? 0) | (0x80 >> (i % 8));
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** A revocation list at `id` with bits `set`, signed by `signer` (its issuer is the signer's did). */
export function statusList(id: string, set: readonly number[], signer: TestSigner): Promise<Record<string, unknown>> {
  return issue(
    {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: signer.did,
      validFrom: '2024-04-01T00:00:00Z',
      credentialSubject: {
        id: `${id}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodedList(set),
      },
    },
    signer,
  );
}

/** An Open Badge (VC 2.0) whose revocation status is entry `index` of the list at `listId`, signed by `signer`. */
export function badgeWithStatus(
  spec: AchievementSpec,
  listId: string,
  index: number,
  signer: TestSigner,
): Promise<Record<string, unknown>> {
  return issue(
    {
      ...openBadge(spec, signer.did),
      credentialStatus: {
        id: `${listId}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: String(index),
        statusListCredential: listId,
      },
    },
    signer,
  );
}

export function signer(suite: Suite = 'eddsa-rdfc-2022'): Promise<TestSigner> {
  return newSigner(suite);
}
