/**
 * The wallet's first read: the credentials the map shows and the learner's settings, taking
 * over the read the entry chunk started (db/early-read.ts) so it overlaps the app's start.
 * Each half is settled on its own: a failure is kept as data for the app to report, never
 * thrown, and one half failing never hides the other.
 */
import type { AppServices } from '../app-context';
import { takeEarlyIndexRead } from '../db/early-read';
import type { CredentialView } from '../db/credential-view';
import type { LearnerSettingsRead } from '../db/settings-repository';

/** The first read of the credentials and of the learner's settings, each settled (a failure is kept, not thrown). */
export interface FirstRead {
  records: { list: CredentialView[] } | { error: unknown };
  settings: { values: LearnerSettingsRead } | { error: unknown };
}

function settle<T, K extends string>(p: Promise<T>, key: K): Promise<Record<K, T> | { error: unknown }> {
  return p.then(
    (v) => ({ [key]: v }) as Record<K, T>,
    (error: unknown) => ({ error }),
  );
}

/**
 * Starts the first read with the app's repositories. It settles when both halves have;
 * start-app.tsx waits for it (for a while) so the app's first render already shows the
 * wallet, instead of an empty map and then, a moment later, the credentials.
 */
export function startFirstRead(
  { credentials, settings }: Pick<AppServices, 'credentials' | 'settings'>,
  early = takeEarlyIndexRead(),
): Promise<FirstRead> {
  return Promise.all([settle(credentials.views(early), 'list'), settle(settings.all(early), 'values')]).then(
    ([records, settings]) => {
      performance.mark('records-loaded');
      return { records, settings };
    },
  );
}
