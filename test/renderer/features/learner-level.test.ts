// A level the learner chose: it applies on both frameworks (the other one through the assumed
// JQF↔EQF correspondence, marked so), counts toward a pathway on either framework, and the
// level chooser names every level with its framework's title in the learner's language.
import { describe, expect, it } from 'vitest';
import { viewOf, type CredentialView } from '../../../src-renderer/db/credential-view';
import { buildPathwayModel } from '../../../src-renderer/features/map-model';
import { levelChoices, placementView } from '../../../src-renderer/features/placement-view';
import { CORRESPONDENCE, FRAMEWORKS, FRAMEWORK_IDS } from '../../../src-shared/frameworks';
import { PathwaySchema } from '../../../src-shared/pathways';
import { learnerPlacement } from '../../../src-shared/placement';

const NOW = new Date('2026-06-01T00:00:00Z');

function workshop(levelOverride?: { jqf?: number; eqf?: number }): CredentialView {
  const key = '7'.repeat(64);
  return viewOf({
    key,
    fileSha256: key,
    fileName: 'workshop.json',
    mediaType: 'application/ld+json',
    importedAt: NOW.toISOString(),
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Evening workshop',
      alignments: [],
      credentialId: 'urn:workshop',
    },
    verification: { status: 'verified', checks: [], checkedAt: NOW.toISOString() },
    ...(levelOverride ? { levelOverride } : {}),
  });
}

describe('learnerPlacement (the correspondence rule for a learner-chosen level)', () => {
  it('gives nothing when the learner chose no level', () => {
    expect(learnerPlacement(undefined, 'jqf')).toBeUndefined();
    expect(learnerPlacement({}, 'eqf')).toBeUndefined();
  });

  it('keeps a choice made in the framework itself, not via the correspondence', () => {
    expect(learnerPlacement({ jqf: 3 }, 'jqf')).toEqual({
      level: 3,
      chosenIn: 'jqf',
      chosenLevel: 3,
      viaCorrespondence: false,
    });
  });

  it('carries a JQF choice to the EQF through the correspondence table, and back', () => {
    for (const { from, to } of CORRESPONDENCE.jqfToEqf)
      expect(learnerPlacement({ jqf: from }, 'eqf')).toEqual({
        level: to,
        chosenIn: 'jqf',
        chosenLevel: from,
        viaCorrespondence: true,
      });
    for (const { from, to } of CORRESPONDENCE.eqfToJqf)
      expect(learnerPlacement({ eqf: from }, 'jqf')).toMatchObject({ level: to, viaCorrespondence: true });
    // The table is not the identity: upper secondary (JQF 3) is EQF 4.
    expect(learnerPlacement({ jqf: 3 }, 'eqf')?.level).toBe(4);
  });

  it('prefers the learner’s own choice in a framework over one carried from the other', () => {
    expect(learnerPlacement({ jqf: 3, eqf: 2 }, 'eqf')).toMatchObject({ level: 2, viaCorrespondence: false });
    expect(learnerPlacement({ jqf: 3, eqf: 2 }, 'jqf')).toMatchObject({ level: 3, viaCorrespondence: false });
  });
});

describe('placementView of a learner-chosen level', () => {
  it('shows a JQF choice on the EQF as self-assigned and carried across the correspondence', () => {
    const en = placementView(workshop({ jqf: 3 }), 'eqf', 'en');
    expect(en).toMatchObject({ level: 4, selfAssigned: true, viaCorrespondence: true });
    expect(en.why).toBe(
      'Chosen by you as JQF level 3; EQF level 4 from the assumed correspondence (not stated by the issuer).',
    );
    const ja = placementView(workshop({ jqf: 3 }), 'eqf', 'ja');
    expect(ja.why).toContain('JQF');
    expect(ja.why).toContain('推定');
  });

  it('shows a choice in the framework itself as plainly self-assigned', () => {
    const v = placementView(workshop({ jqf: 3 }), 'jqf', 'en');
    expect(v).toMatchObject({ level: 3, selfAssigned: true, viaCorrespondence: false });
    expect(v.why).not.toMatch(/correspondence/);
  });
});

describe('a learner-chosen level toward a pathway on the other framework', () => {
  const pathway = PathwaySchema.parse({
    id: 'eqf-entry',
    version: 1,
    name: { en: 'Needs EQF 4', ja: 'EQF 4 が必要' },
    target: { name: { en: 'Course', ja: '講座' } },
    requirements: [{ kind: 'entry_qualification', minLevel: 4, framework: 'eqf' }],
  });
  const stored = [{ id: pathway.id, fileName: 'p.json', importedAt: NOW.toISOString(), pathway }];
  const entryMet = (rec: CredentialView): boolean | undefined =>
    buildPathwayModel([rec], stored, 'eqf', [], {}, NOW).views.find((v) => v.pathway.id === 'eqf-entry')?.evaluation
      .requirements[0]?.met;

  it('meets an EQF entry requirement from a JQF choice carried across (JQF 3 → EQF 4)', () => {
    expect(entryMet(workshop({ jqf: 3 }))).toBe(true);
  });

  it('does not meet it without a choice, nor from a lower one (JQF 2 → EQF 2)', () => {
    expect(entryMet(workshop())).toBe(false);
    expect(entryMet(workshop({ jqf: 2 }))).toBe(false);
  });

  it('lets the learner’s own EQF choice win over the carried JQF one', () => {
    expect(entryMet(workshop({ jqf: 3, eqf: 2 }))).toBe(false);
  });
});

describe('levelChoices (the level chooser’s options)', () => {
  it('names each of the eight levels with its framework’s title, in the learner’s language', () => {
    for (const fw of FRAMEWORK_IDS)
      for (const lang of ['en', 'ja'] as const) {
        const choices = levelChoices(fw, lang);
        expect(choices.map((c) => c.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        choices.forEach((c, i) => expect(c.label).toContain(FRAMEWORKS[fw].levels[i]!.title[lang]));
      }
    expect(levelChoices('jqf', 'en')[0]?.label).toBe(`Level 1 — ${FRAMEWORKS.jqf.levels[0]!.title.en}`);
    expect(levelChoices('jqf', 'ja')[0]?.label).toBe(`レベル 1：${FRAMEWORKS.jqf.levels[0]!.title.ja}`);
  });
});
