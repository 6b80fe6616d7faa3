/**
 * Which of the 11 mandatory elements of an EU micro-credential (Council Recommendation
 * 2022/C 243/02, Annex I) a credential carries, each with the evidence found. Element
 * names and the wallet's own words for evidence are messages (`micro.*` codes, worded in
 * ./i18n); evidence the issuer wrote stays as written. Reads only the normalized record (OB 3.0 and ELM fields alike; ELM states
 * most of them).
 * Must never mark an element present without a field the issuer wrote (a level guessed
 * from the achievement type is not a stated level), never judge whether the credential
 * *is* a micro-credential, and never import anything environment-specific (no node:*,
 * electron, react, dexie, DOM).
 */
import { z } from 'zod';
import type { NormalizedCredential } from './credential';
import type { FrameworkLang } from './frameworks';
import { MessageSchema, msg, type Message } from './i18n/spec';
import { renderMessage } from './i18n/render';
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
  /** What was found: as the issuer wrote it (plain text), or the wallet's words for it (a message). */
  evidence: z.union([MessageSchema, z.string()]).optional(),
});
export type MicroCredentialElement = z.infer<typeof MicroCredentialElementSchema>;

/** The element's name, as a message. */
function microCredentialElementName(id: MicroCredentialElementId): Message {
  return { code: `micro.${id}` } as Message;
}

export function microCredentialElementLabel(id: MicroCredentialElementId, lang: FrameworkLang): string {
  return renderMessage(microCredentialElementName(id), lang);
}

/** The source of the list, for a footnote. */
export const MICRO_CREDENTIAL_SOURCE: Message = msg('micro.source');

function el(id: MicroCredentialElementId, evidence: Message | string | undefined): MicroCredentialElement {
  if (evidence === undefined || (typeof evidence === 'string' && evidence.trim() === '')) return { id, present: false };
  return { id, present: true, evidence };
}

/** A title the issuer wrote, not one the wallet made from the credential's type. */
function statedTitle(n: NormalizedCredential): string | undefined {
  if (n.achievementName !== undefined) return n.achievementName;
  const specific = n.types.filter((t) => t !== 'VerifiableCredential');
  const last = specific[specific.length - 1];
  if (
    n.nameMessage !== undefined ||
    n.name === 'Unnamed credential' ||
    (last !== undefined && n.name === readableTypeName(last))
  )
    return undefined;
  return n.name;
}

function statedLevel(n: NormalizedCredential): string | undefined {
  const p = placeCredential(n, 'eqf');
  if (p.source === 'alignment' || p.source === 'eqf_level') {
    const q: Readonly<Record<string, string | number>> = p.reason.params ?? {};
    return String(q['value'] ?? q['url'] ?? `${q['framework'] ?? ''} ${q['level'] ?? ''}`.trim());
  }
  return n.microCredential?.nqfLevel;
}

function workloadEvidence(n: NormalizedCredential): Message | string | undefined {
  const w = workloadOf(n);
  if (w === null) return undefined;
  const ects = n.creditPoints?.find((c) => c.framework === 'ECTS');
  if (ects !== undefined) return msg('micro.evidence_ects', { credits: ects.value });
  if (n.volumeOfLearning !== undefined) return n.volumeOfLearning;
  if (n.statedHours !== undefined) return msg('micro.evidence_hours', { hours: n.statedHours });
  return w.credits !== undefined ? msg('micro.evidence_credits', { credits: w.credits }) : undefined;
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
    el('date_of_issuing', n.issuedOn !== undefined ? msg('micro.evidence_date', { date: n.issuedOn }) : undefined),
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
