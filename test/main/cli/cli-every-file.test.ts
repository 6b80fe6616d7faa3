// `manabi verify` and `inspect` answer every file: a file whose check cannot finish (here one
// nested thousands of levels deep) gets its own line saying why, the files beside it are
// checked as usual, and the exit code keeps its meaning (1: something not verified; 2 only
// for usage errors and unreadable files).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-main/cli/cli';
import { readSampleBytes, samplePath } from '../../helpers/samples';

function capture(lang = 'en_US.UTF-8'): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env: { LANG: lang } };
}

const NOW = ['--now', '2026-01-15T00:00:00Z'];
const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
let dir: string;
let deep: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'manabi-every-file-'));
  // A signed credential whose subject is nested 5,000 objects deep.
  const good = JSON.parse(new TextDecoder().decode(readSampleBytes(GOOD))) as Record<string, unknown>;
  const n = 5000;
  const text = JSON.stringify({ ...good, credentialSubject: 'DEEP' }).replace(
    '"DEEP"',
    '{"a":'.repeat(n) + '1' + '}'.repeat(n),
  );
  deep = join(dir, 'deep.json');
  writeFileSync(deep, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = {
  file: string;
  status: string;
  checks?: { outcome: string; message: string }[];
  problem?: { code: string | null; message: string };
};

describe('every file answered', () => {
  it('manabi verify --json: a line for the file that cannot be checked, the others verified, exit 1', async () => {
    const io = capture();
    const code = await runCli(['verify', ...NOW, '--json', samplePath(GOOD), deep, samplePath(GOOD)], io);
    expect(code).toBe(1);
    expect(io.errors).toEqual([]);
    const lines = io.lines.map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file)).toEqual([samplePath(GOOD), deep, samplePath(GOOD)]);
    expect(lines[0]?.status).toBe('verified');
    expect(lines[2]?.status).toBe('verified');
    const bad = lines[1];
    expect(bad?.status).not.toBe('verified');
    // It says why, in words.
    const why = [
      bad?.problem?.message,
      ...(bad?.checks ?? []).filter((c) => c.outcome !== 'pass').map((c) => c.message),
    ];
    expect(why.some((w) => typeof w === 'string' && w.length > 10)).toBe(true);
  });

  it('manabi verify in Japanese: a line per file, and the exit code of a run with an unreadable file stays 2', async () => {
    const io = capture('ja_JP.UTF-8');
    const code = await runCli(['verify', ...NOW, deep, samplePath(GOOD), join(dir, 'missing.json')], io);
    expect(code).toBe(2);
    expect(io.errors).toHaveLength(1);
    expect(io.lines.filter((l) => l.startsWith(deep))).toHaveLength(1);
    expect(io.lines.filter((l) => l.startsWith(samplePath(GOOD)))).toHaveLength(1);
  });

  it('manabi inspect --json: a record for every file, exit 1', async () => {
    const io = capture();
    const code = await runCli(['inspect', ...NOW, '--json', deep, samplePath(GOOD)], io);
    expect(code).toBe(1);
    const lines = io.lines.map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file)).toEqual([deep, samplePath(GOOD)]);
    expect(lines[0]?.status).not.toBe('verified');
    expect(lines[1]?.status).toBe('verified');
  });

  it('manabi inspect: human lines for every file', async () => {
    const io = capture();
    const code = await runCli(['inspect', ...NOW, deep, samplePath(GOOD)], io);
    expect(code).toBe(1);
    expect(io.lines.some((l) => l.startsWith(`${deep}: `))).toBe(true);
    expect(io.lines.some((l) => l.startsWith(`${samplePath(GOOD)}: `))).toBe(true);
  });
});
