// The CLI says what each entry is, in the learner's language: a credential, a supporting
// document, or not a credential — in the JSON lines (`kind`, `kindText`, `supportingKind`) and
// in the human lines. A supporting document with nothing to verify (a key) does not make the
// run fail; a file that is not a credential does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-main/cli/cli';
import { samplePath } from '../../helpers/samples';

function capture(lang = 'en_US.UTF-8'): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env: { LANG: lang } };
}

const NOW = ['--now', '2026-01-15T00:00:00Z'];
const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const KEY = 'jwt/dif-jws-ts_key-0-ed25519_SUPPORT.json';
const LIST = 'negative/dcc-vctf_status-list_e5WK8CbZ1GjycuPombrj_SUPPORT';
let dir: string;
let notes: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'manabi-kinds-'));
  notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'just some notes');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Line = { file: string; kind: string; kindText: string; supportingKind?: string; status: string };

describe('the CLI says what each entry is', () => {
  it('--json: kind and its words for a credential, a key, a status list and a text file', async () => {
    const io = capture();
    const code = await runCli(
      ['verify', ...NOW, '--json', samplePath(GOOD), samplePath(KEY), samplePath(LIST), notes],
      io,
    );
    const lines = io.lines.map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.kind, l.kindText, l.supportingKind])).toEqual([
      ['credential', 'credential', undefined],
      ['supporting', 'supporting document', 'key'],
      ['supporting', 'supporting document', 'status-list'],
      ['not_credential', 'not a credential', undefined],
    ]);
    // The text file is not a credential: the run did not verify everything.
    expect(code).toBe(1);
  });

  it('a key beside a verified credential does not make the run fail', async () => {
    const io = capture();
    expect(await runCli(['verify', ...NOW, '--json', samplePath(GOOD), samplePath(KEY)], io)).toBe(0);
  });

  it('human lines in English: what the entry is where it is not a credential', async () => {
    const io = capture();
    await runCli(['verify', ...NOW, samplePath(GOOD), samplePath(KEY), samplePath(LIST), notes], io);
    const heads = io.lines.filter((l) => !l.startsWith('  '));
    expect(heads).toEqual([
      `${samplePath(GOOD)}: Verified — Teamwork Badge`,
      `${samplePath(KEY)}: supporting document — did:example:123#key-0`,
      `${samplePath(LIST)}: supporting document, Verified — Bitstring Status List Credential`,
      `${notes}: not a credential — notes.txt`,
    ]);
    expect(io.lines).toContain(
      '  ✓ format: A key file that also holds a private key. The wallet uses only its public part, to check signatures offline; anyone with this file can sign as its owner, so keep it private.',
    );
  });

  it('human lines and JSON in Japanese', async () => {
    const io = capture('ja_JP.UTF-8');
    await runCli(['verify', ...NOW, samplePath(KEY), notes], io);
    expect(io.lines[0]).toBe(`${samplePath(KEY)}: 補助文書 — did:example:123#key-0`);
    expect(io.lines.some((l) => l.startsWith(`${notes}: 資格情報ではありません — `))).toBe(true);
    const json = capture('ja_JP.UTF-8');
    await runCli(['verify', ...NOW, '--json', samplePath(KEY)], json);
    expect(JSON.parse(json.lines[0] ?? '')).toMatchObject({ kind: 'supporting', kindText: '補助文書' });
  });

  it('inspect --json carries the kind; a key counts toward no pathway', async () => {
    const io = capture();
    const code = await runCli(['inspect', ...NOW, '--json', samplePath(KEY), samplePath(GOOD)], io);
    expect(code).toBe(0);
    const [key, good] = io.lines.map((l) => JSON.parse(l) as Line & { pathways: { counts: boolean }[] });
    expect(key).toMatchObject({ kind: 'supporting', supportingKind: 'key' });
    expect(key?.pathways.every((p) => !p.counts)).toBe(true);
    expect(good).toMatchObject({ kind: 'credential', status: 'verified' });
  });

  it('inspect in words: a file that is not a credential says so', async () => {
    const io = capture();
    await runCli(['inspect', ...NOW, notes], io);
    expect(io.lines[0]).toMatch(/^.*notes\.txt: notes\.txt — not a credential — /);
  });
});
