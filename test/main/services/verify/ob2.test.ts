// Open Badges 2.0 and 1.x assertions through the import pipeline, with the supporting
// documents the learner holds given in the same batch, or as held documents (`supporting`),
// or not at all: the real 1EdTech validator samples (../shared/samples/SOURCES.md), tampered
// and re-keyed variants, badges signed here with fresh keys, and hostile assertions.
import { resolve } from 'node:path';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../src-shared/bytes';
import { CHANNELS } from '../../../../src-shared/channels';
import { ImportedCredentialSchema, type ImportedCredential } from '../../../../src-shared/credential';
import { renderMessage } from '../../../../src-shared/i18n/render';
import type { Message } from '../../../../src-shared/i18n/spec';
import type { CheckId, CheckResult } from '../../../../src-shared/verification';
import { createServiceHandlers } from '../../../../src-main/services/handlers';
import {
  importFiles,
  supportingInBatch,
  type ImportOptions,
  type InputFile,
} from '../../../../src-main/services/import-service';
import { ImportPool } from '../../../../src-main/services/worker-pool';
import { readSampleBytes, readSampleJson } from '../../../helpers/samples';

const NOW = new Date('2026-01-15T00:00:00Z');

const HOSTED = 'ob2/1edtech-dcpv_ob2_hosted_assertion.json';
const SIGNED = 'ob2/1edtech-dcpv_ob2_signed_assertion.jwt';
const EXPIRED = 'negative/1edtech-dcpv_ob2_hosted_EXPIRED.json';
const REVOKED = 'negative/1edtech-dcpv_ob2_signed_REVOKED.jwt';
const BADGE = 'ob2/1edtech-dcpv_ob2_support_badgeclass.json';
const ISSUER = 'ob2/1edtech-dcpv_ob2_support_issuer.json';
const KEY1 = 'ob2/1edtech-dcpv_ob2_support_key1.json';
const KEY3 = 'negative/1edtech-dcpv_ob2_support_key3.json';
const RL_BADGE = 'negative/1edtech-dcpv_ob2_support_badgeclass-with-revocation-list.json';
const RL_ISSUER = 'negative/1edtech-dcpv_ob2_support_issuer-with-revocation-list.json';
const RL = 'negative/1edtech-dcpv_ob2_support_revocation-list.json';
const SUPPORT = [BADGE, ISSUER, KEY1];
const RL_SUPPORT = [KEY3, RL_BADGE, RL_ISSUER, RL];

const file = (p: string): InputFile => ({ name: p, bytes: readSampleBytes(p) });
const jsonFile = (name: string, value: unknown): InputFile => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const textFile = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

/** The entry of the first file of a batch (the assertion; the supporting files follow it). */
async function first(files: InputFile[], opts: ImportOptions = {}): Promise<ImportedCredential> {
  const items = await importFiles(files, { now: NOW, ...opts });
  const item = items[0] as ImportedCredential;
  expect(ImportedCredentialSchema.safeParse(item).success).toBe(true);
  return item;
}

function checkOf(item: ImportedCredential, id: CheckId): CheckResult | undefined {
  return item.verification.checks.find((c) => c.id === id);
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('hosted Open Badges 2.0 assertions', () => {
  it('could not be checked offline, and without its BadgeClass says which file is missing', async () => {
    const item = await first([file(HOSTED)]);
    expect(item.verification.status).toBe('could_not_check');
    expect(item.normalized.format).toBe('ob2-hosted');
    expect(checkOf(item, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'hosted_not_checked_offline',
      message: { code: 'ob2.hosted_not_checked_offline' },
    });
    expect(checkOf(item, 'schema')).toMatchObject({
      outcome: 'not_checked',
      code: 'badge_class_not_held',
      detail: 'https://example.org/robotics-badge.json',
    });
    expect(checkOf(item, 'validity_period')?.outcome).toBe('pass');
    expect(item.normalized.nameMessage).toEqual({ code: 'credential.unnamed' });
  });

  it('is read with its BadgeClass and Issuer from the same batch, or held by the wallet', async () => {
    const inBatch = await first([file(HOSTED), file(BADGE), file(ISSUER)]);
    const held = await first([file(HOSTED)], { supporting: [readSampleJson(BADGE), readSampleJson(ISSUER)] });
    for (const item of [inBatch, held]) {
      expect(item.verification.status).toBe('could_not_check');
      expect(checkOf(item, 'schema')).toBeUndefined();
      // The issuer publishes no revocation list.
      expect(checkOf(item, 'status')).toMatchObject({ outcome: 'pass', code: 'no_status' });
      expect(item.normalized).toMatchObject({
        format: 'ob2-hosted',
        name: 'Awesome Robotics Badge',
        description: 'For doing awesome things with robots that people think is pretty great.',
        criteria: { url: 'https://example.org/badgecriteria.json' },
        image: 'https://example.org/beths-robot-badge.png',
        issuerId: 'https://example.org/organization.json',
        issuerName: 'An Example Badge Issuer',
        issuedOn: '2016-12-31T23:59:59Z',
        recipient: {
          type: 'email',
          hashed: true,
          salt: 'deadsea',
          identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
        },
      });
      expect(item.normalized.nameMessage).toBeUndefined();
    }
  });

  it('only the BadgeClass held: the issuer profile is the caveat, and revocation is not checked', async () => {
    const item = await first([file(HOSTED), file(BADGE)]);
    expect(item.normalized.name).toBe('Awesome Robotics Badge');
    expect(item.normalized.issuerId).toBe('https://example.org/organization.json');
    expect(checkOf(item, 'schema')).toMatchObject({ outcome: 'not_checked', code: 'issuer_profile_not_held' });
    expect(checkOf(item, 'status')).toMatchObject({
      outcome: 'not_checked',
      message: { code: 'ob2.revocation_unknown_without_issuer' },
    });
  });

  it('an expired hosted badge is not verified, with or without its supporting documents', async () => {
    for (const files of [[file(EXPIRED)], [file(EXPIRED), file(BADGE), file(ISSUER)]]) {
      const item = await first(files);
      expect(item.verification.status).toBe('not_verified');
      expect(checkOf(item, 'validity_period')).toMatchObject({ outcome: 'fail', code: 'expired' });
      expect(item.normalized.validUntil).toBe('2022-11-15T23:59:59Z');
    }
    // Before it expired it could not be checked, like any hosted badge.
    const before = await first([file(EXPIRED)], { now: new Date('2022-01-01T00:00:00Z') });
    expect(before.verification.status).toBe('could_not_check');
  });

  it("a hosted badge the issuer's own held list revokes is not verified; a list from another issuer does not answer", async () => {
    const hosted = { ...readSampleJson(HOSTED), id: 'https://example.org/beths-robotics-badge-revoked.json' };
    const withList = { ...hosted, badge: 'https://example.org/badge-from-organization-with-revocation-list.json' };
    const revoked = await first([jsonFile('a.json', withList), file(RL_BADGE), file(RL_ISSUER), file(RL)]);
    expect(revoked.verification.status).toBe('not_verified');
    expect(checkOf(revoked, 'status')).toMatchObject({
      outcome: 'fail',
      code: 'revoked',
      message: { code: 'ob2.revoked', params: { reason: 'A good reason, for sure' } },
    });
    // The same list, but for a badge of the issuer that publishes no list: it does not answer.
    const other = await first([jsonFile('b.json', hosted), file(BADGE), file(ISSUER), file(RL)]);
    expect(other.verification.status).toBe('could_not_check');
    expect(checkOf(other, 'status')).toMatchObject({ outcome: 'pass', code: 'no_status' });
  });
});

describe('signed Open Badges 2.0 assertions', () => {
  it("verifies with the issuer's key held, in the batch or in the wallet", async () => {
    const inBatch = await first([file(SIGNED), ...SUPPORT.map(file)]);
    const held = await first([file(SIGNED)], { supporting: SUPPORT.map(readSampleJson) });
    for (const item of [inBatch, held]) {
      expect(item.verification.status).toBe('verified');
      expect(checkOf(item, 'proof')).toMatchObject({ outcome: 'pass', code: 'signature_valid' });
      expect(checkOf(item, 'issuer_binding')).toMatchObject({
        outcome: 'pass',
        code: 'issuer_controls_key',
        message: { code: 'ob2.issuer_key_held' },
      });
      expect(item.normalized).toMatchObject({
        format: 'ob2-signed',
        name: 'Awesome Robotics Badge',
        issuerName: 'An Example Badge Issuer',
        credentialId: 'https://example.org/beths-robotics-badge.json',
      });
    }
  });

  it('without the key could not be checked, and says which key it needs', async () => {
    const item = await first([file(SIGNED), file(BADGE), file(ISSUER)]);
    expect(item.verification.status).toBe('could_not_check');
    expect(checkOf(item, 'proof')).toMatchObject({
      outcome: 'not_checked',
      code: 'key_not_resolvable_offline',
      message: { code: 'ob2.key_not_held' },
      detail: 'http://example.org/key1.json',
    });
    const alone = await first([file(SIGNED)]);
    expect(alone.verification.status).toBe('could_not_check');
    expect(alone.normalized.format).toBe('ob2-signed');
  });

  it('with the key but not the BadgeClass, the issuer cannot be confirmed', async () => {
    const item = await first([file(SIGNED), file(KEY1), file(ISSUER)]);
    expect(checkOf(item, 'proof')?.outcome).toBe('pass');
    expect(checkOf(item, 'issuer_binding')).toMatchObject({ outcome: 'not_checked', code: 'badge_class_not_held' });
    expect(item.verification.status).toBe('could_not_check');
  });

  it('a tampered payload fails with the held key', async () => {
    const token = new TextDecoder().decode(readSampleBytes(SIGNED)).trim();
    const [h, , s] = token.split('.');
    const tampered = `${h}.${b64url({ ...payloadOf(token), issuedOn: '2016-12-31T23:59:58Z' })}.${s}`;
    const item = await first([textFile('tampered.jwt', tampered), ...SUPPORT.map(file)]);
    expect(item.verification.status).toBe('not_verified');
    expect(checkOf(item, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
  });

  it('a wrong key under the right id (key3 as key1) fails', async () => {
    const key3 = readSampleJson(KEY3);
    const fake = { ...readSampleJson(KEY1), publicKeyPem: key3['publicKeyPem'] };
    const item = await first([file(SIGNED), jsonFile('key1.json', fake), file(BADGE), file(ISSUER)]);
    expect(item.verification.status).toBe('not_verified');
    expect(checkOf(item, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
    // key3 under its own id is not the key the badge names: nothing is checked with it.
    const other = await first([file(SIGNED), file(KEY3), file(BADGE), file(ISSUER)]);
    expect(other.verification.status).toBe('could_not_check');
  });

  it("the issuer's own revocation list revokes; without it the status is a caveat", async () => {
    const revoked = await first([file(REVOKED), ...RL_SUPPORT.map(file)]);
    expect(revoked.verification.status).toBe('not_verified');
    expect(checkOf(revoked, 'proof')?.outcome).toBe('pass');
    expect(checkOf(revoked, 'issuer_binding')?.outcome).toBe('pass');
    const status = checkOf(revoked, 'status');
    expect(status).toMatchObject({ outcome: 'fail', code: 'revoked' });
    expect(renderMessage(status?.message as Message, 'en')).toContain('A good reason, for sure');
    expect(renderMessage(status?.message as Message, 'ja')).toContain('A good reason, for sure');

    const held = await first([file(REVOKED)], { supporting: RL_SUPPORT.map(readSampleJson) });
    expect(held.verification.status).toBe('not_verified');

    const noList = await first([file(REVOKED), file(KEY3), file(RL_BADGE), file(RL_ISSUER)]);
    expect(checkOf(noList, 'status')).toMatchObject({
      outcome: 'not_checked',
      code: 'status_not_checked_offline',
      message: { code: 'ob2.revocation_list_not_held' },
      detail: 'http://example.org/revocation-list.json',
    });
    expect(noList.verification.status).toBe('verified');
  });

  it('a revocation list naming another issuer, or not named by the issuer, does not answer', async () => {
    const foreign = { ...readSampleJson(RL), issuer: 'https://example.org/someone-else.json' };
    const item = await first([
      file(REVOKED),
      file(KEY3),
      file(RL_BADGE),
      file(RL_ISSUER),
      jsonFile('rl.json', foreign),
    ]);
    expect(checkOf(item, 'status')).toMatchObject({ outcome: 'not_checked', code: 'status_list_not_verified' });
    expect(item.verification.status).toBe('could_not_check');

    const elsewhere = { ...readSampleJson(RL), id: 'https://elsewhere.example/list.json' };
    const other = await first([
      file(REVOKED),
      file(KEY3),
      file(RL_BADGE),
      file(RL_ISSUER),
      jsonFile('rl.json', elsewhere),
    ]);
    expect(checkOf(other, 'status')).toMatchObject({ outcome: 'not_checked', code: 'status_not_checked_offline' });
    expect(other.verification.status).toBe('verified');

    const sameIssuer = { ...readSampleJson(RL), issuer: 'https://example.org/organization-with-revocation-list.json' };
    const listed = await first([file(REVOKED), ...RL_SUPPORT.filter((p) => p !== RL).map(file)], {
      supporting: [sameIssuer],
    });
    expect(listed.verification.status).toBe('not_verified');
  });
});

describe('badges signed here with fresh keys', () => {
  const ISSUER_ID = 'https://issuer.example/profile.json';
  const badgeClass = {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'BadgeClass',
    id: 'https://issuer.example/badge.json',
    name: 'Fresh badge',
    description: 'Signed in a test',
    criteria: { narrative: 'Did the thing.' },
    image: 'data:image/png;base64,iVBORw0KGgo=',
    issuer: ISSUER_ID,
  };
  const assertion = (creator: string, extra: Record<string, unknown> = {}) => ({
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: 'urn:uuid:8e0a1d84-37ea-4c5a-9a8e-02b2c7a3d1f0',
    recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
    badge: badgeClass.id,
    issuedOn: '2025-04-01T00:00:00Z',
    verification: { type: 'SignedBadge', creator },
    ...extra,
  });

  async function sign(payload: unknown, alg: 'ES256' | 'RS256') {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg })
      .sign(privateKey);
    return { token, pem: await exportSPKI(publicKey) };
  }

  it('an ES256 badge verifies with a key embedded in the issuer profile', async () => {
    const keyId = 'https://issuer.example/key-es.json';
    const { token, pem } = await sign(assertion(keyId), 'ES256');
    const issuer = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Issuer',
      id: ISSUER_ID,
      name: 'Fresh Issuer',
      publicKey: { id: keyId, type: 'CryptographicKey', publicKeyPem: pem },
    };
    const item = await first([textFile('es.jwt', token), jsonFile('bc.json', badgeClass), jsonFile('i.json', issuer)]);
    expect(item.verification.status).toBe('verified');
    expect(item.normalized).toMatchObject({
      name: 'Fresh badge',
      issuerName: 'Fresh Issuer',
      criteria: { narrative: 'Did the thing.' },
      image: 'data:image/png;base64,iVBORw0KGgo=',
      recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
    });
  });

  it("a key owned by someone else is not the issuer's; a key nobody vouches for is not confirmed", async () => {
    const keyId = 'https://attacker.example/key.json';
    const { token, pem } = await sign(assertion(keyId), 'RS256');
    const key = { type: 'CryptographicKey', id: keyId, owner: 'https://attacker.example/me.json', publicKeyPem: pem };
    const item = await first([textFile('x.jwt', token), jsonFile('k.json', key), jsonFile('bc.json', badgeClass)]);
    expect(checkOf(item, 'proof')?.outcome).toBe('pass');
    expect(checkOf(item, 'issuer_binding')).toMatchObject({ outcome: 'fail', code: 'issuer_key_mismatch' });
    expect(item.verification.status).toBe('not_verified');

    const ownerless = { type: 'CryptographicKey', id: keyId, publicKeyPem: pem };
    const unconfirmed = await first([
      textFile('x.jwt', token),
      jsonFile('k.json', ownerless),
      jsonFile('bc.json', badgeClass),
    ]);
    expect(checkOf(unconfirmed, 'issuer_binding')).toMatchObject({
      outcome: 'not_checked',
      code: 'issuer_not_confirmed',
    });
    expect(unconfirmed.verification.status).toBe('could_not_check');
  });

  it('an expired signed badge, and one with an unreadable key, never verify', async () => {
    const keyId = 'https://issuer.example/key-rs.json';
    const { token, pem } = await sign(assertion(keyId, { expires: '2025-05-01T00:00:00Z' }), 'RS256');
    const key = { type: 'CryptographicKey', id: keyId, owner: ISSUER_ID, publicKeyPem: pem };
    const expired = await first([textFile('x.jwt', token), jsonFile('k.json', key), jsonFile('bc.json', badgeClass)]);
    expect(checkOf(expired, 'issuer_binding')?.outcome).toBe('pass');
    expect(expired.verification.status).toBe('not_verified');

    const broken = { ...key, publicKeyPem: '-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----' };
    const unreadable = await first([textFile('x.jwt', token), jsonFile('k.json', broken)]);
    expect(checkOf(unreadable, 'proof')).toMatchObject({
      outcome: 'not_checked',
      message: { code: 'ob2.key_unreadable' },
    });
    const huge = { ...key, publicKeyPem: 'A'.repeat(100_000) };
    const tooLong = await first([textFile('x.jwt', token), jsonFile('k.json', huge)]);
    expect(checkOf(tooLong, 'proof')?.outcome).toBe('not_checked');
  });
});

describe('legacy and hostile assertions', () => {
  it('a 1.x hosted assertion is read as far as it can be, and could not be checked', async () => {
    const legacy = {
      uid: 'abc-123',
      recipient: { type: 'email', hashed: true, salt: 'pepper', identity: 'sha256$00' },
      badge: 'https://legacy.example/badge.json',
      verify: { type: 'hosted', url: 'https://legacy.example/assertions/abc-123.json' },
      issuedOn: 1420070400,
    };
    const item = await first([jsonFile('legacy.json', legacy)]);
    expect(item.verification.status).toBe('could_not_check');
    expect(item.normalized).toMatchObject({
      format: 'ob1',
      credentialId: 'https://legacy.example/assertions/abc-123.json',
      issuedOn: '2015-01-01T00:00:00.000Z',
    });
    expect(checkOf(item, 'proof')).toMatchObject({ message: { code: 'ob2.legacy_not_checked' } });
    expect(checkOf(item, 'validity_period')?.outcome).toBe('pass');
  });

  it('an assertion that says it is signed but comes as JSON could not be checked', async () => {
    const payload = payloadOf(new TextDecoder().decode(readSampleBytes(SIGNED)).trim());
    const item = await first([jsonFile('payload.json', payload), ...SUPPORT.map(file)]);
    expect(item.verification.status).toBe('could_not_check');
    expect(checkOf(item, 'proof')).toMatchObject({
      code: 'no_proof',
      message: { code: 'ob2.signed_without_signature' },
    });
  });

  it('hostile assertions and supporting documents never throw and never verify', async () => {
    const huge = Array.from({ length: 200_000 }, (_, i) =>
      i % 3 === 0 ? `urn:x:${i}` : i % 3 === 1 ? { id: i, revocationReason: { no: 1 } } : null,
    );
    const list = { type: 'RevocationList', id: 'http://example.org/revocation-list.json', revokedAssertions: huge };
    const weird = [
      { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', badge: 5, recipient: [], issuedOn: {} },
      { recipient: 'sha256$zz', badge: { issuer: { name: 7, revocationList: 9 }, name: ['x'] }, verify: 'hosted' },
      { recipient: { identity: 3 }, badge: null, verification: { type: 7, creator: {} }, expires: 'tomorrow' },
      { ...readSampleJson(HOSTED), id: 42, image: 'javascript:alert(1)', revoked: 'yes' },
    ];
    const files = [
      ...weird.map((w, i) => jsonFile(`w${i}.json`, w)),
      textFile('weird.jwt', `${b64url({ alg: 'RS256' })}.${b64url(weird[0])}.AAAA`),
      file(REVOKED),
      jsonFile('huge-list.json', list),
      jsonFile('issuer.json', { ...readSampleJson(RL_ISSUER), publicKey: [null, 5, { id: {} }] }),
      file(RL_BADGE),
    ];
    const items = await importFiles(files, { now: NOW, supporting: [{ publicKeyPem: 5 }, { type: 'BadgeClass' }] });
    expect(items.length).toBeGreaterThanOrEqual(files.length);
    for (const item of items) {
      expect(ImportedCredentialSchema.safeParse(item).success).toBe(true);
      expect(item.verification.status).not.toBe('verified');
    }
    expect(items[3]?.normalized.image).toBeUndefined();
  });
});

describe('supporting documents through the bridge and the batch', () => {
  it('supportingInBatch finds keys, issuers, BadgeClasses and revocation lists, and nothing else', () => {
    const found = supportingInBatch([...SUPPORT, ...RL_SUPPORT, HOSTED, SIGNED].map(file));
    expect(found.map((d) => d['id'])).toEqual([
      'https://example.org/robotics-badge.json',
      'https://example.org/organization.json',
      'http://example.org/key1.json',
      'http://example.org/key3.json',
      'https://example.org/badge-from-organization-with-revocation-list.json',
      'https://example.org/organization-with-revocation-list.json',
      'http://example.org/revocation-list.json',
    ]);
  });

  it("the import handler reads the request's supporting documents", async () => {
    const handlers = createServiceHandlers('browser');
    const payload = (p: string) => ({ name: p, bytesBase64: bytesToBase64(readSampleBytes(p)) });
    const { items } = await handlers[CHANNELS.importCredentials]({
      files: [payload(SIGNED)],
      now: NOW.toISOString(),
      supporting: [...SUPPORT.map(payload), { name: 'junk.bin', bytesBase64: bytesToBase64(new Uint8Array([1, 2])) }],
    });
    expect(items[0]?.verification.status).toBe('verified');
  });

  it("the worker pool gives every worker the batch's and the wallet's supporting documents", async () => {
    const { buildIfNeeded } = await import('../../../../scripts/build.mjs');
    expect(buildIfNeeded({ quiet: true })).toBe(0);
    const pool = new ImportPool(resolve('out/main/import-worker.js'), 2);
    try {
      expect(pool.parallel).toBe(true);
      // Interleaved: the badges go to one worker, the BadgeClass and the key to the other.
      const batch = [file(SIGNED), file(BADGE), file(REVOKED), file(KEY1)];
      const items = await pool.importFiles(batch, { now: NOW, supporting: [readSampleJson(ISSUER)] });
      expect(items[0]?.verification.status).toBe('verified');
      // The revoked badge's key and issuer are neither in the batch nor held.
      expect(items[2]?.verification.status).toBe('could_not_check');
      const held = await pool.importFiles([file(REVOKED), file(HOSTED)], {
        now: NOW,
        supporting: RL_SUPPORT.map(readSampleJson),
      });
      expect(held[0]?.verification.status).toBe('not_verified');
    } finally {
      await pool.close();
    }
  }, 180_000);
});
