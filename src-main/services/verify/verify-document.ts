/**
 * Any document verified through the format table (formats.ts) with a verifier of default
 * parts: for tools and tests that verify one document. Returns a flat list of entries, the
 * presentation or container first, then each credential inside it (entries.ts). The app
 * verifies through `createVerifier` (verifier.ts). Like every verifier here, it never goes
 * online and never throws for a failed check.
 */
import { createVerifier, type VerifierParts } from './verifier';
import type { VerifiedEntry } from './entries';

export { MAX_DEPTH, type VerifiedEntry } from './entries';

export type VerifyDocumentOptions = Pick<VerifierParts, 'now' | 'statusLists' | 'keys'>;

/** A parsed JSON document's entries, or undefined when it is not a shape the wallet recognises. */
export function verifyJsonValue(json: unknown, opts: VerifyDocumentOptions = {}): Promise<VerifiedEntry[] | undefined> {
  return createVerifier(opts).verifyJson(json);
}

/** A compact JWS: a credential, or a presentation followed by the credentials inside it. */
export function verifyJwtDocument(jws: string, opts: VerifyDocumentOptions = {}): Promise<VerifiedEntry[]> {
  return createVerifier(opts).verifyJws(jws);
}
