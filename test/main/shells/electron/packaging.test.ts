// The installers' configuration, loaded and validated by electron-builder itself: targets per
// platform, the app id and icon, "Open with Manabi Wallet" for credential files, and the
// Electron fuses that close the doors a packaged app does not need.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { MISSING_ELECTRON_FOR_DIST_MESSAGE } from '../../../../scripts/dist.mjs';

const root = join(__dirname, '../../../..');

async function loadConfig() {
  const config = await getConfig(root, join(root, 'electron-builder.json'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const targetsOf = (t: unknown): string[] =>
  (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));

describe('packaging (electron-builder.json)', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(loadConfig()).resolves.toBeDefined();
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS, with the app id and icon', async () => {
    const c = await loadConfig();
    expect(c.appId).toBe('app.manabi.wallet');
    expect(c.productName).toBe('Manabi Wallet');
    expect(targetsOf(c.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(c.win?.target)).toEqual(['nsis']);
    expect(targetsOf(c.mac?.target)).toEqual(['dmg']);
    for (const icon of [c.icon, c.linux?.icon, c.win?.icon, c.mac?.icon]) {
      expect(icon).toBe('resources/icons/icon.png');
    }
    const png = readFileSync(join(root, 'resources/icons/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512); // height
    const files = ((c.files ?? []) as (string | { filter?: string[] })[]).flatMap((f) =>
      typeof f === 'string' ? [f] : (f.filter ?? []),
    );
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']));
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspector, encrypted cookies, ASAR only and checked', async () => {
    const c = await loadConfig();
    expect(c.asar).toBe(true);
    expect(c.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('offers "Open with Manabi Wallet" for credential files without taking over common types', async () => {
    const c = await loadConfig();
    const exts = (list: unknown): string[] =>
      ((list as { ext: string | string[] }[] | undefined) ?? []).flatMap((a) =>
        Array.isArray(a.ext) ? a.ext : [a.ext],
      );
    expect(exts(c.linux?.fileAssociations)).toEqual(expect.arrayContaining(['jsonld', 'jwt', 'json', 'png', 'svg']));
    expect(exts(c.mac?.fileAssociations)).toEqual(expect.arrayContaining(['jsonld', 'jwt', 'json', 'png', 'svg']));
    // macOS: offered, never the default handler.
    for (const a of (c.mac?.fileAssociations ?? []) as { rank?: string }[]) expect(a.rank).toBe('Alternate');
    // Windows registers an association as the default handler, so only the credential-specific kinds.
    expect(exts(c.win?.fileAssociations).sort()).toEqual(['jsonld', 'jwt']);
  });

  it('says in one sentence why installers cannot be built where Electron could not be downloaded', () => {
    const sentences = MISSING_ELECTRON_FOR_DIST_MESSAGE.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0);
    expect(sentences).toHaveLength(1);
    expect(MISSING_ELECTRON_FOR_DIST_MESSAGE).toContain('Electron');
  });
});
