/**
 * The pool survives its workers: a worker that is stopped, exits or crashes is replaced and
 * only its own files are tried again; a file over its time budget is reported on its own
 * ("took too long to check") while its neighbours are answered; and the pool keeps working
 * afterwards. The mechanics run against a small worker written here that speaks the pool's
 * protocol and hangs or crashes on a marker in a file's name (the real worker cannot be made
 * to hang on demand); the real built worker is stopped mid-import as well.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../src-shared/credential';
import { importFiles } from '../../../src-main/services/import-service';
import { FILE_TIME_BUDGET_MS, ImportPool } from '../../../src-main/services/worker-pool';
import { readSampleBytes } from '../../helpers/samples';

/**
 * Answers each file with one entry naming the file and the worker thread, one file at a
 * time; `HANG` in a name never finishes, `CRASH` exits the worker, `CRASH-ONCE` exits it the
 * first time only (remembered in a flag file).
 */
const TEST_WORKER = `
import { parentPort, threadId } from 'node:worker_threads';
import { existsSync, writeFileSync } from 'node:fs';
const dir = process.env.POOL_TEST_DIR ?? '';
parentPort.postMessage({ kind: 'ready' });
let queue = Promise.resolve();
let held = 0;
parentPort.on('message', (req) => {
  held += req.files.length;
  queue = queue.then(async () => {
    for (const [index, file] of req.files.entries()) {
      await new Promise((r) => setTimeout(r, 5));
      if (file.name.includes('HANG')) for (;;);
      if (file.name.includes('CRASH-ONCE')) {
        const flag = dir + '/' + file.name + '.crashed';
        if (!existsSync(flag)) { writeFileSync(flag, ''); process.exit(3); }
      } else if (file.name.includes('CRASH')) process.exit(3);
      parentPort.postMessage({ kind: 'file', id: req.id, index, entries: [{ fileName: file.name, thread: threadId, held }] });
      held--;
    }
  });
});
`;

const bytes = new TextEncoder().encode('{}');
const named = (...names: string[]) => names.map((name) => ({ name, bytes }));
const problemOf = (items: ImportedCredential[], name: string) => items.find((i) => i.fileName === name)?.problem;

describe('a pool that survives its workers', () => {
  let dir: string;
  let workerFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pool-test-'));
    workerFile = join(dir, 'test-worker.mjs');
    writeFileSync(workerFile, TEST_WORKER);
    process.env['POOL_TEST_DIR'] = dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file a ten-second budget by default', () => {
    expect(FILE_TIME_BUDGET_MS).toBe(10_000);
  });

  it('sends even a batch of one file to a worker, never verifying in the calling thread', async () => {
    const pool = new ImportPool(workerFile, 2);
    try {
      const items = await pool.importFiles(named('one.json'));
      expect(items.map((i) => i.fileName)).toEqual(['one.json']);
      // Only the test worker writes `thread`: the file went to a worker.
      expect(items[0]).toHaveProperty('thread');
    } finally {
      await pool.close();
    }
  });

  it('sends a large share a few files at a time: a worker never holds a whole batch of bytes, and every file is answered once, even when a worker dies midway', async () => {
    const pool = new ImportPool(workerFile, 2);
    try {
      const names = Array.from({ length: 120 }, (_, i) => (i === 70 ? 'CRASH-ONCE-midway.json' : `f${i}.json`));
      const items = await pool.importFiles(named(...names));
      expect(items.map((i) => i.fileName)).toEqual(names);
      const held = items.map((i) => (i as unknown as { held?: number }).held ?? 0);
      // At most two requests of eight files each are with a worker at any time.
      expect(Math.max(...held)).toBeLessThanOrEqual(16);
      expect(Math.max(...held)).toBeGreaterThan(1);
    } finally {
      await pool.close();
    }
  });

  it('reports a file that hangs as taking too long, answers its neighbours, and keeps working', async () => {
    const pool = new ImportPool(workerFile, 2, { fileTimeBudgetMs: 300 });
    try {
      const names = ['a.json', 'b.json', 'HANG.json', 'c.json', 'd.json', 'e.json'];
      const items = await pool.importFiles(named(...names));
      expect(items.map((i) => i.fileName)).toEqual(names);
      expect(problemOf(items, 'HANG.json')).toEqual({ code: 'import.took_too_long' });
      const hung = items.find((i) => i.fileName === 'HANG.json');
      // Not checked, never "not verified": the file is kept and said to be unchecked.
      expect(hung?.verification.status).toBe('could_not_check');
      expect(hung?.verification.checks).toEqual([
        expect.objectContaining({ id: 'format', outcome: 'not_checked', message: { code: 'import.took_too_long' } }),
      ]);
      for (const n of names.filter((x) => x !== 'HANG.json')) expect(problemOf(items, n)).toBeUndefined();
      // Tried once more alone on a fresh worker: two replacements.
      expect(pool.replaced).toBe(2);
      const next = await pool.importFiles(named('f.json', 'g.json', 'h.json'));
      expect(next.map((i) => i.fileName)).toEqual(['f.json', 'g.json', 'h.json']);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it('replaces a worker that crashes: the file is tried again, then reported on its own', async () => {
    const pool = new ImportPool(workerFile, 2);
    try {
      const names = ['a.json', 'CRASH-ONCE-1.json', 'b.json', 'CRASH.json', 'c.json', 'd.json'];
      const items = await pool.importFiles(named(...names));
      expect(items.map((i) => i.fileName)).toEqual(names);
      // Crashed once, then answered on the fresh worker.
      expect(problemOf(items, 'CRASH-ONCE-1.json')).toBeUndefined();
      expect(items.find((i) => i.fileName === 'CRASH-ONCE-1.json')).toHaveProperty('thread');
      // Crashed twice: its own entry, the others answered.
      expect(problemOf(items, 'CRASH.json')).toEqual({ code: 'import.worker_failed' });
      for (const n of ['a.json', 'b.json', 'c.json', 'd.json']) expect(problemOf(items, n)).toBeUndefined();
      expect(pool.replaced).toBe(3);
    } finally {
      await pool.close();
    }
  }, 20_000);

  it('reports each file on its own when workers keep dying before they are ready, instead of waiting forever', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, 'process.exit(1);\n');
    const pool = new ImportPool(broken, 2);
    try {
      const items = await pool.importFiles(named('a.json', 'b.json', 'c.json'));
      expect(items.map((i) => [i.fileName, i.problem])).toEqual([
        ['a.json', { code: 'import.worker_failed' }],
        ['b.json', { code: 'import.worker_failed' }],
        ['c.json', { code: 'import.worker_failed' }],
      ]);
    } finally {
      await pool.close();
    }
  });

  it('loses no request sent to a worker that is being stopped', async () => {
    const pool = new ImportPool(workerFile, 2);
    try {
      await pool.importFiles(named('warm.json'));
      const [first] = pool.threads;
      void first?.terminate();
      const items = await pool.importFiles(named('a.json', 'b.json', 'c.json', 'd.json'));
      expect(items.map((i) => i.fileName)).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
      expect(items.every((i) => i.problem === undefined)).toBe(true);
      expect(pool.threads).not.toContain(first);
    } finally {
      await pool.close();
    }
  });
});

describe('the real worker stopped mid-import', () => {
  const SAMPLES = [
    'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
    'negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json',
    'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
    'vc2-data-integrity/w3c-vc-di-ecdsa_ecdsa-rdfc-2019-p256_alumni.json',
    'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json',
    'ob3/1edtech-dcpv_ob3_baked_json.png',
  ];
  const files = Array.from({ length: 5 }, (_, k) =>
    SAMPLES.map((s) => ({ name: `${k}-${s.split('/').pop() ?? s}`, bytes: readSampleBytes(s) })),
  ).flat();
  const now = new Date('2026-11-24T00:00:00Z');
  const summary = (items: ImportedCredential[]) =>
    items.map((i) => ({
      file: i.fileName,
      status: i.verification.status,
      checks: i.verification.checks.map((c) => `${c.id}:${c.outcome}`),
    }));

  beforeAll(async () => {
    const { buildIfNeeded } = await import('../../../scripts/build.mjs');
    expect(buildIfNeeded({ quiet: true })).toBe(0);
  }, 120_000);

  it('completes the import, answering the stopped worker’s files as the single-threaded pipeline does', async () => {
    const pool = new ImportPool(resolve('out/main/import-worker.js'), 2);
    try {
      const expected = summary(await importFiles(files, { now }));
      const running = pool.importFiles(files, { now });
      // The workers are loading their libraries or checking: stop one of them.
      await new Promise((r) => setTimeout(r, 50));
      await pool.threads[0]?.terminate();
      expect(summary(await running)).toEqual(expected);
      expect(pool.replaced).toBe(1);
      // And the pool goes on.
      expect(summary(await pool.importFiles(files.slice(0, 6), { now }))).toEqual(expected.slice(0, 6));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('completes an import when a worker that is already checking files is stopped', async () => {
    const pool = new ImportPool(resolve('out/main/import-worker.js'), 2);
    try {
      const many = Array.from({ length: 4 }, (_, k) => files.map((f) => ({ ...f, name: `${k}-${f.name}` }))).flat();
      const expected = summary(await importFiles(many, { now }));
      // Loaded and warm: the next import is checked file by file.
      expect(summary(await pool.importFiles(many, { now }))).toEqual(expected);
      const running = pool.importFiles(many, { now });
      await new Promise((r) => setTimeout(r, 30));
      await pool.threads[1]?.terminate();
      expect(summary(await running)).toEqual(expected);
      expect(pool.replaced).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
