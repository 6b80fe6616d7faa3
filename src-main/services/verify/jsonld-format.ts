/**
 * The JSON-LD rows of the format table: a W3C Verifiable Presentation and a W3C Verifiable
 * Credential (VC 1.1 or 2.0 context first), with embedded proofs. A credential's CLR
 * contents and a presentation's credentials become entries of their own, through the router.
 * A row only recognises and verifies: it never fetches, and never decides a verdict itself
 * (`overallStatus` does, from the checks).
 */
import { asArray, isRecord } from '../../../src-shared/json';
import { innerCredentials, innerOfClr, withRole, type DocumentInput, type Format, type VerifiedEntry } from './entries';
import { verifyJsonLdCredentialIn, verifyJsonLdPresentationIn } from './jsonld-verify';

const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';

/** A JSON object whose first context is the VC 1.1 or 2.0 one, with the given type. */
function vcDocument(input: DocumentInput, type: string): Record<string, unknown> | undefined {
  if (input.kind !== 'json' || !isRecord(input.value)) return undefined;
  const ctx = asArray(input.value['@context'])[0];
  if (ctx !== VC1 && ctx !== VC2) return undefined;
  return asArray(input.value['type']).includes(type) ? input.value : undefined;
}

export const jsonLdPresentationFormat: Format = {
  id: 'jsonld-presentation',
  accepts: (input) => vcDocument(input, 'VerifiablePresentation') !== undefined,
  async verify(input, ctx, depth, route) {
    const doc = vcDocument(input, 'VerifiablePresentation');
    if (!doc) return [];
    const verification = await verifyJsonLdPresentationIn(ctx, doc);
    const self: VerifiedEntry = { format: 'vp-jsonld', role: 'presentation', document: doc, verification };
    const inner = await innerCredentials(asArray(doc['verifiableCredential']), depth + 1, ctx.now, route);
    return withRole([self, ...inner], 'presentation');
  },
};

export const jsonLdCredentialFormat: Format = {
  id: 'jsonld-credential',
  accepts: (input) => vcDocument(input, 'VerifiableCredential') !== undefined,
  async verify(input, ctx, depth, route) {
    const doc = vcDocument(input, 'VerifiableCredential');
    if (!doc) return [];
    const verification = await verifyJsonLdCredentialIn(ctx, doc);
    const self: VerifiedEntry = {
      format: asArray(doc['@context'])[0] === VC1 ? 'vc1-jsonld' : 'vc2-jsonld',
      role: 'whole',
      document: doc,
      verification,
    };
    return withRole([self, ...(await innerOfClr(doc, depth, ctx.now, route))], 'container');
  },
};
