/**
 * Electron security decisions as small pure functions, each unit-tested, so the rules of
 * Electron's security checklist cannot drift silently. Deliberately imports nothing from
 * `electron`: main.ts wires these into the real objects.
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: false;
  /** Middle-click (auxclick) could open links in new windows; the app has no links to open. */
  disableBlinkFeatures: 'Auxclick';
}

export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  };
}

/**
 * The app is served from its own scheme (`app://wallet/…`), not from `file://`: so `'self'`
 * in the CSP means the app's own files alone, not every file on the disk, and Electron's
 * extra `file://` privileges can be switched off by a fuse (electron-builder.json).
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'wallet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The scheme's privileges, registered before the app is ready: a standard, secure origin
 * (so IndexedDB and `fetch` behave as on https), and nothing that would widen it (no CSP
 * bypass, no service workers, no CORS from other origins).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/** The URL of the app's page. */
export function appEntryUrl(): string {
  return `${APP_ORIGIN}/index.html`;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The media type the app's scheme answers a file with (unknown kinds as opaque bytes). */
export function appContentType(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file an `app://` request may read: inside the built renderer folder only. Refuses
 * another host, credentials or a port in the URL, a malformed escape, a NUL or backslash,
 * and any path that leaves the folder (`..`, encoded or not). `/` is the app's page.
 */
export function appRequestFile(requestUrl: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}

function withoutHashAndQuery(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    u.search = '';
    return u.href;
  } catch {
    return null;
  }
}

/** Navigation is allowed only to the app's own page (a reload, or an in-page #hash change). */
export function isAllowedNavigation(targetUrl: string, appUrl: string): boolean {
  const target = withoutHashAndQuery(targetUrl);
  return target !== null && target === withoutHashAndQuery(appUrl);
}

/** New windows are never opened: the answer Electron's setWindowOpenHandler expects. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** The wallet needs no camera, microphone, notifications, geolocation … : deny all. */
export function permissionDecision(_permission: string): boolean {
  return false;
}

/** An IPC message is trusted only when it comes from the app's own top frame. */
export function isTrustedSender(senderFrameUrl: string | undefined | null, appUrl: string): boolean {
  if (!senderFrameUrl) return false;
  return isAllowedNavigation(senderFrameUrl, appUrl);
}

/**
 * The files a command line names for the wallet to open ("Open with", a double-click, a
 * second start): the arguments after the app's own (the executable, and the app folder when
 * not packaged) that are absolute paths. Switches (`-…`, which Chromium may add) and
 * anything else are ignored; nothing is read here.
 */
export function openedFileArgs(argv: readonly string[], isPackaged: boolean): string[] {
  return argv
    .slice(isPackaged ? 1 : 2)
    .filter((a) => a.length > 0 && a.length <= 4096 && !a.startsWith('-') && !a.includes('\0') && isAbsolute(a));
}

/** At most this many opened files wait to be handed to the page; older ones are dropped first. */
export const MAX_PENDING_OPENED_FILES = 1000;

/**
 * A link to open in the system browser: only plain https URLs, parsed, never file:,
 * javascript:, custom protocols or credentials-in-URL.
 */
export function safeExternalUrl(raw: string): string | null {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' || u.username || u.password) return null;
    return u.href;
  } catch {
    return null;
  }
}
