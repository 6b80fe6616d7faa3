/** Check messages in English (codes and parameters: ../codes/checks.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CHECK_MESSAGES } from '../codes/checks';

export const checks: GroupCatalogue<typeof CHECK_MESSAGES> = {
  'check.not_json': 'This file is not valid JSON, so it cannot be read as a credential.',
  'check.not_a_credential': 'This file is not a credential the wallet can read.',
  'check.unsupported_format': 'This kind of file is not supported yet.',
  'check.contexts_bundled': 'Every vocabulary the credential uses is known to the wallet.',
  'check.context_not_bundled':
    'The credential uses a vocabulary the wallet does not hold, so its signature could not be checked offline.',
  'check.undefined_term': 'The credential uses a term its vocabularies do not define.',
  'check.invalid_jsonld': 'The credential is not well-formed linked data.',
  'check.signature_valid': 'The digital signature is valid: the credential has not been changed since it was signed.',
  'check.signature_invalid':
    'The digital signature does not match the credential: it was changed after signing, or the signature is damaged.',
  'check.no_proof': 'The credential carries no digital signature.',
  'check.unsupported_proof_type': 'The signature uses a method this wallet cannot check.',
  'check.key_not_resolvable_offline':
    "The signature was not checked: the issuer's key is published online, and the wallet does not go online to fetch it.",
  'check.proof_error': 'The digital signature is malformed and cannot be verified.',
  'check.issuer_controls_key': 'The credential was signed with a key that belongs to its issuer.',
  'check.issuer_key_mismatch': 'The credential was signed with a key that does not belong to the issuer it names.',
  'check.issuer_not_confirmed': 'The issuer could not be confirmed.',
  'check.issuer_not_resolvable_offline':
    "The issuer could not be confirmed: the issuer's keys are published online, and the wallet does not go online.",
  'check.within_validity_period': 'The credential is within its validity period.',
  'check.no_validity_dates': 'The credential states no validity dates.',
  'check.not_yet_valid': 'The credential is not valid yet.',
  'check.expired': 'The credential has expired.',
  'check.invalid_date': 'A date in the credential cannot be read.',
  'check.no_status': 'The credential has no revocation status to check.',
  'check.status_not_checked_offline': 'The revocation status was not checked: the status list is published online.',
  'check.status_valid': "The issuer's status list shows the credential is not revoked or suspended.",
  'check.revoked': 'The issuer has revoked this credential.',
  'check.suspended': 'The issuer has suspended this credential for now.',
  'check.status_list_not_verified': 'The status list could not be verified, so the revocation status was not checked.',
  'check.status_list_invalid': 'The status list cannot be read, so the revocation status was not checked.',
  'check.schema_valid': 'The credential has every field its standard requires.',
  'check.schema_invalid': 'The credential lacks information its standard requires.',
  'check.jwt_claims_consistent': "The token's claims agree with the credential.",
  'check.jwt_claims_mismatch': "The token's own claims disagree with the credential or with the current time.",
};
