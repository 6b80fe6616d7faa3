// The 11 mandatory EU micro-credential elements, found (or not) in real and hand-made credentials.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../src-shared/credential';
import {
  MICRO_CREDENTIAL_ELEMENT_IDS,
  MicroCredentialElementSchema,
  microCredentialCompleteness,
  microCredentialElementLabel,
  microCredentialElements,
} from '../../src-shared/micro-credential';
import { normalizeCredential } from '../../src-shared/normalize';
import { messageText } from '../../src-shared/i18n';
import { readSampleJson } from '../helpers/samples';

function byId(n: NormalizedCredential): Record<string, { present: boolean; evidence?: string }> {
  const els = microCredentialElements(n);
  for (const e of els) expect(MicroCredentialElementSchema.parse(e)).toEqual(e);
  expect(els.map((e) => e.id)).toEqual([...MICRO_CREDENTIAL_ELEMENT_IDS]);
  // The wallet's own words for evidence are messages: read here as the English screen shows them.
  return Object.fromEntries(
    els.map((e) => [
      e.id,
      {
        ...e,
        evidence: e.evidence === undefined ? undefined : messageText(e.evidence, 'en', undefined, { timeZone: 'UTC' }),
      },
    ]),
  );
}

describe('microCredentialElements', () => {
  it('the EU Annex I sample (ELM v3) carries 10 of the 11; quality assurance is not stated', () => {
    const n = normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    const e = byId(n);
    expect(e).toEqual({
      learner_identification: { id: 'learner_identification', present: true, evidence: 'Ana Andromeda' },
      title: { id: 'title', present: true, evidence: 'Digital micro-credential creation' },
      issuer_country: { id: 'issuer_country', present: true, evidence: 'IE' },
      awarding_body: { id: 'awarding_body', present: true, evidence: 'University of Zed' },
      date_of_issuing: { id: 'date_of_issuing', present: true, evidence: 'dated December 31, 2022' },
      learning_outcomes: {
        id: 'learning_outcomes',
        present: true,
        evidence: 'Communication, collaboration and creativity; Developing digital content',
      },
      notional_workload: { id: 'notional_workload', present: true, evidence: '2 ECTS' },
      level: { id: 'level', present: true, evidence: 'http://data.europa.eu/snb/eqf/6' },
      type_of_assessment: { id: 'type_of_assessment', present: true, evidence: 'artefact assessment' },
      form_of_participation: { id: 'form_of_participation', present: true, evidence: 'Blended' },
      quality_assurance: { id: 'quality_assurance', present: false },
    });
    expect(microCredentialCompleteness(n)).toEqual({ present: 10, total: 11, missing: ['quality_assurance'] });
  });

  it('the complete OB 3.0 sample: workload from credits, assessment from result descriptions, QA from an accreditor endorsement', () => {
    const n = normalizeCredential(readSampleJson('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json'));
    const e = byId(n);
    expect(e['learner_identification']).toMatchObject({
      present: true,
      evidence: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
    });
    expect(e['title']).toMatchObject({ present: true, evidence: '1EdTech University Degree' });
    expect(e['issuer_country']).toMatchObject({ present: true, evidence: 'US' });
    expect(e['notional_workload']).toMatchObject({ present: true, evidence: '42 credits' });
    expect(e['type_of_assessment']).toMatchObject({ present: true, evidence: 'Final Project Grade' });
    expect(e['quality_assurance']).toMatchObject({ present: true, evidence: 'Example Accrediting Agency' });
    // Its alignments are catalogue entries, not levels or outcomes.
    expect(e['level']?.present).toBe(false);
    expect(e['learning_outcomes']?.present).toBe(false);
    expect(e['form_of_participation']?.present).toBe(false);
  });

  it('a bare VC has almost nothing; a title made from the type is not a title', () => {
    const n = normalizeCredential(readSampleJson('vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json'));
    expect(n.name).toBe('Alumni Credential');
    const e = byId(n);
    expect(e['title']?.present).toBe(false);
    expect(e['notional_workload']?.present).toBe(false);
  });

  it('a level from the achievement type alone is not a stated level', () => {
    const n: NormalizedCredential = {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential'],
      name: 'BSc',
      alignments: [],
      achievementType: 'BachelorDegree',
    };
    expect(byId(n)['level']?.present).toBe(false);
    expect(byId({ ...n, eqfLevel: '6' })['level']).toMatchObject({ present: true, evidence: '6' });
    expect(byId({ ...n, alignments: [{ targetFramework: 'EQF', targetCode: '6' }] })['level']).toMatchObject({
      present: true,
      evidence: 'EQF 6',
    });
  });

  it('labels every element in English and Japanese', () => {
    for (const id of MICRO_CREDENTIAL_ELEMENT_IDS) {
      expect(microCredentialElementLabel(id, 'en').length).toBeGreaterThan(3);
      expect(microCredentialElementLabel(id, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
