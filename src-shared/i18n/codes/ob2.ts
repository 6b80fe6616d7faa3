/**
 * Message codes said about Open Badges 2.0 and 1.x assertions (see ../spec.ts for how codes,
 * parameters and catalogues fit): how a hosted, signed or legacy badge was checked, what the
 * wallet could not check offline, and what its BadgeClass, Issuer, key and revocation list
 * answered.
 */
import type { MessageSpecGroup } from './kinds';

export const OB2_MESSAGES = {
  // A hosted badge is genuine only as served from the issuer's server; the wallet stays offline.
  'ob2.hosted_not_checked_offline': {},
} as const satisfies MessageSpecGroup;
