/**
 * The renderer's way to reach main: `window.wallet` from the Electron preload when it is
 * there, else the same API over the browser shell's loopback HTTP endpoint (relative to
 * the page, so the per-run token in the path travels with every call). The renderer
 * never touches Node; it only sends data that the contract describes. This module keeps no
 * instance: the app makes one client at start (app-context.tsx) and hands it to whatever
 * needs it, so tests give their own.
 */
import type { WalletApi } from '../../src-shared/bridge';
import { CHANNELS, type MethodName } from '../../src-shared/channels';
import type { Result } from '../../src-shared/result';

declare global {
  interface Window {
    wallet?: WalletApi;
  }
}

function httpWallet(): WalletApi {
  const call = async (channel: string, request: unknown): Promise<Result<never>> => {
    try {
      const res = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (!res.ok && res.headers.get('content-type')?.includes('application/json') !== true) {
        return { ok: false, error: { code: 'internal', message: `The wallet service answered ${res.status}.` } };
      }
      return (await res.json()) as Result<never>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'The wallet service cannot be reached. Is `npm run serve` still running?' },
      };
    }
  };
  const api: Partial<Record<MethodName, (request: unknown) => Promise<Result<never>>>> = {};
  for (const [method, channel] of Object.entries(CHANNELS) as [MethodName, string][]) {
    api[method] = (request: unknown) => call(channel, request);
  }
  return api as WalletApi;
}

/** The bridge to main: the preload's `window.wallet` in Electron, else the browser shell over HTTP. */
export function connectBridge(): WalletApi {
  return window.wallet ?? httpWallet();
}
