/**
 * Message codes said by the checks of a verification (see ../spec.ts for how codes,
 * parameters and catalogues fit). `check.<code>` is the general wording of each check code
 * of ../../verification.ts, with no parameters: it is also what a record stored by an
 * earlier version shows, where only its code is known. Finer wordings (below them) say more,
 * some with parameters; a party (issuer or holder) is part of the code, never assembled.
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
  // Finer wordings: what a check found, with what the learner needs to know as parameters.
  // format
  'check.not_a_jsonld_credential': {},
  'check.not_a_jsonld_presentation': {},
  // contexts
  'check.undefined_type': { term: 'text' },
  'check.undefined_property': { term: 'text' },
  'check.relative_reference': { term: 'text' },
  'check.undefined_part': { term: 'text' },
  'check.presentation_context_not_bundled': {},
  // proof
  'check.signature_valid_others_unconfirmed': { count: 'number' },
  'check.holder_signature_valid': { others: 'number' },
  'check.presentation_no_proof': {},
  'check.signature_undefined_term': {},
  'check.jwt_key_not_available': {},
  // issuer binding: the issuer of a credential, or the holder of a presentation
  'check.issuer_not_named': {},
  'check.issuer_not_confirmed_no_signature': {},
  'check.issuer_not_confirmed_unchecked': {},
  'check.issuer_not_confirmed_unsigned': {},
  'check.issuer_key_from_web_address': {},
  'check.issuer_key_in_token': {},
  'check.issuer_key_supplied': {},
  'check.holder_not_named': {},
  'check.holder_controls_key': {},
  'check.holder_key_mismatch': {},
  'check.holder_not_resolvable_offline': {},
  'check.holder_not_confirmed_no_signature': {},
  'check.holder_not_confirmed_unchecked': {},
  'check.holder_not_confirmed_unsigned': {},
  'check.holder_key_from_web_address': {},
  'check.holder_key_in_token': {},
  'check.holder_key_supplied': {},
  // validity period
  'check.invalid_date_field': { field: 'text' },
  'check.not_yet_valid_until': { date: 'date' },
  'check.expired_on': { date: 'date' },
  'check.valid_until': { date: 'date' },
  'check.valid_no_expiry': {},
  // status
  'check.status_undescribed': {},
  'check.status_type_not_checked_offline': { type: 'text' },
  'check.held_status_list_not_verified': {},
  'check.held_status_list_unreadable': {},
  'check.status_flag_not_interpreted': { purpose: 'text' },
  // schema
  'check.ob3_fields_missing': { fields: 'text' },
  'check.ob3_schema_valid': {},
  // jwt claims
  'check.jwt_claims_agree': {},
  'check.jwt_claims_agree_presentation': {},
  'check.jwt_claims_mismatch_presentation': {},
  // status: a held list without authority over the credential, or lists with authority that disagree
  'check.status_list_not_authoritative': { signer: 'text', claims: 'text' },
  'check.status_lists_disagree': { claims: 'text' },
  // proof: a signature that fails while another on the same credential is valid
  'check.signature_invalid_among_valid': { count: 'number' },
} as const satisfies MessageSpecGroup;
