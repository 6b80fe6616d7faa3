// Workload in hours: every unit conversion, ISO 8601 durations, guessed units and totals.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../src-shared/credential';
import { normalizeCredential } from '../../src-shared/normalize';
import {
  WORKLOAD_DATA,
  WorkloadSchema,
  creditsToHours,
  hoursToCredits,
  isoDurationHours,
  parseIsoDuration,
  totalsByField,
  totalsByLevel,
  unitForCountry,
  workloadAssumptionText,
  workloadOf,
  type Workload,
} from '../../src-shared/workload';
import { readSampleJson } from '../helpers/samples';

function cred(over: Partial<NormalizedCredential> = {}): NormalizedCredential {
  return {
    format: 'vc2-jsonld',
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Course',
    alignments: [],
    ...over,
  };
}

function wl(n: NormalizedCredential, opts = {}): Workload {
  const w = workloadOf(n, opts);
  expect(w).not.toBeNull();
  if (w === null) throw new Error('no workload');
  expect(WorkloadSchema.parse(w)).toEqual(w);
  return w;
}

describe('the unit data', () => {
  it('holds the DOMAIN.md values', () => {
    const per = Object.fromEntries(WORKLOAD_DATA.units.map((u) => [u.id, u.hoursPerCredit]));
    expect(per).toMatchObject({ jp_credit: 45, ects: 27.5, us_semester_credit: 45 });
    expect(WORKLOAD_DATA.units.find((u) => u.id === 'ects')?.hoursRange).toEqual([25, 30]);
    expect(WORKLOAD_DATA.countryUnits.assumption).toBe(true);
    expect(WORKLOAD_DATA.isoDuration.assumption).toBe(true);
  });
});

describe('parseIsoDuration', () => {
  it.each([
    ['PT60H', 60],
    ['PT90M', 1.5],
    ['PT1H30M', 1.5],
    ['PT3600S', 1],
    ['PT1.5H', 1.5],
    ['PT0,5H', 0.5],
    ['P2D', 16],
    ['P1W', 40],
    ['P1M', 137.5],
    ['P1Y', 1650],
    ['P1DT2H', 10],
    ['p2d', 16],
  ])('%s → %d hours', (text, hours) => {
    expect(parseIsoDuration(text)).toBe(hours);
  });

  it.each(['', 'P', 'PT', '60H', 'P1H', 'PT1D', 'P1Y2X', 'sixty hours', 'P-1D'])('%j is not a duration', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });

  it('says when calendar parts were converted', () => {
    expect(isoDurationHours('PT60H')).toEqual({ hours: 60, converted: false });
    expect(isoDurationHours('P2D')).toEqual({ hours: 16, converted: true });
  });
});

describe('unit conversions', () => {
  it('Japanese credits: 45 h each', () => {
    expect(creditsToHours(2, 'jp_credit')).toEqual({ hours: 90 });
    expect(hoursToCredits(90, 'jp_credit')).toBe(2);
  });
  it('ECTS: 27.5 h by default, always with the 25–30 range; the learner may choose the hours', () => {
    expect(creditsToHours(2, 'ects')).toEqual({ hours: 55, hoursRange: [50, 60] });
    expect(creditsToHours(2, 'ects', { ectsHours: 30 })).toEqual({ hours: 60, hoursRange: [50, 60] });
    expect(hoursToCredits(55, 'ects')).toBe(2);
  });
  it('US semester credits: about 45 h each', () => {
    expect(creditsToHours(3, 'us_semester_credit')).toEqual({ hours: 135 });
  });
  it('guesses the unit from the issuer country', () => {
    expect(unitForCountry('JP')).toBe('jp_credit');
    expect(unitForCountry('US')).toBe('us_semester_credit');
    expect(unitForCountry('IE')).toBe('ects');
    expect(unitForCountry('NO')).toBe('ects'); // EEA
    expect(unitForCountry('GB')).toBeUndefined();
    expect(unitForCountry(undefined)).toBeUndefined();
  });
});

describe('workloadOf', () => {
  it('nothing stated → null', () => {
    expect(workloadOf(cred())).toBeNull();
  });

  it('stated hours win', () => {
    const w = wl(cred({ statedHours: 12, volumeOfLearning: 'PT60H', creditsEarned: 2 }));
    expect(w).toMatchObject({ hours: 12, unit: 'stated_hours', assumption: { code: 'workload.stated_hours' } });
  });

  it('an ISO duration is taken as stated; a calendar one is marked converted', () => {
    expect(wl(cred({ volumeOfLearning: 'PT60H' }))).toMatchObject({
      hours: 60,
      unit: 'iso_duration',
      assumption: { code: 'workload.iso_duration' },
    });
    expect(wl(cred({ volumeOfLearning: 'P1W' }))).toMatchObject({
      hours: 40,
      assumption: { code: 'workload.iso_duration_converted' },
    });
  });

  it('ELM ECTS credit points: the unit is stated', () => {
    const w = wl(cred({ creditPoints: [{ framework: 'ECTS', value: 4 }] }));
    expect(w).toMatchObject({
      hours: 110,
      hoursRange: [100, 120],
      unit: 'ects',
      credits: 4,
      assumption: { code: 'workload.unit_stated' },
    });
  });

  it('credits without a unit: guessed from the country (JP, US, EU)', () => {
    expect(wl(cred({ creditsEarned: 2, issuerCountry: 'JP' }))).toMatchObject({
      hours: 90,
      unit: 'jp_credit',
      assumption: { code: 'workload.unit_from_country', params: { country: 'JP' } },
    });
    expect(wl(cred({ creditsEarned: 3, issuerCountry: 'US' }))).toMatchObject({
      hours: 135,
      unit: 'us_semester_credit',
    });
    expect(wl(cred({ creditsEarned: 2, issuerCountry: 'DE' }))).toMatchObject({
      hours: 55,
      hoursRange: [50, 60],
      unit: 'ects',
    });
  });

  it('credits without a unit or country: hours unknown, unless the learner chooses the unit', () => {
    expect(wl(cred({ creditsAvailable: 4 }))).toMatchObject({
      hours: null,
      unit: 'unknown',
      credits: 4,
      assumption: { code: 'workload.unit_unknown', params: { credits: 4 } },
    });
    expect(wl(cred({ creditsAvailable: 4 }), { unitOverride: 'jp_credit' })).toMatchObject({
      hours: 180,
      unit: 'jp_credit',
      assumption: { code: 'workload.unit_chosen_by_learner' },
    });
    // the learner's choice wins over the country guess
    expect(wl(cred({ creditsEarned: 2, issuerCountry: 'US' }), { unitOverride: 'ects' })).toMatchObject({
      unit: 'ects',
      hours: 55,
    });
  });

  it('earned credits win over available ones', () => {
    expect(wl(cred({ creditsEarned: 1, creditsAvailable: 4, issuerCountry: 'JP' })).hours).toBe(45);
  });

  it('the real samples', () => {
    const elm = normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    expect(wl(elm)).toMatchObject({ hours: 60, unit: 'iso_duration' });
    const ob3 = normalizeCredential(readSampleJson('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json'));
    // 42 earned credits from a US issuer → US semester credits (a guess)
    expect(wl(ob3)).toMatchObject({
      hours: 1890,
      unit: 'us_semester_credit',
      credits: 42,
      assumption: { code: 'workload.unit_from_country' },
    });
  });
});

describe('workloadAssumptionText', () => {
  const cases: NormalizedCredential[] = [
    cred({ statedHours: 12 }),
    cred({ volumeOfLearning: 'PT60H' }),
    cred({ volumeOfLearning: 'P2D' }),
    cred({ creditPoints: [{ framework: 'ECTS', value: 2 }] }),
    cred({ creditsEarned: 2, issuerCountry: 'JP' }),
    cred({ creditsEarned: 2 }),
  ];
  it('explains every assumption in English and Japanese', () => {
    for (const c of cases) {
      const w = wl(c);
      expect(workloadAssumptionText(w, 'en').length).toBeGreaterThan(10);
      expect(workloadAssumptionText(w, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(workloadAssumptionText(wl(cred({ creditsEarned: 2 })), 'en')).toMatch(/unknown/);
    expect(workloadAssumptionText(wl(cred({ creditsEarned: 2, issuerCountry: 'JP' })), 'en')).toMatch(/guessed .*JP/);
    expect(workloadAssumptionText(wl(cred({ creditsEarned: 2 })), 'en')).not.toMatch(/undefined/);
    expect(workloadAssumptionText(wl(cred({ creditPoints: [{ framework: 'ECTS', value: 2 }] })), 'en')).toMatch(
      /50–60/,
    );
    expect(
      workloadAssumptionText(wl(cred({ creditsEarned: 2 }), { unitOverride: 'us_semester_credit' }), 'ja'),
    ).toMatch(/あなたが選んだ/);
  });
});

describe('totals', () => {
  const a = cred({
    credentialId: 'urn:a',
    name: 'A',
    issuerId: 'did:x',
    creditsEarned: 2,
    issuerCountry: 'JP',
    fieldOfStudy: 'Informatics',
  });
  const aInTranscript = { ...a, containedIn: 'urn:transcript' };
  const transcript = cred({
    credentialId: 'urn:transcript',
    name: 'Transcript',
    types: ['VerifiableCredential', 'ClrCredential'],
  });
  const b = cred({ credentialId: 'urn:b', name: 'B', volumeOfLearning: 'PT10H', fieldOfStudy: 'Informatics' });
  const c = cred({ credentialId: 'urn:c', name: 'C', creditPoints: [{ framework: 'ECTS', value: 2 }] });
  const d = cred({ credentialId: 'urn:d', name: 'D', creditsEarned: 5 });

  it('sums per level, each course once (alone and inside a transcript)', () => {
    const t = totalsByLevel([
      { credential: a, level: 6 },
      { credential: aInTranscript, level: 6 },
      { credential: transcript, level: null },
      { credential: b, level: 6 },
      { credential: c, level: 5 },
      { credential: d, level: null },
    ]);
    expect(t).toEqual([
      {
        key: 6,
        hours: 100,
        hoursRange: [100, 100],
        courses: 2,
        withoutHours: 0,
        unknownUnitCourses: 0,
        unknownUnitCredits: 0,
        assumed: true,
      },
      {
        key: 5,
        hours: 55,
        hoursRange: [50, 60],
        courses: 1,
        withoutHours: 0,
        unknownUnitCourses: 0,
        unknownUnitCredits: 0,
        assumed: true,
      },
      // D states 5 credits in no known unit: no hours, but its credits are kept apart from "no workload".
      {
        key: null,
        hours: 0,
        hoursRange: [0, 0],
        courses: 1,
        withoutHours: 1,
        unknownUnitCourses: 1,
        unknownUnitCredits: 5,
        assumed: false,
      },
    ]);
  });

  it('keeps credits of an unknown unit apart from credentials that state no workload', () => {
    const e = cred({ credentialId: 'urn:e', name: 'E', creditsEarned: 2.5 });
    const none = cred({ credentialId: 'urn:none', name: 'No workload' });
    const [t] = totalsByLevel([
      { credential: d, level: 3 },
      { credential: e, level: 3 },
      { credential: none, level: 3 },
    ]);
    expect(t).toMatchObject({ key: 3, courses: 3, withoutHours: 3, unknownUnitCourses: 2, unknownUnitCredits: 7.5 });
    // Once the learner chooses the unit, the credits become hours.
    const [chosen] = totalsByLevel([{ credential: d, level: 3, workload: wl(d, { unitOverride: 'jp_credit' }) }]);
    expect(chosen).toMatchObject({ hours: 225, withoutHours: 0, unknownUnitCourses: 0, unknownUnitCredits: 0 });
  });

  it('sums per field', () => {
    const t = totalsByField([
      { credential: a, level: 6 },
      { credential: b, level: 6 },
      { credential: c, level: 5 },
    ]);
    expect(t.map((x) => [x.key, x.hours])).toEqual([
      ['Informatics', 100],
      [null, 55],
    ]);
  });

  it('uses a precomputed workload when given', () => {
    const t = totalsByLevel([{ credential: d, level: 4, workload: wl(d, { unitOverride: 'jp_credit' }) }]);
    expect(t[0]).toMatchObject({ key: 4, hours: 225, withoutHours: 0 });
  });
});
