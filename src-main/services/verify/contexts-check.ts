/**
 * The contexts check every JSON-LD format shares: every vocabulary (JSON-LD context) the
 * document names must be bundled with the wallet, and its data must expand in JSON-LD safe
 * mode (no undefined term, no relative reference where an identifier is required). A context
 * that is not bundled is never fetched: the check is then *not checked*, naming the URL.
 */
import { asArray, isRecord } from '../../../src-shared/json';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import type { CheckResult } from '../../../src-shared/verification';
import { check } from './check';
import { isBundledContext } from './contexts';
import { findOfflineDocumentError, type DocumentLoader } from './document-loader';
import { messageOf, safeModeProblem, type TermProblem } from './jsonld-errors';

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

/** The context URLs of a document that the wallet does not bundle. */
export function unbundledContexts(doc: unknown): string[] {
  return collectContextUrls(doc).filter((u) => !isBundledContext(u));
}

function termMessage(problem: TermProblem): Message {
  const params = { term: problem.term };
  if (problem.kind === 'relative @type reference') return msg('check.undefined_type', params);
  if (problem.kind === 'invalid property') return msg('check.undefined_property', params);
  if (problem.kind.startsWith('relative')) return msg('check.relative_reference', params);
  return msg('check.undefined_part', params);
}

export function contextsPass(): CheckResult {
  return check('contexts', 'pass', 'contexts_bundled', msg('check.contexts_bundled'));
}

export function contextNotBundled(urls: readonly string[]): CheckResult {
  return check('contexts', 'not_checked', 'context_not_bundled', msg('check.context_not_bundled'), urls.join(', '));
}

export function undefinedTermCheck(problem: TermProblem): CheckResult {
  return check('contexts', 'fail', 'undefined_term', termMessage(problem), problem.term);
}

export interface Expander {
  expand(input: unknown, options: { documentLoader: DocumentLoader; safe: boolean; base: null }): Promise<unknown>;
}

/** The contexts check made by expanding the document (when no proof got as far as canonicalising it). */
export async function contextsCheckFromExpansion(
  doc: Record<string, unknown>,
  jsonld: Expander,
  loader: DocumentLoader,
): Promise<CheckResult> {
  // Proofs are left out, as the suites leave them out of the signed data: a proof type the
  // wallet cannot check should not make the credential's own data look undefined.
  const { proof: _proof, ...unsigned } = doc;
  try {
    await jsonld.expand(unsigned, { documentLoader: loader, safe: true, base: null });
    return contextsPass();
  } catch (error) {
    const offline = findOfflineDocumentError(error);
    if (offline) return contextNotBundled([offline.url]);
    const problem = safeModeProblem(error);
    if (problem) return undefinedTermCheck(problem);
    return check('contexts', 'fail', 'invalid_jsonld', msg('check.invalid_jsonld'), messageOf(error).slice(0, 300));
  }
}
