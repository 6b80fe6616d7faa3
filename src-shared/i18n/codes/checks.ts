/**
 * Message codes said by the checks of a verification (see ../spec.ts for how codes,
 * parameters and catalogues fit). `check.<code>` is the general wording of each check code
 * of ../../verification.ts, with no parameters: it is also what a record stored by an
 * earlier version shows, where only its code is known. Finer wordings add parameters.
 */
import type { MessageSpecGroup } from './kinds';

export const CHECK_MESSAGES = {
  'check.not_json': {},
  'check.not_a_credential': {},
  'check.unsupported_format': {},
  'check.contexts_bundled': {},
  'check.context_not_bundled': {},
  'check.undefined_term': {},
  'check.invalid_jsonld': {},
  'check.signature_valid': {},
  'check.signature_invalid': {},
  'check.no_proof': {},
  'check.unsupported_proof_type': {},
  'check.key_not_resolvable_offline': {},
  'check.proof_error': {},
  'check.issuer_controls_key': {},
  'check.issuer_key_mismatch': {},
  'check.issuer_not_confirmed': {},
  'check.issuer_not_resolvable_offline': {},
  'check.within_validity_period': {},
  'check.no_validity_dates': {},
  'check.not_yet_valid': {},
  'check.expired': {},
  'check.invalid_date': {},
  'check.no_status': {},
  'check.status_not_checked_offline': {},
  'check.status_valid': {},
  'check.revoked': {},
  'check.suspended': {},
  'check.status_list_not_verified': {},
  'check.status_list_invalid': {},
  'check.schema_valid': {},
  'check.schema_invalid': {},
  'check.jwt_claims_consistent': {},
  'check.jwt_claims_mismatch': {},
} as const satisfies MessageSpecGroup;
