/**
 * Verification result shapes shared by main, renderer and CLI.
 *
 * A verification never throws for a failed check: it returns data in this shape.
 * Check ids and codes are closed unions declared here once. This module must never
 * import anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import { z } from 'zod';
import { MessageSchema } from './i18n/spec';

export const CHECK_IDS = [
  'format',
  'contexts',
  'proof',
  'issuer_binding',
  'validity_period',
  'status',
  'schema',
  'jwt_claims',
] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

export const CheckOutcomeSchema = z.enum(['pass', 'fail', 'not_checked']);
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;

/** Machine-readable reasons. Closed: add a code here before using it. */
export const CHECK_CODES = [
  // format / parsing
  'not_json',
  'not_a_credential',
  'unsupported_format',
  'supporting_document', // not a credential but a document credentials need (a key, a BadgeClass …): recognised
  // contexts
  'contexts_bundled',
  'context_not_bundled',
  'undefined_term',
  'invalid_jsonld',
  // proof
  'signature_valid',
  'signature_invalid',
  'no_proof',
  'unsupported_proof_type',
  'key_not_resolvable_offline',
  'proof_error',
  // issuer binding
  'issuer_controls_key',
  'issuer_key_mismatch',
  'issuer_not_confirmed',
  'issuer_not_resolvable_offline',
  // validity period
  'within_validity_period',
  'no_validity_dates',
  'not_yet_valid',
  'expired',
  'invalid_date',
  // status
  'no_status',
  'status_not_checked_offline',
  'status_valid',
  'revoked',
  'suspended',
  'status_list_not_verified',
  'status_list_invalid',
  // schema
  'schema_valid',
  'schema_invalid',
  // jwt
  'jwt_claims_consistent',
  'jwt_claims_mismatch',
  // open badges 2.0
  'hosted_not_checked_offline',
  'badge_class_not_held',
  'issuer_profile_not_held',
] as const;
export const CheckCodeSchema = z.enum(CHECK_CODES);
export type CheckCode = z.infer<typeof CheckCodeSchema>;

export const CheckResultSchema = z.object({
  id: CheckIdSchema,
  outcome: CheckOutcomeSchema,
  code: CheckCodeSchema.optional(),
  /**
   * What the learner reads: a message (code and parameters) rendered in their language.
   * A string is an English sentence from a record stored by an earlier version; it is shown
   * only where its `code` has no wording (see `checkText` in i18n/render.ts).
   */
  message: z.union([MessageSchema, z.string()]),
  /** Optional detail values (a URL, a term, a date) for the UI to show beside the message. */
  detail: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** Dates may disagree with the verifier's clock by this much before a credential counts as not yet valid or expired. */
export const CLOCK_SKEW_SECONDS = 300;

export const VerificationStatusSchema = z.enum(['verified', 'not_verified', 'could_not_check']);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

export const VerificationResultSchema = z.object({
  status: VerificationStatusSchema,
  checks: z.array(CheckResultSchema),
  /** ISO time the checks were made against. */
  checkedAt: z.string(),
});
export type VerificationResult = z.infer<typeof VerificationResultSchema>;

/**
 * Whether a failed check decides the verdict. *Not verified* means something was checked and
 * failed: a signature, a date, a revocation, the issuer's key, a term a signature would not
 * cover. Two failures are caveats instead, shown in the details without deciding the verdict:
 *  - the Open Badges schema (`schema`): a field the standard requires is missing or malformed
 *    (a derived credential without `name`, an early badge without `achievement.id`); when the
 *    proof and the dates hold, the credential is still what its issuer signed;
 *  - a JSON-LD term the contexts do not define (`contexts` / `undefined_term`) when the proof
 *    uses a suite the wallet does not support yet: the term matters because a checked signature
 *    would not cover it, and no signature was checked.
 */
export function decidesVerdict(c: CheckResult, checks: readonly CheckResult[]): boolean {
  if (c.outcome !== 'fail') return false;
  if (c.id === 'schema') return false;
  if (c.id === 'contexts' && c.code === 'undefined_term')
    return !checks.some((p) => p.id === 'proof' && p.code === 'unsupported_proof_type');
  return true;
}

/**
 * The overall status rule: a failed check that decides the verdict (`decidesVerdict`) → not
 * verified; proof or issuer binding unchecked → could not check (a suite or format the wallet
 * does not support yet is one of these, never *not verified*); a status the wallet holds a
 * list for but could not take from it (the list does not verify, is not the issuer's, or the
 * issuer's lists disagree: `status_list_not_verified`) → could not check; otherwise verified
 * (other unchecked items, such as a status list published only online, are caveats).
 */
export function overallStatus(checks: readonly CheckResult[]): VerificationStatus {
  if (checks.some((c) => decidesVerdict(c, checks))) return 'not_verified';
  if (checks.some((c) => c.id === 'status' && c.outcome === 'not_checked' && c.code === 'status_list_not_verified'))
    return 'could_not_check';
  const essential = checks.filter((c) => c.id === 'proof' || c.id === 'issuer_binding');
  if (essential.length === 0 || essential.some((c) => c.outcome !== 'pass')) {
    // 'format'/'contexts' failures are already 'fail'; a missing proof check means nothing was proven.
    return 'could_not_check';
  }
  return 'verified';
}

/** The caveats of a credential: its unchecked items, and the failures that do not decide its verdict. */
export function caveats(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.outcome === 'not_checked' || (c.outcome === 'fail' && !decidesVerdict(c, checks)));
}
