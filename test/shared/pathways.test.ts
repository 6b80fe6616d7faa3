// Stackable pathways: every requirement kind, counting each course once, trust and ownership rules, file errors.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../src-shared/credential';
import { normalizeAll, normalizeCredential } from '../../src-shared/normalize';
import {
  BUNDLED_PATHWAYS,
  PathwaySchema,
  derivePathways,
  evaluatePathway,
  isSomeoneElses,
  parsePathwayFile,
  suggestLearnerIds,
  type Pathway,
} from '../../src-shared/pathways';
import { localText, type Lang, type LocalText } from '../../src-shared/i18n';
import { readSampleJson } from '../helpers/samples';

/** A requirement's or next step's words as the learner reads them. */
const text = (t: LocalText | null | undefined, lang: Lang): string | undefined =>
  t === null || t === undefined ? undefined : localText(t, lang);

const ME = 'did:example:me';
const NOW = new Date('2026-01-01T00:00:00Z');

function cred(over: Partial<NormalizedCredential> = {}): NormalizedCredential {
  return {
    format: 'vc2-jsonld',
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Course',
    alignments: [],
    subjectId: ME,
    subjectIdentifiers: [ME],
    ...over,
  };
}

function pathway(requirements: Pathway['requirements'], over: Partial<Pathway> = {}): Pathway {
  return PathwaySchema.parse({
    id: 'test',
    version: 1,
    name: { en: 'Test', ja: 'テスト' },
    target: { name: { en: 'T', ja: 'T' } },
    requirements,
    ...over,
  });
}

const niad = BUNDLED_PATHWAYS.find((p) => p.id === 'niad-qe-bachelor-credit-accumulation');
const certificate = BUNDLED_PATHWAYS.find((p) => p.id === 'university-certificate-programme-60h');

describe('bundled pathways', () => {
  it('load and follow DOMAIN.md', () => {
    expect(niad).toBeDefined();
    expect(niad?.target).toEqual({ name: { en: "Bachelor's degree", ja: '学士' }, level: 6, framework: 'jqf' });
    expect(niad?.requirements.map((r) => r.kind)).toEqual(['entry_qualification', 'credits', 'step', 'step']);
    expect(niad?.requirements[0]).toMatchObject({ minLevel: 5, framework: 'jqf' });
    expect(niad?.requirements[1]).toMatchObject({ min: 62, minYears: 2, unit: 'jp_credit' });
    expect(certificate?.requirements).toEqual([{ kind: 'hours', id: 'hours', min: 60 }]);
  });
});

describe('entry_qualification', () => {
  const p = pathway([{ kind: 'entry_qualification', id: 'entry', minLevel: 5, framework: 'jqf' }]);
  it('met by an associate degree (JQF 5 by its type), with the assumption named', () => {
    const e = evaluatePathway(p, [cred({ credentialId: 'urn:ad', achievementType: 'AssociateDegree' })], { now: NOW });
    expect(e.requirements[0]).toMatchObject({
      met: true,
      progress: { have: 5, need: 5 },
      counted: ['cred:urn:ad'],
      assumptions: ['level_from_type'],
    });
    expect(e.met).toBe(true);
    expect(e.nextStep).toBeNull();
  });
  it('not met by a secondary school diploma; says the highest level so far', () => {
    const e = evaluatePathway(p, [cred({ achievementType: 'SecondarySchoolDiploma' })], { now: NOW });
    expect(e.requirements[0]).toMatchObject({ met: false, progress: { have: 3, need: 5 } });
    expect(text(e.nextStep, 'en')).toMatch(/JQF level 5 or higher.*highest so far: level 3/);
    expect(text(e.nextStep, 'ja')).toMatch(/JQFレベル5以上/);
  });
  it('an EQF alignment counts through the correspondence, marked as an assumption', () => {
    const e = evaluatePathway(p, [cred({ alignments: [{ targetUrl: 'http://data.europa.eu/snb/eqf/5' }] })], {
      now: NOW,
    });
    expect(e.requirements[0]).toMatchObject({ met: true, assumptions: ['level_via_correspondence'] });
  });
  it("the learner's level override wins", () => {
    const e = evaluatePathway(p, [cred({ name: 'Diploma from abroad' })], { now: NOW, levelOverrideFor: () => 5 });
    expect(e.requirements[0]?.met).toBe(true);
  });
});

describe('credits', () => {
  const jp = (
    id: string,
    credits: number,
    date: string,
    over: Partial<NormalizedCredential> = {},
  ): NormalizedCredential =>
    cred({
      credentialId: id,
      name: `Course ${id}`,
      issuerId: 'did:web:uni.ac.jp',
      issuerCountry: 'JP',
      creditsEarned: credits,
      issuedOn: date,
      ...over,
    });

  it('counts earned credits toward the minimum and measures the years', () => {
    const p = pathway([{ kind: 'credits', id: 'c', min: 10, minYears: 2 }]);
    const e = evaluatePathway(p, [jp('urn:1', 4, '2022-04-01T00:00:00Z'), jp('urn:2', 4, '2023-04-01T00:00:00Z')], {
      now: NOW,
    });
    expect(e.requirements[0]).toMatchObject({
      met: false,
      progress: { have: 8, need: 10 },
      counted: ['cred:urn:1', 'cred:urn:2'],
    });
    expect(e.requirements[0]?.years?.have).toBeCloseTo(1, 1);
    expect(text(e.nextStep, 'en')).toMatch(/2 more credits.*span 1 of the 2 years/);
    const done = evaluatePathway(
      p,
      [
        jp('urn:1', 4, '2022-04-01T00:00:00Z'),
        jp('urn:2', 4, '2023-04-01T00:00:00Z'),
        jp('urn:3', 2, '2024-04-02T00:00:00Z'),
      ],
      { now: NOW },
    );
    expect(done.requirements[0]?.met).toBe(true);
    expect(done.progress).toBe(1);
  });

  it('uses activity dates when stated, and ignores dates after now', () => {
    const p = pathway([{ kind: 'credits', min: 1, minYears: 1 }]);
    const e = evaluatePathway(
      p,
      [
        jp('urn:1', 2, '2030-01-01T00:00:00Z', {
          activityStartDate: '2023-01-01T00:00:00Z',
          activityEndDate: '2024-06-01T00:00:00Z',
        }),
      ],
      { now: NOW },
    );
    expect(e.requirements[0]?.years?.have).toBeCloseTo(1.41, 1);
  });

  it('credits on offer (creditsAvailable) of an awarded course count as earned, flagged as an assumption', () => {
    const p = pathway([{ kind: 'credits', min: 6 }]);
    const e = evaluatePathway(
      p,
      [
        cred({ credentialId: 'urn:x', creditsAvailable: 4 }),
        cred({ credentialId: 'urn:y', name: 'Other', creditsEarned: 2, creditsAvailable: 4 }),
      ],
      { now: NOW },
    );
    expect(e.requirements[0]).toMatchObject({
      met: true,
      progress: { have: 6, need: 6 },
      counted: ['cred:urn:x', 'cred:urn:y'],
      notCounted: [],
    });
    expect(e.requirements[0]?.assumptions).toContain('credits_available_counted');
  });

  it('credits earned, when stated, win over credits available and need no assumption', () => {
    const p = pathway([{ kind: 'credits', min: 6 }]);
    const e = evaluatePathway(p, [cred({ credentialId: 'urn:y', creditsEarned: 2, creditsAvailable: 4 })], {
      now: NOW,
    });
    expect(e.requirements[0]).toMatchObject({ met: false, progress: { have: 2, need: 6 } });
    expect(e.requirements[0]?.assumptions).not.toContain('credits_available_counted');
  });

  it('filters by field', () => {
    const p = pathway([{ kind: 'credits', min: 2, field: 'Informatics' }]);
    const e = evaluatePathway(
      p,
      [
        jp('urn:1', 2, '2022-04-01T00:00:00Z', { fieldOfStudy: 'Informatics and Data' }),
        jp('urn:2', 2, '2022-04-01T00:00:00Z', { fieldOfStudy: 'History' }),
        jp('urn:3', 2, '2022-04-01T00:00:00Z'),
      ],
      { now: NOW },
    );
    expect(e.requirements[0]).toMatchObject({ met: true, progress: { have: 2, need: 2 }, counted: ['cred:urn:1'] });
    expect(e.requirements[0]?.notCounted).toEqual([
      { key: 'cred:urn:2', reason: 'field_differs' },
      { key: 'cred:urn:3', reason: 'field_not_stated' },
    ]);
  });

  it('converts other units through hours when the pathway names a unit, and says so', () => {
    const p = pathway([{ kind: 'credits', min: 62, unit: 'jp_credit' }]);
    const ects = cred({ credentialId: 'urn:e', name: 'EU course', creditPoints: [{ framework: 'ECTS', value: 18 }] });
    const e = evaluatePathway(p, [ects], { now: NOW });
    // 18 ECTS × 27.5 h = 495 h = 11 Japanese credits
    expect(e.requirements[0]).toMatchObject({ progress: { have: 11, need: 62 }, assumptions: ['credits_converted'] });
    const unknown = evaluatePathway(p, [cred({ credentialId: 'urn:u', creditsEarned: 3 })], { now: NOW });
    expect(unknown.requirements[0]).toMatchObject({
      progress: { have: 3 },
      assumptions: ['unit_unknown_taken_as_required'],
    });
    const guessed = evaluatePathway(p, [jp('urn:j', 3, '2022-01-01T00:00:00Z')], { now: NOW });
    expect(guessed.requirements[0]).toMatchObject({ progress: { have: 3 }, assumptions: ['unit_from_country'] });
    const chosen = evaluatePathway(p, [cred({ credentialId: 'urn:u', creditsEarned: 3 })], {
      now: NOW,
      unitOverrideFor: () => 'us_semester_credit',
    });
    expect(chosen.requirements[0]).toMatchObject({ progress: { have: 3 }, assumptions: ['credits_converted'] });
  });

  it('the same course alone and inside a transcript counts once', () => {
    const p = pathway([{ kind: 'credits', min: 100 }]);
    const alone = jp('urn:course-1', 2, '2022-04-01T00:00:00Z');
    const transcript = cred({
      credentialId: 'urn:transcript',
      name: 'Transcript',
      types: ['VerifiableCredential', 'ClrCredential'],
    });
    const inside = { ...alone, containedIn: 'urn:transcript' };
    const other = { ...jp('urn:course-2', 3, '2022-04-01T00:00:00Z'), containedIn: 'urn:transcript' };
    const e = evaluatePathway(p, [alone, transcript, inside, other], { now: NOW });
    expect(e.requirements[0]?.progress.have).toBe(5);
    expect(e.requirements[0]?.counted).toEqual(['cred:urn:course-1', 'cred:urn:course-2']);
  });

  it('the same achievement earned twice (no credential ids) counts once; same name from another issuer does not merge', () => {
    const p = pathway([{ kind: 'credits', min: 100 }]);
    const a1 = cred({
      achievementId: 'https://uni/ach/stats',
      achievementName: 'Statistics',
      name: 'Statistics',
      issuerId: 'did:uni',
      creditsEarned: 2,
    });
    const a2 = { ...a1, issuedOn: '2024-01-01T00:00:00Z' };
    const sameNameOtherIssuer = cred({ name: 'Statistics', issuerId: 'did:other', creditsEarned: 2 });
    const sameIdOtherCourse = cred({
      achievementId: 'https://uni/ach/stats',
      achievementName: 'Algebra',
      name: 'Algebra',
      issuerId: 'did:uni',
      creditsEarned: 2,
    });
    expect(
      evaluatePathway(p, [a1, a2, sameNameOtherIssuer, sameIdOtherCourse], { now: NOW }).requirements[0]?.progress.have,
    ).toBe(6);
  });

  it('credits of the entry qualification are not counted again', () => {
    const p = pathway([
      { kind: 'entry_qualification', minLevel: 5, framework: 'jqf' },
      { kind: 'credits', min: 62 },
    ]);
    const ad = cred({ credentialId: 'urn:ad', achievementType: 'AssociateDegree', creditsEarned: 62 });
    const e = evaluatePathway(p, [ad, cred({ credentialId: 'urn:c', creditsEarned: 4 })], { now: NOW });
    expect(e.requirements[1]).toMatchObject({
      progress: { have: 4 },
      notCounted: [{ key: 'cred:urn:ad', reason: 'used_as_entry_qualification' }],
    });
  });

  it('one credential is the entry qualification: a degree without credits is preferred, so an aligned course keeps its credits', () => {
    const p = pathway([
      { kind: 'entry_qualification', minLevel: 5, framework: 'jqf' },
      { kind: 'credits', min: 62 },
    ]);
    const ad = cred({ credentialId: 'urn:ad', achievementType: 'AssociateDegree' });
    const aligned = cred({
      credentialId: 'urn:eqf6',
      creditsEarned: 6,
      alignments: [{ targetUrl: 'http://data.europa.eu/snb/eqf/6' }],
    });
    const e = evaluatePathway(p, [aligned, ad, cred({ credentialId: 'urn:c', creditsEarned: 4 })], { now: NOW });
    expect(e.requirements[0]).toMatchObject({ met: true, counted: ['cred:urn:ad'] });
    expect(e.requirements[1]).toMatchObject({ progress: { have: 10 } });
    expect(e.requirements[1]?.counted).toContain('cred:urn:eqf6');
  });
});

describe('n_of', () => {
  const p = pathway([
    {
      kind: 'n_of',
      id: 'core',
      n: 2,
      of: [{ achievementId: 'https://uni/ach/1' }, { name: 'data  ethics' }, { type: 'Certification' }],
    },
  ]);
  it('counts matched selectors by achievement id, name (case and spacing ignored) and type', () => {
    const one = evaluatePathway(p, [cred({ credentialId: 'urn:1', achievementId: 'https://uni/ach/1' })], { now: NOW });
    expect(one.requirements[0]).toMatchObject({ met: false, progress: { have: 1, need: 2 } });
    expect(text(one.nextStep, 'en')).toBe('1 more of: data  ethics, Certification.');
    const two = evaluatePathway(
      p,
      [
        cred({ credentialId: 'urn:1', achievementId: 'https://uni/ach/1' }),
        cred({ credentialId: 'urn:2', name: 'Data Ethics' }),
      ],
      { now: NOW },
    );
    expect(two.requirements[0]).toMatchObject({ met: true, counted: ['cred:urn:1', 'cred:urn:2'] });
    const byType = evaluatePathway(
      p,
      [
        cred({ credentialId: 'urn:3', achievementType: 'certification' }),
        cred({ credentialId: 'urn:2', name: 'Data Ethics' }),
      ],
      { now: NOW },
    );
    expect(byType.requirements[0]?.met).toBe(true);
  });
  it('one credential satisfies one selector only', () => {
    const q = pathway([{ kind: 'n_of', n: 2, of: [{ type: 'Course' }, { type: 'Course' }] }]);
    expect(
      evaluatePathway(q, [cred({ credentialId: 'urn:1', achievementType: 'Course' })], { now: NOW }).requirements[0]
        ?.progress.have,
    ).toBe(1);
  });
});

describe('hours', () => {
  it('adds workload hours of distinct courses (certificate programme ≥ 60 h)', () => {
    if (certificate === undefined) throw new Error('bundled pathway missing');
    const e = evaluatePathway(
      certificate,
      [
        cred({ credentialId: 'urn:1', name: 'A', volumeOfLearning: 'PT30H' }),
        cred({ credentialId: 'urn:1', name: 'A', volumeOfLearning: 'PT30H', containedIn: 'urn:t' }),
        cred({ credentialId: 'urn:2', name: 'B', creditsEarned: 1 }),
      ],
      { now: NOW },
    );
    expect(e.requirements[0]).toMatchObject({
      met: false,
      progress: { have: 30, need: 60 },
      notCounted: [{ key: 'cred:urn:2', reason: 'hours_unknown' }],
    });
    expect(text(e.nextStep, 'en')).toBe('30 more hours of learning (30 of 60).');
    expect(text(e.nextStep, 'ja')).toBe('あと30時間の学修（30／60時間）。');
    const withUnit = evaluatePathway(
      certificate,
      [
        cred({ credentialId: 'urn:1', volumeOfLearning: 'PT30H' }),
        cred({ credentialId: 'urn:2', name: 'B', creditsEarned: 1 }),
      ],
      {
        now: NOW,
        workload: { unitOverride: 'jp_credit' },
      },
    );
    expect(withUnit.requirements[0]).toMatchObject({
      met: true,
      progress: { have: 75 },
      assumptions: ['hours_estimated'],
    });
  });
});

describe('steps and overall progress', () => {
  it('steps are ticked by the learner; nextStep is the first unmet requirement', () => {
    if (niad === undefined) throw new Error('bundled pathway missing');
    const creds = [
      cred({ credentialId: 'urn:ad', achievementType: 'AssociateDegree', issuedOn: '2020-03-01T00:00:00Z' }),
      ...Array.from({ length: 16 }, (_, i) =>
        cred({
          credentialId: `urn:c${i}`,
          name: `Course ${i}`,
          issuerId: 'did:uni',
          issuerCountry: 'JP',
          creditsEarned: 4,
          issuedOn: `${2021 + Math.floor(i / 6)}-0${1 + (i % 6)}-01T00:00:00Z`,
        }),
      ),
    ];
    const e = evaluatePathway(niad, creds, { now: NOW });
    expect(e.requirements.map((r) => [r.id, r.met])).toEqual([
      ['entry', true],
      ['credits', true],
      ['learning-outcome-report', false],
      ['examination', false],
    ]);
    expect(e.requirements[1]?.progress).toEqual({ have: 64, need: 62 });
    expect(e.progress).toBe(0.5);
    expect(text(e.nextStep, 'en')).toMatch(/learning-outcome report/);
    const ticked = evaluatePathway(niad, creds, { now: NOW, tickedSteps: ['learning-outcome-report', 'examination'] });
    expect(ticked).toMatchObject({ met: true, progress: 1, nextStep: null });
  });
});

describe("someone else's credentials", () => {
  it('count toward nothing and are reported', () => {
    const p = pathway([{ kind: 'credits', min: 10 }]);
    const theirs = cred({
      credentialId: 'urn:theirs',
      name: 'Their course',
      subjectId: 'did:example:them',
      subjectIdentifiers: ['did:example:them'],
      creditsEarned: 8,
    });
    const mine = cred({
      credentialId: 'urn:mine',
      creditsEarned: 2,
      subjectIdentifiers: ['did:example:other-wallet-id', 'me@example.com'],
    });
    const e = evaluatePathway(p, [theirs, mine], { now: NOW, learnerIds: [ME, 'me@example.com'] });
    expect(e.requirements[0]?.progress.have).toBe(2);
    expect(e.notYours).toEqual([{ key: 'cred:urn:theirs', name: 'Their course' }]);
    // without learner ids nothing is excluded
    expect(evaluatePathway(p, [theirs, mine], { now: NOW }).requirements[0]?.progress.have).toBe(10);
  });
  it('a credential naming no subject is not taken for someone else', () => {
    expect(isSomeoneElses(cred({ subjectId: undefined, subjectIdentifiers: undefined }), [ME])).toBe(false);
    expect(isSomeoneElses(cred(), [])).toBe(false);
  });
  it('suggestLearnerIds: the most common subject ids', () => {
    expect(
      suggestLearnerIds([
        cred(),
        cred(),
        cred({ subjectIdentifiers: ['did:x'] }),
        cred({ subjectIdentifiers: [ME, 'me@example.com'] }),
      ]),
    ).toEqual([ME]);
    expect(suggestLearnerIds([cred({ subjectIdentifiers: ['a'] }), cred({ subjectIdentifiers: ['b'] })])).toEqual([
      'a',
      'b',
    ]);
    expect(suggestLearnerIds([])).toEqual([]);
  });
});

describe('the real CLR 2.0 sample', () => {
  const all = normalizeAll(readSampleJson('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json'));

  it('suggests the transcript subject, and reports the nested credential issued to someone else', () => {
    const ids = suggestLearnerIds(all);
    expect(ids).toEqual(['urn:uuid:360a0e1e-c3f4-4fc4-9975-379889927d54']);
    const p = pathway([{ kind: 'n_of', n: 1, of: [{ type: 'Diploma' }] }]);
    const e = evaluatePathway(p, all, { now: NOW, learnerIds: ids });
    expect(e.notYours.map((x) => x.name)).toEqual(['Nurse Assistant 1 Program with Licensure']);
    expect(e.requirements[0]?.met).toBe(false);
  });

  it('derives the programme pathway from its associations', () => {
    const derived = derivePathways(all);
    expect(derived).toHaveLength(1);
    const d = derived[0];
    expect(d).toMatchObject({
      id: 'derived:urn:uuid:3314c2c0-2ee9-4183-838b-470c15ddfb08',
      derivedFrom: 'clr_association',
      target: { name: { en: 'Nurse Assistant 1 Program with Licensure' } },
    });
    const req = d?.requirements[0];
    expect(req?.kind).toBe('n_of');
    if (req?.kind !== 'n_of') throw new Error('expected n_of');
    // isParentOf ×4 (source = parent) plus one isPartOf (target = parent)
    expect(req.of.map((s) => s.achievementId)).toEqual([
      'urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22',
      'urn:uuid:0f09ae53-33ae-4472-8daa-d7381b859e6c',
      'urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5',
      'urn:uuid:e935e820-d9a0-4e9e-8b84-6ec82caabaf7',
      'urn:uuid:4072f4b6-75e9-42ed-8b95-b92711310dbe',
    ]);
    if (d === undefined) throw new Error('no derived pathway');
    const e = evaluatePathway(d, all, { now: NOW, learnerIds: suggestLearnerIds(all) });
    expect(e.requirements[0]?.progress).toEqual({ have: 2, need: 5 });
    // Parts the wallet holds are named; the rest are shortened ids, never a wall of UUIDs.
    expect(text(e.requirements[0]?.label, 'en')).toBe('All 5 parts of Nurse Assistant 1 Program with Licensure');
    expect(req.of.filter((s) => s.name !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(text(e.requirements[0]?.missing, 'en')).not.toMatch(/urn:uuid:[0-9a-f-]{36}/);
  });
});

describe('ELM hasPart / isPartOf', () => {
  it('derives a pathway from the parent and its parts', () => {
    const whole = cred({
      credentialId: 'urn:whole',
      claimId: 'urn:claim:whole',
      achievementName: 'Programme',
      hasPart: ['urn:claim:p1', 'urn:claim:p2'],
    });
    const p1 = cred({ credentialId: 'urn:p1', claimId: 'urn:claim:p1', achievementName: 'Part 1' });
    const p3 = cred({
      credentialId: 'urn:p3',
      claimId: 'urn:claim:p3',
      achievementName: 'Part 3',
      isPartOf: ['urn:claim:whole'],
    });
    const [d] = derivePathways([whole, p1, p3]);
    expect(d).toMatchObject({ derivedFrom: 'elm_has_part', name: { en: 'Programme: all parts' } });
    if (d === undefined) throw new Error('no derived pathway');
    expect(evaluatePathway(d, [whole, p1, p3], { now: NOW }).requirements[0]?.progress).toEqual({ have: 2, need: 3 });
  });
  it('nothing to derive from the ELM sample (no parts)', () => {
    expect(
      derivePathways([normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'))]),
    ).toEqual([]);
  });
});

describe('parsePathwayFile', () => {
  const good = JSON.stringify({
    id: 'x',
    version: 1,
    name: { en: 'X', ja: 'X' },
    target: { name: { en: 'X', ja: 'X' } },
    requirements: [{ kind: 'hours', min: 60 }],
  });

  it('accepts a valid file and the bundled ones', async () => {
    const r = parsePathwayFile(good);
    expect(r.ok).toBe(true);
    const { readFileSync } = await import('node:fs');
    for (const f of ['niad-qe-bachelor.json', 'university-certificate-programme.json']) {
      expect(parsePathwayFile(readFileSync(`src-shared/data/pathways/${f}`, 'utf8')).ok).toBe(true);
    }
  });

  function message(text: string, lang: 'en' | 'ja' = 'en'): string {
    const r = parsePathwayFile(text, lang);
    expect(r.ok).toBe(false);
    return r.ok ? '' : (expect(r.error.code).toBe('bad_request'), r.error.message);
  }

  const base = JSON.parse(good) as Record<string, unknown>;
  const withReq = (req: unknown): string => JSON.stringify({ ...base, requirements: [req] });

  it('names the field and what was expected', () => {
    expect(message('{ not json')).toMatch(/^The pathway file is not valid JSON/);
    expect(message(withReq({ kind: 'credits', min: '62' }))).toBe(
      'The pathway file has a problem. requirements[0].min: expected a number, but found text ("62").',
    );
    expect(message(withReq({ kind: 'credits', min: -1 }))).toMatch(
      /requirements\[0\]\.min: must be more than 0, but found a number \(-1\)/,
    );
    expect(message(withReq({ kind: 'credit', min: 62 }))).toMatch(
      /requirements\[0\]\.kind: must be one of "entry_qualification", "credits", "n_of", "hours", "step", but found text \("credit"\)/,
    );
    expect(message(withReq({ kind: 'credits', min: 62, minYear: 2 }))).toMatch(
      /requirements\[0\]: unknown field\(s\) "minYear"/,
    );
    expect(message(withReq({ kind: 'credits', min: 62, unit: 'hours' }))).toMatch(
      /requirements\[0\]\.unit: must be one of "jp_credit", "ects", "us_semester_credit"/,
    );
    expect(message(withReq({ kind: 'entry_qualification', minLevel: 9, framework: 'jqf' }))).toMatch(
      /requirements\[0\]\.minLevel: must be at most 8/,
    );
    expect(message(withReq({ kind: 'n_of', n: 3, of: [{ name: 'a' }] }))).toMatch(
      /requirements\[0\]\.n: n \(3\) is more than the 1 listed/,
    );
    expect(message(withReq({ kind: 'n_of', n: 1, of: [{}] }))).toMatch(
      /requirements\[0\]\.of\[0\]: needs at least one of achievementId, name or type/,
    );
    expect(message(withReq({ kind: 'step', text: { en: 'x', ja: 'x' } }))).toMatch(
      /requirements\[0\]\.id: expected text, but found nothing/,
    );
    expect(message(JSON.stringify({ ...base, name: { en: 'X' } }))).toMatch(
      /name\.ja: expected text, but found nothing/,
    );
    expect(message(JSON.stringify({ ...base, requirements: [] }))).toMatch(/requirements: needs at least 1 item/);
    expect(message('[]')).toMatch(/\(the whole file\): expected an object/);
  });

  it('speaks Japanese too', () => {
    expect(message(withReq({ kind: 'credits', min: '62' }), 'ja')).toBe(
      '経路ファイルに問題があります。 requirements[0].min：数値が必要ですが、文字列（"62"）です。',
    );
  });
});
