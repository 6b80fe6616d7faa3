/**
 * The pool must give exactly what the single-threaded pipeline gives, in file order,
 * whether it runs on worker threads (built worker file) or falls back in-process.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src-main/services/import-service';
import { ImportPool } from '../../../src-main/services/worker-pool';
import { PRACTICE_DELAY_MS } from '../../../src-main/services/warm-up';
import { createServiceHandlers } from '../../../src-main/services/handlers';
import { dispatch } from '../../../src-main/bridge/dispatch';
import { readSampleBytes } from '../../helpers/samples';
import { badgeWithStatus, signer, statusList } from '../../helpers/status-lists';

const SAMPLES = [
  'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
  'negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json',
  'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
  'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json',
  'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json',
  'ob3/1edtech-dcpv_ob3_baked_json.png',
];
const files = SAMPLES.map((s) => ({ name: s.split('/').pop() ?? s, bytes: readSampleBytes(s) }));
const now = new Date('2026-11-24T00:00:00Z');
const WORKER_FILE = resolve('out/main/import-worker.js');

/** Waits (polling) until `cond` holds; fails after `ms`. */
async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const summary = (
  items: {
    fileName: string;
    sha256: string;
    verification: { status: string; checks: { id: string; outcome: string }[] };
  }[],
) =>
  items.map((i) => ({
    file: i.fileName,
    sha: i.sha256,
    status: i.verification.status,
    checks: i.verification.checks.map((c) => `${c.id}:${c.outcome}`),
  }));

describe('import pool', () => {
  let pool: ImportPool;
  beforeAll(async () => {
    // The worker runs the built pipeline: make sure the build is current.
    const { buildIfNeeded } = await import('../../../scripts/build.mjs');
    expect(buildIfNeeded({ quiet: true })).toBe(0);
    pool = new ImportPool(resolve('out/main/import-worker.js'), 2);
  }, 120_000);
  afterAll(async () => pool.close());

  it('runs on worker threads and agrees with the single-threaded pipeline, in order', async () => {
    expect(pool.parallel).toBe(true);
    const expected = summary(await importFiles(files, { now }));
    const got = summary(await pool.importFiles(files, { now }));
    expect(got).toEqual(expected);
    expect(got.map((g) => g.status)).toContain('verified');
    expect(got.map((g) => g.status)).toContain('not_verified');
  });

  it("gives the same answers while its workers practise (a shell's pool)", async () => {
    const practising = new ImportPool(WORKER_FILE, 2);
    try {
      practising.warm();
      expect(practising.prepareForImport()).toBe('practising');
      // Libraries loaded and practice under way.
      await until(() => practising.practised > 0);
      const expected = summary(await importFiles(files, { now }));
      expect(summary(await practising.importFiles(files, { now }))).toEqual(expected);
      // Real work stopped the practice for good, before its next credential.
      await until(() => practising.practice === 'stopped');
      const after = practising.practised;
      await new Promise((r) => setTimeout(r, 300));
      expect(practising.practised).toBe(after);
      expect(practising.prepareForImport()).toBe('stopped');
    } finally {
      await practising.close();
    }
  }, 30_000);

  it('never practises on an idle start: started workers wait for a sign of an import', async () => {
    const idle = new ImportPool(WORKER_FILE, 2);
    try {
      idle.warm();
      // Long enough for the libraries to load and for practice to have begun, had it been started.
      await new Promise((r) => setTimeout(r, PRACTICE_DELAY_MS + 1500));
      expect(idle.practice).toBe('idle');
      expect(idle.practised).toBe(0);
    } finally {
      await idle.close();
    }
  }, 30_000);

  it('practises when the intent arrives through the bridge (at once), and waits when asked to', async () => {
    const shellPool = new ImportPool(WORKER_FILE, 2, { practiceRounds: 5 });
    try {
      shellPool.warm();
      expect(shellPool.prepareForImport(60_000)).toBe('waiting');
      await new Promise((r) => setTimeout(r, 200));
      expect(shellPool.practised).toBe(0);
      // The learner shows intent: the wait is cut short.
      const handlers = createServiceHandlers('browser', shellPool);
      expect(await dispatch(handlers, 'app:prepare-import', { reason: 'intent' })).toEqual({
        ok: true,
        value: { practice: 'practising' },
      });
      await until(() => shellPool.practice === 'done');
      // Every round over the four practice files, in each of the two workers.
      expect(shellPool.practised).toBe(2 * 5 * 4);
      expect(await dispatch(handlers, 'app:prepare-import', { reason: 'intent' })).toEqual({
        ok: true,
        value: { practice: 'done' },
      });
    } finally {
      await shellPool.close();
    }
  }, 30_000);

  it('a large wallet practises after the delay, without starting anything before it is asked', async () => {
    const shellPool = new ImportPool(WORKER_FILE, 2, { practiceRounds: 1 });
    try {
      const handlers = createServiceHandlers('browser', shellPool);
      expect(await dispatch(handlers, 'app:prepare-import', { reason: 'large-wallet' })).toEqual({
        ok: true,
        value: { practice: 'waiting' },
      });
      await until(() => shellPool.practice === 'done');
      expect(shellPool.practised).toBe(2 * 4);
    } finally {
      await shellPool.close();
    }
  }, 30_000);

  it('lets a status list answer for credentials handled by another worker', async () => {
    // The issuer's own list (the DCC sample list is another did:key's, so it answers nothing).
    const issuer = await signer();
    const id = 'https://status.example.edu/lists/e5WK8CbZ1GjycuPombrj';
    const json = (doc: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify(doc));
    const batch = [
      { name: 'status-list', bytes: json(await statusList(id, [8], issuer)) },
      { name: 'revoked.json', bytes: json(await badgeWithStatus({ name: 'Revoked' }, id, 8, issuer)) },
      { name: 'valid-status.json', bytes: json(await badgeWithStatus({ name: 'Valid' }, id, 7, issuer)) },
      {
        name: 'dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
        bytes: readSampleBytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'),
      },
    ];
    const items = await pool.importFiles(batch, { now });
    const status = (name: string) =>
      items.find((i) => i.fileName === name)?.verification.checks.find((c) => c.id === 'status');
    expect(status('revoked.json')).toMatchObject({
      outcome: 'fail',
      code: 'revoked',
    });
    expect(status('valid-status.json')).toMatchObject({
      outcome: 'pass',
      code: 'status_valid',
    });
  });

  it('falls back to the same pipeline in-process when no worker file exists', async () => {
    const fallback = new ImportPool(resolve('out/main/does-not-exist.js'), 2);
    expect(fallback.parallel).toBe(false);
    // Nothing to practise with.
    expect(fallback.prepareForImport()).toBe('unavailable');
    expect(summary(await fallback.importFiles(files, { now }))).toEqual(summary(await importFiles(files, { now })));
  });
});
