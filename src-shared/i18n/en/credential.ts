/** The wallet's own words about a credential, in English (codes and parameters: ../codes/credential.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CREDENTIAL_MESSAGES } from '../codes/credential';

export const credential: GroupCatalogue<typeof CREDENTIAL_MESSAGES> = {
  'credential.unnamed': 'Unnamed credential',
  'credential.unnamed_file': 'Unnamed file',
  'micro.learner_identification': 'Identification of the learner',
  'micro.title': 'Title of the micro-credential',
  'micro.issuer_country': 'Country/region of the issuer',
  'micro.awarding_body': 'Awarding body',
  'micro.date_of_issuing': 'Date of issuing',
  'micro.learning_outcomes': 'Learning outcomes',
  'micro.notional_workload': 'Notional workload (ECTS wherever possible)',
  'micro.level': 'Level (EQF, QF-EHEA), if applicable',
  'micro.type_of_assessment': 'Type of assessment',
  'micro.form_of_participation': 'Form of participation',
  'micro.quality_assurance': 'Type of quality assurance',
  'micro.source':
    'Council Recommendation on a European approach to micro-credentials (2022/C 243/02), Annex I: mandatory elements.',
  'micro.evidence_hours': '{hours} h',
  'micro.evidence_credits': '{credits} credits',
  'micro.evidence_ects': '{credits} ECTS',
  'micro.evidence_date': 'dated {date}',
};
