/** The wallet's own words about a credential, in Japanese (codes and parameters: ../codes/credential.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CREDENTIAL_MESSAGES } from '../codes/credential';

export const credential: GroupCatalogue<typeof CREDENTIAL_MESSAGES> = {
  'credential.unnamed': '名称のない資格情報',
  'credential.unnamed_file': '名称のないファイル',
  'micro.learner_identification': '学習者の識別情報',
  'micro.title': 'マイクロクレデンシャルの名称',
  'micro.issuer_country': '発行者の国・地域',
  'micro.awarding_body': '授与機関',
  'micro.date_of_issuing': '発行日',
  'micro.learning_outcomes': '学修成果',
  'micro.notional_workload': '想定学修量（可能な限りECTSで）',
  'micro.level': 'レベル（EQF、QF-EHEA、該当する場合）',
  'micro.type_of_assessment': '評価の種類',
  'micro.form_of_participation': '参加の形態',
  'micro.quality_assurance': '質保証の種類',
  'micro.source': 'マイクロクレデンシャルに関する欧州理事会勧告（2022/C 243/02）附属書I：必須要素。',
  'micro.evidence_hours': '{hours}時間',
  'micro.evidence_credits': '{credits}単位',
  'micro.evidence_ects': '{credits} ECTS単位',
  'micro.evidence_date': '{date}付',
};
