/**
 * Message codes for the wallet's own words about a credential it had to describe itself
 * (a name when the file gives none, a file it cannot read) and about what a credential
 * carries (the EU micro-credential elements). See ../spec.ts.
 */
import type { MessageSpecGroup } from './kinds';

export const CREDENTIAL_MESSAGES = {
  'credential.unnamed': {},
  'credential.unnamed_file': {},
  'micro.learner_identification': {},
  'micro.title': {},
  'micro.issuer_country': {},
  'micro.awarding_body': {},
  'micro.date_of_issuing': {},
  'micro.learning_outcomes': {},
  'micro.notional_workload': {},
  'micro.level': {},
  'micro.type_of_assessment': {},
  'micro.form_of_participation': {},
  'micro.quality_assurance': {},
  'micro.source': {},
  'micro.evidence_hours': { hours: 'number' },
  'micro.evidence_credits': { credits: 'number' },
  'micro.evidence_ects': { credits: 'number' },
  'micro.evidence_date': { date: 'date' },
} as const satisfies MessageSpecGroup;
