/**
 * Files opened with the wallet from the desktop ("Open with Manabi Wallet", a double-click):
 * in the desktop shell, asks main for them once the app is up and whenever main says more
 * were opened, and imports them through the import action. The browser shell has no such
 * files, and this asks for nothing there (no start-up work a learner did not ask for).
 * Never reads a file itself: main hands over the bytes through the one dispatch.
 */
import { useEffect } from 'react';
import type { RunAction } from '../actions/action';
import { importOpenedFiles } from '../actions/wallet-actions';

/** What the desktop shell's preload exposes besides `window.wallet` (absent in the browser shell). */
export interface WalletEvents {
  onFilesOpened(listener: () => void): () => void;
}

export function walletEvents(win: Window): WalletEvents | undefined {
  const events = (win as Window & { walletEvents?: unknown }).walletEvents;
  return typeof events === 'object' && events !== null && typeof (events as WalletEvents).onFilesOpened === 'function'
    ? (events as WalletEvents)
    : undefined;
}

export function useOpenedFiles(run: RunAction, events: WalletEvents | undefined = walletEvents(window)): void {
  useEffect(() => {
    if (!events) return;
    const take = (): void => void run(importOpenedFiles, undefined);
    take();
    return events.onFilesOpened(take);
  }, [events, run]);
}
