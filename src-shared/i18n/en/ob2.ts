/** Open Badges 2.0 and 1.x messages in English (codes and parameters: ../codes/ob2.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { OB2_MESSAGES } from '../codes/ob2';

export const ob2: GroupCatalogue<typeof OB2_MESSAGES> = {
  'ob2.hosted_not_checked_offline':
    "This badge is checked on the issuer's server, and the wallet does not go online, so it could not be checked.",
  'ob2.legacy_not_checked':
    "This is an Open Badges 1.x badge, an older kind that is checked on the issuer's server. The wallet does not go online, so it could not be checked.",
  'ob2.signed_without_signature':
    'This badge says it is signed, but this file holds no signature (a signed badge comes as a token), so it could not be checked.',
  'ob2.badge_class_not_held':
    "The badge's description (its BadgeClass) is not in the wallet, so its name and issuer could not be read. Add the BadgeClass file to see them.",
  'ob2.issuer_not_held':
    "The issuer's profile is not in the wallet, so the issuer's name could not be read. Add the issuer's profile file to see it.",
  'ob2.key_not_held':
    "The issuer's public key that signed this badge is not in the wallet, so the signature could not be checked. Add the key file, or the issuer's profile that contains it.",
  'ob2.key_unreadable':
    'The public key in the wallet for this badge could not be read, so the signature could not be checked.',
  'ob2.issuer_key_held':
    "The key that signed this badge is the issuer's, as the issuer's key and profile files in the wallet say.",
  'ob2.issuer_key_mismatch': "The key that signed this badge belongs to someone other than the badge's issuer.",
  'ob2.issuer_key_unconfirmed':
    "Neither the key file nor the issuer's profile in the wallet says this key is the issuer's, so the issuer could not be confirmed.",
  'ob2.issuer_needs_badge_class':
    'Who issued this badge is stated in its BadgeClass, which is not in the wallet, so the issuer could not be confirmed.',
  'ob2.revoked': 'The issuer has revoked this badge. Reason given: {reason}',
  'ob2.revoked_no_reason': 'The issuer has revoked this badge.',
  'ob2.not_revoked': "The issuer's revocation list in the wallet does not list this badge.",
  'ob2.no_revocation_list': 'The issuer publishes no revocation list.',
  'ob2.revocation_list_not_held':
    'The issuer publishes a revocation list that is not in the wallet, so whether the badge was revoked could not be checked.',
  'ob2.revocation_unknown_without_issuer':
    "The issuer's profile is not in the wallet, so whether the badge was revoked could not be checked.",
  'ob2.revocation_list_not_issuers':
    "The revocation list in the wallet at the issuer's address names another issuer, so it cannot answer for this badge.",
  'check.hosted_not_checked_offline':
    "This badge is checked on the issuer's server, and the wallet does not go online, so it could not be checked.",
  'check.badge_class_not_held': "The badge's description (its BadgeClass) is not in the wallet.",
  'check.issuer_profile_not_held': "The issuer's profile is not in the wallet.",
};
