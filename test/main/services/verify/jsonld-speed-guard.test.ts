// The JSON-LD speedup patches only the jsonld.js it is written for. Another version, or
// internals of another shape, leave jsonld.js exactly as it is (nothing replaced, one line
// logged, the speedup off for the thread), and verification then runs on jsonld.js's own
// methods with the right answers. This file runs in a process of its own where nothing has
// changed jsonld.js yet, so its own methods are there to compare with.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  JSONLD_VERSION,
  checkJsonLdInternals,
  describeRefusal,
  installJsonLdSpeedup,
  jsonLdSpeedupActive,
  jsonLdSpeedupStatus,
  loadJsonLdInternals,
  patchJsonLd,
  setJsonLdSpeedup,
  type JsonLdInternals,
} from '../../../../src-main/services/verify/jsonld-speed';
import { createOfflineDocumentLoader } from '../../../../src-main/services/verify/document-loader';
import { verifyJsonLdCredential } from '../../../../src-main/services/verify/verify-credential';
import type { VerificationResult } from '../../../../src-shared/verification';
import { issue, newSigner, openBadge, type Suite } from '../../../helpers/issuer';

type Doc = Record<string, unknown>;
type Ctx = Record<string, unknown> & { clone(this: Ctx): Ctx; revertToPreviousContext(this: Ctx): Ctx };
interface ContextModule {
  getInitialContext(o: { processingMode?: string }): Ctx;
}
interface ResolvedClass {
  prototype: { getProcessed: unknown; setProcessed: unknown };
}

const requireHere = createRequire(import.meta.url);
const contextModule = requireHere('jsonld/lib/context.js') as ContextModule;
const resolvedContext = requireHere('jsonld/lib/ResolvedContext.js') as ResolvedClass;
const MODES = [undefined, 'json-ld-1.0', 'json-ld-1.1'];
const NOW = new Date('2026-01-15T00:00:00Z');

/** jsonld.js's own methods, as loaded (nothing has replaced them in this process). */
const own = {
  clone: MODES.map((m) => contextModule.getInitialContext({ processingMode: m }).clone),
  revert: MODES.map((m) => contextModule.getInitialContext({ processingMode: m }).revertToPreviousContext),
  getProcessed: resolvedContext.prototype.getProcessed,
  setProcessed: resolvedContext.prototype.setProcessed,
};

function expectJsonLdUntouched(): void {
  MODES.forEach((m, i) => {
    const initial = contextModule.getInitialContext({ processingMode: m });
    expect(initial.clone).toBe(own.clone[i]);
    expect(initial.revertToPreviousContext).toBe(own.revert[i]);
  });
  expect(resolvedContext.prototype.getProcessed).toBe(own.getProcessed);
  expect(resolvedContext.prototype.setProcessed).toBe(own.setProcessed);
}

/** A library made of copies of this process's jsonld.js parts, changed by `change`: patching it cannot touch the real one. */
function copiedLibrary(change: (initials: Ctx[], resolved: ResolvedClass) => void = () => {}): JsonLdInternals {
  const real = loadJsonLdInternals();
  const initials = MODES.map((m) => ({ ...contextModule.getInitialContext({ processingMode: m }) }));
  const Real = real.resolvedContext as new (o: { document: unknown }) => object;
  class Resolved extends Real {}
  change(initials, Resolved as unknown as ResolvedClass);
  return {
    version: real.version,
    context: {
      getInitialContext: ({ processingMode }: { processingMode?: string }) => initials[MODES.indexOf(processingMode)],
    },
    resolvedContext: Resolved,
  };
}

/** Counts jsonld.js's deep copies of active-context mappings (what its own clone does) while `fn` runs. */
async function mappingCopies<T>(fn: () => Promise<T>): Promise<{ value: T; copies: number }> {
  const util = requireHere('jsonld/lib/util.js') as { clone(v: unknown): unknown };
  const original = util.clone;
  let copies = 0;
  util.clone = function clone(this: unknown, v: unknown): unknown {
    if (v instanceof Map) copies++;
    return original.call(this, v);
  };
  try {
    return { value: await fn(), copies };
  } finally {
    util.clone = original;
  }
}

const SUITES: Suite[] = ['Ed25519Signature2020', 'eddsa-rdfc-2022', 'ecdsa-rdfc-2019'];
const credentials: Doc[] = [];

/** Each credential verifies, and the same credential with a changed name does not (signature invalid). */
async function expectRightAnswers(): Promise<number> {
  let copies = 0;
  for (const credential of credentials) {
    const good = await mappingCopies(() => verifyJsonLdCredential(structuredClone(credential), { now: NOW }));
    expect(good.value.status).toBe('verified');
    const forged = { ...structuredClone(credential), name: 'Forged' };
    const bad = await mappingCopies(() => verifyJsonLdCredential(forged, { now: NOW }));
    const proof = (bad.value as VerificationResult).checks.find((c) => c.id === 'proof');
    expect(proof).toMatchObject({ outcome: 'fail', code: 'signature_invalid' });
    copies += good.copies + bad.copies;
  }
  return copies;
}

beforeAll(async () => {
  expect(jsonLdSpeedupStatus()).toEqual({ installed: false, active: false });
  for (const suite of SUITES) {
    const signer = await newSigner(suite);
    credentials.push(
      await issue(openBadge({ name: `Course (${suite})` }, signer.did, suite === 'Ed25519Signature2020'), signer),
    );
  }
}, 60_000);

// First: loading the verifier installs (without options), and a refusal holds for the thread.
describe('jsonld speedup: installed against another version', () => {
  it('installing against another version: nothing replaced, one line logged, off for good, right answers', async () => {
    const lines: string[] = [];
    const status = installJsonLdSpeedup({ expectVersion: '8.9.9', log: (l) => lines.push(l) });
    const refused = { code: 'version_mismatch', expected: '8.9.9', found: JSONLD_VERSION } as const;
    expect(status).toEqual({ installed: false, active: false, refused });
    expect(lines).toEqual([describeRefusal(refused)]);
    expect(lines[0]).toContain('8.9.9');
    expectJsonLdUntouched();
    // Loading the verifier installs again (without options): the refusal stands, nothing more is logged.
    expect(installJsonLdSpeedup({ log: (l) => lines.push(l) })).toEqual(status);
    setJsonLdSpeedup(true);
    expect(jsonLdSpeedupActive()).toBe(false);
    expect(lines).toHaveLength(1);
    // jsonld.js's own methods do the work (they deep-copy active contexts), with the right answers.
    expect(await expectRightAnswers()).toBeGreaterThan(0);
    expectJsonLdUntouched();
    expect(jsonLdSpeedupStatus()).toEqual(status);
    // Bundled contexts are not tagged static either: jsonld.js keeps no contexts across credentials.
    const loaded = await createOfflineDocumentLoader()('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(loaded).not.toHaveProperty('tag');
  }, 60_000);
});

describe('jsonld speedup: the version it is written for', () => {
  it('is the version package.json pins exactly, and the one installed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies['jsonld']).toBe(JSONLD_VERSION);
    expect(loadJsonLdInternals().version).toBe(JSONLD_VERSION);
  });

  it('accepts this jsonld.js as it is, and patches only the library it is given', () => {
    expect(checkJsonLdInternals(loadJsonLdInternals()).ok).toBe(true);
    const copy = copiedLibrary();
    expect(patchJsonLd(copy, () => true)).toBeUndefined();
    const patched = (copy.context as ContextModule).getInitialContext({});
    expect(patched.clone).not.toBe(own.clone[0]);
    expectJsonLdUntouched();
  });
});

describe('jsonld speedup: another jsonld.js is left alone', () => {
  const shapes: Record<string, (initials: Ctx[], resolved: ResolvedClass) => void> = {
    'clone takes a parameter': (initials) => {
      for (const c of initials) {
        const upstream = c.clone;
        c.clone = function clone(this: Ctx, _options: unknown): Ctx {
          return upstream.call(this);
        } as unknown as Ctx['clone'];
      }
    },
    'clone sets a property the copy-on-write clone would drop': (initials) => {
      for (const c of initials) {
        const upstream = c.clone;
        c.clone = function clone(this: Ctx): Ctx {
          return { ...upstream.call(this), '@direction': null };
        };
      }
    },
    'clone shares the term definitions Map': (initials) => {
      for (const c of initials) {
        const upstream = c.clone;
        c.clone = function clone(this: Ctx): Ctx {
          return { ...upstream.call(this), mappings: this['mappings'] };
        };
      }
    },
    'revertToPreviousContext is gone': (initials) => {
      for (const c of initials) delete (c as Partial<Ctx>).revertToPreviousContext;
    },
    'mappings is a plain object': (initials) => {
      for (const c of initials) c['mappings'] = {};
    },
    'the processed-context cache has no setProcessed': (_initials, resolved) => {
      Object.defineProperty(resolved.prototype, 'setProcessed', { value: undefined });
    },
    'the processed-context cache does not keep by active context': (_initials, resolved) => {
      Object.defineProperty(resolved.prototype, 'getProcessed', {
        value: function getProcessed(_activeCtx: unknown): undefined {
          return undefined;
        },
      });
    },
  };

  it.each(Object.keys(shapes))('refuses when %s, changing nothing', (name) => {
    const change = shapes[name];
    if (!change) throw new Error(name);
    const lib = copiedLibrary(change);
    const before = MODES.map((m) => (lib.context as ContextModule).getInitialContext({ processingMode: m }).clone);
    const refusal = patchJsonLd(lib, () => true);
    expect(refusal).toMatchObject({ code: 'shape_mismatch' });
    const after = MODES.map((m) => (lib.context as ContextModule).getInitialContext({ processingMode: m }).clone);
    expect(after).toEqual(before);
    expectJsonLdUntouched();
  });

  it('refuses another version of the same shape', () => {
    expect(patchJsonLd({ ...copiedLibrary(), version: '9.0.1' }, () => true)).toEqual({
      code: 'version_mismatch',
      expected: JSONLD_VERSION,
      found: '9.0.1',
    });
    expect(checkJsonLdInternals({ ...loadJsonLdInternals(), version: undefined }).ok).toBe(false);
  });

  it('on the real jsonld.js with a changed shape: nothing replaced, verification on its own methods, right answers', async () => {
    const initials = MODES.map((m) => contextModule.getInitialContext({ processingMode: m }));
    const originals = initials.map((c) => c.clone);
    // A jsonld.js whose clone takes an option: it still works, but is not the one the speedup knows.
    for (const c of initials) {
      const upstream = c.clone;
      c.clone = function clone(this: Ctx, _options: unknown): Ctx {
        return upstream.call(this);
      } as unknown as Ctx['clone'];
    }
    const changed = initials.map((c) => c.clone);
    try {
      expect(patchJsonLd(loadJsonLdInternals(), () => true)).toMatchObject({ code: 'shape_mismatch' });
      expect(initials.map((c) => c.clone)).toEqual(changed);
      expect(await expectRightAnswers()).toBeGreaterThan(0);
    } finally {
      initials.forEach((c, i) => (c.clone = originals[i] as Ctx['clone']));
    }
    expectJsonLdUntouched();
  });
});
