/**
 * Electron security decisions as small pure functions, each unit-tested, so the rules of
 * Electron's security checklist cannot drift silently. Deliberately imports nothing from
 * `electron`: main.ts wires these into the real objects.
 */
import { pathToFileURL } from 'node:url';

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
  };
}

/** The file URL of the app's index.html; everything the app may show lives beside it. */
export function appEntryUrl(rendererIndexPath: string): string {
  return pathToFileURL(rendererIndexPath).href;
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
