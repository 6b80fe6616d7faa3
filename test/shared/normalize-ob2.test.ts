// Open Badges 2.0 / 1.x assertions → NormalizedCredential (src-shared/normalize-ob2.ts), from
// the real 1EdTech samples with their BadgeClass and Issuer embedded as the format rows hand
// them over, 1.x shapes, and odd input.
import { describe, expect, it } from 'vitest';
import { NormalizedCredentialSchema } from '../../src-shared/credential';
import { normalizeCredential } from '../../src-shared/normalize';
import {
  isOpenBadgesAssertion,
  normalizeOpenBadge,
  openBadgeDate,
  openBadgeFormatOf,
} from '../../src-shared/normalize-ob2';
import { readSampleJson } from '../helpers/samples';

const assertion = readSampleJson('ob2/1edtech-dcpv_ob2_hosted_assertion.json');
const badgeClass = readSampleJson('ob2/1edtech-dcpv_ob2_support_badgeclass.json');
const issuer = readSampleJson('ob2/1edtech-dcpv_ob2_support_issuer.json');
const resolved = { ...assertion, badge: { ...badgeClass, issuer } };

describe('normalizeOpenBadge', () => {
  it('reads the badge, its issuer, dates and recipient from the resolved sample', () => {
    const n = normalizeOpenBadge({ ...resolved, expires: '2030-01-01T00:00:00Z' });
    expect(n).toEqual({
      credentialId: 'https://example.org/beths-robotics-badge.json',
      format: 'ob2-hosted',
      types: ['Assertion'],
      name: 'Awesome Robotics Badge',
      description: 'For doing awesome things with robots that people think is pretty great.',
      criteria: { url: 'https://example.org/badgecriteria.json' },
      image: 'https://example.org/beths-robot-badge.png',
      issuerId: 'https://example.org/organization.json',
      issuerName: 'An Example Badge Issuer',
      issuedOn: '2016-12-31T23:59:59Z',
      validUntil: '2030-01-01T00:00:00Z',
      alignments: [],
      achievementId: 'https://example.org/robotics-badge.json',
      achievementName: 'Awesome Robotics Badge',
      recipient: {
        type: 'email',
        hashed: true,
        salt: 'deadsea',
        identity: 'sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942',
      },
      subjectIdentifiers: ['hashed:sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942'],
    });
    // normalizeCredential hands an assertion to the same reader.
    expect(normalizeCredential(resolved)).toEqual(normalizeOpenBadge(resolved));
  });

  it('without its BadgeClass the badge is named by the wallet, and what the assertion says is kept', () => {
    const n = normalizeOpenBadge(assertion);
    expect(n.nameMessage).toEqual({ code: 'credential.unnamed' });
    expect(n.achievementId).toBe('https://example.org/robotics-badge.json');
    expect(n.issuerId).toBeUndefined();
    expect(n.issuedOn).toBe('2016-12-31T23:59:59Z');
    expect(n.recipient?.hashed).toBe(true);
  });

  it('criteria narrative, alignments, a data: image kept, and a script URL or oversized data left out', () => {
    const badge = {
      ...badgeClass,
      issuer,
      criteria: { id: 'https://example.org/c', narrative: 'Build a robot.\u0007' },
      alignment: [{ targetName: 'Robotics', targetUrl: 'https://frameworks.example/r', targetCode: 'R1' }, 'junk'],
      image: { id: 'data:image/svg+xml;base64,PHN2Zy8+' },
    };
    const n = normalizeOpenBadge({ ...assertion, image: undefined, badge });
    expect(n.criteria).toEqual({ narrative: 'Build a robot.', url: 'https://example.org/c' });
    expect(n.alignments).toEqual([
      { targetName: 'Robotics', targetUrl: 'https://frameworks.example/r', targetCode: 'R1' },
    ]);
    expect(n.image).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(normalizeOpenBadge({ ...assertion, image: 'javascript:alert(1)', badge }).image).toBe(
      'data:image/svg+xml;base64,PHN2Zy8+',
    );
    const big = `data:image/png;base64,${'A'.repeat(3 * 1024 * 1024)}`;
    expect(
      normalizeOpenBadge({ ...assertion, image: big, badge: { ...badge, image: 'file:///etc/passwd' } }).image,
    ).toBe(undefined);
  });

  it('reads 1.0 and 0.5 badges: Unix times, a hashed string recipient with its salt, an issuer origin', () => {
    const v10 = {
      uid: 'a1',
      recipient: { type: 'email', hashed: 'true', salt: 's', identity: 'sha256$00' },
      badge: { name: 'Legacy', issuer: 'https://legacy.example/org.json', criteria: 'https://legacy.example/c' },
      verify: { type: 'hosted', url: 'https://legacy.example/a1.json' },
      issuedOn: 1420070400,
      expires: '2030-06-01',
    };
    expect(normalizeOpenBadge(v10)).toMatchObject({
      format: 'ob1',
      name: 'Legacy',
      credentialId: 'https://legacy.example/a1.json',
      issuerId: 'https://legacy.example/org.json',
      issuedOn: '2015-01-01T00:00:00.000Z',
      validUntil: '2030-06-01T00:00:00Z',
      recipient: { type: 'email', hashed: true, salt: 's', identity: 'sha256$00' },
    });
    const v05 = {
      recipient: 'sha256$abcd',
      salt: 'pepper',
      badge: { version: '0.5.0', name: 'Old', issuer: { origin: 'https://old.example', name: 'Old Org' } },
      issued_on: '2012-03-04',
    };
    expect(normalizeOpenBadge(v05)).toMatchObject({
      format: 'ob1',
      name: 'Old',
      issuerId: 'https://old.example',
      issuerName: 'Old Org',
      issuedOn: '2012-03-04T00:00:00Z',
      recipient: { type: 'email', hashed: true, salt: 'pepper', identity: 'sha256$abcd' },
    });
  });

  it('recognises assertions and their kinds, and never a Verifiable Credential', () => {
    expect(isOpenBadgesAssertion(assertion)).toBe(true);
    expect(isOpenBadgesAssertion(badgeClass)).toBe(false);
    expect(isOpenBadgesAssertion({ type: ['VerifiableCredential'], recipient: {}, badge: {} })).toBe(false);
    expect(openBadgeFormatOf(assertion)).toBe('ob2-hosted');
    expect(openBadgeFormatOf({ ...assertion, verification: { type: 'SignedBadge' } })).toBe('ob2-signed');
    expect(openBadgeFormatOf({ recipient: 'x', badge: 'y', verify: { type: 'signed' } })).toBe('ob1');
    expect(openBadgeDate(1420070400)).toBe('2015-01-01T00:00:00.000Z');
    expect(openBadgeDate('not a date')).toBe('not a date');
    expect(openBadgeDate(undefined)).toBeUndefined();
  });

  it('odd input never throws and always gives a valid record', () => {
    const hostile: unknown[] = [
      { ...assertion, badge: 5, recipient: [], issuedOn: {}, id: 7 },
      { recipient: { identity: 3 }, badge: { name: { en: 9 }, issuer: [1], alignment: 'x', criteria: 4 } },
      { recipient: 'x', badge: 'y', image: { id: 5 }, expires: Number.NaN },
      new Proxy(
        { recipient: 'x', badge: 'y' },
        {
          get(t, k) {
            if (k === 'issuedOn') throw new Error('boom');
            return Reflect.get(t, k);
          },
        },
      ),
      null,
      'sha256$x',
    ];
    for (const h of hostile) {
      const n = normalizeOpenBadge(h);
      expect(NormalizedCredentialSchema.safeParse(n).success).toBe(true);
      expect(NormalizedCredentialSchema.safeParse(normalizeCredential(h)).success).toBe(true);
    }
  });
});
