/**
 * The preload of the sandboxed renderer: exposes one typed object, `window.wallet`, with
 * one named function per bridge channel. It never exposes ipcRenderer itself, Node, or
 * any other capability. Bundled alone as CJS (imports only electron and channels.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../../src-shared/channels';

const api: Record<string, (request: unknown) => Promise<unknown>> = {};
for (const [method, channel] of Object.entries(CHANNELS)) {
  api[method] = (request: unknown) => ipcRenderer.invoke(channel, request);
}

contextBridge.exposeInMainWorld('wallet', Object.freeze(api));
