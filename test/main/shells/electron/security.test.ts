// Each Electron security decision as a pure function: isolation, navigation, windows, permissions, IPC senders, CSP.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  appContentType,
  appEntryUrl,
  appRequestFile,
  isAllowedNavigation,
  openedFileArgs,
  isTrustedSender,
  permissionDecision,
  safeExternalUrl,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../../src-main/shells/electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/shells/security-policy';

const APP = appEntryUrl();
const RENDERER = '/opt/manabi/out/renderer';

describe('Electron security rules', () => {
  it('isolates, sandboxes and disables Node in every renderer', () => {
    const p = secureWebPreferences('/opt/manabi/out/preload/index.cjs');
    expect(p).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(p.preload).toBe('/opt/manabi/out/preload/index.cjs');
  });

  it('allows navigation only to the app page itself', () => {
    expect(APP).toBe('app://wallet/index.html');
    expect(isAllowedNavigation(APP, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#details`, APP)).toBe(true);
    expect(isAllowedNavigation('https://evil.example/', APP)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(isAllowedNavigation('file:///opt/manabi/out/renderer/index.html', APP)).toBe(false);
    expect(isAllowedNavigation('app://wallet/other.html', APP)).toBe(false);
    expect(isAllowedNavigation('app://other/index.html', APP)).toBe(false);
    expect(isAllowedNavigation('not a url', APP)).toBe(false);
  });

  it('denies new windows and every permission request', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const perm of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(perm)).toBe(false);
    }
  });

  it('trusts IPC only from the app frame', () => {
    expect(isTrustedSender(APP, APP)).toBe(true);
    expect(isTrustedSender('https://evil.example/', APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
    expect(isTrustedSender('', APP)).toBe(false);
  });

  it('opens only parsed https URLs externally', () => {
    expect(safeExternalUrl('https://www.niad.ac.jp/')).toBe('https://www.niad.ac.jp/');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('file:///etc/passwd')).toBeNull();
    expect(safeExternalUrl('http://example.com')).toBeNull();
    expect(safeExternalUrl('https://user:pw@example.com')).toBeNull();
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Pictures only from the app, blob: URLs made from a badge's own bytes, and data: images: never remote.
    const img = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('img-src '));
    expect(img?.split(' ').slice(1).sort()).toEqual(["'self'", 'blob:', 'data:']);
  });

  it('serves the app from its own standard, secure scheme and nothing wider', () => {
    expect(APP_ORIGIN).toBe('app://wallet');
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).toBe(false);
    expect(appRequestFile('app://wallet/index.html', RENDERER)).toBe(join(RENDERER, 'index.html'));
    expect(appRequestFile('app://wallet/', RENDERER)).toBe(join(RENDERER, 'index.html'));
    expect(appRequestFile('app://wallet/assets/app-1a2b.js?x=1#h', RENDERER)).toBe(
      join(RENDERER, 'assets', 'app-1a2b.js'),
    );
  });

  it('never serves a file outside the built renderer, however the path is written', () => {
    // The URL parser folds dot segments before the path is read, so these stay inside.
    expect(appRequestFile('app://wallet/../main/index.js', RENDERER)).toBe(join(RENDERER, 'main', 'index.js'));
    expect(appRequestFile('app://wallet/%2e%2e/%2e%2e/package.json', RENDERER)).toBe(join(RENDERER, 'package.json'));
    for (const url of [
      'app://wallet/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://wallet/..%5c..%5cpackage.json',
      'app://wallet/%00index.html',
      'app://wallet/%E0%A4%A',
      'app://evil/index.html',
      'app://user:pw@wallet/index.html',
      'file:///etc/passwd',
      'https://wallet/index.html',
      'not a url',
    ])
      expect(appRequestFile(url, RENDERER), url).toBeNull();
  });

  it('answers each kind of app file with its media type', () => {
    expect(appContentType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(appContentType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(appContentType('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(appContentType('/x/a.bin')).toBe('application/octet-stream');
  });

  it('has a CSP that parses as valid CSP, with no high or medium finding by Google’s CSP evaluator', () => {
    const parsed = new CspParser(CONTENT_SECURITY_POLICY).csp;
    const findings = new CspEvaluator(parsed).evaluate();
    const serious = findings.filter((f) => f.severity <= Severity.MEDIUM);
    expect(serious).toEqual([]);
    expect(Object.keys(parsed.directives)).toEqual(
      expect.arrayContaining(['default-src', 'script-src', 'object-src', 'base-uri', 'frame-ancestors']),
    );
    // The evaluator does fail a weak policy (so the check above can fail).
    const weak = new CspEvaluator(new CspParser("script-src 'self' 'unsafe-inline'; bogus x").csp).evaluate();
    expect(weak.some((f) => f.severity === Severity.HIGH)).toBe(true);
    expect(weak.some((f) => f.severity === Severity.SYNTAX)).toBe(true);
  });

  it('the page carries the same policy in its meta tag, minus what a meta tag cannot set', () => {
    const html = readFileSync(join(__dirname, '../../../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(expected);
  });

  it('takes the files to open from a command line: absolute paths after the app’s own arguments, no switches', () => {
    expect(openedFileArgs(['/opt/Manabi Wallet/manabi-wallet', '/home/a/badge.png', '--no-sandbox'], true)).toEqual([
      '/home/a/badge.png',
    ]);
    // Not packaged: electron, then the app folder.
    expect(openedFileArgs(['/usr/bin/electron', '.', '/home/a/degree.jsonld'], false)).toEqual([
      '/home/a/degree.jsonld',
    ]);
    expect(openedFileArgs(['exe', 'relative.json', '-x', '', `/a/${'b'.repeat(5000)}`, '/a/\0b'], true)).toEqual([]);
  });
});
