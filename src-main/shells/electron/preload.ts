/**
 * The preload of the sandboxed renderer: exposes one typed object, `window.wallet`, with
 * one named function per bridge channel, and `window.walletEvents`, which only tells the
 * page that something happened (never with data, never passing the IPC event on). It never
 * exposes ipcRenderer itself, Node, or any other capability. Bundled alone as CJS (imports
 * only electron and channels.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENTS } from '../../../src-shared/channels';

const api: Record<string, (request: unknown) => Promise<unknown>> = {};
for (const [method, channel] of Object.entries(CHANNELS)) {
  api[method] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

contextBridge.exposeInMainWorld('wallet', Object.freeze(api));

contextBridge.exposeInMainWorld(
  'walletEvents',
  Object.freeze({
    /** Calls `listener` (with nothing) when files were opened with the wallet; returns how to stop. */
    onFilesOpened(listener: () => void): () => void {
      const relay = (): void => listener();
      ipcRenderer.on(EVENTS.filesOpened, relay);
      return () => ipcRenderer.removeListener(EVENTS.filesOpened, relay);
    },
  }),
);
