// Each Electron security decision as a pure function: isolation, navigation, windows, permissions, IPC senders, CSP.
import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  isAllowedNavigation,
  isTrustedSender,
  permissionDecision,
  safeExternalUrl,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../../src-main/shells/electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/shells/security-policy';

const APP = appEntryUrl('/opt/manabi/out/renderer/index.html');

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
    });
    expect(p.preload).toBe('/opt/manabi/out/preload/index.cjs');
  });

  it('allows navigation only to the app page itself', () => {
    expect(APP.startsWith('file:///')).toBe(true);
    expect(isAllowedNavigation(APP, APP)).toBe(true);
    expect(isAllowedNavigation(`${APP}#details`, APP)).toBe(true);
    expect(isAllowedNavigation('https://evil.example/', APP)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', APP)).toBe(false);
    expect(isAllowedNavigation('file:///opt/manabi/out/renderer/other.html', APP)).toBe(false);
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
  });
});
