// Recipient matching (src-shared/recipient.ts) against hashes made here with Node's own
// crypto, an implementation independent of the one the wallet uses, and the real 1EdTech
// sample's hashed recipient; and its use by isSomeoneElses (pathways.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../src-shared/credential';
import { normalizeCredential } from '../../src-shared/normalize';
import { isSomeoneElses } from '../../src-shared/pathways';
import { recipientMatches, type Recipient } from '../../src-shared/recipient';
import { readSampleJson } from '../helpers/samples';

const hash = (alg: 'sha256' | 'md5', text: string): string => `${alg}$${createHash(alg).update(text).digest('hex')}`;

const SAMPLE: Recipient = {
  type: 'email',
  hashed: true,
  salt: 'deadsea',
  identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
};

describe('recipientMatches', () => {
  it("the 1EdTech sample's salted hash is nobody@example.org's, written in any case, and no one else's", () => {
    expect(recipientMatches(SAMPLE, ['nobody@example.org'])).toBe(true);
    expect(recipientMatches(SAMPLE, ['did:example:me', '  Nobody@Example.ORG ', 'x@y.z'])).toBe(true);
    expect(recipientMatches(SAMPLE, ['mailto:nobody@example.org'])).toBe(true);
    expect(recipientMatches(SAMPLE, ['somebody@example.org', 'nobody@example.com'])).toBe(false);
    expect(recipientMatches(SAMPLE, [])).toBe(false);
    // The salt is part of what was hashed: without it, or with another, nothing matches.
    expect(recipientMatches({ ...SAMPLE, salt: undefined }, ['nobody@example.org'])).toBe(false);
    expect(recipientMatches({ ...SAMPLE, salt: 'deadsea ' }, ['nobody@example.org'])).toBe(false);
  });

  it('sha256 without a salt, and md5 with one', () => {
    const plain: Recipient = { type: 'email', hashed: true, identity: hash('sha256', 'me@example.jp') };
    expect(recipientMatches(plain, ['me@example.jp'])).toBe(true);
    expect(recipientMatches(plain, ['you@example.jp'])).toBe(false);
    const md5: Recipient = {
      type: 'email',
      hashed: true,
      salt: 's4lt',
      identity: hash('md5', 'me@example.jp' + 's4lt'),
    };
    expect(recipientMatches(md5, ['ME@example.jp'])).toBe(true);
    expect(recipientMatches(md5, ['me@example.jp.'])).toBe(false);
    // The algorithm's name and the hex may be written in upper case.
    expect(recipientMatches({ ...plain, identity: plain.identity.toUpperCase() }, ['me@example.jp'])).toBe(true);
  });

  it('plain e-mail, URL and telephone recipients', () => {
    expect(recipientMatches({ type: 'email', hashed: false, identity: 'Me@Example.jp' }, ['me@example.jp'])).toBe(true);
    expect(recipientMatches({ type: 'email', hashed: false, identity: 'me@example.jp' }, ['me@example.com'])).toBe(
      false,
    );
    const url: Recipient = { type: 'url', hashed: false, identity: 'https://me.example/profile' };
    expect(recipientMatches(url, ['https://me.example/profile'])).toBe(true);
    expect(recipientMatches(url, ['https://me.example/other'])).toBe(false);
    const tel: Recipient = { type: 'telephone', hashed: false, identity: '+819012345678' };
    expect(recipientMatches(tel, ['+81 90-1234-5678'])).toBe(true);
    expect(recipientMatches(tel, ['+81 90-1234-5679'])).toBe(false);
  });

  it('hashed URL and telephone recipients', () => {
    const url: Recipient = {
      type: 'url',
      hashed: true,
      salt: 'x',
      identity: hash('sha256', 'https://me.example/profile' + 'x'),
    };
    expect(recipientMatches(url, ['https://me.example/profile'])).toBe(true);
    expect(recipientMatches(url, ['https://me.example/other'])).toBe(false);
    const tel: Recipient = { type: 'telephone', hashed: true, identity: hash('sha256', '+819012345678') };
    expect(recipientMatches(tel, ['tel:+81 (90) 1234-5678'])).toBe(true);
    expect(recipientMatches(tel, ['me@example.jp'])).toBe(false);
  });

  it('odd recipients never match and never throw', () => {
    const odd: unknown[] = [
      { type: 'email', hashed: true, identity: 'sha256$abc' },
      { type: 'email', hashed: true, identity: 'sha1$' + 'a'.repeat(40) },
      { type: 'email', hashed: true, identity: 'sha256$' + 'z'.repeat(64) },
      { type: 7, hashed: true, identity: 'sha256$00' },
      { type: 'email', hashed: false, identity: 'x'.repeat(100_000) },
      { type: 'email', hashed: true, identity: SAMPLE.identity, salt: 'y'.repeat(100_000) },
    ];
    for (const r of odd)
      expect(recipientMatches(r as Recipient, ['nobody@example.org', 'x'.repeat(100_000)])).toBe(false);
  });
});

describe('isSomeoneElses with Open Badges recipients', () => {
  const badge = normalizeCredential({
    ...readSampleJson('ob2/1edtech-dcpv_ob2_hosted_assertion.json'),
  }) as NormalizedCredential;

  it("a badge hashed to the learner's address is theirs; to another address it is someone else's", () => {
    expect(badge.recipient).toEqual(SAMPLE);
    expect(isSomeoneElses(badge, ['Nobody@example.org'])).toBe(false);
    expect(isSomeoneElses(badge, ['did:example:me', 'somebody@example.org'])).toBe(true);
    // Without identifiers nothing is excluded.
    expect(isSomeoneElses(badge, [])).toBe(false);
  });

  it('a plain recipient matches whatever case the learner wrote their address in', () => {
    const plain: NormalizedCredential = {
      ...badge,
      recipient: { type: 'email', hashed: false, identity: 'Nobody@Example.org' },
      subjectIdentifiers: ['Nobody@Example.org'],
    };
    expect(isSomeoneElses(plain, ['nobody@example.org'])).toBe(false);
    expect(isSomeoneElses(plain, ['other@example.org'])).toBe(true);
  });
});
