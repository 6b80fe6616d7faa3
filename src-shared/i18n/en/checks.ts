/** Check messages in English (codes and parameters: ../codes/checks.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CHECK_MESSAGES } from '../codes/checks';

export const checks: GroupCatalogue<typeof CHECK_MESSAGES> = {
  'check.not_json': 'This file is not valid JSON, so it cannot be read as a credential.',
  'check.not_a_credential': 'This file is not a credential the wallet can read.',
  'check.unsupported_format': 'This kind of file is not supported yet.',
  'check.supporting_document':
    'This is a supporting document that credentials need to be checked, not a credential itself.',
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
  'check.not_a_jsonld_credential':
    'This is not a W3C Verifiable Credential (it lacks an @context or the VerifiableCredential type).',
  'check.not_a_jsonld_presentation':
    'This is not a W3C Verifiable Presentation (it lacks an @context or the VerifiablePresentation type).',
  'check.undefined_type':
    'The credential uses the type "{term}", which none of its JSON-LD contexts defines, so its data cannot be read safely.',
  'check.undefined_property':
    'The credential uses the term "{term}", which none of its JSON-LD contexts defines, so its data cannot be read safely.',
  'check.relative_reference':
    'The credential contains "{term}" where a full identifier (URL, URN or DID) is required, so its data cannot be read safely.',
  'check.undefined_part':
    'Part of the credential ("{term}") is not defined by its JSON-LD contexts, so its data cannot be read safely.',
  'check.presentation_context_not_bundled':
    'The signature was not checked: the presentation relies on a vocabulary (JSON-LD context) that is not available offline. The wallet never downloads one.',
  'check.signature_valid_others_unconfirmed': (p, f) =>
    'The digital signature is valid: the credential has not been changed since it was signed. ' +
    (p.count === 1
      ? 'One other signature on it could not be confirmed.'
      : `${f.number(p.count ?? 0)} other signatures on it could not be confirmed.`),
  'check.holder_signature_valid': (p, f) =>
    "The holder's signature is valid: the presentation has not been changed since it was signed. It was checked as the holder's authentication; no challenge or domain was required, so this does not show the presentation was made for this wallet." +
    (!p.others
      ? ''
      : p.others === 1
        ? ' One other signature could not be confirmed.'
        : ` ${f.number(p.others)} other signatures could not be confirmed.`),
  'check.presentation_no_proof':
    'The presentation carries no signature of its holder; the credentials inside it are checked one by one.',
  'check.signature_undefined_term':
    'The signature could not be checked because part of the credential is not defined by its JSON-LD contexts.',
  'check.jwt_key_not_available':
    "The signature was not checked: the issuer's key is published online (or not named at all), and the wallet does not go online to fetch it.",
  'check.proof_suite_not_supported_yet':
    'The signature was not checked: its method ({suite}) is not supported yet by this version of the wallet. This says nothing against the credential.',
  'check.jwt_algorithm_not_supported_yet':
    'The signature was not checked: its algorithm ({alg}) is not supported yet by this version of the wallet. This says nothing against the credential.',
  'check.issuer_not_named': 'The credential does not say who issued it.',
  'check.issuer_not_confirmed_no_signature': 'The issuer could not be confirmed because no signature was verified.',
  'check.issuer_not_confirmed_unchecked': 'The issuer could not be confirmed because the signature was not checked.',
  'check.issuer_not_confirmed_unsigned': 'The issuer could not be confirmed because the credential is not signed.',
  'check.issuer_key_from_web_address':
    "The signature is valid, but the key was read from the issuer's web address itself; the wallet cannot confirm offline that the issuer published this key.",
  'check.issuer_key_in_token':
    'The signature is valid, but the key came inside the credential itself; the wallet cannot confirm offline that it belongs to the issuer.',
  'check.issuer_key_supplied':
    'The signature is valid with the key given to the wallet, but nothing in the credential ties that key to its issuer.',
  'check.holder_not_named':
    'The presentation does not say who its holder is, so the signature cannot be tied to anyone.',
  'check.holder_controls_key': 'The presentation was signed with a key that belongs to its holder.',
  'check.holder_key_mismatch': 'The presentation was signed with a key that does not belong to the holder it names.',
  'check.holder_not_resolvable_offline':
    "The holder could not be confirmed: the holder's keys are published online, and the wallet does not go online.",
  'check.holder_not_confirmed_no_signature': 'The holder could not be confirmed because no signature was verified.',
  'check.holder_not_confirmed_unchecked': 'The holder could not be confirmed because the signature was not checked.',
  'check.holder_not_confirmed_unsigned': 'The holder could not be confirmed because the presentation is not signed.',
  'check.holder_key_from_web_address':
    "The signature is valid, but the key was read from the holder's web address itself; the wallet cannot confirm offline that the holder published this key.",
  'check.holder_key_in_token':
    'The signature is valid, but the key came inside the presentation itself; the wallet cannot confirm offline that it belongs to the holder.',
  'check.holder_key_supplied':
    'The signature is valid with the key given to the wallet, but nothing in the presentation ties that key to its holder.',
  'check.invalid_date_field': "The credential's {field} is not a valid date and time.",
  'check.not_yet_valid_until': 'The credential is not valid yet: it becomes valid on {date}.',
  'check.expired_on': 'The credential expired on {date}.',
  'check.valid_until': 'The credential is within its validity period (until {date}).',
  'check.valid_no_expiry': 'The credential is valid and has no expiry date.',
  'check.status_undescribed': 'The credential names a status it does not describe.',
  'check.status_type_not_checked_offline': 'Revocation status not checked offline ({type})',
  'check.held_status_list_not_verified':
    "The wallet has this credential's status list, but the list itself could not be verified, so it was not used.",
  'check.held_status_list_unreadable': "The wallet has this credential's status list, but it cannot be read.",
  'check.status_flag_not_interpreted':
    "The credential's status list has a {purpose} flag set, which the wallet does not interpret.",
  'check.ob3_fields_missing': 'This Open Badge lacks information the Open Badges 3.0 standard requires: {fields}.',
  'check.ob3_schema_valid': 'The Open Badge has every field the Open Badges 3.0 standard requires.',
  'check.jwt_claims_agree': "The token's claims (issuer, subject, identifier, dates) agree with the credential.",
  'check.jwt_claims_agree_presentation':
    "The token's claims (holder, identifier, dates) agree with the presentation. Its audience and nonce were not required: a file on disk answers no verifier.",
  'check.jwt_claims_mismatch_presentation':
    "The token's own claims disagree with the presentation or with the current time.",
  'check.status_list_not_authoritative':
    "The revocation status was not checked. The wallet holds a status list that claims to be this credential's ({claims}), but it was signed by {signer}, not by the credential's issuer, so it cannot speak for this credential.",
  'check.status_lists_disagree':
    "The revocation status was not checked: the wallet holds more than one status list from the credential's issuer for {claims}, and they disagree.",
  'check.signature_invalid_among_valid': (p, f) =>
    (p.count === 1
      ? 'One of the digital signatures on the credential does not match it'
      : `${f.number(p.count ?? 0)} of the digital signatures on the credential do not match it`) +
    ': it was changed after signing, or a signature is damaged. Another signature on it is valid, but a signature that fails is not set aside.',
};
