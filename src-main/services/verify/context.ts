/**
 * What one verification runs with, as the verifier (verifier.ts) hands it to every format
 * and shared check: the time, the libraries, a maker of offline document loaders, the keys
 * the caller trusts, the status check bound to the verifier's status lists, and the
 * supporting documents the learner holds (BadgeClasses, Issuer profiles, keys, revocation
 * lists, DID documents), found by id. Types only: nothing here holds state, and nothing here
 * says whether a held document is to be believed (each format decides that per credential).
 */
import type { SupportingKind } from '../../../src-shared/credential';
import type { CheckResult } from '../../../src-shared/verification';
import type { PublicJwk } from './did-key';
import type { OfflineDocumentLoader } from './document-loader';
import type { LibraryLoader } from './jsonld-libraries';

/** A public key the caller vouches for, found by the key id a signature names (a JWT's `kid`). */
export interface TrustedKey {
  readonly id: string;
  readonly publicKeyJwk: PublicJwk;
}

/** One supporting document the learner holds, as recognised by src-shared/supporting.ts. */
export interface HeldDocument {
  readonly kind: SupportingKind;
  /** The id a credential may point to it by (`id`, or a JWK's `kid`), when it has one. */
  readonly id: string | undefined;
  readonly document: Record<string, unknown>;
}

/** The supporting documents the learner holds, indexed by id. Lookups never throw. */
export interface SupportingDocuments {
  /** The held documents with exactly this id, in the order they were given (two files may claim one id). */
  withId(id: string): readonly HeldDocument[];
  /** The held documents of one kind, in the order they were given. */
  ofKind(kind: SupportingKind): readonly HeldDocument[];
}

export interface VerificationContext {
  /** The time the checks are made against (read once per top-level verification). */
  readonly now: Date;
  readonly libraries: LibraryLoader;
  /** A loader for one document's verification (it remembers keys read from URL fragments). */
  readonly newDocumentLoader: () => OfflineDocumentLoader;
  readonly keys: readonly TrustedKey[];
  /**
   * The status check of a credential, answered from the verifier's status lists that have
   * authority over it; `controllers` are the controllers of the keys of its valid proofs.
   */
  status(credential: Record<string, unknown>, controllers: readonly string[]): Promise<CheckResult>;
  /** The supporting documents the learner holds (never fetched: only what was given). */
  readonly supporting: SupportingDocuments;
}
