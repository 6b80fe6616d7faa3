// `npm run serve` as a learner runs it (the built entry): prints its tokenised address on a
// line of its own, answers on it, stops cleanly on SIGTERM, and explains a bad --port.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startShellProcess } from '../../../helpers/browser-shell';

const SERVE = resolve('out/main/serve.js');

describe('browser shell process', () => {
  beforeAll(async () => {
    const { buildIfNeeded } = await import('../../../../scripts/build.mjs');
    expect(buildIfNeeded({ quiet: true })).toBe(0);
  }, 120_000);

  it('prints its address, answers, and stops cleanly on SIGTERM', async () => {
    const { url, process: child } = await startShellProcess();
    const res = await fetch(`${url}api/app:info`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await res.json()).toEqual({ ok: true, value: { shell: 'browser', version: expect.any(String) } });
    // Its workers practise only when the page says an import is likely, and then at once.
    const prepare = await fetch(`${url}api/app:prepare-import`, {
      method: 'POST',
      body: '{"reason":"intent"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await prepare.json()).toEqual({
      ok: true,
      value: { practice: availableParallelism() > 1 ? 'practising' : 'unavailable' },
    });
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses a bad --port with a plain message and exit code 2', () => {
    const r = spawnSync(process.execPath, [SERVE, '--port', 'seventy'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--port needs a number/);
  });
});
