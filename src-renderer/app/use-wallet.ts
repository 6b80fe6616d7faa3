/**
 * The wallet's state on screen: the map's records, the learner's identifiers, ticked steps
 * and pathway files, the framework, import progress, and the notice and busy flags of the
 * actions (use-actions.ts). State lives in IndexedDB; this hook only mirrors it, starting
 * from the first read (first-read.ts), and at start checks again, in the background, the
 * credentials whose answer may have changed since their last check. It never catches a
 * failure itself: reads go through the same notices as the actions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import { useAppServices } from '../app-context';
import { failureNotice, type PathwayFileError, type WalletUpdates } from '../actions/action';
import { useActions, type Actions } from '../actions/use-actions';
import { FRAMEWORK_KEY, recheck } from '../actions/wallet-actions';
import type { StoredPathway } from '../db/database';
import type { CredentialView } from '../db/credential-view';
import type { TickedSteps } from '../db/settings-repository';
import type { ImportProgress } from '../features/import-files';
import { filesDueForRecheck } from '../features/reverify';
import type { FirstRead } from './first-read';

/** Runs `work` when the browser is idle (within 3 s), or soon where it cannot say when it is. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 0);
}

function initialFramework(): FrameworkId {
  return localStorage.getItem(FRAMEWORK_KEY) === 'eqf' ? 'eqf' : 'jqf';
}

export interface WalletState extends Actions {
  /** What the map shows of every credential (the map index); the details panel reads the full record. */
  records: CredentialView[];
  loaded: boolean;
  settingsLoaded: boolean;
  learnerIds: string[];
  ticked: TickedSteps;
  pathways: StoredPathway[];
  pathwayError: PathwayFileError | null;
  /** The import's progress, while an import runs. */
  progress: ImportProgress | null;
  framework: FrameworkId;
}

/**
 * `first`: the first read when it settled before the app was mounted; `firstRead`: the read
 * itself, waited for when it had not.
 */
export function useWallet(first: FirstRead | undefined, firstRead: Promise<FirstRead>): WalletState {
  const { credentials, now } = useAppServices();
  const firstList = first && 'list' in first.records ? first.records.list : undefined;
  const firstValues = first && 'values' in first.settings ? first.settings.values : undefined;
  const [records, setRecords] = useState<CredentialView[]>(() => firstList ?? []);
  const [loaded, setLoaded] = useState(firstList !== undefined);
  const [settingsLoaded, setSettingsLoaded] = useState(first !== undefined);
  const [learnerIds, setLearnerIds] = useState<string[]>(() => firstValues?.[0] ?? []);
  const [ticked, setTicked] = useState<TickedSteps>(() => firstValues?.[1] ?? {});
  const [pathways, setPathways] = useState<StoredPathway[]>(() => firstValues?.[2] ?? []);
  const [pathwayError, setPathwayError] = useState<PathwayFileError | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [framework, setFramework] = useState<FrameworkId>(initialFramework);

  const refresh = useCallback(async (): Promise<CredentialView[]> => {
    const list = await credentials.views();
    setRecords(list);
    setLoaded(true);
    return list;
  }, [credentials]);

  const updates = useMemo<WalletUpdates>(
    () => ({ refresh, setLearnerIds, setTicked, setPathways, setPathwayError, setProgress, setFramework }),
    [refresh],
  );
  const actions = useActions(updates);
  const { run, notify } = actions;

  // At start: show what is stored at once, then, in the background, check again the
  // credentials whose answer may have changed since their last check (a date has passed).
  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    const failed = (e: unknown): void => notify(failureNotice('walletReadFailed', e));
    // Credentials and settings are shown together: the map and the pathways depend on both
    // (the learner's identifiers decide what is theirs), so one render instead of two. When
    // the app was mounted with them, the state already holds them.
    void firstRead.then(({ records: read, settings: s }) => {
      if ('values' in s) {
        if (!first) {
          const [ids, steps, paths] = s.values;
          setLearnerIds(ids);
          setTicked(steps);
          setPathways(paths);
        }
      } else failed(s.error); // the map still shows, with no identifiers set and no steps ticked
      setSettingsLoaded(true);
      if ('error' in read) return failed(read.error);
      if (!first) {
        setRecords(read.list);
        setLoaded(true);
      }
      // The re-check (and finding what needs it) waits until the browser is idle, so it
      // never delays the first paint.
      whenIdle(() => {
        const due = filesDueForRecheck(read.list, now());
        if (due.size > 0) void run(recheck, { announce: false, only: due });
      });
    });
  }, [first, firstRead, notify, now, run]);

  return {
    ...actions,
    records,
    loaded,
    settingsLoaded,
    learnerIds,
    ticked,
    pathways,
    pathwayError,
    progress: actions.busy.importing > 0 ? progress : null,
    framework,
  };
}
