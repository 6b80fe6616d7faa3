/**
 * The one way to build a check result, and a verification result from its checks. Every
 * check of every format goes through `check`, so a learner-facing reason is always a message
 * (`{code, params}`, rendered in the learner's language by src-shared/i18n) and never text:
 * technical values that are not sentences (a URL, a key id, a library's error) go in
 * `detail`. This module must never hold state or build sentences.
 */
import type { Message } from '../../../src-shared/i18n/spec';
import {
  overallStatus,
  type CheckCode,
  type CheckId,
  type CheckOutcome,
  type CheckResult,
  type VerificationResult,
} from '../../../src-shared/verification';

export function check(
  id: CheckId,
  outcome: CheckOutcome,
  code: CheckCode,
  message: Message,
  detail?: string,
): CheckResult {
  return detail === undefined ? { id, outcome, code, message } : { id, outcome, code, message, detail };
}

/** The checks as a verification result, made at `now`. */
export function resultOf(checks: CheckResult[], now: Date): VerificationResult {
  return { status: overallStatus(checks), checks, checkedAt: now.toISOString() };
}
