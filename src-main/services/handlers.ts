/**
 * The services behind every bridge channel, shared by the Electron shell, the browser
 * shell and tests. A shell may replace one handler (Electron saves the bundle through a
 * dialog); everything else is identical. No Electron or HTTP here.
 */
import type { Handlers } from '../../src-shared/bridge';
import { base64ToBytes, bytesToBase64 } from '../../src-shared/bytes';
import { CHANNELS } from '../../src-shared/channels';
import { buildPortfolioBundle } from './bundle-service';
import { importFiles } from './import-service';

export const APP_VERSION = '0.1.0';

export function createServiceHandlers(shell: 'electron' | 'browser'): Handlers {
  const importHandler: Handlers[typeof CHANNELS.importCredentials] = async (req) => {
    const files = req.files.map((f) => ({ name: f.name, bytes: base64ToBytes(f.bytesBase64) }));
    const items = await importFiles(files, req.now ? { now: new Date(req.now) } : {});
    return { items };
  };
  return {
    [CHANNELS.importCredentials]: importHandler,
    [CHANNELS.verifyCredentials]: importHandler,
    [CHANNELS.exportBundle]: async (req) => {
      const bundle = buildPortfolioBundle(req.items, req.framework);
      return { fileName: bundle.fileName, savedTo: null, bytesBase64: bytesToBase64(bundle.zip), count: bundle.count };
    },
    [CHANNELS.appInfo]: async () => ({ shell, version: APP_VERSION }),
  };
}
