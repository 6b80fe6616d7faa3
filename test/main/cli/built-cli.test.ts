// The built CLI (the bundle users run) must say exactly what the sources say, over every
// published sample: a check that bundling did not change how a library loads or behaves.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/cli';
import { SAMPLES_DIR } from '../../helpers/samples';

const files = readdirSync(SAMPLES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(SAMPLES_DIR, d.name)).map((f) => join(SAMPLES_DIR, d.name, f)))
  .filter((f) => /\.(json|jsonld|jwt)$/.test(f))
  .sort();
const ARGS = ['verify', '--json', '--now', '2026-01-15T00:00:00Z', ...files];

interface Line {
  file: string;
  status: string;
  checks: { id: string; outcome: string; code: string | null }[];
  credentials: { status: string }[];
}
const summary = (lines: string[]) =>
  lines
    .map((l) => JSON.parse(l) as Line)
    .map((l) => ({
      file: l.file,
      status: l.status,
      checks: l.checks.map((c) => `${c.id}:${c.outcome}:${c.code}`),
      inner: l.credentials.map((c) => c.status),
    }));

describe('built CLI', () => {
  beforeAll(async () => {
    const { buildIfNeeded } = await import('../../../scripts/build.mjs');
    expect(buildIfNeeded({ quiet: true })).toBe(0);
  }, 120_000);

  it('agrees with the sources on every sample', async () => {
    expect(files.length).toBeGreaterThan(40);
    const lines: string[] = [];
    await runCli(ARGS, { out: (l) => lines.push(l), err: () => undefined });
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [resolve('out/main/cli.js'), ...ARGS], {
        encoding: 'utf8',
        maxBuffer: 32 * 1024 * 1024,
      });
    } catch (e) {
      // Exit 1 (something not verified) is expected; the output is what matters.
      stdout = (e as { stdout?: string }).stdout ?? '';
    }
    const built = summary(stdout.trim().split('\n'));
    expect(built).toHaveLength(files.length);
    expect(built).toEqual(summary(lines));
    // And the unsigned European credential's vocabulary really is checked, not failed.
    const edc = built.find((b) => b.file.endsWith('ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    expect(edc?.checks).toContain('contexts:pass:contexts_bundled');
  }, 120_000);

  it('runs through `npx manabi` (bin/manabi.js) after install', () => {
    const sample = files.find((f) => f.endsWith('dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json')) ?? '';
    const out = execFileSync(process.execPath, [resolve('bin/manabi.js'), 'verify', '--json', sample], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim())).toMatchObject({ status: 'verified', format: 'vc2-jsonld' });
  });
});
