// The progress map model: placement, grouping by field, workload totals, pathway evaluation and trust rules.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../../src-shared/credential';
import { viewOf, type CredentialView } from '../../../src-renderer/db/credential-view';
import type { StoredCredential } from '../../../src-renderer/db/database';
import {
  OTHER_FIELD,
  buildMapModel,
  buildPathwayModel,
  fieldTotals,
  filterEntries,
  groupByLevel,
  pathwaysCountingFor,
} from '../../../src-renderer/features/map-model';
import { levelTotalText, mapPictureData, requirementSummary } from '../../../src-renderer/features/map-text';
import { uiText } from '../../../src-shared/i18n';

const ME = 'did:example:me';
const NOW = new Date('2026-06-01T00:00:00Z');
const t = (key: Parameters<typeof uiText>[0], params?: Record<string, string | number>): string =>
  uiText(key, 'en', params);

let n = 0;
function rec(
  over: Partial<NormalizedCredential>,
  status: StoredCredential['verification']['status'] = 'verified',
): CredentialView {
  n += 1;
  const key = `${String(n).padStart(64, '0')}`;
  // The map is given views of what is stored.
  return viewOf({
    key,
    fileSha256: key,
    fileName: `f${n}.json`,
    mediaType: 'application/ld+json',
    importedAt: NOW.toISOString(),
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `Course ${n}`,
      alignments: [],
      credentialId: `urn:${n}`,
      subjectId: ME,
      subjectIdentifiers: [ME],
      issuerName: 'Uni',
      issuerCountry: 'JP',
      ...over,
    },
    verification: { status, checks: [], checkedAt: NOW.toISOString() },
  });
}

const degree = rec({ name: 'Associate degree', achievementType: 'AssociateDegree', issuedOn: '2022-03-20T00:00:00Z' });
const c2 = rec({
  name: 'Data 1',
  achievementType: 'Course',
  creditsEarned: 2,
  fieldOfStudy: 'Informatics',
  issuedOn: '2024-04-01T00:00:00Z',
});
const c4 = rec(
  {
    name: 'Data 2',
    achievementType: 'Course',
    creditsEarned: 4,
    fieldOfStudy: 'Informatics',
    issuedOn: '2025-04-01T00:00:00Z',
  },
  'could_not_check',
);
const c6 = rec({ name: 'History', achievementType: 'Course', creditsEarned: 6, issuedOn: '2026-04-01T00:00:00Z' });
const other = rec({
  name: 'Not mine',
  achievementType: 'Course',
  creditsEarned: 10,
  subjectId: 'did:example:else',
  subjectIdentifiers: ['did:example:else'],
});
const records = [degree, c2, c4, c6, other];

describe('progress map model', () => {
  it('places, groups by field ("Other field" last) and totals only the learner’s own credentials', () => {
    const model = buildMapModel(records, 'jqf', 'en', [ME]);
    expect(model.entries.find((e) => e.rec === other)?.mine).toBe(false);
    const groups = groupByLevel(model.entries, 'en');
    expect(groups.map((g) => g.level)).toEqual([8, 7, 6, 5, 4, 3, 2, 1, null]);
    expect(groups.find((g) => g.level === 5)?.fields[0]?.entries.map((e) => e.rec.normalized.name)).toEqual([
      'Associate degree',
    ]);
    const tray = groups.find((g) => g.level === null);
    expect(tray?.fields.map((f) => f.field)).toEqual(['Informatics', null]);
    expect(tray?.count).toBe(4);
    // 2 + 4 + 6 Japanese credits × 45 h; the 10 credits of someone else's course count toward nothing.
    expect(tray?.total).toMatchObject({ hours: 540, courses: 3, assumed: true });
    expect(levelTotalText(tray?.total, t)).toBe('540 h · includes assumptions');
    // Credits in a unit the wallet does not know are named as credits, not as "no workload".
    const unknownUnit = buildMapModel(
      [rec({ name: 'Abroad', achievementType: 'Course', creditsEarned: 3, issuerCountry: undefined })],
      'jqf',
      'en',
      [],
    );
    const abroad = groupByLevel(unknownUnit.entries, 'en').find((g) => g.level === null)?.total;
    expect(levelTotalText(abroad, t)).toBe('3 credits, unit unknown');
    expect(
      levelTotalText(
        {
          ...abroad!,
          courses: 3,
          withoutHours: 2,
          hours: 90,
          hoursRange: [90, 90],
          assumed: true,
          unknownUnitCourses: 1,
        },
        t,
      ),
    ).toBe('90 h · includes assumptions · 3 credits, unit unknown · 1 with no workload stated');
    expect(levelTotalText({ ...abroad!, unknownUnitCourses: 0, unknownUnitCredits: 0 }, t)).toBe('no workload stated');
    // Per field too: Informatics holds 2 + 4 credits (270 h); the other field 6 credits (270 h).
    expect(tray?.fields.map((f) => f.total?.hours)).toEqual([270, 270]);
    expect(fieldTotals(model.entries).map((f) => [f.key, f.hours])).toEqual([
      ['Informatics', 270],
      [null, 270],
    ]);
  });

  it('filters by status, issuer and field without recomputing placements', () => {
    const model = buildMapModel(records, 'jqf', 'en', [ME]);
    expect(
      filterEntries(model.entries, { status: 'could_not_check', issuer: '', field: '' }).map((e) => e.rec),
    ).toEqual([c4]);
    expect(filterEntries(model.entries, { status: '', issuer: '', field: 'Informatics' }).map((e) => e.rec)).toEqual([
      c2,
      c4,
    ]);
    expect(filterEntries(model.entries, { status: '', issuer: '', field: OTHER_FIELD })).toHaveLength(3);
    expect(filterEntries(model.entries, { status: '', issuer: 'Nobody', field: '' })).toHaveLength(0);
    expect(model.fields).toEqual(['Informatics']);
    expect(model.issuers).toEqual(['Uni']);
  });

  it('a credential that is not verified counts toward no pathway; one that could not be checked still counts', () => {
    const tampered = rec(
      { name: 'Tampered', achievementType: 'Course', creditsEarned: 30, issuedOn: '2025-01-01T00:00:00Z' },
      'not_verified',
    );
    const pm = buildPathwayModel([...records, tampered], [], 'jqf', [ME], {}, NOW);
    const credits = pm.views.find((v) => v.pathway.id === 'niad-qe-bachelor-credit-accumulation')?.evaluation
      .requirements[1];
    expect(credits?.progress.have).toBe(12);
    expect(credits?.counted.map((k) => pm.recordKeyOf.get(k))).not.toContain(tampered.key);
    expect(credits?.counted.map((k) => pm.recordKeyOf.get(k))).toContain(c4.key);
  });

  it('evaluates the NIAD-QE path: entry qualification met, 12 of 62 credits, target on level 6', () => {
    const pm = buildPathwayModel(records, [], 'jqf', [ME], {}, NOW);
    const niad = pm.views.find((v) => v.pathway.id === 'niad-qe-bachelor-credit-accumulation');
    expect(niad?.target).toEqual({ level: 6, viaCorrespondence: false });
    const [entry, credits] = niad?.evaluation.requirements ?? [];
    expect(entry?.met).toBe(true);
    expect(requirementSummary(credits!, t)).toBe('62 credits needed, 12 counted');
    expect(credits?.counted.map((k) => pm.recordKeyOf.get(k))).toEqual([c2.key, c4.key, c6.key]);
    expect(niad?.evaluation.notYours.map((x) => x.name)).toEqual(['Not mine']);
    expect(pathwaysCountingFor(c2, pm.views).map((v) => v.pathway.id)).toContain(
      'niad-qe-bachelor-credit-accumulation',
    );
    // Ticked steps count.
    const ticked = buildPathwayModel(
      records,
      [],
      'jqf',
      [ME],
      { 'niad-qe-bachelor-credit-accumulation': ['examination'] },
      NOW,
    );
    expect(ticked.views[0]?.evaluation.requirements[3]?.met).toBe(true);
    // On the EQF the target level is carried across the assumed correspondence.
    expect(buildPathwayModel(records, [], 'eqf', [ME], {}, NOW).views[0]?.target?.viaCorrespondence).toBe(true);
  });

  it('builds the picture data with path badges on the target row', () => {
    const model = buildMapModel(records, 'jqf', 'en', [ME]);
    const pm = buildPathwayModel(records, [], 'jqf', [ME], {}, NOW);
    const pic = mapPictureData(groupByLevel(model.entries, 'en'), pm.views, 'jqf', 'en', t, NOW);
    expect(pic.rows[2]?.paths[0]).toMatch(/^Bachelor's degree by credit accumulation \(NIAD-QE\) \d+%$/);
    expect(pic.rows[3]?.markers.map((m) => m.name)).toEqual(['Associate degree']);
    expect(pic.rows[8]?.markers.find((m) => m.name === 'Not mine')?.notMine).toBe(true);
  });

  it('accounts for every one of 5,000 credentials, each course once in the totals', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      rec({
        name: `Course ${i % 2500}`,
        creditsEarned: 1,
        fieldOfStudy: `Field ${i % 20}`,
        ...(i % 3 === 0 ? { alignments: [{ targetUrl: `http://data.europa.eu/snb/eqf/${(i % 8) + 1}` }] } : {}),
      }),
    );
    const model = buildMapModel(many, 'jqf', 'en', [ME]);
    const groups = groupByLevel(model.entries, 'en');
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(5000);
    // Same issuer and course name: the second copy of each course is the same course.
    const courses = groups.reduce((n, g) => n + (g.total?.courses ?? 0), 0);
    expect(courses).toBeGreaterThanOrEqual(2500);
    expect(courses).toBeLessThan(5000);
    expect(buildPathwayModel(many, [], 'jqf', [ME], {}, NOW).views.length).toBeGreaterThan(0);
  });
});
