/**
 * What one verification runs with, as the verifier (verifier.ts) hands it to every format
 * and shared check: the time, the libraries, a maker of offline document loaders, the keys
 * the caller trusts, and the status check bound to the verifier's status lists. Types only:
 * nothing here holds state.
 */
import type { CheckResult } from '../../../src-shared/verification';
import type { PublicJwk } from './did-key';
import type { OfflineDocumentLoader } from './document-loader';
import type { LibraryLoader } from './jsonld-libraries';

/** A public key the caller vouches for, found by the key id a signature names (a JWT's `kid`). */
export interface TrustedKey {
  readonly id: string;
  readonly publicKeyJwk: PublicJwk;
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
}
