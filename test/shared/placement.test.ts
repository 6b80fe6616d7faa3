// Placement on the frameworks: every rule in order, with the reason the learner is shown.
import { describe, expect, it } from 'vitest';
import type { Alignment, NormalizedCredential } from '../../src-shared/credential';
import type { FrameworkId } from '../../src-shared/frameworks';
import { normalizeCredential } from '../../src-shared/normalize';
import {
  PLACEMENT_REASON_CODES,
  PlacementSchema,
  frameworkNamed,
  parseLevelCode,
  placeCredential,
  placementReasonText,
  type Placement,
} from '../../src-shared/placement';
import { readSampleJson } from '../helpers/samples';

function cred(over: Partial<NormalizedCredential> = {}): NormalizedCredential {
  return {
    format: 'vc2-jsonld',
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Test',
    alignments: [],
    ...over,
  };
}

function aligned(...alignments: Alignment[]): NormalizedCredential {
  return cred({ alignments });
}

function placed(n: NormalizedCredential, fw: FrameworkId): Placement {
  const p = placeCredential(n, fw);
  expect(PlacementSchema.parse(p)).toEqual(p);
  return p;
}

describe('(1) explicit alignments', () => {
  it('an EQF URI in targetUrl, http or https', () => {
    const p = placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/6' }), 'eqf');
    expect(p).toEqual({
      level: 6,
      source: 'alignment',
      reason: {
        code: 'placement.aligned_eqf_uri',
        params: { framework: 'EQF', level: 6, url: 'http://data.europa.eu/snb/eqf/6' },
      },
      viaCorrespondence: false,
    });
    expect(placed(aligned({ targetUrl: 'https://data.europa.eu/snb/eqf/7' }), 'eqf').level).toBe(7);
  });

  it('an EQF URI is carried to the JQF through the correspondence', () => {
    const p = placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/4' }), 'jqf');
    expect(p).toMatchObject({ level: 3, source: 'alignment', viaCorrespondence: true });
  });

  it('ignores URIs that are not EQF levels', () => {
    expect(placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/9' }), 'eqf').level).toBeNull();
    expect(placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/25831c2' }), 'eqf').level).toBeNull();
    expect(placed(aligned({ targetUrl: 'https://1edtech.edu/catalog/degree' }), 'eqf').level).toBeNull();
  });

  it.each([
    ['EQF', '6'],
    ['European Qualifications Framework', 'EQF-6'],
    ['european qualifications framework', 'EQF 6'],
    ['EQF', 'Level 6'],
    ['EQF', 'level6'],
    ['The European Qualification Framework (EQF)', 'eqf level 6'],
  ])('targetFramework %j with targetCode %j → EQF 6', (targetFramework, targetCode) => {
    const p = placed(aligned({ targetFramework, targetCode }), 'eqf');
    expect(p).toEqual({
      level: 6,
      source: 'alignment',
      reason: {
        code: 'placement.aligned_framework_code',
        params: { framework: 'EQF', level: 6, targetFramework, code: targetCode },
      },
      viaCorrespondence: false,
    });
  });

  it.each([
    ['JQF', 'JQF-7'],
    ['Japanese Educational Qualifications Framework', '7'],
    ['japanese qualifications framework', 'Level 7'],
    ['Japan NQF', '7'],
    ['日本の教育資格枠組み', 'レベル7'],
  ])('targetFramework %j with targetCode %j → JQF 7', (targetFramework, targetCode) => {
    expect(placed(aligned({ targetFramework, targetCode }), 'jqf')).toMatchObject({
      level: 7,
      source: 'alignment',
      viaCorrespondence: false,
    });
    expect(placed(aligned({ targetFramework, targetCode }), 'eqf')).toMatchObject({
      level: 7,
      viaCorrespondence: true,
    });
  });

  it('a JQF 3 alignment shows at EQF 4, marked as via the correspondence', () => {
    expect(placed(aligned({ targetFramework: 'JQF', targetCode: '3' }), 'eqf')).toMatchObject({
      level: 4,
      viaCorrespondence: true,
    });
  });

  it('does not read unknown frameworks or codes as levels', () => {
    for (const a of [
      { targetFramework: '1EdTech University Program and Course Catalog', targetCode: 'degree' },
      { targetFramework: 'National Qualifications Framework', targetCode: '6' },
      { targetFramework: 'SCQF', targetCode: '6' },
      { targetFramework: 'EQF', targetCode: '9' },
      { targetFramework: 'EQF', targetCode: '16' },
      { targetFramework: 'EQF' },
      { targetCode: '6' },
    ]) {
      expect(placed(aligned(a), 'eqf')).toMatchObject({ level: null, source: 'unplaced' });
    }
  });

  it('prefers an alignment in the requested framework over one needing conversion', () => {
    const n = aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/4' }, { targetFramework: 'JQF', targetCode: '4' });
    expect(placed(n, 'jqf')).toMatchObject({
      level: 4,
      viaCorrespondence: false,
      reason: { code: 'placement.aligned_framework_code' },
    });
    expect(placed(n, 'eqf')).toMatchObject({
      level: 4,
      viaCorrespondence: false,
      reason: { code: 'placement.aligned_eqf_uri' },
    });
  });

  it('an alignment wins over eqfLevel and achievementType', () => {
    const n = cred({
      alignments: [{ targetUrl: 'http://data.europa.eu/snb/eqf/5' }],
      eqfLevel: '7',
      achievementType: 'DoctoralDegree',
    });
    expect(placed(n, 'eqf')).toMatchObject({ level: 5, source: 'alignment' });
  });
});

describe('(2) ELM eqfLevel', () => {
  it.each([
    ['http://data.europa.eu/snb/eqf/6', 6],
    ['https://data.europa.eu/snb/eqf/6', 6],
    ['6', 6],
    ['EQF 5', 5],
  ])('%j → EQF %i', (eqfLevel, level) => {
    const p = placed(cred({ eqfLevel }), 'eqf');
    expect(p).toEqual({
      level,
      source: 'eqf_level',
      reason: { code: 'placement.eqf_level_property', params: { framework: 'EQF', level, value: eqfLevel } },
      viaCorrespondence: false,
    });
  });

  it('is carried to the JQF through the correspondence', () => {
    expect(placed(cred({ eqfLevel: 'http://data.europa.eu/snb/eqf/6' }), 'jqf')).toMatchObject({
      level: 6,
      viaCorrespondence: true,
    });
  });

  it('an unreadable eqfLevel falls through to the achievement type', () => {
    expect(
      placed(cred({ eqfLevel: 'http://example.org/other', achievementType: 'MasterDegree' }), 'eqf'),
    ).toMatchObject({
      level: 7,
      source: 'achievement_type',
    });
  });

  it('wins over the achievement type', () => {
    expect(placed(cred({ eqfLevel: '5', achievementType: 'BachelorDegree' }), 'eqf')).toMatchObject({
      level: 5,
      source: 'eqf_level',
    });
  });
});

describe('(3) achievementType', () => {
  it.each([
    ['AssociateDegree', 5, 5],
    ['BachelorDegree', 6, 6],
    ['MasterDegree', 7, 7],
    ['DoctoralDegree', 8, 8],
    ['ResearchDoctorate', 8, 8],
    ['ProfessionalDoctorate', 8, 8],
    ['SecondarySchoolDiploma', 3, 4],
    ['GeneralEducationDevelopment', 3, 4],
  ] as const)('%s → JQF %i, EQF %i, each native to its framework', (achievementType, jqf, eqf) => {
    expect(placed(cred({ achievementType }), 'jqf')).toMatchObject({
      level: jqf,
      source: 'achievement_type',
      viaCorrespondence: false,
    });
    expect(placed(cred({ achievementType }), 'eqf')).toMatchObject({
      level: eqf,
      source: 'achievement_type',
      viaCorrespondence: false,
    });
  });

  it('matches case-insensitively', () => {
    expect(placed(cred({ achievementType: 'bachelordegree' }), 'eqf')).toMatchObject({
      level: 6,
      reason: { params: { type: 'BachelorDegree' } },
    });
  });

  it.each(['Diploma', 'Course', 'Badge', 'Certificate', 'MicroCredential', 'Degree', 'Achievement', 'ext:Nanodegree'])(
    '%s does not place by type',
    (achievementType) => {
      expect(placed(cred({ achievementType }), 'jqf')).toEqual({
        level: null,
        source: 'unplaced',
        reason: { code: 'placement.achievement_type_without_level', params: { type: achievementType } },
        viaCorrespondence: false,
      });
    },
  );
});

describe('(4) unplaced', () => {
  it('with nothing to go on', () => {
    for (const fw of ['jqf', 'eqf'] as const) {
      expect(placed(cred(), fw)).toEqual({
        level: null,
        source: 'unplaced',
        reason: { code: 'placement.no_level_information' },
        viaCorrespondence: false,
      });
    }
  });

  it('never guesses from the name', () => {
    expect(placed(cred({ name: "Master's degree in Physics (EQF level 7)" }), 'eqf').level).toBeNull();
  });
});

describe('real samples', () => {
  it('the complete 1EdTech degree (type Degree, catalog alignments) stays unplaced', () => {
    const n = normalizeCredential(readSampleJson('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json'));
    expect(placed(n, 'eqf')).toMatchObject({
      level: null,
      reason: { code: 'placement.achievement_type_without_level', params: { type: 'Degree' } },
    });
  });

  it('the DCC test badge typed Diploma is not placed by its type (Diploma is too broad to imply a level)', () => {
    const n = normalizeCredential(
      readSampleJson('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_stringIssuerId.json'),
    );
    expect(placed(n, 'jqf')).toMatchObject({
      level: null,
      reason: { code: 'placement.achievement_type_without_level', params: { type: 'Diploma' } },
    });
  });

  it('the EDC micro-credential sits at EQF 6 by its eqfLevel', () => {
    const n = normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    expect(placed(n, 'eqf')).toMatchObject({ level: 6, source: 'eqf_level', viaCorrespondence: false });
  });
});

describe('helpers', () => {
  it('parseLevelCode reads the common forms and nothing else', () => {
    for (const c of [
      '6',
      'EQF-6',
      'EQF 6',
      'Level 6',
      'level6',
      'LEVEL-6',
      'L6',
      'JQF レベル6',
      ' eqf_6 ',
      'http://data.europa.eu/snb/eqf/6',
    ])
      expect(parseLevelCode(c)).toBe(6);
    for (const c of ['', '0', '9', '66', 'degree', 'Level six', '6a']) expect(parseLevelCode(c)).toBeNull();
  });

  it('frameworkNamed', () => {
    expect(frameworkNamed('EQF')).toBe('eqf');
    expect(frameworkNamed('EUROPEAN QUALIFICATIONS FRAMEWORK')).toBe('eqf');
    expect(frameworkNamed('jqf')).toBe('jqf');
    expect(frameworkNamed('Japanese Educational Qualifications Framework')).toBe('jqf');
    expect(frameworkNamed('National Qualifications Framework')).toBeNull();
    expect(frameworkNamed('Frequently asked questions')).toBeNull();
  });
});

describe('placementReasonText', () => {
  it('says why, in English and Japanese', () => {
    const uri = placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/6' }), 'eqf');
    expect(placementReasonText(uri, 'en')).toBe('Issuer aligned it to EQF level 6 (http://data.europa.eu/snb/eqf/6).');
    expect(placementReasonText(uri, 'ja')).toBe(
      '発行者がEQFレベル6に対応付けています（http://data.europa.eu/snb/eqf/6）。',
    );

    const type = placed(cred({ achievementType: 'BachelorDegree' }), 'jqf');
    expect(placementReasonText(type, 'en')).toBe(
      "Placed by its type: Bachelor's degree (BachelorDegree → JQF level 6).",
    );
    expect(placementReasonText(type, 'ja')).toBe('種類から配置しました: 学士（BachelorDegree → JQFレベル6）。');

    const none = placed(cred(), 'eqf');
    expect(placementReasonText(none, 'en')).toBe('No level information: waiting in Unplaced.');
    expect(placementReasonText(none, 'ja')).toBe('レベル情報がありません。「未配置」で待機中です。');

    const course = placed(cred({ achievementType: 'Course' }), 'eqf');
    expect(placementReasonText(course, 'en')).toBe('Its type (Course) does not say a level: waiting in Unplaced.');

    const code = placed(aligned({ targetFramework: 'European Qualifications Framework', targetCode: 'EQF-5' }), 'eqf');
    expect(placementReasonText(code, 'en')).toBe(
      'Issuer aligned it to EQF level 5 (European Qualifications Framework, code EQF-5).',
    );

    const elm = placed(cred({ eqfLevel: 'http://data.europa.eu/snb/eqf/6' }), 'eqf');
    expect(placementReasonText(elm, 'en')).toBe('The credential states EQF level 6 (http://data.europa.eu/snb/eqf/6).');
  });

  it('says when a level was carried over by the assumed correspondence', () => {
    const p = placed(aligned({ targetUrl: 'http://data.europa.eu/snb/eqf/4' }), 'jqf');
    expect(placementReasonText(p, 'en')).toMatch(
      /^Issuer aligned it to EQF level 4 .*Shown at JQF level 3 by an assumed correspondence/,
    );
    expect(placementReasonText(p, 'ja')).toMatch(/推定の対応によりJQFレベル3/);
  });

  it('has a non-empty sentence for every reason code in both languages', () => {
    for (const code of PLACEMENT_REASON_CODES) {
      for (const lang of ['en', 'ja'] as const) {
        const p: Placement = {
          level: null,
          source: 'unplaced',
          reason: { code, params: {} } as Placement['reason'],
          viaCorrespondence: false,
        };
        expect(placementReasonText(p, lang).length).toBeGreaterThan(10);
      }
    }
  });
});
