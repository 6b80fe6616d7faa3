/**
 * The contexts check every JSON-LD format shares: every vocabulary (JSON-LD context) the
 * document names must be bundled with the wallet, and its data must expand in JSON-LD safe
 * mode (no undefined term, no relative reference where an identifier is required). A context
 * that is not bundled is never fetched: the check is then *not checked*, naming the URL. Its
 * walks never recurse (a document's depth must not decide whether the wallet keeps running).
 */
import { asArray, isRecord } from '../../../src-shared/json';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import type { CheckResult } from '../../../src-shared/verification';
import { check } from './check';
import { isBundledContext } from './contexts';
import { findOfflineDocumentError, type DocumentLoader } from './document-loader';
import { messageOf, safeModeProblem, type TermProblem } from './jsonld-errors';

/**
 * Every context URL named anywhere in the document (top level, nested credentials, proofs, inline
 * @import). The walk is iterative and visits each object once, so no nesting can overflow the stack.
 */
export function collectContextUrls(doc: unknown): string[] {
  const urls = new Set<string>();
  const seen = new Set<object>();
  // Depth-first in document order: the stack holds what is still to visit, next on top. A
  // `context` task is one value of an @context member; a `node` task is any other value.
  type Task = { kind: 'node' | 'context'; value: unknown };
  const stack: Task[] = [{ kind: 'node', value: doc }];
  const pushInOrder = (tasks: readonly Task[]): void => {
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as Task);
  };
  while (stack.length > 0) {
    const { kind, value } = stack.pop() as Task;
    if (kind === 'context') {
      if (typeof value === 'string') urls.add(value);
      else if (isRecord(value)) {
        if (typeof value['@import'] === 'string') urls.add(value['@import']);
        stack.push({ kind: 'node', value });
      }
      continue;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      pushInOrder(value.map((v): Task => ({ kind: 'node', value: v })));
      continue;
    }
    const tasks: Task[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === '@context') for (const c of asArray(v)) tasks.push({ kind: 'context', value: c });
      else tasks.push({ kind: 'node', value: v });
    }
    pushInOrder(tasks);
  }
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
