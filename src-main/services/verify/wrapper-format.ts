/**
 * The wrapper row of the format table: a JSON object that only wraps one credential —
 * `{"credential": …}` or `{"verifiableCredential": …}`, the value an object, a one-item
 * array or a compact JWS — is unwrapped, and its entries are the inner credential's, checked
 * as if it had been given alone. (`{"jwt": "…"}` has its own row, jwt-format.ts.)
 *
 * Only a pure wrapper is unwrapped: the object has exactly that one key. Anything beside it
 * (`@context`, `type`, `id`, `holder`, `proof` …) means the object says something of its own,
 * and a presentation (`type` VerifiablePresentation beside `verifiableCredential`) is never
 * opened here: it is verified as a presentation, its holder's proof included. A wrapper of
 * several credentials is not a wrapper either (no row takes it; the file is not a credential).
 * Never fetches anything, never throws for a bad document.
 */
import { isRecord } from '../../../src-shared/json';
import type { DocumentInput, Format } from './entries';
import { looksLikeCompactJws } from './jwt-decode';

const WRAPPER_KEYS: readonly string[] = ['credential', 'verifiableCredential'];

/** The input a pure wrapper holds, or undefined when the value is not one. */
export function unwrapped(value: unknown): DocumentInput | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !WRAPPER_KEYS.includes(key)) return undefined;
  let inner = value[key];
  if (Array.isArray(inner)) {
    if (inner.length !== 1) return undefined;
    inner = inner[0];
  }
  if (typeof inner === 'string') {
    const token = inner.trim();
    return looksLikeCompactJws(token) ? { kind: 'jws', token } : undefined;
  }
  return isRecord(inner) ? { kind: 'json', value: inner } : undefined;
}

export const credentialWrapperFormat: Format = {
  id: 'credential-wrapper',
  accepts: (input) => input.kind === 'json' && unwrapped(input.value) !== undefined,
  async verify(input, ctx, depth, route) {
    const inner = input.kind === 'json' ? unwrapped(input.value) : undefined;
    return inner === undefined ? [] : ((await route(inner, depth)) ?? []);
  },
};
