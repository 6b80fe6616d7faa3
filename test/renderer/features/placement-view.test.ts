// What the map says about where a credential sits: the issuer-derived level with its reason
// (in the learner's language), or the learner's own choice shown as self-assigned.
import { describe, expect, it } from 'vitest';
import { placementView } from '../../../src-renderer/features/placement-view';
import type { CredentialSummary } from '../../../src-renderer/db/map-index';
import { placeCredential, placementReasonText } from '../../../src-shared/placement';

const rec = (over: Partial<CredentialSummary> = {}): CredentialSummary => ({
  key: 'k',
  fileSha256: 'k',
  fileName: 'degree.json',
  mediaType: 'application/ld+json',
  importedAt: '2026-01-01T00:00:00.000Z',
  normalized: {
    format: 'vc2-jsonld',
    types: ['VerifiableCredential'],
    name: 'Bachelor of Arts',
    achievementType: 'BachelorDegree',
    alignments: [],
  },
  verification: { status: 'verified', checkedAt: '2026-01-01T00:00:00.000Z', checks: [] },
  ...over,
});

describe('placementView', () => {
  it('gives the issuer-derived level with its reason in the chosen language', () => {
    const r = rec();
    const en = placementView(r, 'eqf', 'en');
    const ja = placementView(r, 'eqf', 'ja');
    expect(en).toMatchObject({ level: 6, selfAssigned: false, viaCorrespondence: false });
    expect(en.why).toBe(placementReasonText(placeCredential(r.normalized, 'eqf'), 'en'));
    expect(ja.why).toBe(placementReasonText(placeCredential(r.normalized, 'eqf'), 'ja'));
    expect(en.why).not.toBe(ja.why);
  });

  it("shows the learner's own level as self-assigned", () => {
    const v = placementView(rec({ levelOverride: { jqf: 4 } }), 'jqf', 'en');
    expect(v).toMatchObject({ level: 4, selfAssigned: true });
    expect(v.why).toMatch(/you|self/i);
  });

  it('leaves a credential without a level statement unplaced, saying why', () => {
    const v = placementView(
      rec({ normalized: { format: 'vc2-jsonld', types: ['VerifiableCredential'], name: 'Workshop', alignments: [] } }),
      'jqf',
      'en',
    );
    expect(v.level).toBeNull();
    expect(v.why.length).toBeGreaterThan(10);
  });
});
