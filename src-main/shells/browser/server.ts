/**
 * The loopback browser shell: serves the built renderer and the same main-process
 * services over HTTP on 127.0.0.1 only, behind a random per-run token that every request
 * must carry in its path (`/t/<token>/…`). It must never listen on another interface,
 * never serve a file outside the renderer folder, and never answer a request without
 * the token or from a foreign Host/Origin (DNS-rebinding and cross-site defence).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../../src-shared/bridge';
import { dispatch } from '../../bridge/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security-policy';

export const MAX_BODY_BYTES = 256 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface BrowserShellOptions {
  rendererDir: string;
  handlers: Handlers;
  port?: number;
  token?: string;
}

export interface BrowserShell {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** Host must name this loopback server exactly; anything else may be a rebinding attack. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Built assets carry a content hash in their names, so a browser may keep them: reopening the
 * wallet then reuses the parsed and compiled code. Everything else (the page, the API) is never stored.
 */
export function cacheControlFor(rel: string): string {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css)$/.test(rel) ? 'private, max-age=31536000, immutable' : 'no-store';
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
  cacheControl = 'no-store',
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': cacheControl,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A percent-decoded path part, or null when its escapes are malformed (answered 400, not 500). */
function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

async function serveStatic(rendererDir: string, rel: string, res: ServerResponse): Promise<void> {
  const root = resolve(rendererDir);
  const wanted = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  const decoded = decodePathPart(wanted);
  if (decoded === null || decoded.includes('\0')) return send(res, 400, 'Bad request');
  const full = resolve(join(root, normalize(decoded)));
  if (full !== root && !full.startsWith(root + sep)) return send(res, 403, 'Forbidden');
  try {
    const st = await stat(full);
    if (!st.isFile()) return send(res, 404, 'Not found');
    const body = await readFile(full);
    send(res, 200, body, MIME[extname(full)] ?? 'application/octet-stream', cacheControlFor(wanted));
  } catch {
    send(res, 404, 'Not found');
  }
}

export async function startBrowserShell(opts: BrowserShellOptions): Promise<BrowserShell> {
  const token = opts.token ?? newToken();
  let port = opts.port ?? 0;
  const prefix = `/t/${token}/`;

  const server = createServer((req, res) => {
    void (async () => {
      if (!isAllowedHost(req.headers.host, port)) return send(res, 403, 'Forbidden host');
      const url = req.url ?? '/';
      const path = url.split('?')[0] ?? '/';
      // The page names its icon under the token path; a browser that still asks for the
      // root icon is told there is none (404), not refused (403), which it would log as an error.
      if (path === '/favicon.ico') return send(res, 404, 'Not found');
      const m = /^\/t\/([^/]+)\/(.*)$/.exec(path);
      if (!m || !sameToken(m[1] ?? '', token))
        return send(res, 403, 'This address needs the token printed when the wallet started.');
      const rest = m[2] ?? '';
      if (rest.startsWith('api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
          return send(res, 403, 'Forbidden origin');
        }
        const body = await readBody(req);
        if (body === null) {
          return send(
            res,
            413,
            JSON.stringify({
              ok: false,
              error: { code: 'too_large', message: 'The files are too large to import at once.' },
            }),
            MIME['.json'],
          );
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          return send(
            res,
            400,
            JSON.stringify({ ok: false, error: { code: 'bad_request', message: 'The request was not valid JSON.' } }),
            MIME['.json'],
          );
        }
        const channel = decodePathPart(rest.slice('api/'.length));
        if (channel === null) return send(res, 400, 'Bad request');
        const result = await dispatch(opts.handlers, channel, parsed);
        return send(res, 200, JSON.stringify(result), MIME['.json']);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      return serveStatic(opts.rendererDir, rest, res);
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
