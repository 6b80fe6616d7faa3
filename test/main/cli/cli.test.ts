// The CLI over the same services: one JSON line per file, status lists on the command
// line answer the others' status, and the exit code summarises the run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-main/cli/cli';
import { samplePath } from '../../helpers/samples';
import { badgeWithStatus, signer, statusList } from '../../helpers/status-lists';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  // An English environment, whatever the machine's own locale is.
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env: { LANG: 'en_US.UTF-8' } };
}

const NOW = ['--now', '2026-01-15T00:00:00Z'];

describe('manabi verify', () => {
  it('a verified credential exits 0 with one JSON line', async () => {
    const io = capture();
    const code = await runCli(
      ['verify', ...NOW, '--json', samplePath('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json')],
      io,
    );
    expect(code).toBe(0);
    expect(io.lines).toHaveLength(1);
    const line = JSON.parse(io.lines[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({ format: 'vc2-jsonld', status: 'verified', credentials: [] });
    expect(line['checks']).toContainEqual(
      expect.objectContaining({ id: 'proof', outcome: 'pass', code: 'signature_valid' }),
    );
  });

  it('a status list given beside a revoked credential makes it not verified (exit 1)', async () => {
    // The issuer's own list: a list signed by anyone else (as the DCC sample list is, for the
    // DCC credentials) answers nothing.
    const issuer = await signer();
    const id = 'https://status.example.edu/lists/e5WK8CbZ1GjycuPombrj';
    const dir = mkdtempSync(join(tmpdir(), 'manabi-cli-'));
    const revokedPath = join(dir, 'revoked.json');
    const listPath = join(dir, 'status-list');
    writeFileSync(revokedPath, JSON.stringify(await badgeWithStatus({ name: 'Revoked' }, id, 8, issuer)));
    writeFileSync(listPath, JSON.stringify(await statusList(id, [8], issuer)));
    const io = capture();
    const code = await runCli(['verify', ...NOW, '--json', revokedPath, listPath], io);
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    const [revoked, list] = io.lines.map(
      (l) => JSON.parse(l) as { status: string; checks: Array<{ id: string; code: string }> },
    );
    expect(revoked?.status).toBe('not_verified');
    expect(revoked?.checks.find((c) => c.id === 'status')?.code).toBe('revoked');
    expect(list?.status).toBe('verified');
  });

  it('a container lists its inner credentials with their checks', async () => {
    const io = capture();
    const code = await runCli(
      ['verify', ...NOW, '--json', samplePath('jwt/1edtech-dcpv_clr2_vc1-claim_rs256-embedded-jwk.jwt')],
      io,
    );
    expect(code).toBe(1);
    const line = JSON.parse(io.lines[0] ?? '') as {
      format: string;
      status: string;
      credentials: Array<{ format: string; status: string; checks: unknown[] }>;
    };
    expect(line.format).toBe('vc1-jwt');
    expect(line.status).toBe('could_not_check');
    expect(line.credentials).toHaveLength(1);
    expect(line.credentials[0]).toMatchObject({ format: 'vc1-jwt', status: 'could_not_check' });
    expect(line.credentials[0]?.checks.length).toBeGreaterThan(0);
  });

  it('human output names each check', async () => {
    const io = capture();
    await runCli(['verify', ...NOW, samplePath('negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json')], io);
    expect(io.lines[0]).toContain('Not verified');
    expect(io.lines.some((l) => l.includes('✗ validity_period'))).toBe(true);
  });

  it('usage errors and unreadable files exit 2', async () => {
    expect(await runCli([], capture())).toBe(2);
    expect(await runCli(['verify'], capture())).toBe(2);
    expect(await runCli(['verify', '--now', 'yesterday', 'x.json'], capture())).toBe(2);
    expect(await runCli(['verify', '--bogus', 'x.json'], capture())).toBe(2);
    const io = capture();
    const code = await runCli(
      [
        'verify',
        '--json',
        samplePath('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'),
        '/nonexistent/file.json',
      ],
      io,
    );
    expect(code).toBe(2);
    expect(io.errors[0]).toContain('cannot be read');
    expect(io.lines).toHaveLength(1);
  });
});
