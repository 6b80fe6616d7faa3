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

interface SpeedupState {
  /** The methods have been replaced in this thread's jsonld.js. */
  installed: boolean;
  /** The replaced methods share instead of copying (else they call jsonld.js's own). */
  active: boolean;
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

function install(s: SpeedupState): void {
  if (s.installed) return;
  // The module instance jsonld.js itself and every library calling it use (resolved from
  // node_modules both when running from sources and from the built bundles).
  const contextModule = createRequire(import.meta.url)('jsonld/lib/context.js') as ContextModule;
  for (const processingMode of PROCESSING_MODES) {
    const initial = contextModule.getInitialContext({ processingMode });
    const upstreamClone = initial.clone;
    const upstreamRevert = initial.revertToPreviousContext;
    initial.clone = function clone(this: ActiveContext): ActiveContext {
      return s.active ? copyOnWriteClone.call(this) : upstreamClone.call(this);
    };
    initial.revertToPreviousContext = function revertToPreviousContext(this: ActiveContext): ActiveContext {
      if (!this.previousContext) return this;
      return s.active ? this.previousContext : upstreamRevert.call(this);
    };
  }
  const resolvedContext = createRequire(import.meta.url)('jsonld/lib/ResolvedContext.js') as ResolvedContextClass;
  const upstreamGet = resolvedContext.prototype.getProcessed;
  const upstreamSet = resolvedContext.prototype.setProcessed;
  resolvedContext.prototype.getProcessed = function getProcessed(activeCtx) {
    const base = s.active ? nonPropagatingBase(activeCtx) : undefined;
    return base !== undefined ? processedOver.get(this)?.get(base) : upstreamGet.call(this, activeCtx);
  };
  resolvedContext.prototype.setProcessed = function setProcessed(activeCtx, processed) {
    const base = s.active ? nonPropagatingBase(activeCtx) : undefined;
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
  s.installed = true;
}

/** Installs and switches on the speedup the first time it is called in a thread; later calls do nothing. */
export function installJsonLdSpeedup(): void {
  const s = state();
  if (s.installed) return;
  install(s);
  s.active = true;
}

/** Switches the speedup on (installing it if needed) or off, for tests and benchmarks. */
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
 * plain jsonld.js needs `installed: false`, not merely `active: false`.
 */
export function jsonLdSpeedupStatus(): Readonly<SpeedupState> {
  const { installed, active } = state();
  return { installed, active };
}
