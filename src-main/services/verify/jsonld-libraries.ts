/**
 * The JSON-LD proof libraries, loaded as one explicit object: jsonld.js, jsonld-signatures and
 * one instance of each suite the wallet checks (Ed25519Signature2020, DataIntegrityProof with
 * eddsa-rdfc-2022 and ecdsa-rdfc-2019), their signature verifiers taken from a VerifierCache.
 * A `LibraryLoader` loads them once, on first use, and installs the JSON-LD speedup of
 * jsonld-speed.ts before the first JSON-LD operation; a verifier is given a loader (default:
 * `sharedLibraries`, this thread's). Loading never fetches anything; a failed load is forgotten
 * so the next verification tries again.
 */
import { isRecord } from '../../../src-shared/json';
import { base58btcDecode } from './did-key';
import type { DocumentLoader } from './document-loader';
import type { Expander } from './contexts-check';
import { installJsonLdSpeedup } from './jsonld-speed';
import {
  ed25519KeyObjectVerifier,
  ed25519Signature2020WithCachedVerifiers,
  verifierCache,
  withCachedVerifiers,
  type VerifierCache,
} from './verifier-cache';

export type SuiteKey = 'Ed25519Signature2020' | 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019';

/** What a proof purpose answers jsonld-signatures. */
export interface PurposeResult {
  valid: boolean;
  error?: unknown;
  controller?: string;
}

/** The proof-purpose interface jsonld-signatures calls. */
export interface ProofPurposeLike {
  term: string;
  match(proof: Record<string, unknown>, options: unknown): Promise<boolean>;
  validate(proof: Record<string, unknown>, options: { verificationMethod?: unknown }): Promise<PurposeResult>;
}

/** The part of jsonld-signatures the wallet calls; its answer is read defensively. */
export interface ProofVerifier {
  verify(
    document: Record<string, unknown>,
    options: { suite: unknown; purpose: ProofPurposeLike; documentLoader: DocumentLoader },
  ): Promise<unknown>;
}

export interface JsonLdLibraries {
  readonly jsigs: ProofVerifier;
  readonly jsonld: Expander;
  readonly suites: Readonly<Record<SuiteKey, unknown>>;
}

export interface LibraryLoader {
  /** The libraries, loaded on the first call and shared by every later one. */
  load(): Promise<JsonLdLibraries>;
}

function hasMethod(v: unknown, name: string): boolean {
  return (typeof v === 'function' || isRecord(v)) && typeof Reflect.get(v, name) === 'function';
}

const isProofVerifier = (v: unknown): v is ProofVerifier => hasMethod(v, 'verify');
const isExpander = (v: unknown): v is Expander => hasMethod(v, 'expand');

/**
 * A CommonJS library's value: on `default` under Node's ESM interop, or the namespace itself
 * when a bundler has merged it; checked for the methods the wallet calls.
 */
function commonJsValue<T>(ns: { readonly default?: unknown }, fits: (v: unknown) => v is T, name: string): T {
  if (fits(ns.default)) return ns.default;
  if (fits(ns)) return ns;
  throw new Error(`The verification library ${name} has an unexpected shape.`);
}

async function loadLibraries(cache: VerifierCache): Promise<JsonLdLibraries> {
  const [jsigsNs, jsonldNs, ed2020Ns, diNs, eddsaNs, ecdsaNs, multikeyNs] = await Promise.all([
    import('jsonld-signatures'),
    import('jsonld'),
    import('@digitalbazaar/ed25519-signature-2020'),
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
    import('@digitalbazaar/ecdsa-rdfc-2019-cryptosuite'),
    import('@digitalbazaar/ed25519-multikey'),
  ]);
  const jsigs = commonJsValue(jsigsNs, isProofVerifier, 'jsonld-signatures');
  const jsonld = commonJsValue(jsonldNs, isExpander, 'jsonld');
  // Same JSON-LD results with far less copying of active contexts (see jsonld-speed.ts).
  installJsonLdSpeedup();
  const { DataIntegrityProof } = diNs;
  // Verifiers are made once per public key (verifier-cache.ts).
  const ed25519From = multikeyNs.from;
  const Ed25519Signature2020 = ed25519Signature2020WithCachedVerifiers(
    ed2020Ns.Ed25519Signature2020,
    ed25519From,
    base58btcDecode,
    cache,
  );
  // Suites hold no per-document state beyond a hash cache keyed by document identity,
  // so one instance of each serves every verification.
  return {
    jsigs,
    jsonld,
    suites: {
      Ed25519Signature2020: new Ed25519Signature2020({}),
      'eddsa-rdfc-2022': new DataIntegrityProof({
        cryptosuite: withCachedVerifiers(
          eddsaNs.cryptosuite,
          { makeVerifier: async (vm) => ed25519KeyObjectVerifier(await ed25519From(vm)) },
          cache,
        ),
      }),
      'ecdsa-rdfc-2019': new DataIntegrityProof({
        cryptosuite: withCachedVerifiers(ecdsaNs.cryptosuite, { verifyDataNeedsOnlyKeyAlgorithm: true }, cache),
      }),
    },
  };
}

/** A loader of its own (its own suites, verifiers from `cache`). */
function createLibraryLoader(cache: VerifierCache = verifierCache): LibraryLoader {
  let loading: Promise<JsonLdLibraries> | undefined;
  return {
    load() {
      loading ??= loadLibraries(cache).catch((e: unknown) => {
        loading = undefined;
        throw e;
      });
      return loading;
    },
  };
}

/** This thread's libraries, for every verifier not given a loader of its own. */
export const sharedLibraries: LibraryLoader = createLibraryLoader();
