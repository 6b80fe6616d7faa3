// The loopback browser shell over real HTTP: token, host and origin checks, CSP, no path traversal, validated bridge calls.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../src-shared/bridge';
import { isAllowedHost, startBrowserShell, type BrowserShell } from '../../../../src-main/shells/browser/server';
import { parsePort } from '../../../../src-main/shells/browser/args';

const handlers: Handlers = {
  'credentials:import': async () => ({ items: [] }),
  'credentials:verify': async () => ({ items: [] }),
  'bundle:export': async () => ({ fileName: 'x.zip', savedTo: null, count: 0 }),
  'app:info': async () => ({ shell: 'browser', version: 'test' }),
  'app:prepare-import': async (req) => ({ practice: req.reason === 'intent' ? 'practising' : 'waiting' }),
  'app:opened-files': async () => ({ files: [], tooLarge: [], more: false }),
  'archive:open': async () => ({ entries: [], skipped: [] }),
};

function raw(
  port: number,
  path: string,
  opts: { method?: string; host?: string; body?: string; origin?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: {
          host: opts.host ?? `127.0.0.1:${port}`,
          ...(opts.origin ? { origin: opts.origin } : {}),
          'content-type': 'application/json',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(opts.body);
  });
}

describe('browser shell server', () => {
  let shell: BrowserShell;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'manabi-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-Cup_DI67.js'), 'console.log(2)');
    writeFileSync(join(dir, '..', 'secret.txt'), 'secret');
    shell = await startBrowserShell({ rendererDir: dir, handlers, port: 0 });
  });
  afterAll(async () => shell.close());

  it('listens on 127.0.0.1 only and prints a tokenised address', () => {
    const addr = shell.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(shell.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/t/[A-Za-z0-9_-]{32}/$`));
  });

  it('serves the app with the token and a strict CSP', async () => {
    const res = await raw(shell.port, `/t/${shell.token}/`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>t</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await raw(shell.port, `/t/${shell.token}/assets/app.js`)).status).toBe(200);
  });

  it('lets the browser keep only content-hashed assets; the page and the API are never stored', async () => {
    expect((await raw(shell.port, `/t/${shell.token}/assets/index-Cup_DI67.js`)).headers['cache-control']).toBe(
      'private, max-age=31536000, immutable',
    );
    expect((await raw(shell.port, `/t/${shell.token}/assets/app.js`)).headers['cache-control']).toBe('no-store');
    expect((await raw(shell.port, `/t/${shell.token}/`)).headers['cache-control']).toBe('no-store');
    const api = await raw(shell.port, `/t/${shell.token}/api/app:info`, { method: 'POST', body: '{}' });
    expect(api.headers['cache-control']).toBe('no-store');
    expect((await raw(shell.port, `/t/wrong-token/assets/index-Cup_DI67.js`)).headers['cache-control']).toBe(
      'no-store',
    );
  });

  it('answers a malformed escape with 400, never 500', async () => {
    expect((await raw(shell.port, `/t/${shell.token}/%E0%A4%A`)).status).toBe(400);
    expect((await raw(shell.port, `/t/${shell.token}/assets/%`)).status).toBe(400);
    expect((await raw(shell.port, `/t/${shell.token}/%00index.html`)).status).toBe(400);
    expect((await raw(shell.port, `/t/${shell.token}/api/%E0%A4%A`, { method: 'POST', body: '{}' })).status).toBe(400);
  });

  it('answers the browser’s own icon request with 404, not a refusal, and serves the icon under the token', async () => {
    expect((await raw(shell.port, '/favicon.ico')).status).toBe(404);
    expect((await raw(shell.port, '/favicon.ico?x=1')).status).toBe(404);
    expect((await raw(shell.port, '/favicon.svg')).status).toBe(403);
  });

  it('refuses requests without the right token', async () => {
    expect((await raw(shell.port, '/')).status).toBe(403);
    expect((await raw(shell.port, '/index.html')).status).toBe(403);
    expect((await raw(shell.port, `/t/${shell.token.slice(1)}x/`)).status).toBe(403);
    expect((await raw(shell.port, '/t/wrong/api/app:info', { method: 'POST', body: '{}' })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await raw(shell.port, `/t/${shell.token}/`, { host: 'evil.example' })).status).toBe(403);
    expect(
      (
        await raw(shell.port, `/t/${shell.token}/api/app:info`, {
          method: 'POST',
          body: '{}',
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403);
    expect(isAllowedHost(`localhost:${shell.port}`, shell.port)).toBe(true);
    expect(isAllowedHost(undefined, shell.port)).toBe(false);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await raw(shell.port, `/t/${shell.token}/..%2Fsecret.txt`);
    expect(res.status).not.toBe(200);
    expect(res.body).not.toContain('secret');
  });

  it('answers bridge calls with the Result shape and validates them', async () => {
    const good = await raw(shell.port, `/t/${shell.token}/api/app:info`, { method: 'POST', body: '{}' });
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: { shell: 'browser', version: 'test' } });
    const bad = await raw(shell.port, `/t/${shell.token}/api/credentials:import`, {
      method: 'POST',
      body: '{"files":"nope"}',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const notJson = await raw(shell.port, `/t/${shell.token}/api/app:info`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('routes the intent to import through the same dispatch', async () => {
    const intent = await raw(shell.port, `/t/${shell.token}/api/app:prepare-import`, {
      method: 'POST',
      body: '{"reason":"intent"}',
    });
    expect(JSON.parse(intent.body)).toEqual({ ok: true, value: { practice: 'practising' } });
    const bad = await raw(shell.port, `/t/${shell.token}/api/app:prepare-import`, {
      method: 'POST',
      body: '{"reason":"boredom"}',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('parses --port', () => {
    expect(parsePort([])).toBe(47800);
    expect(parsePort(['--port', '5000'])).toBe(5000);
    expect(parsePort(['--port=0'])).toBe(0);
    expect(typeof parsePort(['--port', 'abc'])).toBe('string');
    expect(typeof parsePort(['--port'])).toBe('string');
  });
});
