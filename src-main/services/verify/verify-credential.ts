/**
 * Offline verification of W3C Verifiable Credentials with embedded JSON-LD proofs
 * (VC 1.1 and 2.0; Ed25519Signature2020, DataIntegrityProof eddsa-rdfc-2022 and
 * ecdsa-rdfc-2019 on P-256 / P-384).
 *
 * The signature, the issuer's control of the signing key, the validity dates and the
 * status are separate checks, so a learner sees *which* part failed: a valid signature
 * by a key the issuer does not control is "not verified", an expired credential still
 * shows that its signature is intact. Failed checks are returned as data, never thrown.
 * This module must never fetch anything (contexts, keys, status lists): what needs the
 * network is reported as not checked. The libraries load once per process, on first use,
 * and install the JSON-LD speedup of jsonld-speed.ts.
 */
import {
  CLOCK_SKEW_SECONDS,
  overallStatus,
  type CheckCode,
  type CheckOutcome,
  type CheckResult,
  type VerificationResult,
} from '../../../src-shared/verification';
import { isBundledContext } from './contexts';
import {
  createOfflineDocumentLoader,
  findOfflineDocumentError,
  keyOriginOf,
  type DocumentLoader,
  type KeyOrigin,
  type OfflineDocumentLoader,
} from './document-loader';
import { base58btcDecode, soleVerificationMethodId } from './did-key';
import { ob3SchemaCheck } from './schema-ob3';
import { statusListCheck } from './status-list';
import { asArray, idOf, isRecord } from '../../../src-shared/json';
import { PROOF_MESSAGES } from './proof-messages';
import { installJsonLdSpeedup } from './jsonld-speed';
import {
  ed25519KeyObjectVerifier,
  ed25519Signature2020WithCachedVerifiers,
  withCachedVerifiers,
  type SignatureVerifier,
} from './verifier-cache';

const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

// ---------------------------------------------------------------------------------------
// Typed views of the untyped libraries (only what this module calls).

interface ProofPurposeLike {
  term: string;
  match(proof: Record<string, unknown>, options: unknown): Promise<boolean>;
  validate(proof: Record<string, unknown>, options: { verificationMethod?: unknown }): Promise<PurposeResult>;
}

interface PurposeResult {
  valid: boolean;
  error?: unknown;
  controller?: string;
}

interface JsigsProofResult {
  verified: boolean;
  error?: unknown;
  verificationMethod?: unknown;
  purposeResult?: PurposeResult | PurposeResult[];
}

interface JsigsVerifyResult {
  verified: boolean;
  results?: JsigsProofResult[];
  error?: unknown;
}

interface Jsigs {
  verify(
    document: Record<string, unknown>,
    options: { suite: unknown; purpose: ProofPurposeLike; documentLoader: DocumentLoader },
  ): Promise<JsigsVerifyResult>;
}

interface JsonLd {
  expand(input: unknown, options: { documentLoader: DocumentLoader; safe: boolean; base: null }): Promise<unknown>;
}

type SuiteKey = 'Ed25519Signature2020' | 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019';

interface Libs {
  jsigs: Jsigs;
  jsonld: JsonLd;
  suites: Record<SuiteKey, unknown>;
}

/** A CommonJS module's value sits on `default` under Node's ESM interop, or on the namespace when bundled. */
function moduleValue(ns: unknown): Record<string, unknown> {
  // A CommonJS library imported from ESM in Node sits under `default`, and jsonld's
  // default export is a function carrying its API as properties (expand, canonize …).
  const d = isRecord(ns) ? ns['default'] : undefined;
  if (isRecord(d) || typeof d === 'function') return d as Record<string, unknown>;
  if (isRecord(ns)) return ns;
  throw new Error('A verification library has an unexpected shape.');
}

function exported<T>(ns: unknown, name: string): T {
  const direct = isRecord(ns) ? ns[name] : undefined;
  const value = direct ?? moduleValue(ns)[name];
  if (value === undefined) throw new Error(`A verification library does not export ${name}.`);
  return value as T;
}

type Constructor = new (options: Record<string, unknown>) => unknown;

let libsPromise: Promise<Libs> | undefined;

function loadLibs(): Promise<Libs> {
  libsPromise ??= (async (): Promise<Libs> => {
    const [jsigsNs, jsonldNs, ed2020Ns, diNs, eddsaNs, ecdsaNs, multikeyNs] = await Promise.all([
      import('jsonld-signatures'),
      import('jsonld'),
      import('@digitalbazaar/ed25519-signature-2020'),
      import('@digitalbazaar/data-integrity'),
      import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
      import('@digitalbazaar/ecdsa-rdfc-2019-cryptosuite'),
      import('@digitalbazaar/ed25519-multikey'),
    ]);
    const jsigs = moduleValue(jsigsNs) as unknown as Jsigs;
    const jsonld = moduleValue(jsonldNs) as unknown as JsonLd;
    // Same JSON-LD results with far less copying of active contexts (see jsonld-speed.ts).
    installJsonLdSpeedup();
    const DataIntegrityProof = exported<Constructor>(diNs, 'DataIntegrityProof');
    // Verifiers are made once per public key (verifier-cache.ts).
    const ed25519From = exported<
      (vm: Record<string, unknown>) => Promise<{ publicKey: Uint8Array; verifier(): SignatureVerifier }>
    >(multikeyNs, 'from');
    const Ed25519Signature2020 = ed25519Signature2020WithCachedVerifiers(
      exported(ed2020Ns, 'Ed25519Signature2020'),
      ed25519From,
      base58btcDecode,
    );
    // Suites hold no per-document state beyond a hash cache keyed by document identity,
    // so one instance of each serves every verification.
    return {
      jsigs,
      jsonld,
      suites: {
        Ed25519Signature2020: new Ed25519Signature2020({}),
        'eddsa-rdfc-2022': new DataIntegrityProof({
          cryptosuite: withCachedVerifiers(exported(eddsaNs, 'cryptosuite'), {
            makeVerifier: async (vm) => ed25519KeyObjectVerifier(await ed25519From(vm)),
          }),
        }),
        'ecdsa-rdfc-2019': new DataIntegrityProof({
          cryptosuite: withCachedVerifiers(exported(ecdsaNs, 'cryptosuite'), { verifyDataNeedsOnlyKeyAlgorithm: true }),
        }),
      },
    };
  })().catch((e: unknown) => {
    libsPromise = undefined;
    throw e;
  });
  return libsPromise;
}

/** Loads the libraries ahead of the first verification (e.g. at app start). */
export async function warmUpVerifier(): Promise<void> {
  await loadLibs();
}

// ---------------------------------------------------------------------------------------
// Proof purpose: assertionMethod (credentials) or authentication (presentations), recording
// the controller instead of comparing it with the issuer or holder.

type ProofPurposeTerm = 'assertionMethod' | 'authentication';

/**
 * Checks that the verification method is listed under `assertionMethod` by its own
 * controller (as the controller-document rules require) and returns that controller.
 * Unlike @digitalbazaar/vc's CredentialIssuancePurpose it does not compare the controller
 * with the issuer: that comparison is the separate issuer_binding check.
 */
function recordingPurpose(controllerLoader: DocumentLoader, term: ProofPurposeTerm): ProofPurposeLike {
  return {
    term,
    async match(proof) {
      return proof['proofPurpose'] === term;
    },
    async validate(_proof, { verificationMethod }) {
      try {
        if (!isRecord(verificationMethod) || typeof verificationMethod['id'] !== 'string') {
          throw new Error('The verification method has no id.');
        }
        const vmId = verificationMethod['id'];
        const rawController = verificationMethod['controller'];
        const controller = isRecord(rawController) ? rawController['id'] : rawController;
        if (typeof controller !== 'string') throw new Error('The verification method names no controller.');
        const { document } = await controllerLoader(controller);
        const listed = isRecord(document) ? asArray(document[term]) : [];
        const authorized = listed.some((m) => m === vmId || (isRecord(m) && m['id'] === vmId));
        if (!authorized) throw new Error(`${vmId} is not listed under ${term} by its controller ${controller}.`);
        return { valid: true, controller };
      } catch (error) {
        return { valid: false, error };
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// Helpers over the credential JSON.

/** Every context URL named anywhere in the document (top level, nested credentials, proofs, inline @import). */
export function collectContextUrls(doc: unknown): string[] {
  const urls = new Set<string>();
  const addContextValue = (ctx: unknown): void => {
    for (const c of asArray(ctx)) {
      if (typeof c === 'string') urls.add(c);
      else if (isRecord(c)) {
        if (typeof c['@import'] === 'string') urls.add(c['@import']);
        walk(c);
      }
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!isRecord(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '@context') addContextValue(v);
      else walk(v);
    }
  };
  walk(doc);
  return [...urls];
}

interface TermProblem {
  term: string;
  kind: string;
}

/** Reads jsonld.js's safe-mode error (a ValidationError carrying the JSON-LD event). */
function safeModeProblem(error: unknown): TermProblem | undefined {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (isRecord(e) && !seen.has(e)) {
    seen.add(e);
    if (e['name'] === 'jsonld.ValidationError') {
      const details = isRecord(e['details']) ? e['details'] : {};
      const event = isRecord(details['event']) ? details['event'] : {};
      const eventDetails = isRecord(event['details']) ? event['details'] : {};
      const kind = typeof event['code'] === 'string' ? event['code'] : 'undefined term';
      for (const key of ['property', 'type', 'id', 'subject', 'predicate', 'value']) {
        const v = eventDetails[key];
        if (typeof v === 'string') return { term: v, kind };
      }
      return { term: JSON.stringify(eventDetails).slice(0, 200), kind };
    }
    e = e['cause'] ?? (isRecord(e['details']) ? e['details']['cause'] : undefined);
  }
  return undefined;
}

function messageOf(error: unknown): string {
  if (Array.isArray(error)) return error.map(messageOf).join('; ');
  if (error instanceof Error) return error.message;
  if (isRecord(error) && typeof error['message'] === 'string') return error['message'];
  return String(error);
}

function check(
  id: CheckResult['id'],
  outcome: CheckOutcome,
  code: CheckCode,
  message: string,
  detail?: string,
): CheckResult {
  return detail === undefined ? { id, outcome, code, message } : { id, outcome, code, message, detail };
}

// ---------------------------------------------------------------------------------------
// One proof.

type ProofOutcome =
  | { kind: 'valid'; label: string; vmId: string; origin: KeyOrigin; controller: string }
  | { kind: 'invalid'; label: string; vmId: string }
  | { kind: 'undefined_term'; label: string; problem: TermProblem }
  | { kind: 'context_not_bundled'; label: string; url: string }
  | { kind: 'key_unresolvable'; label: string; vmId: string }
  | { kind: 'unsupported'; label: string }
  | { kind: 'error'; label: string; message: string };

function suiteKeyOf(proof: Record<string, unknown>): SuiteKey | undefined {
  const type = proof['type'];
  if (type === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (type === 'DataIntegrityProof') {
    const suite = proof['cryptosuite'];
    if (suite === 'eddsa-rdfc-2022' || suite === 'ecdsa-rdfc-2019') return suite;
  }
  return undefined;
}

function proofLabel(proof: unknown): string {
  if (!isRecord(proof)) return 'malformed proof';
  const type = typeof proof['type'] === 'string' ? proof['type'] : JSON.stringify(proof['type'] ?? 'untyped');
  return typeof proof['cryptosuite'] === 'string' ? `${type} (${proof['cryptosuite']})` : type;
}

async function verifyOneProof(
  credential: Record<string, unknown>,
  proof: unknown,
  libs: Libs,
  loader: OfflineDocumentLoader,
  term: ProofPurposeTerm = 'assertionMethod',
): Promise<ProofOutcome> {
  const label = proofLabel(proof);
  if (!isRecord(proof)) return { kind: 'error', label, message: 'The proof is not an object.' };
  const suiteKey = suiteKeyOf(proof);
  if (!suiteKey) return { kind: 'unsupported', label };
  if (proof['proofPurpose'] !== term) {
    return { kind: 'unsupported', label: `${label} for purpose ${String(proof['proofPurpose'])}` };
  }
  const vmId = idOf(proof['verificationMethod']);
  if (!vmId) return { kind: 'error', label, message: 'The proof names no verification method.' };
  const origin = keyOriginOf(soleVerificationMethodId(vmId) ?? vmId);
  if (origin === 'unresolvable') return { kind: 'key_unresolvable', label, vmId };
  if (suiteKey === 'Ed25519Signature2020' && !asArray(credential['@context']).includes(ED25519_2020_CONTEXT)) {
    return {
      kind: 'error',
      label,
      message: `An Ed25519Signature2020 proof needs the ${ED25519_2020_CONTEXT} context.`,
    };
  }

  // Issuers sometimes name a bare did:key as the verification method; for did:key and
  // did:jwk that can only mean the DID's one key, so the suites are pointed at it. The
  // controller lookup goes to the plain loader, where a bare DID is its DID document.
  const suiteLoader: DocumentLoader = (url) => loader(soleVerificationMethodId(url) ?? url);
  const purpose = recordingPurpose(loader, term);

  // Each proof of a proof set signs the document without any proof, so checking them one
  // at a time gives per-proof results at no extra canonicalisation cost.
  const single = { ...credential, proof };
  const result = await libs.jsigs.verify(single, {
    suite: libs.suites[suiteKey],
    purpose,
    documentLoader: suiteLoader,
  });
  const first = result.results?.[0];
  if (result.verified && first?.verified) {
    const purposeResults = asArray(first.purposeResult).filter(isRecord);
    const controller = purposeResults.map((p) => p['controller']).find((c): c is string => typeof c === 'string');
    const resolvedVm = idOf(first.verificationMethod) ?? vmId;
    if (controller) {
      const keyOrigin = loader.fragmentKeyIds.has(resolvedVm) ? 'url-fragment' : origin;
      return { kind: 'valid', label, vmId: resolvedVm, origin: keyOrigin, controller };
    }
  }
  const error = first?.error ?? result.error;
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
  return { kind: 'error', label, message };
}

// ---------------------------------------------------------------------------------------
// The checks.

function termMessage(problem: TermProblem): string {
  if (problem.kind === 'relative @type reference') {
    return `The credential uses the type "${problem.term}", which none of its JSON-LD contexts defines, so its data cannot be read safely.`;
  }
  if (problem.kind === 'invalid property') {
    return `The credential uses the term "${problem.term}", which none of its JSON-LD contexts defines, so its data cannot be read safely.`;
  }
  if (problem.kind.startsWith('relative')) {
    return `The credential contains "${problem.term}" where a full identifier (URL, URN or DID) is required, so its data cannot be read safely.`;
  }
  return `Part of the credential ("${problem.term}") is not defined by its JSON-LD contexts, so its data cannot be read safely.`;
}

/** Said of every presentation proof: a file on disk answers no verifier's challenge. */
const PRESENTATION_PURPOSE_NOTE =
  'checked as an authentication proof by the holder; no challenge or domain was required, so this does not show the presentation was made for this wallet';

function proofCheck(outcomes: readonly ProofOutcome[], note = ''): CheckResult {
  const valid = outcomes.filter((o) => o.kind === 'valid');
  const invalid = outcomes.filter((o) => o.kind === 'invalid');
  if (valid.length > 0) {
    // Open Badges: any one valid proof suffices; it covers the whole document.
    const extra =
      outcomes.length > valid.length ? `; ${outcomes.length - valid.length} other proof(s) could not be confirmed` : '';
    return check(
      'proof',
      'pass',
      'signature_valid',
      PROOF_MESSAGES.signature_valid,
      valid.map((o) => `${o.label} by ${o.vmId}`).join('; ') + extra + (note ? `; ${note}` : ''),
    );
  }
  if (invalid.length > 0) {
    return check(
      'proof',
      'fail',
      'signature_invalid',
      PROOF_MESSAGES.signature_invalid,
      invalid.map((o) => o.label).join('; '),
    );
  }
  const term = outcomes.find((o) => o.kind === 'undefined_term');
  if (term) {
    return check(
      'proof',
      'not_checked',
      'undefined_term',
      'The signature could not be checked because part of the credential is not defined by its JSON-LD contexts.',
      term.problem.term,
    );
  }
  const broken = outcomes.filter((o) => o.kind === 'error');
  if (broken.length > 0) {
    return check(
      'proof',
      'fail',
      'proof_error',
      PROOF_MESSAGES.proof_error,
      broken.map((o) => `${o.label}: ${o.message}`).join('; '),
    );
  }
  const context = outcomes.find((o) => o.kind === 'context_not_bundled');
  if (context) {
    return check(
      'proof',
      'not_checked',
      'context_not_bundled',
      'The signature was not checked: the credential relies on a vocabulary (JSON-LD context) that is not available offline.',
      context.url,
    );
  }
  const unresolvable = outcomes.filter((o) => o.kind === 'key_unresolvable');
  if (unresolvable.length > 0) {
    return check(
      'proof',
      'not_checked',
      'key_not_resolvable_offline',
      "The signature was not checked: the issuer's key is published online, and the wallet does not go online to fetch it.",
      unresolvable.map((o) => o.vmId).join('; '),
    );
  }
  return check(
    'proof',
    'not_checked',
    'unsupported_proof_type',
    PROOF_MESSAGES.unsupported_proof_type,
    outcomes.map((o) => o.label).join('; '),
  );
}

type Party = 'issuer' | 'holder';

const PARTY_TEXT: Record<Party, { doc: string; who: string }> = {
  issuer: { doc: 'credential', who: 'issuer' },
  holder: { doc: 'presentation', who: 'holder' },
};

function issuerBindingCheck(
  doc: Record<string, unknown>,
  outcomes: readonly ProofOutcome[],
  party: Party = 'issuer',
): CheckResult {
  const { doc: noun, who } = PARTY_TEXT[party];
  const named = idOf(doc[party]);
  const valid = outcomes.filter((o) => o.kind === 'valid');
  if (valid.length === 0) {
    if (outcomes.some((o) => o.kind === 'key_unresolvable')) {
      return check(
        'issuer_binding',
        'not_checked',
        'issuer_not_resolvable_offline',
        `The ${who} could not be confirmed: the ${who}'s keys are published online, and the wallet does not go online.`,
        named,
      );
    }
    return check(
      'issuer_binding',
      'not_checked',
      'issuer_not_confirmed',
      `The ${who} could not be confirmed because no signature was verified.`,
      named,
    );
  }
  if (!named) {
    if (party === 'holder') {
      return check(
        'issuer_binding',
        'not_checked',
        'issuer_not_confirmed',
        'The presentation does not say who its holder is, so the signature cannot be tied to anyone.',
        [...new Set(valid.map((o) => o.controller))].join(', '),
      );
    }
    return check('issuer_binding', 'fail', 'issuer_key_mismatch', 'The credential does not say who issued it.');
  }
  const matching = valid.filter((o) => o.controller === named);
  const confirmed = matching.find((o) => o.origin === 'did:key' || o.origin === 'did:jwk');
  if (confirmed) {
    return check(
      'issuer_binding',
      'pass',
      'issuer_controls_key',
      `The ${noun} was signed with a key that belongs to its ${who}.`,
      named,
    );
  }
  const fromFragment = matching.find((o) => o.origin === 'url-fragment');
  if (fromFragment) {
    return check(
      'issuer_binding',
      'not_checked',
      'issuer_not_confirmed',
      `The signature is valid, but the key was read from the ${who}'s web address itself; the wallet cannot confirm offline that the ${who} published this key.`,
      fromFragment.vmId,
    );
  }
  return check(
    'issuer_binding',
    'fail',
    'issuer_key_mismatch',
    `The ${noun} was signed with a key that does not belong to the ${who} it names.`,
    `${who} ${named}; key controlled by ${[...new Set(valid.map((o) => o.controller))].join(', ')}`,
  );
}

const XSD_DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function parseDateTime(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const m = XSD_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  // A date-time without a zone is read as UTC rather than the verifier's local time.
  const d = new Date(m[8] ? value.trim() : `${value.trim()}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function validityCheck(credential: Record<string, unknown>, now: Date): CheckResult {
  return validityCheckOfDates(
    [
      ['validFrom', credential['validFrom']],
      ['issuanceDate', credential['issuanceDate']],
    ],
    [
      ['validUntil', credential['validUntil']],
      ['expirationDate', credential['expirationDate']],
    ],
    now,
  );
}

/**
 * The validity-period check over named start and end dates (XSD date-times; a JWT's
 * nbf / exp are passed converted). Any start in the future or end in the past fails.
 */
export function validityCheckOfDates(
  starts: ReadonlyArray<readonly [string, unknown]>,
  ends: ReadonlyArray<readonly [string, unknown]>,
  now: Date,
): CheckResult {
  const skewMs = CLOCK_SKEW_SECONDS * 1000;
  const present = [...starts, ...ends].filter(([, v]) => v !== undefined);
  if (present.length === 0) {
    return check('validity_period', 'pass', 'no_validity_dates', 'The credential has no start or expiry date.');
  }
  for (const [name, v] of present) {
    if (!parseDateTime(v)) {
      return check(
        'validity_period',
        'fail',
        'invalid_date',
        `The credential's ${name} is not a valid date and time.`,
        typeof v === 'string' ? v : JSON.stringify(v),
      );
    }
  }
  for (const [name, v] of starts) {
    const d = parseDateTime(v);
    if (d && d.getTime() > now.getTime() + skewMs) {
      return check(
        'validity_period',
        'fail',
        'not_yet_valid',
        `The credential is not valid yet: it becomes valid on ${d.toISOString()}.`,
        `${name} ${String(v)}`,
      );
    }
  }
  for (const [name, v] of ends) {
    const d = parseDateTime(v);
    if (d && d.getTime() < now.getTime() - skewMs) {
      return check(
        'validity_period',
        'fail',
        'expired',
        `The credential expired on ${d.toISOString()}.`,
        `${name} ${String(v)}`,
      );
    }
  }
  const end = ends.map(([, v]) => parseDateTime(v)).find((d) => d !== undefined);
  return check(
    'validity_period',
    'pass',
    'within_validity_period',
    end
      ? `The credential is within its validity period (until ${end.toISOString()}).`
      : 'The credential is valid and has no expiry date.',
  );
}

/**
 * The status check, answered from the status-list credentials the wallet holds. A list is
 * verified without lists of its own, so a list can never vouch for itself.
 */
export function statusCheck(
  credential: Record<string, unknown>,
  now: Date,
  statusLists?: readonly Record<string, unknown>[],
): Promise<CheckResult> {
  return statusListCheck(credential, now, {
    statusLists: statusLists ?? [],
    verifyList: (list) => verifyJsonLdCredential(list, { now }),
  });
}

async function contextsCheckFromExpansion(
  credential: Record<string, unknown>,
  libs: Libs,
  loader: DocumentLoader,
): Promise<CheckResult> {
  // Proofs are left out, as the suites leave them out of the signed data: a proof type the
  // wallet cannot check should not make the credential's own data look undefined.
  const { proof: _proof, ...unsigned } = credential;
  try {
    await libs.jsonld.expand(unsigned, { documentLoader: loader, safe: true, base: null });
    return contextsPass();
  } catch (error) {
    const offline = findOfflineDocumentError(error);
    if (offline) return contextNotBundled([offline.url]);
    const problem = safeModeProblem(error);
    if (problem) return check('contexts', 'fail', 'undefined_term', termMessage(problem), problem.term);
    return check(
      'contexts',
      'fail',
      'invalid_jsonld',
      'The credential is not valid JSON-LD, so its data cannot be read safely.',
      messageOf(error).slice(0, 300),
    );
  }
}

function contextsPass(): CheckResult {
  return check('contexts', 'pass', 'contexts_bundled', "The credential's vocabularies are all available offline.");
}

function contextNotBundled(urls: readonly string[]): CheckResult {
  return check(
    'contexts',
    'not_checked',
    'context_not_bundled',
    'The credential relies on a vocabulary (JSON-LD context) that is not available offline, so it was not checked.',
    urls.join(', '),
  );
}

// ---------------------------------------------------------------------------------------

/** contexts, proof and issuer (or holder) binding of a JSON-LD document with embedded proofs. */
async function signatureChecks(doc: Record<string, unknown>, party: Party): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const { doc: noun, who } = PARTY_TEXT[party];
  const libs = await loadLibs();
  const loader = createOfflineDocumentLoader();

  const proofs = asArray(doc['proof']);
  // Contexts inside proofs only matter for the proofs the wallet can check.
  const { proof: _proof, ...unsigned } = doc;
  const checkable = proofs.filter((p) => isRecord(p) && suiteKeyOf(p) !== undefined);
  const unbundled = collectContextUrls([unsigned, checkable]).filter((u) => !isBundledContext(u));
  let contexts: CheckResult | undefined;
  const outcomes: ProofOutcome[] = [];

  if (unbundled.length > 0) {
    contexts = contextNotBundled(unbundled);
    checks.push(contexts);
    checks.push(
      check(
        'proof',
        'not_checked',
        'context_not_bundled',
        `The signature was not checked: the ${noun} relies on a vocabulary (JSON-LD context) that is not available offline. The wallet never downloads one.`,
        unbundled.join(', '),
      ),
    );
    checks.push(
      check(
        'issuer_binding',
        'not_checked',
        'issuer_not_confirmed',
        `The ${who} could not be confirmed because the signature was not checked.`,
      ),
    );
  } else {
    const term: ProofPurposeTerm = party === 'issuer' ? 'assertionMethod' : 'authentication';
    for (const proof of proofs) outcomes.push(await verifyOneProof(doc, proof, libs, loader, term));

    // The suites canonicalise in JSON-LD safe mode: a proof that got as far as comparing
    // signatures proves every term is defined; an undefined term surfaces as its error.
    const undefinedTerm = outcomes.find((o) => o.kind === 'undefined_term');
    const contextOutcome = outcomes.find((o) => o.kind === 'context_not_bundled');
    if (undefinedTerm)
      contexts = check(
        'contexts',
        'fail',
        'undefined_term',
        termMessage(undefinedTerm.problem),
        undefinedTerm.problem.term,
      );
    else if (contextOutcome) contexts = contextNotBundled([contextOutcome.url]);
    else if (outcomes.some((o) => o.kind === 'valid' || o.kind === 'invalid')) contexts = contextsPass();
    else contexts = await contextsCheckFromExpansion(doc, libs, loader);
    checks.push(contexts);

    if (proofs.length === 0) {
      checks.push(
        check(
          'proof',
          'not_checked',
          'no_proof',
          party === 'holder'
            ? 'The presentation carries no signature of its holder; the credentials inside it are checked one by one.'
            : 'The credential carries no digital signature, so its content cannot be verified.',
        ),
      );
      checks.push(
        check(
          'issuer_binding',
          'not_checked',
          'issuer_not_confirmed',
          `The ${who} could not be confirmed because the ${noun} is not signed.`,
        ),
      );
    } else {
      checks.push(proofCheck(outcomes, party === 'holder' ? PRESENTATION_PURPOSE_NOTE : ''));
      checks.push(issuerBindingCheck(doc, outcomes, party));
    }
  }

  return checks;
}

export interface VerifyJsonLdOptions {
  /** The time the validity period is checked against (default: now). */
  now?: Date;
  /** Status-list credentials the wallet holds (parsed JSON); the only way status can pass. */
  statusLists?: readonly Record<string, unknown>[];
}

export async function verifyJsonLdCredential(
  credential: Record<string, unknown>,
  opts: VerifyJsonLdOptions = {},
): Promise<VerificationResult> {
  const now = opts.now ?? new Date();
  const checks: CheckResult[] = [];
  const finish = (): VerificationResult => ({ status: overallStatus(checks), checks, checkedAt: now.toISOString() });

  const types = asArray(credential['type']);
  if (credential['@context'] === undefined || !types.includes('VerifiableCredential')) {
    checks.push(
      check(
        'format',
        'fail',
        'not_a_credential',
        'This is not a W3C Verifiable Credential (it lacks an @context or the VerifiableCredential type).',
      ),
    );
    return finish();
  }

  checks.push(...(await signatureChecks(credential, 'issuer')));
  checks.push(validityCheck(credential, now));
  checks.push(await statusCheck(credential, now, opts.statusLists));
  const schema = ob3SchemaCheck(credential);
  if (schema) checks.push(schema);
  return finish();
}

/**
 * A JSON-LD VerifiablePresentation's own checks: its holder's proof (authentication
 * purpose; challenge and domain are not enforced, and the result says so) and whether the
 * signing key belongs to the named holder. The credentials inside are NOT judged here:
 * the caller verifies each one as its own entry.
 */
export async function verifyJsonLdPresentation(
  presentation: Record<string, unknown>,
  opts: VerifyJsonLdOptions = {},
): Promise<VerificationResult> {
  const now = opts.now ?? new Date();
  const checks: CheckResult[] = [];
  const finish = (): VerificationResult => ({ status: overallStatus(checks), checks, checkedAt: now.toISOString() });
  if (presentation['@context'] === undefined || !asArray(presentation['type']).includes('VerifiablePresentation')) {
    checks.push(
      check(
        'format',
        'fail',
        'not_a_credential',
        'This is not a W3C Verifiable Presentation (it lacks an @context or the VerifiablePresentation type).',
      ),
    );
    return finish();
  }
  checks.push(...(await signatureChecks(presentation, 'holder')));
  if (['validFrom', 'validUntil', 'issuanceDate', 'expirationDate'].some((k) => presentation[k] !== undefined)) {
    checks.push(validityCheck(presentation, now));
  }
  return finish();
}
