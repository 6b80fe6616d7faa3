// Which stored credentials are checked again at start: those whose answer may have changed
// since their last check, and no others (re-checking thousands at every start costs seconds).
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../../src-shared/credential';
import type { CredentialSummary } from '../../../src-renderer/db/map-index';
import { dueForRecheck, filesDueForRecheck } from '../../../src-renderer/features/reverify';

const NOW = new Date('2026-11-24T12:00:00Z');

function summary(key: string, checkedAt: string, n: Partial<NormalizedCredential> = {}): CredentialSummary {
  return {
    key,
    fileSha256: key.split('#')[0] ?? key,
    fileName: `${key}.json`,
    mediaType: 'application/ld+json',
    importedAt: '2026-01-01T00:00:00Z',
    normalized: { format: 'vc2-jsonld', types: ['VerifiableCredential'], name: 'Course', alignments: [], ...n },
    verification: { status: 'verified', checkedAt, checks: [] },
  };
}

describe('dueForRecheck', () => {
  it('re-checks a credential whose end date passed after its last check', () => {
    expect(dueForRecheck(summary('a', '2026-11-01T00:00:00Z', { validUntil: '2026-11-20T00:00:00Z' }), NOW)).toBe(true);
  });

  it('re-checks a credential that was not yet valid when last checked and is now', () => {
    expect(dueForRecheck(summary('a', '2026-11-01T00:00:00Z', { issuedOn: '2026-11-10T00:00:00Z' }), NOW)).toBe(true);
  });

  it('leaves alone a credential whose dates were already past, or are still ahead', () => {
    expect(
      dueForRecheck(
        summary('a', '2026-11-01T00:00:00Z', { issuedOn: '2024-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' }),
        NOW,
      ),
    ).toBe(false);
    expect(dueForRecheck(summary('a', '2026-11-01T00:00:00Z', { validUntil: '2025-01-01T00:00:00Z' }), NOW)).toBe(
      false,
    );
    expect(dueForRecheck(summary('a', '2026-11-01T00:00:00Z'), NOW)).toBe(false);
  });

  it('re-checks near a date boundary (clock-skew allowance), JWTs (their nbf/exp are not stored) and unreadable check times', () => {
    expect(dueForRecheck(summary('a', '2026-11-24T11:55:00Z', { validUntil: '2026-11-24T12:05:00Z' }), NOW)).toBe(true);
    expect(dueForRecheck(summary('a', '2026-11-01T00:00:00Z', { format: 'vc1-jwt' }), NOW)).toBe(true);
    expect(dueForRecheck(summary('a', 'not a date'), NOW)).toBe(true);
  });

  it('names each file once, when any credential it holds is due', () => {
    const list = [
      summary('f1', '2026-11-01T00:00:00Z'),
      summary('f1#1', '2026-11-01T00:00:00Z', { validUntil: '2026-11-20T00:00:00Z' }),
      summary('f2', '2026-11-01T00:00:00Z'),
      summary('f3', '2026-11-01T00:00:00Z', { format: 'vp-jwt' }),
    ];
    expect([...filesDueForRecheck(list, NOW)].sort()).toEqual(['f1', 'f3']);
  });
});
