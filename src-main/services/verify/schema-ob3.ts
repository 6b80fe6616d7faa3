/**
 * The conformance ("schema") check of Open Badges 3.0 credentials: the fields OB 3.0
 * marks required (multiplicity [1] / [1..*] in its data model; the same list as
 * ob_v3p0_achievementcredential_schema.json), named when missing.
 *
 *   AchievementCredential: id, type, issuer, credentialSubject, validFrom (VC 2.0) or
 *                          issuanceDate (VC 1.1, the OB 3.0 releases built on it), name
 *   issuer (Profile):      id
 *   AchievementSubject:    type, achievement
 *   Achievement:           id, type, criteria, description, name
 *
 * An issuer given as a bare IRI is accepted: it is the Profile's id, the only Profile
 * field the wallet needs offline. This module only reads JSON: it must never fetch the
 * credentialSchema it names, and never add requirements OB 3.0 does not make.
 */
import type { CheckResult } from '../../../src-shared/verification';
import { asArray, isRecord } from '../../../src-shared/json';
import { msg } from '../../../src-shared/i18n/spec';
import { check } from './check';

const OB3_TYPES = new Set(['OpenBadgeCredential', 'AchievementCredential']);
const VC1 = 'https://www.w3.org/2018/credentials/v1';

function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

export function isOpenBadgeCredential(credential: Record<string, unknown>): boolean {
  return asArray(credential['type']).some((t) => typeof t === 'string' && OB3_TYPES.has(t));
}

/** The OB 3.0 required-field check, or undefined when the credential is not an Open Badge 3.0. */
export function ob3SchemaCheck(credential: Record<string, unknown>): CheckResult | undefined {
  if (!isOpenBadgeCredential(credential)) return undefined;
  const missing: string[] = [];
  for (const field of ['id', 'type', 'name', 'credentialSubject', 'issuer'])
    if (!present(credential[field])) missing.push(field);
  const vc1 = asArray(credential['@context'])[0] === VC1;
  const dateField = vc1 ? 'issuanceDate' : 'validFrom';
  if (!present(credential[dateField])) missing.push(dateField);

  const issuer = credential['issuer'];
  if (present(issuer) && !(typeof issuer === 'string' || (isRecord(issuer) && present(issuer['id']))))
    missing.push('issuer.id');

  const subjects = asArray(credential['credentialSubject']);
  subjects.forEach((subject, i) => {
    const at = subjects.length > 1 ? `credentialSubject[${i}]` : 'credentialSubject';
    if (!isRecord(subject)) {
      missing.push(`${at} (not an object)`);
      return;
    }
    if (!present(subject['type'])) missing.push(`${at}.type`);
    const achievement = subject['achievement'];
    if (!isRecord(achievement)) {
      missing.push(`${at}.achievement`);
      return;
    }
    for (const field of ['id', 'type', 'criteria', 'description', 'name']) {
      if (!present(achievement[field])) missing.push(`${at}.achievement.${field}`);
    }
  });

  if (missing.length > 0) {
    const fields = missing.join(', ');
    return check('schema', 'fail', 'schema_invalid', msg('check.ob3_fields_missing', { fields }), fields);
  }
  return check('schema', 'pass', 'schema_valid', msg('check.ob3_schema_valid'));
}
