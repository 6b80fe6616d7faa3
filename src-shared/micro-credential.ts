/**
 * Which of the 11 mandatory elements of an EU micro-credential (Council Recommendation
 * 2022/C 243/02, Annex I) a credential carries, each with the evidence found, in English
 * and Japanese. Reads only the normalized record (OB 3.0 and ELM fields alike; ELM states
 * most of them).
 * Must never mark an element present without a field the issuer wrote (a level guessed
 * from the achievement type is not a stated level), never judge whether the credential
 * *is* a micro-credential, and never import anything environment-specific (no node:*,
 * electron, react, dexie, DOM).
 */
import { z } from 'zod';
import type { NormalizedCredential } from './credential';
import type { BilingualText, FrameworkLang } from './frameworks';
import { readableTypeName } from './normalize';
import { placeCredential } from './placement';
import { workloadOf } from './workload';

export const MICRO_CREDENTIAL_ELEMENT_IDS = [
  'learner_identification',
  'title',
  'issuer_country',
  'awarding_body',
  'date_of_issuing',
  'learning_outcomes',
  'notional_workload',
  'level',
  'type_of_assessment',
  'form_of_participation',
  'quality_assurance',
] as const;
export const MicroCredentialElementIdSchema = z.enum(MICRO_CREDENTIAL_ELEMENT_IDS);
export type MicroCredentialElementId = z.infer<typeof MicroCredentialElementIdSchema>;

export const MicroCredentialElementSchema = z.object({
  id: MicroCredentialElementIdSchema,
  present: z.boolean(),
  /** What was found, as the issuer wrote it (plain text). */
  evidence: z.string().optional(),
});
export type MicroCredentialElement = z.infer<typeof MicroCredentialElementSchema>;

const LABELS: Record<MicroCredentialElementId, BilingualText> = {
  learner_identification: { en: 'Identification of the learner', ja: '学習者の識別情報' },
  title: { en: 'Title of the micro-credential', ja: 'マイクロクレデンシャルの名称' },
  issuer_country: { en: 'Country/region of the issuer', ja: '発行者の国・地域' },
  awarding_body: { en: 'Awarding body', ja: '授与機関' },
  date_of_issuing: { en: 'Date of issuing', ja: '発行日' },
  learning_outcomes: { en: 'Learning outcomes', ja: '学修成果' },
  notional_workload: { en: 'Notional workload (ECTS wherever possible)', ja: '想定学修量（可能な限りECTSで）' },
  level: { en: 'Level (EQF, QF-EHEA), if applicable', ja: 'レベル（EQF、QF-EHEA、該当する場合）' },
  type_of_assessment: { en: 'Type of assessment', ja: '評価の種類' },
  form_of_participation: { en: 'Form of participation', ja: '参加の形態' },
  quality_assurance: { en: 'Type of quality assurance', ja: '質保証の種類' },
};

export function microCredentialElementLabel(id: MicroCredentialElementId, lang: FrameworkLang): string {
  return LABELS[id][lang];
}

/** The source of the list, for a footnote. */
export const MICRO_CREDENTIAL_SOURCE: BilingualText = {
  en: 'Council Recommendation on a European approach to micro-credentials (2022/C 243/02), Annex I: mandatory elements.',
  ja: 'マイクロクレデンシャルに関する欧州理事会勧告（2022/C 243/02）附属書I：必須要素。',
};

function el(id: MicroCredentialElementId, evidence: string | undefined): MicroCredentialElement {
  return evidence !== undefined && evidence.trim() !== '' ? { id, present: true, evidence } : { id, present: false };
}

/** A title the issuer wrote, not one the wallet made from the credential's type. */
function statedTitle(n: NormalizedCredential): string | undefined {
  if (n.achievementName !== undefined) return n.achievementName;
  const specific = n.types.filter((t) => t !== 'VerifiableCredential');
  const last = specific[specific.length - 1];
  if (n.name === 'Unnamed credential' || (last !== undefined && n.name === readableTypeName(last))) return undefined;
  return n.name;
}

function statedLevel(n: NormalizedCredential): string | undefined {
  const p = placeCredential(n, 'eqf');
  if (p.source === 'alignment' || p.source === 'eqf_level')
    return (
      p.reason.params['value'] ??
      p.reason.params['url'] ??
      `${p.reason.params['framework'] ?? ''} ${p.reason.params['level'] ?? ''}`.trim()
    );
  return n.microCredential?.nqfLevel;
}

function workloadEvidence(n: NormalizedCredential): string | undefined {
  const w = workloadOf(n);
  if (w === null) return undefined;
  const ects = n.creditPoints?.find((c) => c.framework === 'ECTS');
  if (ects !== undefined) return `${ects.value} ECTS`;
  if (n.volumeOfLearning !== undefined) return n.volumeOfLearning;
  if (n.statedHours !== undefined) return `${n.statedHours} h`;
  return w.credits !== undefined ? `${w.credits} credits` : undefined;
}

/** The 11 mandatory elements, in the Recommendation's order, each present or not with evidence. */
export function microCredentialElements(n: NormalizedCredential): MicroCredentialElement[] {
  const mc = n.microCredential ?? {};
  const ids = n.subjectIdentifiers ?? (n.subjectId !== undefined ? [n.subjectId] : []);
  const learner = mc.learnerName ?? ids[0];
  return [
    el('learner_identification', learner),
    el('title', statedTitle(n)),
    el('issuer_country', n.issuerCountry),
    el('awarding_body', mc.awardingBody ?? n.issuerName),
    el('date_of_issuing', n.issuedOn),
    el(
      'learning_outcomes',
      mc.learningOutcomes !== undefined && mc.learningOutcomes.length > 0 ? mc.learningOutcomes.join('; ') : undefined,
    ),
    el('notional_workload', workloadEvidence(n)),
    el('level', statedLevel(n)),
    el('type_of_assessment', mc.assessment),
    el('form_of_participation', mc.participation),
    el('quality_assurance', mc.qualityAssurance),
  ];
}

/** How many of the 11 are present, and which are missing. */
export function microCredentialCompleteness(n: NormalizedCredential): {
  present: number;
  total: number;
  missing: MicroCredentialElementId[];
} {
  const els = microCredentialElements(n);
  return {
    present: els.filter((e) => e.present).length,
    total: els.length,
    missing: els.filter((e) => !e.present).map((e) => e.id),
  };
}
