/**
 * The format row of an Open Badges 2.0 or 1.x assertion given as JSON: a hosted badge (2.0
 * `verification.type` `hosted` / `HostedBadge`), a legacy 1.x badge (`verify` instead of
 * `verification`), or a 2.0 assertion that says it is signed but comes without its token.
 *
 * A hosted badge is genuine only as served from the issuer's server, and the wallet never goes
 * online: its proof is *not checked* (`ob2.hosted_not_checked_offline`), so it is at best
 * *Could not check*. What can be checked offline still is: an expired badge is *Not verified*;
 * the issuer's own revocation list, when held, answers revocation (ob2-documents.ts). The
 * BadgeClass and Issuer are taken from the assertion or the learner's supporting documents and
 * embedded in the entry's document for the normalizer. Never fetches, never throws.
 */
import { msg } from '../../../src-shared/i18n/spec';
import { idOf, type JsonRecord } from '../../../src-shared/json';
import { isLegacyAssertion, isOpenBadgesAssertion, verificationTypeOf } from '../../../src-shared/normalize-ob2';
import type { CheckResult } from '../../../src-shared/verification';
import { check, resultOf } from './check';
import type { Format, VerifiedEntry } from './entries';
import {
  badgeDatesCheck,
  badgeFoundCheck,
  resolveAssertion,
  revocationCheck,
  shortDetail,
  verificationOf,
} from './ob2-documents';
import type { VerificationContext } from './context';

/** Why the proof of an assertion given as JSON cannot be checked offline. */
function proofCheckOfJson(a: JsonRecord): CheckResult {
  const where = shortDetail(idOf(a['id']) ?? idOf(verificationOf(a)?.['url']) ?? 'no address given');
  if (isLegacyAssertion(a))
    return check('proof', 'not_checked', 'hosted_not_checked_offline', msg('ob2.legacy_not_checked'), where);
  if (verificationTypeOf(a) === 'signed')
    return check('proof', 'not_checked', 'no_proof', msg('ob2.signed_without_signature'), where);
  return check('proof', 'not_checked', 'hosted_not_checked_offline', msg('ob2.hosted_not_checked_offline'), where);
}

export function verifyAssertionJson(a: JsonRecord, ctx: VerificationContext): VerifiedEntry {
  const r = resolveAssertion(a, ctx);
  const found = badgeFoundCheck(r);
  const checks: CheckResult[] = [
    proofCheckOfJson(a),
    badgeDatesCheck(a, ctx.now),
    revocationCheck(r, ctx),
    ...(found ? [found] : []),
  ];
  const format = isLegacyAssertion(a) ? 'ob1' : verificationTypeOf(a) === 'signed' ? 'ob2-signed' : 'ob2-hosted';
  return { format, role: 'whole', document: r.document, verification: resultOf(checks, ctx.now) };
}

export const ob2AssertionFormat: Format = {
  id: 'ob2-assertion',
  accepts: (input) => input.kind === 'json' && isOpenBadgesAssertion(input.value),
  async verify(input, ctx) {
    if (input.kind !== 'json' || !isOpenBadgesAssertion(input.value)) return [];
    return [verifyAssertionJson(input.value, ctx)];
  },
};
