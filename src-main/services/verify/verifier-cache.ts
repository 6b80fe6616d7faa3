/**
 * Signature verifiers remembered per public key. Making a verifier imports the public key
 * into the crypto library (about 0.4 ms per credential, a sixth of a whole verification),
 * and a wallet's credentials come from few issuers' keys. A verifier depends only on the
 * verification method's type, id, controller and key material, so that is the cache key;
 * a method without key material is never cached. Failed creations are not remembered.
 *
 * Used through the suites' own extension points: a Data Integrity cryptosuite's
 * `createVerifier` (and, for ecdsa-rdfc-2019, `createVerifyData`, which otherwise imports
 * the key again only to learn its curve), and `verifySignature` of an Ed25519Signature2020
 * subclass. Ed25519 verifiers hold Node's public-key object: the library's own verifier
 * imports the key on every call.
 */
import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { isRecord } from '../../../src-shared/json';

export interface SignatureVerifier {
  verify(args: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
  algorithm?: string;
  id?: string;
}

type VerificationMethod = Record<string, unknown>;

/** Keys kept at most; the oldest is forgotten first. A wallet rarely sees this many issuer keys in one run. */
export const MAX_CACHED_VERIFIERS = 512;

/** What identifies a verifier: type, id, controller and the public key itself; undefined when there is no key material. */
export function verifierCacheKey(vm: unknown): string | undefined {
  if (!isRecord(vm) || typeof vm['type'] !== 'string' || typeof vm['id'] !== 'string') return undefined;
  const material =
    typeof vm['publicKeyMultibase'] === 'string'
      ? `mb:${vm['publicKeyMultibase']}`
      : isRecord(vm['publicKeyJwk'])
        ? `jwk:${JSON.stringify(vm['publicKeyJwk'])}`
        : typeof vm['publicKeyBase58'] === 'string'
          ? `b58:${vm['publicKeyBase58']}`
          : undefined;
  if (material === undefined) return undefined;
  const controller = isRecord(vm['controller']) ? vm['controller']['id'] : vm['controller'];
  return JSON.stringify([vm['type'], vm['id'], typeof controller === 'string' ? controller : null, material]);
}

export class VerifierCache {
  private readonly byKey = new Map<string, Promise<SignatureVerifier>>();
  /** How many verifiers were made (not taken from the cache): for tests. */
  created = 0;

  constructor(private readonly max = MAX_CACHED_VERIFIERS) {}

  get size(): number {
    return this.byKey.size;
  }

  verifierFor(
    vm: VerificationMethod,
    create: (vm: VerificationMethod) => Promise<SignatureVerifier>,
  ): Promise<SignatureVerifier> {
    const key = verifierCacheKey(vm);
    if (key === undefined) {
      this.created += 1;
      return create(vm);
    }
    const cached = this.byKey.get(key);
    if (cached !== undefined) {
      // Most recently used last, so the oldest unused key is the one forgotten.
      this.byKey.delete(key);
      this.byKey.set(key, cached);
      return cached;
    }
    this.created += 1;
    const made = create(vm);
    this.byKey.set(key, made);
    made.catch(() => {
      if (this.byKey.get(key) === made) this.byKey.delete(key);
    });
    if (this.byKey.size > this.max) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
    return made;
  }
}

/** The verifiers of this process, shared by every suite. */
export const verifierCache = new VerifierCache();

/** A Data Integrity cryptosuite: what it makes is the library's, checked before use. */
interface Cryptosuite {
  createVerifier: (args: { verificationMethod: VerificationMethod }) => Promise<unknown>;
  createVerifyData?: (args: Record<string, unknown>) => Promise<unknown>;
}

/** A verifier as a cryptosuite makes one: a `verify` function, an optional algorithm and id. */
function asSignatureVerifier(v: unknown): SignatureVerifier {
  if (!isRecord(v) || typeof v['verify'] !== 'function')
    throw new TypeError('The cryptosuite made a verifier without a verify function.');
  const verify = v['verify'];
  const algorithm = v['algorithm'];
  const id = v['id'];
  return {
    verify: async (args) => (await Reflect.apply(verify, v, [args])) === true,
    ...(typeof algorithm === 'string' ? { algorithm } : {}),
    ...(typeof id === 'string' ? { id } : {}),
  };
}

export interface CachedSuiteOptions {
  /**
   * The cryptosuite's `createVerifyData` reads the verification method only for its key
   * algorithm, and takes `dataIntegrityProof.signer.algorithm` instead when no method is
   * given (ecdsa-rdfc-2019: P-256 → SHA-256, P-384 → SHA-384). It then gets the algorithm
   * of the cached verifier for the same method instead of importing the key again.
   */
  verifyDataNeedsOnlyKeyAlgorithm?: boolean;
  /** Makes the verifier for a method (default: the cryptosuite's own `createVerifier`). */
  makeVerifier?: (vm: VerificationMethod) => Promise<SignatureVerifier>;
}

/** The same cryptosuite, its verifiers taken from the cache. */
export function withCachedVerifiers<T extends Cryptosuite>(
  cryptosuite: T,
  opts: CachedSuiteOptions = {},
  cache: VerifierCache = verifierCache,
): T {
  const own = cryptosuite.createVerifier.bind(cryptosuite);
  const make =
    opts.makeVerifier ?? (async (vm: VerificationMethod) => asSignatureVerifier(await own({ verificationMethod: vm })));
  const createVerifier = ({
    verificationMethod,
  }: {
    verificationMethod: VerificationMethod;
  }): Promise<SignatureVerifier> => cache.verifierFor(verificationMethod, make);
  const suite: T = { ...cryptosuite, createVerifier };
  const createVerifyData = cryptosuite.createVerifyData?.bind(cryptosuite);
  if (opts.verifyDataNeedsOnlyKeyAlgorithm && createVerifyData) {
    suite.createVerifyData = async (args) => {
      const vm = args['verificationMethod'];
      const dip = args['dataIntegrityProof'];
      if (!isRecord(vm) || verifierCacheKey(vm) === undefined || !isRecord(dip)) return createVerifyData(args);
      const { algorithm } = await createVerifier({ verificationMethod: vm });
      if (typeof algorithm !== 'string') return createVerifyData(args);
      // The suite instance with the key's algorithm as its signer's: everything else inherited.
      const withAlgorithm = Object.create(dip, { signer: { value: { algorithm } } }) as Record<string, unknown>;
      return createVerifyData({ ...args, verificationMethod: undefined, dataIntegrityProof: withAlgorithm });
    };
  }
  return suite;
}

/** DER (SPKI) prefix of a raw 32-byte Ed25519 public key (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * An Ed25519 verifier over Node's public-key object, made once per key: same answers as the
 * library's verifier (which imports the key again on every call). `key` is an Ed25519
 * Multikey key pair: its raw public key, id and own verifier (for the id and algorithm).
 */
export function ed25519KeyObjectVerifier(key: {
  publicKey: Uint8Array;
  verifier(): SignatureVerifier;
}): SignatureVerifier {
  if (key.publicKey.length !== 32) throw new Error('An Ed25519 public key is 32 bytes.');
  const own = key.verifier();
  const publicKey: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, key.publicKey]),
    format: 'der',
    type: 'spki',
  });
  return {
    ...(own.algorithm !== undefined ? { algorithm: own.algorithm } : {}),
    ...(own.id !== undefined ? { id: own.id } : {}),
    verify: async ({ data, signature }) => cryptoVerify(null, data, publicKey, signature),
  };
}

type SuiteClass = new (options: Record<string, unknown>) => object;
type KeyFrom = (vm: VerificationMethod) => Promise<{ publicKey: Uint8Array; verifier(): SignatureVerifier }>;

/**
 * Ed25519Signature2020 with its verifiers taken from the cache. The suite has no verifier
 * hook, so `verifySignature` is written again here with the library's own rules: the proof
 * value must be a base58btc multibase string, and the key is read as Ed25519 Multikey.
 */
export function ed25519Signature2020WithCachedVerifiers(
  Base: SuiteClass,
  keyFrom: KeyFrom,
  decodeBase58btc: (s: string) => Uint8Array,
  cache: VerifierCache = verifierCache,
): SuiteClass {
  return class extends Base {
    async verifySignature({
      verifyData,
      verificationMethod,
      proof,
    }: {
      verifyData: Uint8Array;
      verificationMethod: VerificationMethod;
      proof: Record<string, unknown>;
    }): Promise<boolean> {
      const proofValue = proof['proofValue'];
      if (!(typeof proofValue === 'string' && proofValue !== ''))
        throw new TypeError('The proof does not include a valid "proofValue" property.');
      if (!proofValue.startsWith('z')) throw new Error('Only base58btc multibase encoding is supported.');
      const signature = decodeBase58btc(proofValue.slice(1));
      const verifier = await cache.verifierFor(verificationMethod, async (vm) =>
        ed25519KeyObjectVerifier(await keyFrom(vm)),
      );
      return verifier.verify({ data: verifyData, signature });
    }
  };
}
