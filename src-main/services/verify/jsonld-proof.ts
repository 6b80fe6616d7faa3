/**
 * One JSON-LD proof, verified on its own: the suite it needs (Ed25519Signature2020,
 * DataIntegrityProof eddsa-rdfc-2022 / ecdsa-rdfc-2019), its purpose, where its key comes from,
 * and what jsonld-signatures answered, read into a closed `ProofOutcome`. A key or context that
 * needs the network is an outcome, never a fetch; nothing here throws for a bad proof. A key
 * id or proof value over its limit (src-shared/limits.ts) never reaches the suites.
 */
import { asArray, idOf, isRecord } from '../../../src-shared/json';
import { proofValueTooLong } from '../../../src-shared/limits';
import { soleVerificationMethodId } from './did-key';
import {
  findOfflineDocumentError,
  keyOriginOf,
  shortUrl,
  urlTooLong,
  type DocumentLoader,
  type KeyOrigin,
  type OfflineDocumentLoader,
} from './document-loader';
import { messageOf, safeModeProblem, type TermProblem } from './jsonld-errors';
import type { JsonLdLibraries, SuiteKey } from './jsonld-libraries';
import { recordingPurpose, type ProofPurposeTerm } from './proof-purpose';

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

export type ProofOutcome =
  | { kind: 'valid'; label: string; vmId: string; origin: KeyOrigin; controller: string }
  | { kind: 'invalid'; label: string; vmId: string }
  | { kind: 'undefined_term'; label: string; problem: TermProblem }
  | { kind: 'context_not_bundled'; label: string; url: string }
  | { kind: 'key_unresolvable'; label: string; vmId: string; tooLong?: true }
  | { kind: 'unsupported'; label: string }
  | { kind: 'error'; label: string; error: string };

function suiteKeyOf(proof: Record<string, unknown>): SuiteKey | undefined {
  const type = proof['type'];
  if (type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (type === 'DataIntegrityProof') {
    const suite = proof['cryptosuite'];
    if (suite === 'eddsa-rdfc-2022' || suite === 'ecdsa-rdfc-2019') return suite;
  }
  return undefined;
}

/** Whether the wallet has a suite for this proof. */
export function isCheckableProof(proof: unknown): boolean {
  return isRecord(proof) && suiteKeyOf(proof) !== undefined;
}

/** How a proof is named to the learner: its type, and its cryptosuite when it has one. */
export function proofLabel(proof: unknown): string {
  if (!isRecord(proof)) return 'malformed proof';
  const type = typeof proof['type'] === 'string' ? proof['type'] : JSON.stringify(proof['type'] ?? 'untyped');
  return typeof proof['cryptosuite'] === 'string' ? `${type} (${proof['cryptosuite']})` : type;
}

export async function verifyOneProof(
  doc: Record<string, unknown>,
  proof: unknown,
  libs: JsonLdLibraries,
  loader: OfflineDocumentLoader,
  term: ProofPurposeTerm,
): Promise<ProofOutcome> {
  const label = proofLabel(proof);
  if (!isRecord(proof)) return { kind: 'error', label, error: 'The proof is not an object.' };
  const suiteKey = suiteKeyOf(proof);
  if (!suiteKey) return { kind: 'unsupported', label };
  if (proof['proofPurpose'] !== term) {
    return { kind: 'unsupported', label: `${label} for purpose ${String(proof['proofPurpose'])}` };
  }
  const vmId = idOf(proof['verificationMethod']);
  if (!vmId) return { kind: 'error', label, error: 'The proof names no verification method.' };
  if (urlTooLong(vmId)) return { kind: 'key_unresolvable', label, vmId: shortUrl(vmId), tooLong: true };
  if (proofValueTooLong(proof))
    return { kind: 'error', label, error: 'The proof value is too long to be a signature.' };
  const origin = keyOriginOf(soleVerificationMethodId(vmId) ?? vmId);
  if (origin === 'unresolvable') return { kind: 'key_unresolvable', label, vmId };
  if (suiteKey === 'Ed25519Signature2020' && !asArray(doc['@context']).includes(ED25519_2020_CONTEXT)) {
    return {
      kind: 'error',
      label,
      error: `An Ed25519Signature2020 proof needs the ${ED25519_2020_CONTEXT} context.`,
    };
  }

  // Issuers sometimes name a bare did:key as the verification method; for did:key and
  // did:jwk that can only mean the DID's one key, so the suites are pointed at it. The
  // controller lookup goes to the plain loader, where a bare DID is its DID document.
  const suiteLoader: DocumentLoader = (url) => loader(soleVerificationMethodId(url) ?? url);
  const purpose = recordingPurpose(loader, term);

  // Each proof of a proof set signs the document without any proof, so checking them one
  // at a time gives per-proof results at no extra canonicalisation cost.
  const single = { ...doc, proof };
  const result = await libs.jsigs.verify(single, {
    suite: libs.suites[suiteKey],
    purpose,
    documentLoader: suiteLoader,
  });
  const verified = isRecord(result) && result['verified'] === true;
  const firstResult = isRecord(result) ? asArray(result['results'])[0] : undefined;
  const first = isRecord(firstResult) ? firstResult : undefined;
  if (verified && first?.['verified'] === true) {
    const purposeResults = asArray(first['purposeResult']).filter(isRecord);
    const controller = purposeResults.map((p) => p['controller']).find((c): c is string => typeof c === 'string');
    const resolvedVm = idOf(first['verificationMethod']) ?? vmId;
    if (controller) {
      const keyOrigin = loader.fragmentKeyIds.has(resolvedVm) ? 'url-fragment' : origin;
      return { kind: 'valid', label, vmId: resolvedVm, origin: keyOrigin, controller };
    }
  }
  const error = first?.['error'] ?? (isRecord(result) ? result['error'] : undefined);
  const offline = findOfflineDocumentError(error);
  if (offline) {
    return offline.kind === 'context'
      ? { kind: 'context_not_bundled', label, url: offline.url }
      : { kind: 'key_unresolvable', label, vmId: offline.url };
  }
  const problem = safeModeProblem(error);
  if (problem) return { kind: 'undefined_term', label, problem };
  const message = messageOf(error);
  if (message === 'Invalid signature.') return { kind: 'invalid', label, vmId };
  return { kind: 'error', label, error: message };
}
