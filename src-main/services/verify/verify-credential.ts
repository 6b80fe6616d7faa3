/**
 * One JSON-LD credential or presentation verified with a verifier of default parts (the
 * system clock unless `now` is given, no trusted keys, this thread's libraries): for tools and
 * tests that verify one document. The app verifies through `createVerifier` (verifier.ts).
 */
import type { VerificationResult } from '../../../src-shared/verification';
import { createVerifier } from './verifier';

export { collectContextUrls } from './contexts-check';

export interface VerifyJsonLdOptions {
  /** The time the validity period is checked against (default: now). */
  now?: Date;
  /** Status-list credentials the wallet holds (parsed JSON); the only way status can pass. */
  statusLists?: readonly Record<string, unknown>[];
}

export function verifyJsonLdCredential(
  credential: Record<string, unknown>,
  opts: VerifyJsonLdOptions = {},
): Promise<VerificationResult> {
  return createVerifier(opts).verifyCredential(credential);
}

/** Loads this thread's libraries ahead of the first verification (e.g. at a worker's start). */
export function warmUpVerifier(): Promise<void> {
  return createVerifier().ready();
}
