/**
 * What the app works with, given to it rather than imported: the bridge to main, the two
 * repositories, the clock and the import-intent signal. `openAppServices` makes the real ones once, at start
 * (start-app.tsx); a test makes its own (a fake bridge, repositories on fake-indexeddb, a
 * fixed clock) and passes them through `AppServicesProvider`. No module of the renderer may
 * keep its own instance of any of these.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { WalletApi } from '../src-shared/bridge';
import { connectBridge } from './bridge/client';
import { CredentialRepository } from './db/credential-repository';
import { openWalletDb } from './db/database';
import { SettingsRepository } from './db/settings-repository';
import { createImportIntent, type ImportIntent } from './features/import-intent';

export interface AppServices {
  bridge: WalletApi;
  credentials: CredentialRepository;
  settings: SettingsRepository;
  /** The time now: what the checks, pathways and file names take as today. */
  now(): Date;
  /** Tells main, once, that an import is likely (its workers then practise). */
  importIntent: ImportIntent;
}

/** The real services: the wallet's database, its repositories and the shell's bridge. */
export function openAppServices(): AppServices {
  const db = openWalletDb();
  const bridge = connectBridge();
  return {
    bridge,
    importIntent: createImportIntent((reason) => bridge.prepareImport({ reason })),
    credentials: new CredentialRepository(db),
    settings: new SettingsRepository(db),
    now: () => new Date(),
  };
}

const AppServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }): ReactNode {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>;
}

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices outside AppServicesProvider');
  return services;
}
