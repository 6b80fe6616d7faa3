/**
 * Every size and depth limit the wallet puts on what a file can contain, as named constants in
 * one place, and the small total functions that apply the depth limit. A value over its limit
 * is refused before any work is done on it (no decoding, no parsing, no walking), with an
 * outcome the learner can read; a limit is never a reason to call something Verified.
 *
 * The numbers are generous for real credentials (the largest real sample is under 1 MiB and
 * nested 10 levels) and small enough that the slowest work they allow is well under a second.
 * The README lists them ("Limits"). Must never import anything but this folder, and the
 * functions here must never recurse (they are what stops deep values from overflowing a stack).
 */
import { MAX_FILE_BYTES } from './bridge';

/** A single file may be at most 16 MiB (enforced at the bridge; repeated here so all limits are listed). */
export { MAX_FILE_BYTES };

/** How long one file's check may take in the app (counted from its worker's last answer) before the worker is replaced. */
export const FILE_TIME_BUDGET_MS = 10_000;

/** How long a new verification worker may take to load its libraries before it is replaced (no file's time is counted meanwhile). */
export const WORKER_START_BUDGET_MS = 60_000;

/**
 * How deeply a JSON document may nest objects and arrays (the outer value is level 1). Real
 * credentials stay far below it (the deepest sample, a CLR, is 10 levels); JSON-LD processing recurses once or
 * more per level, so 100 keeps every later walk far from any stack limit.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * How many credentials may sit inside one another (a presentation of CLRs of enveloped
 * credentials is three levels); anything deeper is refused.
 */
export const MAX_NESTED_CREDENTIALS = 4;

/**
 * The longest DID the wallet will read (did:key or did:jwk). A did:key is under 120
 * characters; a did:jwk carrying an RSA key of 8,192 bits is under 2,000.
 */
export const MAX_DID_LENGTH = 4096;

/** The longest key identifier (JWT `kid`, `proof.verificationMethod`): a DID of the longest kind and a fragment. */
export const MAX_KEY_ID_LENGTH = MAX_DID_LENGTH + 256;

/** The longest member of a JSON Web Key carried in a token header (an RSA key of 16,384 bits is 2,731 characters). */
export const MAX_JWK_VALUE_LENGTH = 4096;

/** The longest PEM public key read (an Open Badges 2.0 CryptographicKey; an RSA key of 16,384 bits is about 2,900 characters). */
export const MAX_PEM_LENGTH = 8192;

/**
 * The longest multibase public key (`z6Mk…`, `zDn…`, `z82…`): an Ed25519 key is 48
 * characters and a P-384 key 70.
 */
export const MAX_MULTIBASE_KEY_LENGTH = 256;

/**
 * The longest base58btc text the wallet decodes (a multibase key or an Ed25519 signature,
 * 88 characters). Base58 decoding costs the square of the length, so this bound matters.
 */
export const MAX_BASE58_LENGTH = 1024;

/**
 * The longest `proofValue` of a JSON-LD proof the wallet hands to a proof suite (the suites
 * decode it with a base58 decoder whose cost is the square of the length). A signature of the
 * supported suites is under 140 characters.
 */
export const MAX_PROOF_VALUE_LENGTH = 1024;

/** The longest compact JWS (a token can carry a whole transcript, but never more than its file). */
export const MAX_JWT_LENGTH = MAX_FILE_BYTES;

/** The longest encoded JWS header (a certificate chain in `x5c` fits many times over). */
export const MAX_JWT_HEADER_LENGTH = 64 * 1024;

/** Files taken out of one archive (a nested archive's files count toward its parent's). */
export const MAX_ARCHIVE_ENTRIES = 2000;

/** Bytes all the files of one archive may expand to, together. */
export const MAX_ARCHIVE_EXPANDED_BYTES = 64 * 1024 * 1024;

/** How many times larger than its compressed size one entry may expand (a zip bomb expands far more). */
export const MAX_ARCHIVE_EXPANSION_RATIO = 200;

/** Archives inside an archive are opened this many levels deep; deeper ones are left out. */
export const MAX_ARCHIVE_NESTING = 1;

/** Whether a JSON-LD proof's `proofValue` is longer than any signature it could hold. */
export function proofValueTooLong(proof: Readonly<Record<string, unknown>>): boolean {
  const value = proof['proofValue'];
  return typeof value === 'string' && value.length > MAX_PROOF_VALUE_LENGTH;
}

/** Whether JSON text nests objects and arrays deeper than `max`, in one pass over the text, strings skipped. */
export function jsonTextTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * Whether a value nests objects and arrays deeper than `max` (the value itself is level 1 when
 * it is an object or array). Iterative; a value that refers to itself counts as too deep.
 */
export function valueTooDeep(value: unknown, max: number = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    const children: unknown[] = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
