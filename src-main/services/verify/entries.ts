/**
 * What verifying a document gives: one `VerifiedEntry` per credential or presentation found,
 * the presentation or container first, then each credential inside it in document order, each
 * with its own verification. Also the entries of a document the wallet cannot read or check
 * yet, and the walk over the credentials inside a presentation or a CLR, which hands each item
 * back to the router (formats.ts) and never follows nesting deeper than MAX_DEPTH. A JSON value
 * nested deeper than MAX_JSON_DEPTH is refused before any format looks at it (`tooDeepEntry`),
 * so no check ever walks it; the walk here is a loop over items, one level of routing per level
 * of nesting.
 */
import type { CredentialFormat } from '../../../src-shared/credential';
import { asArray, isRecord } from '../../../src-shared/json';
import { MAX_JSON_DEPTH, MAX_NESTED_CREDENTIALS, valueTooDeep } from '../../../src-shared/limits';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import type { VerificationResult } from '../../../src-shared/verification';
import { check, resultOf } from './check';
import type { VerificationContext } from './context';
import { looksLikeCompactJws } from './jwt-decode';

/** A presentation of CLRs of enveloped credentials is three levels; anything deeper is refused. */
export const MAX_DEPTH = MAX_NESTED_CREDENTIALS;

export interface VerifiedEntry {
  format: CredentialFormat;
  /** 'whole' for a lone credential; the first entry of a multi-entry result is the presentation or container. */
  role: 'whole' | 'presentation' | 'container' | 'inner';
  /** The credential or presentation as data, for the normalizer; undefined when unreadable. */
  document: Record<string, unknown> | undefined;
  verification: VerificationResult;
  /** Set when this entry could not be understood at all. */
  problem?: Message | string;
  /** The compact JWS the entry's document was read from, when it came as one (its identity: import-service.ts). */
  token?: string;
}

/** What the router takes: a parsed JSON value, or a compact JWS. New kinds come with new formats. */
export type DocumentInput =
  { readonly kind: 'json'; readonly value: unknown } | { readonly kind: 'jws'; readonly token: string };

/** Routes one input through the format table; undefined when no format accepts it. */
export type Route = (input: DocumentInput, depth: number) => Promise<VerifiedEntry[] | undefined>;

/** An entry the wallet could not read: its format check fails with `problem`. */
export function unreadableEntry(problem: Message, now: Date, role: VerifiedEntry['role'] = 'inner'): VerifiedEntry {
  const verification = resultOf([check('format', 'fail', 'not_a_credential', problem)], now);
  return { format: 'unknown', role, document: undefined, verification, problem };
}

/** An entry the wallet recognised but cannot check yet: its format is not checked. */
export function unsupportedEntry(problem: Message, now: Date): VerifiedEntry {
  const verification = resultOf([check('format', 'not_checked', 'unsupported_format', problem)], now);
  return { format: 'unknown', role: 'whole', document: undefined, verification, problem };
}

/**
 * The one entry of an input nested deeper than MAX_JSON_DEPTH ("too deeply nested"), found
 * without recursion; undefined for any other input. Only JSON values are looked at: a token's
 * header and payload are checked when they are decoded (jwt-decode.ts).
 */
export function tooDeepEntry(
  input: DocumentInput,
  now: Date,
  role: VerifiedEntry['role'] = 'whole',
): VerifiedEntry | undefined {
  if (input.kind !== 'json' || !valueTooDeep(input.value)) return undefined;
  return unreadableEntry(msg('limits.too_deep', { max: MAX_JSON_DEPTH }), now, role);
}

export function withRole(entries: VerifiedEntry[], outer: 'presentation' | 'container'): VerifiedEntry[] {
  if (entries.length <= 1) return entries;
  return entries.map((e, i) => ({ ...e, role: i === 0 ? outer : 'inner' }));
}

/** Each item of a presentation's or a CLR's list of credentials, as entries of its own. */
export async function innerCredentials(
  items: unknown[],
  depth: number,
  now: Date,
  route: Route,
): Promise<VerifiedEntry[]> {
  const out: VerifiedEntry[] = [];
  for (const item of items) {
    if (depth > MAX_DEPTH) {
      out.push(unreadableEntry(msg('import.nested_too_deeply'), now));
      continue;
    }
    const input: DocumentInput =
      typeof item === 'string' && looksLikeCompactJws(item)
        ? { kind: 'jws', token: item }
        : { kind: 'json', value: item };
    const entries = (await route(input, depth)) ?? [unreadableEntry(msg('import.inner_not_a_credential'), now)];
    out.push(...entries.map((e) => ({ ...e, role: 'inner' as const })));
  }
  return out;
}

/** The credentials a CLR 2.0 (or any credential) carries in credentialSubject.verifiableCredential. */
export function innerOfClr(
  doc: Record<string, unknown>,
  depth: number,
  now: Date,
  route: Route,
): Promise<VerifiedEntry[]> {
  const items = asArray(doc['credentialSubject']).flatMap((s) =>
    isRecord(s) ? asArray(s['verifiableCredential']) : [],
  );
  return items.length > 0 ? innerCredentials(items, depth + 1, now, route) : Promise.resolve([]);
}

/** One row of the format table (formats.ts): which inputs it takes, and how it verifies them. */
export interface Format {
  readonly id: string;
  accepts(input: DocumentInput): boolean;
  /** The entries of an accepted input; inner credentials go back through `route`. Never throws for a bad document. */
  verify(input: DocumentInput, ctx: VerificationContext, depth: number, route: Route): Promise<VerifiedEntry[]>;
}
