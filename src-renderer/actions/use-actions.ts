/**
 * The action runner as a hook: it holds the notice on screen and the busy flags, and gives a
 * `run(action, input)` whose identity never changes (memoised components receive handlers
 * built on it) but which always runs with the current services, language and state updates.
 * Every learner action goes through this `run`; nothing else shows a failure.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useAppServices } from '../app-context';
import { useI18n } from '../i18n/i18n';
import {
  NOT_BUSY,
  createActionRunner,
  type Action,
  type ActionContext,
  type BusyCounts,
  type BusyFlag,
  type Notice,
  type RunAction,
  type WalletUpdates,
} from './action';

export interface Actions {
  run: RunAction;
  /** The notice on screen (put into words when shown, so it follows the language). */
  notice: Notice | null;
  busy: BusyCounts;
  /** Shows a notice that is no action's outcome (the first read failing). */
  notify(notice: Notice | null): void;
}

export function useActions(wallet: WalletUpdates): Actions {
  const services = useAppServices();
  const { lang, t } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<BusyCounts>(NOT_BUSY);
  const context = useRef<Omit<ActionContext, 'run'>>({ services, lang, t, wallet });
  useLayoutEffect(() => {
    context.current = { services, lang, t, wallet };
  });
  const changeBusy = useCallback((flag: BusyFlag, change: 1 | -1) => {
    setBusy((all) => ({ ...all, [flag]: Math.max(0, all[flag] + change) }));
  }, []);
  // The runner is made at each run (only ever from an event or an effect), so it reads the context then.
  const run: RunAction = useCallback(
    <I, R>(action: Action<I, R>, input: I) =>
      createActionRunner({ context: () => context.current, notify: setNotice, busy: changeBusy })(action, input),
    [changeBusy],
  );
  return { run, notice, busy, notify: setNotice };
}
