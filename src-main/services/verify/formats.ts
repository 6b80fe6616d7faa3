/**
 * The format table: every shape of document the wallet verifies, one row each, and the
 * router that goes through it. The first row that accepts an input verifies it; no row means
 * the wallet does not recognise the input (the caller says so to the learner).
 *
 * To add a format (a baked badge image, Open Badges 2.0, Blockcerts, a sealed European
 * credential, a signed PDF …):
 *  1. write a module that exports a `Format` (entries.ts): `accepts` looks at the input and
 *     never throws; `verify` returns the entries (one per credential, container first) with
 *     checks built by `check()` (check.ts), reusing the shared checks (validity.ts,
 *     status-list.ts through `ctx.status`, contexts-check.ts, schema-ob3.ts) and handing any
 *     credential it holds back to `route`;
 *  2. if it needs an input the router does not take yet (bytes of an image, a PDF), add that
 *     kind to `DocumentInput` (entries.ts) and make it in import-service.ts from the detected
 *     file;
 *  3. add its row below, before any row that would also accept its inputs, and its messages
 *     to src-shared/i18n (codes, English, Japanese).
 * Rows must never fetch anything and never throw for a bad document.
 */
import type { VerificationContext } from './context';
import { MAX_DEPTH, tooDeepEntry, type DocumentInput, type Format, type VerifiedEntry } from './entries';
import { jsonLdCredentialFormat, jsonLdPresentationFormat } from './jsonld-format';
import { envelopedFormat, jwsFormat, jwtWrapperFormat } from './jwt-format';
import { ob2AssertionFormat } from './ob2-assertion-format';
import { credentialWrapperFormat } from './wrapper-format';

export const FORMATS: readonly Format[] = [
  jwsFormat, // a compact JWS: VC-JWT, VP-JWT, a signed Open Badges 2.0 / 1.x assertion (ob2-signed.ts)
  jwtWrapperFormat, // {"jwt": "<compact JWS>"}
  credentialWrapperFormat, // {"credential": …} / {"verifiableCredential": …}, and nothing else
  envelopedFormat, // EnvelopedVerifiableCredential / EnvelopedVerifiablePresentation
  ob2AssertionFormat, // an Open Badges 2.0 hosted / 1.x assertion as JSON (never a Verifiable Credential)
  jsonLdPresentationFormat, // VerifiablePresentation with embedded proofs
  jsonLdCredentialFormat, // VerifiableCredential with embedded proofs (CLR contents too)
];

/** The format that would verify this input, if any. */
export function formatOf(input: DocumentInput): Format | undefined {
  return FORMATS.find((f) => f.accepts(input));
}

/** Verifies an input through the table; undefined when no format accepts it. */
export function routeDocument(
  input: DocumentInput,
  ctx: VerificationContext,
  depth = 0,
): Promise<VerifiedEntry[] | undefined> {
  // A value nested too deeply is refused before any row looks at it (entries.ts).
  const tooDeep = depth === 0 ? tooDeepEntry(input, ctx.now) : undefined;
  if (tooDeep) return Promise.resolve([tooDeep]);
  const format = formatOf(input);
  if (!format) return Promise.resolve(undefined);
  return format.verify(input, ctx, depth, (inner, innerDepth) => routeDocument(inner, ctx, innerDepth));
}

export { MAX_DEPTH };
