/**
 * The services behind every bridge channel, shared by the Electron shell, the browser
 * shell and tests. A shell may replace one handler (Electron saves the bundle through a
 * dialog); everything else is identical. No Electron or HTTP here.
 */
import type { Handlers } from '../../src-shared/bridge';
import { base64ToBytes, bytesToBase64 } from '../../src-shared/bytes';
import { CHANNELS } from '../../src-shared/channels';
import { openArchive } from './archive';
import { buildPortfolioBundle } from './bundle-service';
import type { ImportPool } from './worker-pool';
import { importFiles } from './import-service';
import { practiceDelayMs } from './warm-up';
import packageJson from '../../package.json' with { type: 'json' };

/** The version users see is the one package.json declares; there is no second copy. */
export const APP_VERSION: string = packageJson.version;

/**
 * The wallet's status-list credentials (and its other supporting documents) arrive as files;
 * a file that is not a JSON object is skipped (it can only fail to answer a status or give a
 * key, never make a check pass).
 */
export function parseStatusLists(files: readonly { bytesBase64: string }[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const f of files) {
    try {
      const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(f.bytesBase64)));
      if (typeof json === 'object' && json !== null && !Array.isArray(json)) out.push(json as Record<string, unknown>);
    } catch {
      // not JSON: ignored
    }
  }
  return out;
}

/**
 * The wallet's other supporting documents (keys, Issuer profiles, BadgeClasses, revocation
 * lists), read as status lists are: JSON objects only, anything else skipped. Whether one is
 * a supporting document, and whether it is believed, is decided by the verifier.
 */
export function parseSupporting(files: readonly { bytesBase64: string }[]): Record<string, unknown>[] {
  return parseStatusLists(files);
}

/**
 * `pool` verifies every batch on worker threads (a shell's main thread never verifies), and
 * practises when asked; without one (tests, small tools) the same pipeline runs in this
 * thread and nothing practises.
 */
export function createServiceHandlers(shell: 'electron' | 'browser', pool?: ImportPool): Handlers {
  const run = pool ? pool.importFiles.bind(pool) : importFiles;
  const importHandler: Handlers[typeof CHANNELS.importCredentials] = async (req) => {
    const files = req.files.map((f) => ({ name: f.name, bytes: base64ToBytes(f.bytesBase64) }));
    const statusLists = parseStatusLists(req.statusLists ?? []);
    const supporting = parseSupporting(req.supporting ?? []);
    const items = await run(files, { ...(req.now ? { now: new Date(req.now) } : {}), statusLists, supporting });
    return { items };
  };
  return {
    [CHANNELS.importCredentials]: importHandler,
    [CHANNELS.verifyCredentials]: importHandler,
    [CHANNELS.exportBundle]: async (req) => {
      const bundle = buildPortfolioBundle(req.items, req.framework, new Date(), req.mapSvg);
      return { fileName: bundle.fileName, savedTo: null, bytesBase64: bytesToBase64(bundle.zip), count: bundle.count };
    },
    [CHANNELS.appInfo]: async () => ({ shell, version: APP_VERSION }),
    // The workers practise only when the learner is about to import or the wallet is large.
    [CHANNELS.prepareImport]: async (req) => ({
      practice: pool ? pool.prepareForImport(practiceDelayMs(req.reason)) : 'unavailable',
    }),
    // Only the desktop shell is handed files by the operating system (it answers this itself).
    [CHANNELS.openedFiles]: async () => ({ files: [], tooLarge: [], more: false }),
    [CHANNELS.openArchive]: async (req) => {
      const opened = openArchive(req.file.name, base64ToBytes(req.file.bytesBase64));
      return {
        entries: opened.entries.map((e) => ({
          archive: e.archive,
          entry: e.entry,
          bytesBase64: bytesToBase64(e.bytes),
        })),
        skipped: opened.skipped,
        ...(opened.problem ? { problem: opened.problem } : {}),
      };
    },
  };
}
