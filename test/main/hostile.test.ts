// The hostile corpus (test/helpers/hostile.ts) through the built CLI, as a learner's machine
// runs it: each file alone and all of them mixed with valid samples. Every file gets its own
// learner-readable answer within its time budget, none is ever Verified, the valid
// neighbours are Verified, nothing crashes or hangs (each run is a child process killed at
// its limit), the process's prototypes stay clean, and nothing reaches the network (a
// loopback listener counts every request the corpus invites).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageSchema } from '../../src-shared/i18n';
import { importFiles } from '../../src-main/services/import-service';
import { hostileCorpus, tinyFiles, type HostileFile } from '../helpers/hostile';
import { samplePath } from '../helpers/samples';

const VALID = [
  'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json',
  'vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json',
  'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
].map(samplePath);

/** Per file, with room for the process start and a slow machine. */
const PER_FILE_LIMIT_MS = 20_000;

let server: Server;
const requests: string[] = [];
let dir: string;
let corpus: HostileFile[];
const pathOf = (f: HostileFile): string => join(dir, f.name);

interface Run {
  code: number | null;
  killed: boolean;
  lines: Record<string, unknown>[];
  stderr: string;
}

function runBuiltCli(args: readonly string[], limitMs: number): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('out/main/cli.js'), ...args], {
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    });
    let out = '';
    let err = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = out
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      done({ code, killed, lines, stderr: err });
    });
  });
}

/** A file's answer: readable, its own, never Verified, with every reason a known message. */
function expectHonestAnswer(line: Record<string, unknown> | undefined, f: HostileFile): void {
  expect(line, f.tries).toBeDefined();
  expect(line?.['status'], f.tries).not.toBe('verified');
  const checks = (line?.['checks'] ?? []) as { message: unknown; code: unknown }[];
  expect(checks.length, f.tries).toBeGreaterThan(0);
  for (const c of checks) expect(typeof c.message === 'string' && c.message.length > 0, f.tries).toBe(true);
  for (const inner of (line?.['credentials'] ?? []) as { status: string }[])
    expect(inner.status, f.tries).not.toBe('verified');
}

beforeAll(async () => {
  const { buildIfNeeded } = await import('../../scripts/build.mjs');
  expect(buildIfNeeded({ quiet: true })).toBe(0);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const loopback = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  corpus = hostileCorpus(loopback);
  dir = mkdtempSync(join(tmpdir(), 'manabi-hostile-'));
  for (const f of corpus) writeFileSync(pathOf(f), f.bytes);
}, 180_000);

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

describe('hostile files through the CLI', () => {
  it('each file alone: its own honest answer within its budget, no crash, no network', async () => {
    for (const f of corpus) {
      const run = await runBuiltCli(['verify', '--json', pathOf(f)], PER_FILE_LIMIT_MS);
      expect(run.killed, `${f.name} (${f.tries}) took longer than ${PER_FILE_LIMIT_MS} ms`).toBe(false);
      expect(run.code, `${f.name}: ${run.stderr}`).toBe(1);
      expect(run.lines, f.name).toHaveLength(1);
      expectHonestAnswer(run.lines[0], f);
    }
    expect(requests).toEqual([]);
  }, 600_000);

  it('all of them mixed with valid samples: every file answered, the valid ones Verified', async () => {
    const mixed = corpus.filter((f) => !f.large);
    const args = ['verify', '--json', ...VALID.slice(0, 1), ...mixed.map(pathOf), ...VALID.slice(1)];
    const run = await runBuiltCli(args, PER_FILE_LIMIT_MS * 4);
    expect(run.killed, 'the mixed batch took too long').toBe(false);
    expect(run.code, run.stderr).toBe(1);
    expect(run.lines).toHaveLength(mixed.length + VALID.length);
    const byFile = new Map(run.lines.map((l) => [String(l['file']), l]));
    for (const v of VALID) expect(byFile.get(v)?.['status'], v).toBe('verified');
    for (const f of mixed) expectHonestAnswer(byFile.get(pathOf(f)), f);
    expect(requests).toEqual([]);
  }, 300_000);

  it('inspect answers every file of the mixed batch too', async () => {
    const mixed = corpus.filter((f) => !f.large);
    const run = await runBuiltCli(['inspect', '--json', ...mixed.map(pathOf), ...VALID], PER_FILE_LIMIT_MS * 4);
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).not.toBe(2);
    const files = new Set(run.lines.map((l) => String(l['file'])));
    for (const f of [...mixed.map(pathOf), ...VALID]) expect(files.has(f), f).toBe(true);
  }, 300_000);

  it('2,000 tiny files in one batch: each answered', async () => {
    const tinyDir = mkdtempSync(join(tmpdir(), 'manabi-tiny-'));
    const tiny = tinyFiles();
    for (const f of tiny) writeFileSync(join(tinyDir, f.name), f.bytes);
    const run = await runBuiltCli(['verify', '--json', ...tiny.map((f) => join(tinyDir, f.name))], 120_000);
    expect(run.killed).toBe(false);
    expect(run.lines).toHaveLength(tiny.length);
    for (const l of run.lines) expect(l['status']).not.toBe('verified');
  }, 180_000);

  it('no message the CLI writes is raw data: the checks of a run carry known codes', async () => {
    const run = await runBuiltCli(['verify', '--json', pathOf(corpus[0] as HostileFile)], PER_FILE_LIMIT_MS);
    for (const c of (run.lines[0]?.['checks'] ?? []) as { code: string | null }[])
      if (c.code !== null) expect(MessageSchema.safeParse({ code: `check.${c.code}` }).success).toBe(true);
  }, 60_000);

  it('prototype keys in a file change no prototype of the process that reads it', async () => {
    const f = corpus.find((c) => c.name === 'proto-keys.json') as HostileFile;
    const items = await importFiles([{ name: f.name, bytes: f.bytes }]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.verification.status !== 'verified')).toBe(true);
    const plain: Record<string, unknown> = {};
    expect(plain['polluted']).toBeUndefined();
    expect(plain['isAdmin']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
