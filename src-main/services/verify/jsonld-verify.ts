/**
 * Offline verification of W3C Verifiable Credentials and Presentations with embedded JSON-LD
 * proofs (VC 1.1 and 2.0; Ed25519Signature2020, DataIntegrityProof eddsa-rdfc-2022 and
 * ecdsa-rdfc-2019 on P-256 / P-384), given a verification context (context.ts).
 *
 * The contexts, the signature, the issuer's (or holder's) control of the signing key, the
 * validity dates, the status and the Open Badges fields are separate checks, so a learner sees
 * *which* part failed: a valid signature by a key the issuer does not control is "not
 * verified"; an expired credential still shows that its signature is intact. Failed checks are
 * returned as data, never thrown. This module must never fetch anything (contexts, keys,
 * status lists): what needs the network is reported as not checked.
 */
import { asArray } from '../../../src-shared/json';
import { msg } from '../../../src-shared/i18n/spec';
import type { CheckResult, VerificationResult } from '../../../src-shared/verification';
import { bindingMessage, type Party } from './binding';
import { check, resultOf } from './check';
import {
  contextNotBundled,
  contextsCheckFromExpansion,
  contextsPass,
  undefinedTermCheck,
  unbundledContexts,
} from './contexts-check';
import type { VerificationContext } from './context';
import { issuerBindingCheck, proofCheck } from './jsonld-checks';
import { isCheckableProof, proofLabel, verifyOneProof, type ProofOutcome } from './jsonld-proof';
import { ob3SchemaCheck } from './schema-ob3';
import { documentValidityCheck, statesValidityDates } from './validity';

interface SignatureChecks {
  checks: CheckResult[];
  /** The controllers of the keys of the document's valid proofs. */
  controllers: string[];
}

/** contexts, proof and issuer (or holder) binding of a JSON-LD document with embedded proofs. */
async function signatureChecks(
  ctx: VerificationContext,
  doc: Record<string, unknown>,
  party: Party,
): Promise<SignatureChecks> {
  const proofs = asArray(doc['proof']);
  // Contexts inside proofs only matter for the proofs the wallet can check.
  const { proof: _proof, ...unsigned } = doc;
  const unbundled = unbundledContexts([unsigned, proofs.filter(isCheckableProof)]);
  if (unbundled.length > 0) {
    // Signed only with suites the wallet does not support yet: that is what the learner is told.
    const suites = proofs.length > 0 && !proofs.some(isCheckableProof) ? proofs.map(proofLabel).join('; ') : '';
    const checks = [
      contextNotBundled(unbundled),
      suites !== ''
        ? check(
            'proof',
            'not_checked',
            'unsupported_proof_type',
            msg('check.proof_suite_not_supported_yet', { suite: suites }),
            suites,
          )
        : check(
            'proof',
            'not_checked',
            'context_not_bundled',
            party === 'holder' ? msg('check.presentation_context_not_bundled') : msg('check.context_not_bundled'),
            unbundled.join(', '),
          ),
      check('issuer_binding', 'not_checked', 'issuer_not_confirmed', bindingMessage(party, 'unchecked')),
    ];
    return { checks, controllers: [] };
  }

  const libs = await ctx.libraries.load();
  const loader = ctx.newDocumentLoader();
  const term = party === 'issuer' ? 'assertionMethod' : 'authentication';
  const outcomes: ProofOutcome[] = [];
  for (const proof of proofs) outcomes.push(await verifyOneProof(doc, proof, libs, loader, term));

  // The suites canonicalise in JSON-LD safe mode: a proof that got as far as comparing
  // signatures proves every term is defined; an undefined term surfaces as its error.
  const undefinedTerm = outcomes.find((o) => o.kind === 'undefined_term');
  const contextOutcome = outcomes.find((o) => o.kind === 'context_not_bundled');
  const contexts = undefinedTerm
    ? undefinedTermCheck(undefinedTerm.problem)
    : contextOutcome
      ? contextNotBundled([contextOutcome.url])
      : outcomes.some((o) => o.kind === 'valid' || o.kind === 'invalid')
        ? contextsPass()
        : await contextsCheckFromExpansion(doc, libs.jsonld, loader);

  if (proofs.length === 0) {
    const checks = [
      contexts,
      check(
        'proof',
        'not_checked',
        'no_proof',
        party === 'holder' ? msg('check.presentation_no_proof') : msg('check.no_proof'),
      ),
      check('issuer_binding', 'not_checked', 'issuer_not_confirmed', bindingMessage(party, 'unsigned')),
    ];
    return { checks, controllers: [] };
  }
  const controllers = [...new Set(outcomes.flatMap((o) => (o.kind === 'valid' ? [o.controller] : [])))];
  return { checks: [contexts, proofCheck(outcomes, party), issuerBindingCheck(doc, outcomes, party)], controllers };
}

function isJsonLdCredential(doc: Record<string, unknown>): boolean {
  return doc['@context'] !== undefined && asArray(doc['type']).includes('VerifiableCredential');
}

function isJsonLdPresentation(doc: Record<string, unknown>): boolean {
  return doc['@context'] !== undefined && asArray(doc['type']).includes('VerifiablePresentation');
}

export async function verifyJsonLdCredentialIn(
  ctx: VerificationContext,
  credential: Record<string, unknown>,
): Promise<VerificationResult> {
  return (await verifyJsonLdCredentialSigned(ctx, credential)).result;
}

/** A JSON-LD credential's checks, with the controllers of the keys of its valid proofs. */
export async function verifyJsonLdCredentialSigned(
  ctx: VerificationContext,
  credential: Record<string, unknown>,
): Promise<{ result: VerificationResult; controllers: string[] }> {
  if (!isJsonLdCredential(credential)) {
    const checks = [check('format', 'fail', 'not_a_credential', msg('check.not_a_jsonld_credential'))];
    return { result: resultOf(checks, ctx.now), controllers: [] };
  }
  const { checks, controllers } = await signatureChecks(ctx, credential, 'issuer');
  checks.push(documentValidityCheck(credential, ctx.now));
  checks.push(await ctx.status(credential, controllers));
  const schema = ob3SchemaCheck(credential);
  if (schema) checks.push(schema);
  return { result: resultOf(checks, ctx.now), controllers };
}

/**
 * A JSON-LD VerifiablePresentation's own checks: its holder's proof (authentication purpose;
 * challenge and domain are not enforced, and the result says so) and whether the signing key
 * belongs to the named holder. The credentials inside are NOT judged here: the caller
 * verifies each one as its own entry.
 */
export async function verifyJsonLdPresentationIn(
  ctx: VerificationContext,
  presentation: Record<string, unknown>,
): Promise<VerificationResult> {
  if (!isJsonLdPresentation(presentation))
    return resultOf([check('format', 'fail', 'not_a_credential', msg('check.not_a_jsonld_presentation'))], ctx.now);
  const { checks } = await signatureChecks(ctx, presentation, 'holder');
  if (statesValidityDates(presentation)) checks.push(documentValidityCheck(presentation, ctx.now));
  return resultOf(checks, ctx.now);
}
