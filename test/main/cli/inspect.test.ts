// `manabi inspect`: level with provenance, workload in hours with the unit assumption, and
// the bundled pathways each credential counts toward — over real credentials signed here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-main/cli/cli';
import { issue, newSigner, openBadge, type AchievementSpec } from '../../helpers/issuer';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  // An English environment, whatever the machine's own locale is.
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env: { LANG: 'en_US.UTF-8' } };
}

const LEARNER = 'did:example:learner-1';
let dir: string;
const files: Record<string, string> = {};

async function write(name: string, spec: AchievementSpec, country = 'JP'): Promise<void> {
  const signer = await newSigner('eddsa-rdfc-2022');
  const cred = openBadge(spec, signer.did);
  (cred['issuer'] as Record<string, unknown>)['address'] = { type: ['Address'], addressCountry: country };
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(await issue(cred, signer)));
  files[name] = path;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'manabi-inspect-'));
  await write('degree', {
    name: 'Associate Degree in Engineering',
    achievementType: 'AssociateDegree',
    subjectId: LEARNER,
    validFrom: '2022-03-20T00:00:00Z',
  });
  await write('course1', {
    name: 'Statistics I',
    achievementType: 'Course',
    creditsEarned: 2,
    subjectId: LEARNER,
    validFrom: '2023-02-01T00:00:00Z',
  });
  await write('course2', {
    name: 'Linear Algebra',
    achievementType: 'Course',
    creditsEarned: 4,
    subjectId: LEARNER,
    validFrom: '2024-02-01T00:00:00Z',
  });
  await write('eqf6', {
    name: 'Data Ethics',
    achievementType: 'Course',
    creditsEarned: 6,
    subjectId: LEARNER,
    alignment: [{ targetName: 'EQF level 6', targetUrl: 'http://data.europa.eu/snb/eqf/6' }],
  });
}, 60_000);

describe('manabi inspect', () => {
  it('prints level, workload and pathways per credential as JSON lines', async () => {
    const io = capture();
    const code = await runCli(
      [
        'inspect',
        '--json',
        '--learner',
        LEARNER,
        files.degree ?? '',
        files.course1 ?? '',
        files.course2 ?? '',
        files.eqf6 ?? '',
      ],
      io,
    );
    expect(io.errors).toEqual([]);
    expect(code).toBe(0);
    const rows = io.lines.map(
      (l) =>
        JSON.parse(l) as {
          name: string;
          status: string;
          level: { level: number | null; source: string; framework: string };
          workload: { hours: number | null; unit: string; assumption: string } | null;
          pathways: { id: string; counts: boolean; toward: string[] }[];
        },
    );
    expect(rows).toHaveLength(4);
    const byName = new Map(rows.map((r) => [r.name, r]));

    const degree = byName.get('Associate Degree in Engineering');
    expect(degree).toMatchObject({
      status: 'verified',
      level: { level: 5, source: 'achievement_type', framework: 'jqf' },
    });
    expect(degree?.pathways.find((p) => p.id === 'niad-qe-bachelor-credit-accumulation')).toMatchObject({
      counts: true,
      toward: ['entry'],
    });

    const stats = byName.get('Statistics I');
    expect(stats?.level.level).toBeNull();
    // A Japanese issuer's credit: 45 hours each, and the wallet says it assumed the unit.
    expect(stats?.workload).toMatchObject({ hours: 90, unit: 'jp_credit' });
    expect(stats?.workload?.assumption).toMatch(/credit/i);
    expect(stats?.pathways.find((p) => p.id === 'niad-qe-bachelor-credit-accumulation')).toMatchObject({
      counts: true,
      toward: ['credits'],
    });

    expect(byName.get('Data Ethics')?.level).toMatchObject({ level: 6, source: 'alignment' });
  });

  it('follows --framework and rejects bad options', async () => {
    const io = capture();
    expect(await runCli(['inspect', '--json', '--framework', 'eqf', files.eqf6 ?? ''], io)).toBe(0);
    expect(JSON.parse(io.lines[0] ?? '{}')).toMatchObject({ level: { framework: 'eqf', level: 6 } });
    const bad = capture();
    expect(await runCli(['inspect', '--framework', 'nqf', files.eqf6 ?? ''], bad)).toBe(2);
    expect(bad.errors.join(' ')).toMatch(/jqf or eqf/);
  });
});

describe('manabi inspect and trust', () => {
  it('a credential changed after signing counts toward no pathway', async () => {
    const original = JSON.parse((await import('node:fs')).readFileSync(files.course2 ?? '', 'utf8')) as Record<
      string,
      unknown
    >;
    const subject = original['credentialSubject'] as Record<string, unknown>;
    subject['creditsEarned'] = 40;
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(original));
    const io = capture();
    expect(await runCli(['inspect', '--json', '--learner', LEARNER, tampered], io)).toBe(1);
    const row = JSON.parse(io.lines[0] ?? '{}') as { status: string; pathways: { counts: boolean }[] };
    expect(row.status).toBe('not_verified');
    expect(row.pathways.every((p) => !p.counts)).toBe(true);
  });
});
