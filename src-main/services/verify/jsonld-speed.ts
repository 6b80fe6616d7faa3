/**
 * Copy-on-write active contexts for jsonld.js: the same JSON-LD results with far less copying.
 *
 * What it changes. jsonld.js (v9) deep-copies the whole active context (every term
 * definition of every context in scope) whenever it processes a context, enters or leaves a
 * type-scoped context, or reverts to the context before one (`_cloneActiveContext` and
 * `_revertToPreviousContext` in jsonld/lib/context.js; upstream digitalbazaar/jsonld.js
 * issue #414). One credential verification makes 25–33 such copies, and the garbage they
 * leave dominates the time spent verifying. Every active context inherits these two
 * methods by copying them from jsonld.js's cached initial context, so replacing them there
 * (for processing modes unset, json-ld-1.0 and json-ld-1.1) changes every context derived
 * from then on:
 * - `clone` gives a new Map holding the same term-definition objects and a shallow copy of
 *   `protected`, both made on first use (most clones are dropped unused: jsonld.js clones
 *   before it looks a type-scoped context up in its cache), and keeps the same
 *   `previousContext` instead of cloning it;
 * - `revertToPreviousContext` returns `previousContext` itself instead of a copy.
 *
 * Why the results are the same. jsonld.js never changes a term definition after creating
 * it (a redefinition puts a new object into the Map), context processing always clones an
 * active context before changing it and then changes only that clone's own `mappings` Map
 * and `protected` object, and nothing ever changes a context once it is someone's
 * `previousContext` or a returned result. So no code can tell a shared object from a copy.
 * The one context changed after a clone was made of it is the one being built, whose clones
 * (to check a scoped context) are used and dropped while its building waits for them; so a
 * copy made on first use holds what a copy made at once would have held.
 * test/main/services/verify/jsonld-speed.test.ts compares canonical N-Quads, expansion
 * errors and full verification results with the change on and off.
 *
 * Type-scoped contexts (`@propagate: false`, as Open Badges 3.0 gives every type) missed
 * jsonld.js's processed-context cache every time: for them it first clones the active
 * context and sets the clone's `previousContext` to the original, then looks the clone up in
 * the cache, and a fresh clone is never found there. While the speedup is on, a clone records
 * what it was cloned from, and the cache (`ResolvedContext` get/setProcessed) keeps and
 * finds a processed type-scoped context under the original active context instead: the same
 * context processed over the same active context gives the same result, which jsonld.js's own
 * cache already relies on, and it replays the events recorded with it as before. So each
 * type-scoped context is processed once per active context, not once per node that has the
 * type. (An `@import`ed context would be looked up the same way; no bundled context uses
 * `@import`.)
 *
 * While it is on, the offline document loader also marks bundled contexts `tag: 'static'`
 * (document-loader.ts), so jsonld.js keeps them, already processed, in its process-wide
 * context cache instead of processing them again for every credential.
 *
 * It is installed by the verification code when it loads its libraries, before its first
 * JSON-LD operation (once per process or worker thread; installing again does nothing),
 * never by importing a module or making a loader. Contexts jsonld.js processed and cached
 * before that keep its own methods: slower, never different. Tests and the benchmark switch
 * it with `setJsonLdSpeedup`; with it off, jsonld.js runs its own methods.
 *
 * Guarded. All of the above is about jsonld.js's internals, which no release promises to
 * keep. package.json pins jsonld.js to exactly JSONLD_VERSION, and installing first checks
 * the jsonld.js this thread loaded (`checkJsonLdInternals`): its version, and the shape of
 * everything replaced — the initial contexts' properties and methods, what jsonld.js's own
 * `clone` and `revertToPreviousContext` give for a probe context (exactly the properties the
 * copy-on-write clone sets), and the processed-context cache's get/set. On any difference
 * it changes nothing, logs one line, stays off for the rest of the thread, and jsonld.js
 * runs its own methods (and bundled contexts are not tagged static): slower, never wrong.
 * It must never patch a jsonld.js it has not checked.
 */
import { createRequire } from 'node:module';

/** The parts of a jsonld.js active context these methods touch. */
interface ActiveContext {
  mappings: Map<string, unknown>;
  protected: Record<string, unknown>;
  inverse: unknown;
  getInverse: unknown;
  previousContext?: ActiveContext;
  clone(this: ActiveContext): ActiveContext;
  revertToPreviousContext(this: ActiveContext): ActiveContext;
  '@base'?: unknown;
  '@language'?: unknown;
  '@vocab'?: unknown;
}

interface ContextModule {
  getInitialContext(options: { processingMode?: string }): ActiveContext;
}

/** What jsonld.js's processed-context cache holds: a processed context and the events processing it raised. */
interface Processed {
  context: ActiveContext;
  events: unknown[];
}

interface ResolvedContextClass {
  prototype: {
    getProcessed(this: object, activeCtx: ActiveContext): Processed | undefined;
    setProcessed(this: object, activeCtx: ActiveContext, processed: Processed): void;
  };
}

/** On a clone made while the speedup is on: the context it was cloned from. */
const CLONED_FROM = Symbol('clonedFrom');
type Cloned = ActiveContext & { [CLONED_FROM]?: ActiveContext };

/**
 * The active context a non-propagating context is processed over: `ctx` is a clone whose
 * previous context is the very context it was cloned from (jsonld.js makes exactly that
 * before processing a type-scoped context, and changes it no further).
 */
function nonPropagatingBase(ctx: Cloned): ActiveContext | undefined {
  const from = ctx[CLONED_FROM];
  return from !== undefined && from === ctx.previousContext ? from : undefined;
}

/** Processed type-scoped contexts, per resolved context, per the active context they were processed over. */
const processedOver = new WeakMap<object, WeakMap<ActiveContext, Processed>>();

/** Why the speedup left jsonld.js as it is (a closed list). */
export type SpeedupRefusal =
  | { code: 'version_mismatch'; expected: string; found: string }
  | { code: 'shape_mismatch'; detail: string }
  | { code: 'load_failed'; detail: string };

interface SpeedupState {
  /** The methods have been replaced in this thread's jsonld.js. */
  installed: boolean;
  /** The replaced methods share instead of copying (else they call jsonld.js's own). */
  active: boolean;
  /** Set when installing found a jsonld.js it was not written for: it is then never installed in this thread. */
  refused?: SpeedupRefusal;
}

/** The processing modes jsonld.js caches an initial context for. */
const PROCESSING_MODES = [undefined, 'json-ld-1.0', 'json-ld-1.1'] as const;

// Kept on the global object, like jsonld.js's own module state it belongs to: one per
// process or worker thread, even if this module is evaluated more than once.
const STATE_KEY = Symbol.for('manabi-wallet.jsonld-speedup');

function state(): SpeedupState {
  const holder = globalThis as { [STATE_KEY]?: SpeedupState };
  holder[STATE_KEY] ??= { installed: false, active: false };
  return holder[STATE_KEY];
}

/** On a clone whose own copies are not made yet: the parent's map and protected object to copy. */
const MAPPINGS_OF = Symbol('mappingsOf');
const PROTECTED_OF = Symbol('protectedOf');
type Lazy = ActiveContext & { [MAPPINGS_OF]?: Map<string, unknown>; [PROTECTED_OF]?: Record<string, unknown> };

function ownValue<T>(target: object, name: 'mappings' | 'protected', value: T): T {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * What clones inherit: `mappings` and `protected` copied from the parent on first use. Most
 * clones are never used: jsonld.js clones the active context before it looks a type-scoped
 * context up in its cache, and drops the clone on a hit. A context is only changed while it
 * is being built (right after its own clone), so a parent's map is never changed while a
 * clone still depends on it.
 */
const lazyParts = {
  get mappings(): Map<string, unknown> {
    return ownValue(this, 'mappings', new Map((this as Lazy)[MAPPINGS_OF]));
  },
  set mappings(value: Map<string, unknown>) {
    ownValue(this, 'mappings', value);
  },
  get protected(): Record<string, unknown> {
    return ownValue(this, 'protected', { ...(this as Lazy)[PROTECTED_OF] });
  },
  set protected(value: Record<string, unknown>) {
    ownValue(this, 'protected', value);
  },
};

/** The parent's own map (or, when it has not made one, the one it would copy). */
function mapOf(ctx: Lazy): Map<string, unknown> {
  return Object.hasOwn(ctx, 'mappings') || ctx[MAPPINGS_OF] === undefined ? ctx.mappings : ctx[MAPPINGS_OF];
}
function protectedOf(ctx: Lazy): Record<string, unknown> {
  return Object.hasOwn(ctx, 'protected') || ctx[PROTECTED_OF] === undefined ? ctx.protected : ctx[PROTECTED_OF];
}

/** A child of `this` that shares the term definitions and previous context (see above). */
function copyOnWriteClone(this: ActiveContext): ActiveContext {
  // The same properties as jsonld.js's own clone; `mappings` and `protected` are copied on first use.
  const child = Object.create(lazyParts) as Lazy;
  child[MAPPINGS_OF] = mapOf(this);
  child[PROTECTED_OF] = protectedOf(this);
  child.clone = this.clone;
  child.inverse = null;
  child.getInverse = this.getInverse;
  if (this.previousContext) child.previousContext = this.previousContext;
  child.revertToPreviousContext = this.revertToPreviousContext;
  if ('@base' in this) child['@base'] = this['@base'];
  if ('@language' in this) child['@language'] = this['@language'];
  if ('@vocab' in this) child['@vocab'] = this['@vocab'];
  (child as Cloned)[CLONED_FROM] = this;
  return child;
}

/** The jsonld.js release the replacements are written for; package.json pins exactly this one. */
export const JSONLD_VERSION = '9.0.0';

/** What installing reads of the jsonld.js a thread has loaded. */
export interface JsonLdInternals {
  /** `version` of its package.json. */
  version: unknown;
  /** jsonld/lib/context.js */
  context: unknown;
  /** jsonld/lib/ResolvedContext.js */
  resolvedContext: unknown;
}

/**
 * The module instances jsonld.js itself and every library calling it use (resolved from
 * node_modules both when running from sources and from the built bundles).
 */
export function loadJsonLdInternals(): JsonLdInternals {
  const load = createRequire(import.meta.url);
  const pkg = load('jsonld/package.json') as { version?: unknown } | null;
  return {
    version: pkg?.version,
    context: load('jsonld/lib/context.js'),
    resolvedContext: load('jsonld/lib/ResolvedContext.js'),
  };
}

/** The parts of jsonld.js the speedup replaces, once checked. */
interface Patchable {
  initialContexts: ActiveContext[];
  resolvedContext: ResolvedContextClass;
}

type Check = { ok: true; parts: Patchable } | { ok: false; refusal: SpeedupRefusal };

/** Exactly the properties jsonld.js's own clone gives a context with all optional ones set (and the copy-on-write clone sets). */
const CLONE_KEYS = [
  '@base',
  '@language',
  '@vocab',
  'clone',
  'getInverse',
  'inverse',
  'mappings',
  'previousContext',
  'protected',
  'revertToPreviousContext',
].join(',');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isMethod = (v: unknown, arity: number): boolean => typeof v === 'function' && v.length === arity;

/** Why `ctx` is not an initial context of the expected shape, or undefined when it is one. */
function initialContextProblem(ctx: unknown): string | undefined {
  if (!isObject(ctx)) return 'getInitialContext gives no object';
  if (!(ctx['mappings'] instanceof Map)) return 'an initial context has no mappings Map';
  if (!isObject(ctx['protected'])) return 'an initial context has no protected object';
  if (ctx['inverse'] !== null && !isObject(ctx['inverse'])) return 'an initial context has an unexpected inverse';
  if (!isMethod(ctx['getInverse'], 0)) return 'getInverse is not a method without parameters';
  if (!isMethod(ctx['clone'], 0)) return 'clone is not a method without parameters';
  if (!isMethod(ctx['revertToPreviousContext'], 0)) return 'revertToPreviousContext is not a method without parameters';
  return undefined;
}

/**
 * Why jsonld.js's own clone and revert do not behave as the replacements assume (the clone's
 * properties, copies of mappings and protected, revert to the previous context), or undefined.
 */
function cloneProblem(initial: ActiveContext): string | undefined {
  const term = { '@id': 'https://example.org/term' };
  const probe = (previous?: ActiveContext): ActiveContext => ({
    mappings: new Map([['term', term]]),
    protected: { term: true },
    inverse: null,
    getInverse: initial.getInverse,
    clone: initial.clone,
    revertToPreviousContext: initial.revertToPreviousContext,
    '@base': 'https://example.org/',
    '@language': 'en',
    '@vocab': 'https://example.org/vocab#',
    ...(previous ? { previousContext: previous } : {}),
  });
  const outer = probe(probe());
  const child: unknown = initial.clone.call(outer);
  if (!isObject(child)) return 'clone gives no object';
  if (Object.keys(child).sort().join(',') !== CLONE_KEYS) return `clone sets ${Object.keys(child).sort().join(', ')}`;
  // (jsonld.js's own clone copies the definitions too; the copy-on-write one shares them.)
  const sameTerm = (m: unknown): boolean =>
    m instanceof Map && isObject(m.get('term')) && m.get('term')['@id'] === term['@id'];
  const mappings = child['mappings'];
  if (!(mappings instanceof Map) || mappings === outer.mappings || !sameTerm(mappings))
    return 'clone does not copy the term definitions into a new Map';
  if (child['protected'] === outer.protected || !isObject(child['protected']) || child['protected']['term'] !== true)
    return 'clone does not copy protected';
  if (child['inverse'] !== null) return 'clone keeps the inverse context';
  const reverted: unknown = initial.revertToPreviousContext.call(outer);
  if (!isObject(reverted) || !sameTerm(reverted['mappings']))
    return 'revertToPreviousContext does not give the previous context';
  const alone = probe();
  if (initial.revertToPreviousContext.call(alone) !== alone)
    return 'revertToPreviousContext without a previous context does not give the context itself';
  return undefined;
}

/** Why the processed-context cache is not the get/set by active context the replacements wrap, or undefined. */
function cacheProblem(resolvedContext: unknown): string | undefined {
  if (typeof resolvedContext !== 'function') return 'ResolvedContext is not a class';
  const proto: unknown = resolvedContext.prototype;
  if (!isObject(proto) || !isMethod(proto['getProcessed'], 1) || !isMethod(proto['setProcessed'], 2))
    return 'ResolvedContext has no getProcessed(activeCtx) and setProcessed(activeCtx, processed)';
  const Resolved = resolvedContext as new (options: { document: unknown }) => ResolvedContextClass['prototype'];
  const cache = new Resolved({ document: {} });
  const key = {} as ActiveContext;
  const processed: Processed = { context: key, events: [] };
  cache.setProcessed(key, processed);
  if (cache.getProcessed(key) !== processed || cache.getProcessed({} as ActiveContext) !== undefined)
    return 'ResolvedContext does not keep processed contexts by active context';
  return undefined;
}

/**
 * Whether `lib` is the jsonld.js the replacements are written for: `expectedVersion`, and
 * every part replaced of the shape and behaviour they assume. Changes nothing in `lib`.
 */
export function checkJsonLdInternals(lib: JsonLdInternals, expectedVersion: string = JSONLD_VERSION): Check {
  if (lib.version !== expectedVersion)
    return { ok: false, refusal: { code: 'version_mismatch', expected: expectedVersion, found: String(lib.version) } };
  const shape = (detail: string): Check => ({ ok: false, refusal: { code: 'shape_mismatch', detail } });
  const context = lib.context;
  if (!isObject(context) || typeof context['getInitialContext'] !== 'function')
    return shape('jsonld/lib/context.js has no getInitialContext');
  const getInitialContext = context['getInitialContext'] as ContextModule['getInitialContext'];
  const initialContexts: ActiveContext[] = [];
  for (const processingMode of PROCESSING_MODES) {
    const initial: unknown = getInitialContext({ processingMode });
    const problem = initialContextProblem(initial);
    if (problem !== undefined) return shape(problem);
    initialContexts.push(initial as ActiveContext);
  }
  try {
    const problem = cloneProblem(initialContexts[0] as ActiveContext) ?? cacheProblem(lib.resolvedContext);
    if (problem !== undefined) return shape(problem);
  } catch (e) {
    return shape(`probing threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { ok: true, parts: { initialContexts, resolvedContext: lib.resolvedContext as ResolvedContextClass } };
}

/** Replaces the checked parts with the copy-on-write versions, each falling back to jsonld.js's own while `active()` is false. */
function patch({ initialContexts, resolvedContext }: Patchable, active: () => boolean): void {
  for (const initial of initialContexts) {
    const upstreamClone = initial.clone;
    const upstreamRevert = initial.revertToPreviousContext;
    initial.clone = function clone(this: ActiveContext): ActiveContext {
      return active() ? copyOnWriteClone.call(this) : upstreamClone.call(this);
    };
    initial.revertToPreviousContext = function revertToPreviousContext(this: ActiveContext): ActiveContext {
      if (!this.previousContext) return this;
      return active() ? this.previousContext : upstreamRevert.call(this);
    };
  }
  const upstreamGet = resolvedContext.prototype.getProcessed;
  const upstreamSet = resolvedContext.prototype.setProcessed;
  resolvedContext.prototype.getProcessed = function getProcessed(activeCtx) {
    const base = active() ? nonPropagatingBase(activeCtx) : undefined;
    return base !== undefined ? processedOver.get(this)?.get(base) : upstreamGet.call(this, activeCtx);
  };
  resolvedContext.prototype.setProcessed = function setProcessed(activeCtx, processed) {
    const base = active() ? nonPropagatingBase(activeCtx) : undefined;
    // Only processed contexts are kept this way (`@import` keeps a merged local context here).
    if (
      base === undefined ||
      typeof processed !== 'object' ||
      processed === null ||
      !('context' in processed) ||
      !('events' in processed)
    ) {
      upstreamSet.call(this, activeCtx, processed);
      return;
    }
    let byBase = processedOver.get(this);
    if (byBase === undefined) processedOver.set(this, (byBase = new WeakMap()));
    byBase.set(base, processed);
  };
}

/**
 * Checks `lib` and, when it is the jsonld.js the speedup is written for, replaces its parts
 * (switched by `active`). Returns the refusal when it changed nothing.
 */
export function patchJsonLd(
  lib: JsonLdInternals,
  active: () => boolean,
  expectedVersion: string = JSONLD_VERSION,
): SpeedupRefusal | undefined {
  const checked = checkJsonLdInternals(lib, expectedVersion);
  if (!checked.ok) return checked.refusal;
  patch(checked.parts, active);
  return undefined;
}

/** One line for whoever runs the wallet: which check failed, and that verification goes on without the speedup. */
export function describeRefusal(r: SpeedupRefusal): string {
  const why =
    r.code === 'version_mismatch'
      ? `jsonld.js ${r.found} is not the version it is written for (${r.expected})`
      : r.code === 'shape_mismatch'
        ? `jsonld.js is not shaped as it expects: ${r.detail}`
        : `jsonld.js could not be read: ${r.detail}`;
  return `The JSON-LD speedup is off: ${why}. Verification uses jsonld.js's own methods (same results, slower).`;
}

export interface InstallOptions {
  /** Where the one line about a refusal goes (default: console.warn). */
  log?: (line: string) => void;
  /** The version to insist on (default JSONLD_VERSION); tests pass another to see the refusal. */
  expectVersion?: string;
}

function install(s: SpeedupState, { log = (line) => console.warn(line), expectVersion }: InstallOptions = {}): void {
  if (s.installed || s.refused) return;
  let refusal: SpeedupRefusal | undefined;
  try {
    refusal = patchJsonLd(loadJsonLdInternals(), () => s.active, expectVersion);
  } catch (e) {
    refusal = { code: 'load_failed', detail: e instanceof Error ? e.message : String(e) };
  }
  if (refusal) {
    s.refused = refusal;
    log(describeRefusal(refusal));
    return;
  }
  s.installed = true;
}

/** What installing did in this thread: on, or off and why. */
export type SpeedupStatus = Readonly<SpeedupState>;

/**
 * Installs and switches on the speedup the first time it is called in a thread, when this
 * thread's jsonld.js passes the checks; later calls do nothing. Returns the thread's status.
 */
export function installJsonLdSpeedup(options: InstallOptions = {}): SpeedupStatus {
  const s = state();
  if (!s.installed && !s.refused) {
    install(s, options);
    s.active = s.installed;
  }
  return jsonLdSpeedupStatus();
}

/** Switches the speedup on (installing it if needed) or off, for tests and benchmarks. Never on after a refusal. */
export function setJsonLdSpeedup(on: boolean): void {
  const s = state();
  if (on) install(s);
  s.active = on && s.installed;
}

/** Whether the speedup is on in this thread (bundled contexts are then tagged static too). */
export function jsonLdSpeedupActive(): boolean {
  return state().active;
}

/**
 * `installed`: this thread's jsonld.js has been changed at some point, so its process-wide
 * context cache may hold bundled contexts kept while the speedup was on. A measurement of
 * plain jsonld.js needs `installed: false`, not merely `active: false`. `refused`: why it
 * never will be in this thread.
 */
export function jsonLdSpeedupStatus(): SpeedupStatus {
  const { installed, active, refused } = state();
  return refused ? { installed, active, refused } : { installed, active };
}
