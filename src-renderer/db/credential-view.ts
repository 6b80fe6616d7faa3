/**
 * What the map, the lists and the pathways are given of a credential: a view made by the
 * credential repository from the index's summary (map-index.ts), never stored and never
 * written back. It carries what those screens use and nothing of the storage: no import
 * time or media type, no place in the file (the details panel reads the full record by key),
 * no original bytes; the problem text only as the "Not credentials" tray's reason. It adds
 * what every screen would otherwise work out again: what kind of entry it is.
 *
 * Built for thousands of credentials at once: one small object per credential, sharing the
 * summary's normalized credential and verification (both treated as immutable by every
 * reader) instead of copying them. Pure: no Dexie.
 */
import type { Origin, SupportingKind } from '../../src-shared/credential';
import type { Message } from '../../src-shared/i18n/spec';
import type { CreditUnitId } from '../../src-shared/workload';
import type { CredentialSummary, ShownCredential, VerificationSummary } from './map-index';
import { kindOf, type CredentialKind } from './records';

export type { CredentialKind, ShownCredential, VerificationSummary };

export interface CredentialView {
  /** The stored credential's key (what the repository is asked for by). */
  readonly key: string;
  readonly fileSha256: string;
  readonly fileName: string;
  /**
   * Achievements go on the map; presentations, status lists and other supporting documents
   * are kept and shown apart; a file that is not a credential only in its own tray.
   */
  readonly kind: CredentialKind;
  /** Shared with the stored summary: read, never changed. */
  readonly normalized: ShownCredential;
  /** Shared with the stored summary: read, never changed. */
  readonly verification: VerificationSummary;
  /** A level the learner chose themselves, per framework. */
  readonly levelOverride?: { readonly jqf?: number; readonly eqf?: number };
  /** The credit unit the learner chose for this credential's credits. */
  readonly creditUnit?: CreditUnitId;
  /** Which kind of supporting document, for a supporting entry. */
  readonly supportingKind?: SupportingKind;
  /** Why the file is not a credential (the tray's reason): a message, or English text stored by an earlier version. */
  readonly problem?: Message | string;
  /** The archive its file came in, when it came in one. */
  readonly origin?: Origin;
}

/**
 * The view of one summary (a full record is also a summary). Every view has the same
 * properties in the same order, the absent ones undefined, so code reading thousands of
 * them sees one object shape.
 */
export function viewOf(s: CredentialSummary): CredentialView {
  return {
    key: s.key,
    fileSha256: s.fileSha256,
    fileName: s.fileName,
    kind: kindOf(s),
    normalized: s.normalized,
    verification: s.verification,
    levelOverride: s.levelOverride,
    creditUnit: s.creditUnit,
    supportingKind: s.supportingKind,
    problem: s.problem,
    origin: s.origin,
  };
}

/** Only achievements go on the map, count toward pathways and take a level. */
export function isAchievementEntry(v: CredentialView): boolean {
  return v.kind === 'achievement';
}
