// The JSON-LD speedup (copy-on-write active contexts, type-scoped contexts found in jsonld.js's
// processed-context cache, bundled contexts tagged static) gives exactly the results of plain
// jsonld.js: canonical N-Quads, expansion, verify data and whole verification results are
// compared with it off (before it was ever on in this process), on (cold and warm caches) and
// off again, over every sample whose contexts the wallet bundles and over freshly signed
// credentials of all three suites; and every check still fails when it should.
import { checkText } from '../../../../src-shared/i18n/render';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import {
  installJsonLdSpeedup,
  jsonLdSpeedupActive,
  jsonLdSpeedupStatus,
  setJsonLdSpeedup,
} from '../../../../src-main/services/verify/jsonld-speed';
import { createOfflineDocumentLoader, type DocumentLoader } from '../../../../src-main/services/verify/document-loader';
import { isBundledContext } from '../../../../src-main/services/verify/contexts';
import {
  collectContextUrls,
  verifyJsonLdCredential,
  warmUpVerifier,
} from '../../../../src-main/services/verify/verify-credential';
import type { CheckId, VerificationResult } from '../../../../src-shared/verification';
import { issue, newSigner, openBadge, type AchievementSpec, type Suite } from '../../../helpers/issuer';
import { SAMPLES_DIR } from '../../../helpers/samples';

type Doc = Record<string, unknown>;

const NOW = new Date('2026-01-15T00:00:00Z');
const requireHere = createRequire(import.meta.url);

interface JsonLdApi {
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  expand(input: unknown, options: Record<string, unknown>): Promise<unknown>;
}
const jsonldApi = jsonld as unknown as JsonLdApi;

interface CanonizingSuite {
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  createVerifyData(options: Record<string, unknown>): Promise<Uint8Array>;
}
interface Cryptosuite {
  canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
}

const suites: Record<Suite, CanonizingSuite> = {
  Ed25519Signature2020: new Ed25519Signature2020() as CanonizingSuite,
  'eddsa-rdfc-2022': new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }) as CanonizingSuite,
  'ecdsa-rdfc-2019': new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }) as CanonizingSuite,
};

function suiteOf(proof: unknown): Suite | undefined {
  if (!proof || typeof proof !== 'object') return undefined;
  const p = proof as Doc;
  if (p['type'] === 'Ed25519Signature2020') return 'Ed25519Signature2020';
  if (
    p['type'] === 'DataIntegrityProof' &&
    (p['cryptosuite'] === 'eddsa-rdfc-2022' || p['cryptosuite'] === 'ecdsa-rdfc-2019')
  )
    return p['cryptosuite'];
  return undefined;
}

/** The value, or the error's name and message: both sides must agree either way. */
async function outcome<T>(fn: () => Promise<T>): Promise<string> {
  try {
    const v = await fn();
    return typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : JSON.stringify(v);
  } catch (e) {
    return e instanceof Error ? `ERROR ${e.name}: ${e.message}` : `ERROR ${String(e)}`;
  }
}

/** Everything JSON-LD processing yields for one document, as the suites and the wallet ask for it. */
async function processAll(doc: Doc): Promise<Record<string, string>> {
  const documentLoader = createOfflineDocumentLoader();
  const { proof, ...unsigned } = doc;
  const out: Record<string, string> = {
    // Ed25519Signature2020 (jsonld-signatures): RDFC-1.0, safe mode, base null.
    ldsCanonize: await outcome(() => suites.Ed25519Signature2020.canonize(unsigned, { documentLoader })),
    // eddsa-rdfc-2022 / ecdsa-rdfc-2019: toRDF with i18n-datatype directions, then RDFC-1.0.
    eddsaCanonize: await outcome(() => (eddsaRdfc2022 as Cryptosuite).canonize(unsigned, { documentLoader })),
    ecdsaCanonize: await outcome(() => (ecdsaRdfc2019 as Cryptosuite).canonize(unsigned, { documentLoader })),
    urdna2015: await outcome(() =>
      jsonldApi.canonize(unsigned, {
        algorithm: 'URDNA2015',
        format: 'application/n-quads',
        safe: true,
        base: null,
        documentLoader,
      }),
    ),
    // The wallet's own safe-mode expansion (the contexts check).
    expand: await outcome(() => jsonldApi.expand(unsigned, { documentLoader, safe: true, base: null })),
  };
  const proofs = Array.isArray(proof) ? proof : proof === undefined ? [] : [proof];
  for (const [i, p] of proofs.entries()) {
    const suite = suiteOf(p);
    if (suite)
      out[`verifyData#${i}`] = await outcome(() =>
        suites[suite].createVerifyData({ document: unsigned, proof: { ...(p as Doc) }, documentLoader }),
      );
  }
  if (Array.isArray(doc['type']) && doc['type'].includes('VerifiableCredential')) {
    out['verification'] = await outcome(() => verifyJsonLdCredential(structuredClone(doc), { now: NOW }));
  }
  return out;
}

/** Every JSON-LD document in the samples whose contexts are all bundled with the wallet. */
function bundledSamples(): { name: string; doc: Doc }[] {
  const found: { name: string; doc: Doc }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(json|jsonld)$/.test(entry.name)) {
        let doc: unknown;
        try {
          doc = JSON.parse(readFileSync(path, 'utf8'));
        } catch {
          continue;
        }
        if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !('@context' in doc)) continue;
        if (collectContextUrls(doc).every(isBundledContext))
          found.push({ name: relative(SAMPLES_DIR, path), doc: doc as Doc });
      }
    }
  };
  walk(SAMPLES_DIR);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const ALIGNMENTS: AchievementSpec['alignment'] = [
  { targetName: 'JQF level 6', targetUrl: 'https://example.org/jqf/6', targetCode: '6', targetFramework: 'JQF' },
  { targetName: 'EQF level 6', targetUrl: 'https://example.org/eqf/6', targetFramework: 'EQF' },
];
const SPECS: AchievementSpec[] = [
  { name: 'Plain course' },
  {
    name: 'Aligned course',
    achievementType: 'Course',
    creditsAvailable: 2,
    creditsEarned: 2,
    fieldOfStudy: 'Informatics',
    alignment: ALIGNMENTS,
  },
  {
    name: 'Degree 学位',
    achievementType: 'BachelorDegree',
    issuerCountry: 'JP',
    subjectId: 'did:example:learner-2',
    alignment: ALIGNMENTS.slice(0, 1),
  },
];
const SUITES: Suite[] = ['Ed25519Signature2020', 'eddsa-rdfc-2022', 'ecdsa-rdfc-2019'];

/** Counts jsonld.js's deep copies of active-context mappings while `fn` runs. */
async function mappingCopies(fn: () => Promise<unknown>): Promise<number> {
  const util = requireHere('jsonld/lib/util.js') as { clone(v: unknown): unknown };
  const original = util.clone;
  let maps = 0;
  util.clone = function clone(this: unknown, v: unknown): unknown {
    if (v instanceof Map) maps++;
    return original.call(this, v);
  };
  try {
    await fn();
  } finally {
    util.clone = original;
  }
  return maps;
}

function check(r: VerificationResult, id: CheckId): VerificationResult['checks'][number] | undefined {
  return r.checks.find((c) => c.id === id);
}

const samples = bundledSamples();
const generated: { name: string; doc: Doc }[] = [];
const runs: Record<'off' | 'onCold' | 'onWarm' | 'offAgain', Record<string, string>[]> = {
  off: [],
  onCold: [],
  onWarm: [],
  offAgain: [],
};
const copies = { off: 0, on: 0 };

beforeAll(async () => {
  // The reference must be plain jsonld.js: nothing in this process has changed it yet.
  expect(jsonLdSpeedupStatus()).toEqual({ installed: false, active: false });
  // Loading the verifier installs the speedup, as in the app before any JSON-LD operation;
  // switch it off at once so that everything up to the reference run is plain jsonld.js.
  await warmUpVerifier();
  expect(jsonLdSpeedupStatus()).toEqual({ installed: true, active: true });
  setJsonLdSpeedup(false);
  for (const suite of SUITES) {
    const signer = await newSigner(suite);
    for (const spec of SPECS) {
      generated.push({
        name: `${suite}: ${spec.name}`,
        doc: await issue(openBadge(spec, signer.did, suite === 'Ed25519Signature2020'), signer),
      });
    }
  }
  const all = [...samples, ...generated];
  const pass = async (): Promise<Record<string, string>[]> => {
    const out: Record<string, string>[] = [];
    for (const { doc } of all) out.push(await processAll(doc));
    return out;
  };
  const probe = generated[1]?.doc as Doc;
  copies.off = await mappingCopies(() => verifyJsonLdCredential(probe, { now: NOW }));
  runs.off = await pass();
  setJsonLdSpeedup(true);
  runs.onCold = await pass();
  runs.onWarm = await pass();
  copies.on = await mappingCopies(() => verifyJsonLdCredential(probe, { now: NOW }));
  setJsonLdSpeedup(false);
  runs.offAgain = await pass();
  setJsonLdSpeedup(true);
}, 300_000);

describe('jsonld speedup: identical results', () => {
  it('covers the bundled samples and credentials of every suite', () => {
    expect(samples.length).toBeGreaterThanOrEqual(20);
    expect(generated).toHaveLength(SUITES.length * SPECS.length);
    // The comparison is about real output: most documents canonize, and every signed one verifies.
    const canonized = runs.off.filter((r) => r['urdna2015'] !== undefined && !r['urdna2015'].startsWith('ERROR'));
    expect(canonized.length).toBeGreaterThan(samples.length / 2);
    for (const r of runs.off.slice(samples.length))
      expect(JSON.parse(r['verification'] ?? '{}')).toMatchObject({ status: 'verified' });
  });

  it('the verification path really uses the changed jsonld.js (no deep copies of active contexts while on)', () => {
    expect(copies.off).toBeGreaterThan(0);
    expect(copies.on).toBe(0);
  });

  it.each([...samples, ...generated].map((s, i) => [s.name, i] as const))(
    '%s: canonical N-Quads, expansion, verify data and verification are byte-identical on and off',
    (_name, i) => {
      const reference = runs.off[i];
      expect(reference).toBeDefined();
      expect(runs.onCold[i]).toEqual(reference);
      expect(runs.onWarm[i]).toEqual(reference);
      expect(runs.offAgain[i]).toEqual(reference);
    },
  );
});

describe('jsonld speedup: every check still fails when it should', () => {
  const tamper: Record<string, { mutate(c: Doc): void; expect(r: VerificationResult): void }> = {
    'changed credential name': {
      mutate: (c) => (c['name'] = `${String(c['name'])} (forged)`),
      expect: (r) => expect(check(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' }),
    },
    'changed achievement name': {
      mutate: (c) => (((c['credentialSubject'] as Doc)['achievement'] as Doc)['name'] = 'Forged'),
      expect: (r) => expect(check(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' }),
    },
    'changed alignment target': {
      mutate: (c) =>
        (((((c['credentialSubject'] as Doc)['achievement'] as Doc)['alignment'] as Doc[])[0] as Doc)['targetCode'] =
          '8'),
      expect: (r) => expect(check(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' }),
    },
    'changed proof date': {
      mutate: (c) => ((c['proof'] as Doc)['created'] = '2020-01-01T00:00:00Z'),
      expect: (r) => expect(check(r, 'proof')).toMatchObject({ outcome: 'fail', code: 'signature_invalid' }),
    },
    'undefined term on the subject': {
      mutate: (c) => ((c['credentialSubject'] as Doc)['favouriteColour'] = 'blue'),
      expect: (r) => {
        expect(check(r, 'contexts')).toMatchObject({
          outcome: 'fail',
          code: 'undefined_term',
          detail: 'favouriteColour',
        });
        expect(checkText(check(r, 'contexts') ?? { message: '' }, 'en')).toContain('favouriteColour');
      },
    },
    'undefined term inside a type-scoped context': {
      mutate: (c) => (((c['credentialSubject'] as Doc)['achievement'] as Doc)['bogusTerm'] = 'x'),
      expect: (r) =>
        expect(check(r, 'contexts')).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'bogusTerm' }),
    },
    'undefined type': {
      mutate: (c) => (((c['credentialSubject'] as Doc)['achievement'] as Doc)['type'] = ['Achievement', 'MadeUpType']),
      expect: (r) =>
        expect(check(r, 'contexts')).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'MadeUpType' }),
    },
    'a term only defined for achievements, used on the subject': {
      mutate: (c) => ((c['credentialSubject'] as Doc)['fieldOfStudy'] = 'Forgery'),
      expect: (r) =>
        expect(check(r, 'contexts')).toMatchObject({ outcome: 'fail', code: 'undefined_term', detail: 'fieldOfStudy' }),
    },
    'embedded context redefining a protected term': {
      mutate: (c) => {
        const subject = c['credentialSubject'] as Doc;
        subject['@context'] = { name: 'https://evil.example/name' };
        subject['name'] = 'x';
      },
      expect: (r) => expect(r.status).toBe('not_verified'),
    },
  };

  it.each(SUITES.flatMap((suite) => Object.keys(tamper).map((name) => [suite, name] as const)))(
    '%s, %s: not verified, the same as without the speedup, with cold and warm caches',
    async (suite, name) => {
      const source = generated.find((g) => g.name === `${suite}: Aligned course`)?.doc;
      if (!source) throw new Error('no generated credential');
      const forged = structuredClone(source);
      const t = tamper[name];
      if (!t) throw new Error(name);
      t.mutate(forged);
      setJsonLdSpeedup(false);
      const plain = await verifyJsonLdCredential(structuredClone(forged), { now: NOW });
      setJsonLdSpeedup(true);
      const first = await verifyJsonLdCredential(structuredClone(forged), { now: NOW });
      const second = await verifyJsonLdCredential(structuredClone(forged), { now: NOW });
      expect(jsonLdSpeedupActive()).toBe(true);
      expect(first.status).not.toBe('verified');
      t.expect(first);
      expect(first).toEqual(plain);
      expect(second).toEqual(plain);
    },
  );
});

describe('jsonld speedup: installation and the static tag', () => {
  it('installing again changes nothing', () => {
    const contextModule = requireHere('jsonld/lib/context.js') as {
      getInitialContext(o: { processingMode?: string }): { clone: unknown };
    };
    const before = contextModule.getInitialContext({}).clone;
    installJsonLdSpeedup();
    // This process's jsonld.js is the pinned one: nothing refused.
    expect(installJsonLdSpeedup()).toEqual({ installed: true, active: true });
    expect(jsonLdSpeedupStatus()).not.toHaveProperty('refused');
    expect(contextModule.getInitialContext({}).clone).toBe(before);
    expect(jsonLdSpeedupStatus()).toEqual({ installed: true, active: true });
  });

  it('a clone copies its term definitions only when it is used, from the context it was cloned from', async () => {
    type Ctx = { mappings: Map<string, unknown>; protected: Record<string, unknown>; clone(): Ctx };
    const contextModule = requireHere('jsonld/lib/context.js') as {
      process(o: object): Promise<Ctx>;
      getInitialContext(o: object): Ctx;
    };
    const options = {
      documentLoader: createOfflineDocumentLoader(),
      contextResolver: new (requireHere('jsonld/lib/ContextResolver.js'))({ sharedCache: new Map() }),
    };
    const parent = await contextModule.process({
      activeCtx: contextModule.getInitialContext({}),
      localCtx: { '@protected': true, name: 'https://example.org/name' },
      options,
    });
    expect(parent.mappings.has('name')).toBe(true);
    const child = parent.clone();
    const grandchild = child.clone();
    // Nothing copied yet: a clone dropped unused (as on every cache hit) costs no copy.
    expect(Object.hasOwn(child, 'mappings')).toBe(false);
    expect(Object.hasOwn(child, 'protected')).toBe(false);
    // Used: its own copies, with the parent's definitions, apart from the parent's.
    child.mappings.set('extra', {});
    child.protected['extra'] = true;
    expect(parent.mappings.has('extra')).toBe(false);
    expect(parent.protected['extra']).toBeUndefined();
    expect(child.mappings.get('name')).toBe(parent.mappings.get('name'));
    expect(child.protected['name']).toBe(true);
    // The grandchild was cloned before the child changed: it copies the parent's definitions.
    expect([...grandchild.mappings.keys()]).toEqual([...parent.mappings.keys()]);
  });

  it('tags only bundled contexts static, and only while the speedup is on', async () => {
    const loader = createOfflineDocumentLoader();
    const ob = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
    const ed = 'z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';
    expect(await loader(ob)).toMatchObject({ tag: 'static' });
    for (const url of [
      `did:key:${ed}`,
      `did:key:${ed}#${ed}`,
      `https://example.com/issuers/1#${ed}`,
      'https://example.com/issuers/1',
    ]) {
      expect(await loader(url)).not.toHaveProperty('tag');
    }
    setJsonLdSpeedup(false);
    try {
      expect(await createOfflineDocumentLoader()(ob)).not.toHaveProperty('tag');
    } finally {
      setJsonLdSpeedup(true);
    }
  });

  it('processes a type-scoped context once per active context, not once per node (and plain jsonld.js every time)', async () => {
    // Every context processing ends by storing its result in jsonld.js's cache: count those.
    const resolved = requireHere('jsonld/lib/ResolvedContext.js') as {
      prototype: { setProcessed: (...a: unknown[]) => unknown };
    };
    const installed = resolved.prototype.setProcessed;
    let processed = 0;
    resolved.prototype.setProcessed = function setProcessed(this: unknown, ...a: unknown[]): unknown {
      processed++;
      return installed.apply(this, a);
    };
    const credential = generated[1]?.doc as Doc;
    const expandTwice = async (): Promise<number> => {
      await jsonldApi.expand(structuredClone(credential), {
        documentLoader: createOfflineDocumentLoader(),
        safe: true,
        base: null,
      });
      processed = 0;
      await jsonldApi.expand(structuredClone(credential), {
        documentLoader: createOfflineDocumentLoader(),
        safe: true,
        base: null,
      });
      return processed;
    };
    try {
      // An Open Badge has type-scoped contexts on the credential, its subject, achievement,
      // issuer, criteria and alignments: with the speedup on, the second expansion finds them all.
      expect(await expandTwice()).toBe(0);
      setJsonLdSpeedup(false);
      expect(await expandTwice()).toBeGreaterThanOrEqual(5);
    } finally {
      setJsonLdSpeedup(true);
      resolved.prototype.setProcessed = installed;
    }
  });

  it('a context that is not bundled reaches the loader every time and still fails offline', async () => {
    const base = createOfflineDocumentLoader();
    const asked: string[] = [];
    const loader: DocumentLoader = (url) => {
      asked.push(url);
      return base(url);
    };
    const unbundled = 'https://example.org/not-bundled/v1';
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2', unbundled],
      type: ['VerifiableCredential'],
      name: 'x',
    };
    for (let i = 0; i < 2; i++) {
      await expect(
        jsonldApi.expand(structuredClone(doc), { documentLoader: loader, safe: true, base: null }),
      ).rejects.toThrow(unbundled);
    }
    expect(asked.filter((u) => u === unbundled)).toHaveLength(2);
  });
});
