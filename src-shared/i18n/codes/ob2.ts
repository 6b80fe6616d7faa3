/**
 * Message codes said about Open Badges 2.0 and 1.x assertions (see ../spec.ts for how codes,
 * parameters and catalogues fit): how a hosted, signed or legacy badge was checked, what the
 * wallet could not check offline, and what its BadgeClass, Issuer, key and revocation list
 * answered. Also the general wording (`check.<code>`) of the Open Badges 2.0 check codes of
 * ../../verification.ts, kept here with the rest of what is said about these badges.
 */
import type { MessageSpecGroup } from './kinds';

export const OB2_MESSAGES = {
  // A hosted badge is genuine only as served from the issuer's server; the wallet stays offline.
  'ob2.hosted_not_checked_offline': {},
  // An Open Badges 1.x badge: an older kind, checked on the issuer's server.
  'ob2.legacy_not_checked': {},
  // An assertion that says it is signed, in a file that holds no signature (not the token).
  'ob2.signed_without_signature': {},
  // The BadgeClass / Issuer profile the assertion names is neither embedded nor held (detail: its id).
  'ob2.badge_class_not_held': {},
  'ob2.issuer_not_held': {},
  // Signed badges: the key named by `verification.creator` (detail: its id).
  'ob2.key_not_held': {},
  'ob2.key_unreadable': {},
  'ob2.issuer_key_held': {},
  'ob2.issuer_key_mismatch': {},
  'ob2.issuer_key_unconfirmed': {},
  'ob2.issuer_needs_badge_class': {},
  // Revocation, answered only by the issuer's own revocation list.
  'ob2.revoked': { reason: 'text' },
  'ob2.revoked_no_reason': {},
  'ob2.not_revoked': {},
  'ob2.no_revocation_list': {},
  'ob2.revocation_list_not_held': {},
  'ob2.revocation_unknown_without_issuer': {},
  'ob2.revocation_list_not_issuers': {},
  // General wordings of the Open Badges 2.0 check codes (verification.ts), as `check.<code>`
  // is for the others: what a record shows where only its code is known.
  'check.hosted_not_checked_offline': {},
  'check.badge_class_not_held': {},
  'check.issuer_profile_not_held': {},
} as const satisfies MessageSpecGroup;
