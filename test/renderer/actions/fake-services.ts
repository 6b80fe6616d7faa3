/**
 * The app's services for tests, passed in as the app's own would be: a bridge that answers
 * through the real dispatch and services (each method replaceable per test), repositories
 * on fake-indexeddb (a fresh database each time), and a fixed clock. Test-only.
 */
import 'fake-indexeddb/auto';
import type { WalletApi } from '../../../src-shared/bridge';
import { CHANNELS } from '../../../src-shared/channels';
import { dispatch } from '../../../src-main/bridge/dispatch';
import { createServiceHandlers } from '../../../src-main/services/handlers';
import type { AppServices } from '../../../src-renderer/app-context';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb } from '../../../src-renderer/db/database';
import { SettingsRepository } from '../../../src-renderer/db/settings-repository';
import { createImportIntent } from '../../../src-renderer/features/import-intent';

export const NOW = new Date('2026-11-24T12:00:00Z');

const handlers = createServiceHandlers('browser');

/** The bridge to the real services, in this process. */
export function serviceBridge(): WalletApi {
  return {
    importCredentials: async (req) =>
      (await dispatch(handlers, CHANNELS.importCredentials, req)) as Awaited<
        ReturnType<WalletApi['importCredentials']>
      >,
    verifyCredentials: async (req) =>
      (await dispatch(handlers, CHANNELS.verifyCredentials, req)) as Awaited<
        ReturnType<WalletApi['verifyCredentials']>
      >,
    exportBundle: async (req) =>
      (await dispatch(handlers, CHANNELS.exportBundle, req)) as Awaited<ReturnType<WalletApi['exportBundle']>>,
    appInfo: async (req) =>
      (await dispatch(handlers, CHANNELS.appInfo, req)) as Awaited<ReturnType<WalletApi['appInfo']>>,
    openedFiles: async (req) =>
      (await dispatch(handlers, CHANNELS.openedFiles, req)) as Awaited<ReturnType<WalletApi['openedFiles']>>,
    prepareImport: async (req) =>
      (await dispatch(handlers, CHANNELS.prepareImport, req)) as Awaited<ReturnType<WalletApi['prepareImport']>>,
    openArchive: async (req) =>
      (await dispatch(handlers, CHANNELS.openArchive, req)) as Awaited<ReturnType<WalletApi['openArchive']>>,
  };
}

let counter = 0;

export function testServices(bridge: Partial<WalletApi> = {}): AppServices {
  const db = openWalletDb(`app-services-${process.pid}-${++counter}`);
  const b = { ...serviceBridge(), ...bridge };
  return {
    bridge: b,
    importIntent: createImportIntent((reason) => b.prepareImport({ reason })),
    credentials: new CredentialRepository(db),
    settings: new SettingsRepository(db),
    now: () => NOW,
  };
}

/** Distinct small JSON files that are not credentials: each is kept, with the reason, as one entry. */
export const jsonFiles = (n: number, prefix = 'note'): File[] =>
  Array.from({ length: n }, (_, i) => new File([JSON.stringify({ note: `${prefix} ${i}` })], `${prefix}-${i}.json`));
