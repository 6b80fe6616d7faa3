// Records stored before messages had codes keep working: a record of the current stored shape
// (English check messages with their codes, an English problem, no nameMessage) shown on the
// Japanese screen gives the Japanese general wording wherever a code is known, the English
// text only where none is, and dates through Intl — never an ISO timestamp.
import { describe, expect, it } from 'vitest';
import { ImportedCredentialSchema } from '../../../src-shared/credential';
import { renderMessage } from '../../../src-shared/i18n';
import type { StoredCredential } from '../../../src-renderer/db/database';
import {
  checkDetail,
  checkReason,
  credentialDates,
  credentialName,
  firstFailure,
  problemText,
} from '../../../src-renderer/features/credential-text';
import { placementView } from '../../../src-renderer/features/placement-view';
import { levelTotalText } from '../../../src-renderer/features/map-text';
import { uiText } from '../../../src-shared/i18n';

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UTC = { timeZone: 'UTC' };

/** A record as an earlier version stored it: every learner-facing text is English. */
const stored: StoredCredential = {
  key: 'a'.repeat(64),
  fileSha256: 'a'.repeat(64),
  fileName: 'expired.json',
  mediaType: 'application/json',
  importedAt: '2024-05-01T10:00:00.000Z',
  normalized: {
    format: 'vc1-jsonld',
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Introduction to Data Science',
    issuedOn: '2009-01-01T00:00:00Z',
    validUntil: '2010-01-01T00:00:00.000Z',
    alignments: [],
  },
  verification: {
    status: 'not_verified',
    checkedAt: '2024-05-01T10:00:00.000Z',
    checks: [
      { id: 'format', outcome: 'fail', code: 'not_a_credential', message: 'This file is not a credential.' },
      { id: 'proof', outcome: 'pass', code: 'signature_valid', message: 'The signature is valid.' },
      {
        id: 'validity_period',
        outcome: 'fail',
        code: 'expired',
        message: 'The credential expired on 2010-01-01T00:00:00.000Z.',
      },
      { id: 'status', outcome: 'not_checked', message: 'An old sentence with no code.' },
    ],
  },
  problem: 'This file is not a credential.',
};

describe('a record stored before, on the Japanese screen', () => {
  it('is of the shape stored today', () => {
    const { key: _key, fileSha256, ...rest } = stored;
    expect(ImportedCredentialSchema.safeParse({ ...rest, sha256: fileSha256 }).success).toBe(true);
  });

  it('gives each check reason in Japanese where its code is known, English only where none is', () => {
    const [format, proof, validity, status] = stored.verification.checks;
    expect(checkReason(validity!, 'ja')).toBe(renderMessage({ code: 'check.expired' }, 'ja'));
    expect(checkReason(validity!, 'ja')).not.toMatch(ISO);
    expect(checkReason(proof!, 'ja')).toBe(renderMessage({ code: 'check.signature_valid' }, 'ja'));
    expect(checkReason(format!, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(checkReason(status!, 'ja')).toBe('An old sentence with no code.');
    expect(firstFailure(stored.verification.checks)).toBe(format);
    // Back in English: the general wording, not the stored sentence with its ISO date.
    expect(checkReason(validity!, 'en')).toBe('The credential has expired.');
  });

  it('gives the file problem in Japanese through the code of the check that said it', () => {
    expect(problemText(stored, 'ja')).toBe(renderMessage({ code: 'check.not_a_credential' }, 'ja'));
    expect(problemText({ ...stored, problem: 'Something no check said.' }, 'ja')).toBe('Something no check said.');
    expect(problemText({ ...stored, problem: { code: 'check.not_json' } }, 'ja')).toBe(
      renderMessage({ code: 'check.not_json' }, 'ja'),
    );
    expect(problemText({ ...stored, problem: undefined }, 'ja')).toBe('');
  });

  it('keeps the name the credential carries, and names in Japanese what the wallet named itself', () => {
    expect(credentialName(stored.normalized, 'ja')).toBe('Introduction to Data Science');
    const unnamed = { ...stored.normalized, name: 'Unnamed credential', nameMessage: { code: 'credential.unnamed' } };
    expect(credentialName(unnamed as StoredCredential['normalized'], 'ja')).toBe('名称のない資格情報');
  });

  it('shows every date through Intl in the chosen language', () => {
    const ja = credentialDates(stored, 'ja', UTC);
    expect(ja.validUntil).toBe('2010年1月1日');
    expect(ja.issued).toBe('2009年1月1日');
    expect(ja.added).toMatch(/^2024年5月1日/);
    expect(ja.checked).toMatch(/^2024年5月1日/);
    const en = credentialDates(stored, 'en', UTC);
    expect(en.validUntil).toBe('January 1, 2010');
    for (const text of [...Object.values(ja), ...Object.values(en)]) expect(text).not.toMatch(ISO);
  });

  it('shows the dates inside a check detail through Intl, the rest as given', () => {
    expect(checkDetail('expirationDate 2010-01-01T00:00:00Z', 'ja', UTC)).toMatch(/^expirationDate 2010年1月1日/);
    expect(checkDetail('validUntil 2010-01-01', 'en', UTC)).toBe('validUntil January 1, 2010');
    expect(checkDetail('did:key:z6Mk#z6Mk', 'ja', UTC)).toBe('did:key:z6Mk#z6Mk');
    expect(checkDetail('expirationDate 2025-01-09T16:23:24Z', 'en', UTC)).not.toMatch(ISO);
  });

  it('says why it is unplaced, and its workload totals, in the chosen language', () => {
    expect(placementView(stored, 'jqf', 'ja').why).toBe('レベル情報がありません。「未配置」で待機中です。');
    expect(placementView(stored, 'jqf', 'en').why).toBe('No level information: waiting in Unplaced.');
    const t = (key: Parameters<typeof uiText>[0], params?: Record<string, string | number>): string =>
      uiText(key, 'ja', params);
    const total = {
      key: null,
      hours: 1650,
      hoursRange: [1650, 1650] as [number, number],
      courses: 1,
      withoutHours: 0,
      unknownUnitCourses: 0,
      unknownUnitCredits: 0,
      assumed: false,
    };
    expect(levelTotalText(total, t)).toBe('1,650 時間');
  });
});
