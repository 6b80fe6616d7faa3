// A held status list answers for a credential only when it verifies and comes from the
// credential's issuer. A stranger's list — reusing the real list's id, or only its last path
// segment on another host — answers nothing, whatever order lists arrive in, on import and on
// a later re-check: the status is not checked, with a message naming the list's signer and the
// id it claims, and the credential is not Verified.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../../src-shared/credential';
import { checkText } from '../../../../src-shared/i18n/render';
import type { CheckResult, VerificationResult } from '../../../../src-shared/verification';
import { importFiles } from '../../../../src-main/services/import-service';
import { hasAuthority } from '../../../../src-main/services/verify/status-list';
import { createVerifier } from '../../../../src-main/services/verify/verifier';
import { badgeWithStatus, signer, statusList, type TestSigner } from '../../../helpers/status-lists';

const NOW = new Date('2026-01-15T00:00:00Z');
const LIST_ID = 'https://status.example.edu/lists/7f3a9c21b4d8e6';
const OTHER_HOST = 'https://mirror.example.net/copies/7f3a9c21b4d8e6';
const REVOKED_INDEX = 3;
const CLEAR_INDEX = 4;

let issuer: TestSigner;
let stranger: TestSigner;
let realList: Record<string, unknown>;
let revokedBadge: Record<string, unknown>;
let clearBadge: Record<string, unknown>;
/** The stranger's lists: the real one's bits reversed (the revoked entry cleared, the clear one set). */
let forgedSameId: Record<string, unknown>;
let forgedOtherHost: Record<string, unknown>;

beforeAll(async () => {
  [issuer, stranger] = await Promise.all([signer(), signer('Ed25519Signature2020')]);
  [realList, revokedBadge, clearBadge, forgedSameId, forgedOtherHost] = await Promise.all([
    statusList(LIST_ID, [REVOKED_INDEX], issuer),
    badgeWithStatus({ name: 'Revoked course' }, LIST_ID, REVOKED_INDEX, issuer),
    badgeWithStatus({ name: 'Current course' }, LIST_ID, CLEAR_INDEX, issuer),
    statusList(LIST_ID, [CLEAR_INDEX], stranger),
    statusList(OTHER_HOST, [CLEAR_INDEX], stranger),
  ]);
});

const statusOf = (r: VerificationResult): CheckResult | undefined => r.checks.find((c) => c.id === 'status');

async function verifyWith(
  credential: Record<string, unknown>,
  statusLists: Record<string, unknown>[],
): Promise<VerificationResult> {
  return createVerifier({ now: NOW, statusLists }).verifyCredential(credential);
}

function expectStrangerNamed(r: VerificationResult, claims: string): void {
  const status = statusOf(r);
  expect(status).toMatchObject({
    outcome: 'not_checked',
    code: 'status_list_not_verified',
    message: { code: 'check.status_list_not_authoritative', params: { signer: stranger.did, claims } },
  });
  expect(checkText(status ?? { message: '' }, 'en')).toContain(stranger.did);
  expect(checkText(status ?? { message: '' }, 'ja')).toContain(stranger.did);
  expect(r.status).toBe('could_not_check');
}

describe('a list signed by the credential\u2019s own issuer answers', () => {
  it('a set bit revokes (Not verified), a clear bit passes (Verified)', async () => {
    const revoked = await verifyWith(revokedBadge, [realList]);
    expect(statusOf(revoked)).toMatchObject({ outcome: 'fail', code: 'revoked' });
    expect(revoked.status).toBe('not_verified');
    const clear = await verifyWith(clearBadge, [realList]);
    expect(statusOf(clear)).toMatchObject({ outcome: 'pass', code: 'status_valid' });
    expect(clear.status).toBe('verified');
  });

  it('the same list copied to another address still answers, since its issuer signed it', async () => {
    const copy = await statusList(OTHER_HOST, [REVOKED_INDEX], issuer);
    expect(statusOf(await verifyWith(revokedBadge, [copy]))).toMatchObject({ outcome: 'fail', code: 'revoked' });
    expect(statusOf(await verifyWith(clearBadge, [copy]))).toMatchObject({ outcome: 'pass' });
  });

  it('two lists of the issuer that disagree answer nothing, in either order', async () => {
    const other = await statusList(LIST_ID, [CLEAR_INDEX], issuer);
    for (const lists of [
      [realList, other],
      [other, realList],
    ]) {
      const r = await verifyWith(revokedBadge, lists);
      expect(statusOf(r)).toMatchObject({
        outcome: 'not_checked',
        message: { code: 'check.status_lists_disagree', params: { claims: LIST_ID } },
      });
      expect(r.status).toBe('could_not_check');
    }
  });
});

describe("a stranger's list answers nothing", () => {
  it("reusing the real list's id: the revoked credential is not Verified, the valid one not revoked", async () => {
    expectStrangerNamed(await verifyWith(revokedBadge, [forgedSameId]), LIST_ID);
    expectStrangerNamed(await verifyWith(clearBadge, [forgedSameId]), LIST_ID);
  });

  it('reusing only the last path segment on another host: the same', async () => {
    expectStrangerNamed(await verifyWith(revokedBadge, [forgedOtherHost]), OTHER_HOST);
    expectStrangerNamed(await verifyWith(clearBadge, [forgedOtherHost]), OTHER_HOST);
  });

  it('beside the real list, in any order, the real list alone answers', async () => {
    for (const lists of [
      [forgedSameId, realList, forgedOtherHost],
      [realList, forgedSameId, forgedOtherHost],
      [forgedOtherHost, forgedSameId, realList],
    ]) {
      expect(statusOf(await verifyWith(revokedBadge, lists))).toMatchObject({ outcome: 'fail', code: 'revoked' });
      const clear = await verifyWith(clearBadge, lists);
      expect(statusOf(clear)).toMatchObject({ outcome: 'pass', code: 'status_valid' });
      expect(clear.status).toBe('verified');
    }
  });

  it("a stranger's list that names the credential's issuer as its own does not verify, so answers nothing", async () => {
    const claimed = await statusList(LIST_ID, [CLEAR_INDEX], stranger);
    claimed['issuer'] = issuer.did; // the stranger's proof no longer covers what the list says
    const r = await verifyWith(revokedBadge, [claimed]);
    expect(statusOf(r)).toMatchObject({ outcome: 'not_checked', code: 'status_list_not_verified' });
    expect(r.status).toBe('could_not_check');
  });
});

describe('authority is a small decision', () => {
  const verified: VerificationResult = { status: 'verified', checks: [], checkedAt: NOW.toISOString() };
  it('the same issuer id, or a shared key controller, of a verified list', () => {
    const credential = { issuer: 'did:key:zIssuer', controllers: ['did:key:zIssuer'] };
    expect(hasAuthority({ result: verified, issuer: 'did:key:zIssuer', controllers: [] }, credential)).toBe(true);
    expect(
      hasAuthority({ result: verified, issuer: 'did:key:zOther', controllers: ['did:key:zIssuer'] }, credential),
    ).toBe(true);
    expect(
      hasAuthority({ result: verified, issuer: 'did:key:zOther', controllers: ['did:key:zOther'] }, credential),
    ).toBe(false);
    expect(
      hasAuthority(
        { result: { ...verified, status: 'could_not_check' }, issuer: 'did:key:zIssuer', controllers: [] },
        credential,
      ),
    ).toBe(false);
    // Exact strings: nothing is normalised.
    expect(hasAuthority({ result: verified, issuer: 'did:key:zissuer', controllers: [] }, credential)).toBe(false);
    expect(
      hasAuthority({ result: verified, issuer: undefined, controllers: [] }, { issuer: undefined, controllers: [] }),
    ).toBe(false);
  });
});

describe('import and re-check', () => {
  const file = (name: string, doc: Record<string, unknown>) => ({
    name,
    bytes: new TextEncoder().encode(JSON.stringify(doc)),
  });
  const statusIn = (items: ImportedCredential[], name: string) =>
    items.find((i) => i.fileName === name)?.verification.checks.find((c) => c.id === 'status');

  it('the order of lists in a batch never matters', async () => {
    const creds = [file('revoked.json', revokedBadge), file('clear.json', clearBadge)];
    const lists = [file('real.json', realList), file('forged.json', forgedSameId), file('copy.json', forgedOtherHost)];
    for (const batch of [
      [...lists, ...creds],
      [...creds, ...lists.slice().reverse()],
    ]) {
      const items = await importFiles(batch, { now: NOW });
      expect(statusIn(items, 'revoked.json')).toMatchObject({ outcome: 'fail', code: 'revoked' });
      expect(statusIn(items, 'clear.json')).toMatchObject({ outcome: 'pass', code: 'status_valid' });
    }
    const strangerOnly = await importFiles([file('forged.json', forgedSameId), ...creds], { now: NOW });
    expect(statusIn(strangerOnly, 'revoked.json')).toMatchObject({ outcome: 'not_checked' });
    expect(statusIn(strangerOnly, 'clear.json')).toMatchObject({ outcome: 'not_checked' });
  });

  it("a re-check with a stranger's list added later changes nothing", async () => {
    const creds = [file('revoked.json', revokedBadge), file('clear.json', clearBadge)];
    const first = await importFiles([...creds, file('real.json', realList)], { now: NOW });
    // The re-check after an import: the stored files again, with every list the wallet now holds.
    for (const held of [
      [realList, forgedSameId, forgedOtherHost],
      [forgedOtherHost, forgedSameId, realList],
    ]) {
      const again = await importFiles(creds, { now: NOW, statusLists: held });
      for (const name of ['revoked.json', 'clear.json']) {
        expect(statusIn(again, name)).toEqual(statusIn(first, name));
        expect(again.find((i) => i.fileName === name)?.verification.status).toBe(
          first.find((i) => i.fileName === name)?.verification.status,
        );
      }
    }
  });
});
