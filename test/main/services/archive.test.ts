// Archives: every file taken out with its name as display text, folders skipped, and each limit
// (entry count, total expanded size, expansion ratio, nesting) measured on the bytes actually
// inflated, so a zip bomb or a lying size header is left out at once with its reason. A zip
// given to the import directly is imported entry by entry, each with its origin.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/cli';
import { expandArchives, openArchive } from '../../../src-main/services/archive';
import { importFiles } from '../../../src-main/services/import-service';
import {
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVE_EXPANDED_BYTES,
  MAX_ARCHIVE_EXPANSION_RATIO,
} from '../../../src-shared/limits';
import { readSampleBytes } from '../../helpers/samples';
import { withDeclaredSize } from '../../helpers/badge-fixtures';

const SAMPLE = 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json';
const codes = (skipped: { problem: { code: string } }[]): string[] => skipped.map((s) => s.problem.code);

describe('openArchive', () => {
  it('takes every file out with its name as written, and skips folders', () => {
    const zip = zipSync({
      'a.json': strToU8('{"a":1}'),
      'badges/': {},
      'badges/b.json': strToU8('{"b":2}'),
      '日本語.txt': strToU8('x'),
    });
    const opened = openArchive('mine.zip', zip);
    expect(opened.problem).toBeUndefined();
    expect(opened.entries.map((e) => [e.archive, e.entry, new TextDecoder().decode(e.bytes)])).toEqual([
      ['mine.zip', 'a.json', '{"a":1}'],
      ['mine.zip', 'badges/b.json', '{"b":2}'],
      ['mine.zip', '日本語.txt', 'x'],
    ]);
    expect(opened.skipped).toEqual([]);
  });

  it('keeps a name that leaves the folder as display text only, and writes nothing', () => {
    const zip = zipSync({ '../../evil.json': strToU8('{}'), '/etc/passwd.json': strToU8('{}') });
    const opened = openArchive('evil.zip', zip);
    expect(opened.entries.map((e) => e.entry)).toEqual(['../../evil.json', '/etc/passwd.json']);
    expect(existsSync(resolve(process.cwd(), '../../evil.json'))).toBe(false);
    expect(existsSync(resolve(process.cwd(), '..', 'evil.json'))).toBe(false);
  });

  it('leaves out a zip bomb by the bytes it inflates to, at once', () => {
    const zip = zipSync({ 'bomb.json': new Uint8Array(50 * 1024 * 1024), 'ok.json': strToU8('{}') }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const opened = openArchive('bomb.zip', zip);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(opened.entries.map((e) => e.entry)).toEqual(['ok.json']);
    expect(opened.skipped).toEqual([
      {
        archive: 'bomb.zip',
        entry: 'bomb.json',
        problem: { code: 'badges.archive_ratio_too_high', params: { max: MAX_ARCHIVE_EXPANSION_RATIO } },
      },
    ]);
  });

  it('does not believe a lying size header, either way', () => {
    const zeros = zipSync({ 'small.json': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    const claimsSmall = openArchive('liar.zip', withDeclaredSize(zeros, 100));
    expect(claimsSmall.entries).toEqual([]);
    expect(codes(claimsSmall.skipped)).toEqual(['badges.archive_ratio_too_high']);
    const claimsHuge = openArchive('liar.zip', withDeclaredSize(zipSync({ 'a.json': strToU8('{"a":1}') }), 0xfffffff0));
    expect(claimsHuge.entries.map((e) => new TextDecoder().decode(e.bytes))).toEqual(['{"a":1}']);
  });

  it('takes at most the allowed number of files, naming each one left out', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < MAX_ARCHIVE_ENTRIES + 3; i++) files[`f${i}.json`] = strToU8('{}');
    const opened = openArchive('many.zip', zipSync(files, { level: 0 }));
    expect(opened.entries).toHaveLength(MAX_ARCHIVE_ENTRIES);
    expect(opened.skipped.map((s) => s.entry)).toEqual([2000, 2001, 2002].map((i) => `f${i}.json`));
    expect(codes(opened.skipped)).toEqual(Array(3).fill('badges.archive_too_many_entries'));
  });

  it('stops taking files once together they unpack past the total limit', () => {
    const piece = 15 * 1024 * 1024;
    const count = Math.floor(MAX_ARCHIVE_EXPANDED_BYTES / piece) + 1;
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < count; i++) files[`big${i}.bin`] = randomBytes(piece);
    const opened = openArchive('big.zip', zipSync(files, { level: 0 }));
    expect(opened.entries).toHaveLength(count - 1);
    expect(codes(opened.skipped)).toEqual(['badges.archive_too_large']);
  });

  it('opens an archive inside an archive one level deep, and leaves a deeper one out', () => {
    const innermost = zipSync({ 'deep.json': strToU8('{"deep":true}') });
    const inner = zipSync({ 'x.json': strToU8('{"x":1}'), 'innermost.zip': innermost });
    const outer = zipSync({ 'inner.zip': inner, 'top.json': strToU8('{}') });
    const opened = openArchive('outer.zip', outer);
    expect(opened.entries.map((e) => [e.archive, e.entry])).toEqual([
      ['outer.zip › inner.zip', 'x.json'],
      ['outer.zip', 'top.json'],
    ]);
    expect(opened.skipped).toEqual([
      { archive: 'outer.zip › inner.zip', entry: 'innermost.zip', problem: { code: 'badges.archive_nested_too_deep' } },
    ]);
  });

  it('says a damaged archive is damaged, and leaves out a damaged entry', () => {
    const zip = zipSync({ 'a.json': strToU8('{"a":1}'.repeat(100)), 'b.json': strToU8('{}') });
    expect(openArchive('cut.zip', zip.subarray(0, zip.length - 30)).problem).toEqual({
      code: 'badges.archive_damaged',
    });
    expect(openArchive('junk.zip', Uint8Array.of(0x50, 0x4b, 3, 4, 9, 9, 9)).problem).toEqual({
      code: 'badges.archive_damaged',
    });
    const broken = zip.slice();
    broken[40] = (broken[40] ?? 0) ^ 0xff; // inside a.json's compressed data
    broken[41] = (broken[41] ?? 0) ^ 0xff;
    const opened = openArchive('broken.zip', broken);
    expect(opened.entries.map((e) => e.entry)).toEqual(['b.json']);
    expect(codes(opened.skipped)).toEqual(['badges.archive_entry_damaged']);
  });
});

describe('a zip given to the import', () => {
  it('imports each entry as its own file, with its origin', async () => {
    const zip = zipSync({
      'badge.json': readSampleBytes(SAMPLE),
      'notes.txt': strToU8('not a credential'),
      'bomb.json': new Uint8Array(50 * 1024 * 1024),
    });
    expect(expandArchives([{ name: 'a.zip', bytes: zip }]).map((f) => f.origin)).toEqual([
      { archive: 'a.zip', entry: 'badge.json' },
      { archive: 'a.zip', entry: 'notes.txt' },
      { archive: 'a.zip', entry: 'bomb.json' },
    ]);
    const items = await importFiles([{ name: 'a.zip', bytes: zip }], { now: new Date('2026-01-15T00:00:00Z') });
    expect(items.map((i) => [i.fileName, i.origin?.archive, i.origin?.entry])).toEqual([
      ['badge.json', 'a.zip', 'badge.json'],
      ['notes.txt', 'a.zip', 'notes.txt'],
      ['bomb.json', 'a.zip', 'bomb.json'],
    ]);
    expect(items[0]?.verification.status).toBe('verified');
    expect(items[1]?.verification.checks[0]).toMatchObject({ id: 'format', outcome: 'fail', code: 'not_a_credential' });
    expect(items[2]?.problem).toEqual({
      code: 'badges.archive_ratio_too_high',
      params: { max: MAX_ARCHIVE_EXPANSION_RATIO },
    });
    expect(items[2]?.verification.status).not.toBe('verified');
  });

  it('answers a damaged zip as not a credential, with why', async () => {
    const items = await importFiles([{ name: 'junk.zip', bytes: Uint8Array.of(0x50, 0x4b, 3, 4, 1, 2) }]);
    expect(items).toHaveLength(1);
    expect(items[0]?.problem).toEqual({ code: 'badges.archive_damaged' });
    expect(items[0]?.verification.checks[0]).toMatchObject({ outcome: 'fail', code: 'not_a_credential' });
  });
});

describe('manabi verify on a zip', () => {
  it('answers the archive in one line, each entry with its origin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manabi-zip-'));
    try {
      const file = join(dir, 'badges.zip');
      writeFileSync(file, zipSync({ 'a.json': readSampleBytes(SAMPLE), 'b.txt': strToU8('hello') }));
      const lines: string[] = [];
      const io = { out: (l: string) => lines.push(l), err: () => undefined, env: { LANG: 'en_US.UTF-8' } };
      expect(await runCli(['verify', '--now', '2026-01-15T00:00:00Z', '--json', file], io)).toBe(1);
      expect(lines).toHaveLength(1);
      const line = JSON.parse(lines[0] ?? '{}') as {
        status: string;
        origin: unknown;
        credentials: { origin: unknown; status: string }[];
      };
      expect(line.status).toBe('verified');
      expect(line.origin).toEqual({ archive: 'badges.zip', entry: 'a.json' });
      expect(line.credentials.map((c) => [c.origin, c.status])).toEqual([
        [{ archive: 'badges.zip', entry: 'b.txt' }, 'not_verified'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
