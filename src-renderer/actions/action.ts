/**
 * What a learner's action is, as data, and the one way every action is run. An action is an
 * object: its id, the busy flag it holds while it runs (if any), the message that says it
 * failed, and `run`, which does the work with what the context gives it and answers with the
 * notice to show. `createActionRunner` is the wrapper: it raises the busy flag, runs the
 * action, shows its notice, and turns any failure (a rejected promise, a thrown error, a
 * bridge answer `{ok: false}` turned into a `BridgeFailure`) into the action's failure
 * notice; it always lowers the busy flag. An action must never show its own error by any
 * other path, and a failure must never escape the runner.
 */
import type { Result } from '../../src-shared/result';
import type { AppServices } from '../app-context';
import type { CredentialView } from '../db/credential-view';
import type { StoredPathway } from '../db/database';
import type { TickedSteps } from '../db/settings-repository';
import type { FrameworkId } from '../../src-shared/frameworks';
import type { ImportProgress } from '../features/import-files';
import type { Lang, MessageKey } from '../i18n/i18n';
import { renderMessage, uiText, type Message } from '../../src-shared/i18n';

/** A pathway file the learner chose that could not be read. */
export interface PathwayFileError {
  readonly file: string;
  readonly problems: readonly Message[];
}

/** Work in progress the screen shows (and the controls it disables) while an action runs. */
export type BusyFlag = 'importing' | 'rechecking';
export const BUSY_FLAGS: readonly BusyFlag[] = ['importing', 'rechecking'];
/** How many actions hold each flag (two imports may overlap; the flag stays up until both end). */
export type BusyCounts = Readonly<Record<BusyFlag, number>>;
export const NOT_BUSY: BusyCounts = { importing: 0, rechecking: 0 };

/**
 * One sentence of a notice: a message of the catalogue and its values, put into words when
 * shown. `messages`: values that are themselves messages (a reason main gave), worded in the
 * same language when shown, so a notice follows a language switch whole.
 */
export interface NoticeLine {
  key: MessageKey;
  params?: Record<string, string | number>;
  messages?: Record<string, Message>;
}
export interface Notice {
  kind: 'info' | 'error';
  lines: NoticeLine[];
}

/** A notice in words, in one language: its sentences joined by a space. */
export function noticeText(notice: Notice, lang: Lang): string {
  return notice.lines
    .map((line) => {
      const worded = Object.fromEntries(
        Object.entries(line.messages ?? {}).map(([name, m]) => [name, renderMessage(m, lang)]),
      );
      return uiText(line.key, lang, { ...line.params, ...worded });
    })
    .join(' ');
}

export function info(key: MessageKey, params?: Record<string, string | number>): Notice {
  return { kind: 'info', lines: [params ? { key, params } : { key }] };
}

/** What an action answers: the notice to show (`null` clears it, absent leaves it) and a value for its caller. */
export interface Outcome<R = void> {
  notice?: Notice | null;
  value?: R;
}

/** The state an action may change, besides what it stores through the repositories. */
export interface WalletUpdates {
  /** Reads the map's records again and shows them. */
  refresh(): Promise<CredentialView[]>;
  setLearnerIds(ids: string[]): void;
  setTicked(update: TickedSteps | ((all: TickedSteps) => TickedSteps)): void;
  setPathways(list: StoredPathway[]): void;
  /** A pathway file that could not be read: its name and the problems, as messages (worded when shown). */
  setPathwayError(error: PathwayFileError | null): void;
  setProgress(progress: ImportProgress | null): void;
  setFramework(framework: FrameworkId): void;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface ActionContext {
  services: AppServices;
  lang: Lang;
  t: Translate;
  wallet: WalletUpdates;
  /** Runs another action through the same wrapper (an import starts a re-check). */
  run: RunAction;
}

export interface Action<I, R = void> {
  id: string;
  busy?: BusyFlag;
  /** Whether the notice on screen is cleared when the action starts. */
  clearsNotice?: boolean;
  /** The message shown when the action fails; its `{message}` says what went wrong. */
  failure: MessageKey;
  run(ctx: ActionContext, input: I): Promise<Outcome<R>>;
}

/** Runs an action; resolves with its value, or `undefined` when it failed (its notice says so). Never rejects. */
export type RunAction = <I, R>(action: Action<I, R>, input: I) => Promise<R | undefined>;

/** A bridge answer `{ok: false}`, as an error an action throws. */
export class BridgeFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeFailure';
  }
}

/** The value of a bridge answer, or a `BridgeFailure` thrown with its message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new BridgeFailure(result.error.code, result.error.message);
  return result.value;
}

/** What went wrong, in a few words: an error's message, or the thing thrown as text. */
function reasonOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  try {
    return String(e);
  } catch {
    return typeof e;
  }
}

/** The notice for an action whose failure message is `key`, failed with `e`. */
export function failureNotice(key: MessageKey, e: unknown): Notice {
  return { kind: 'error', lines: [{ key, params: { message: reasonOf(e) } }] };
}

/** Where the runner takes its context from, and where it shows notices and busy flags. */
export interface ActionHost {
  /** The context as it is now (read at each run, so an action sees the current language). */
  context(): Omit<ActionContext, 'run'>;
  notify(notice: Notice | null): void;
  busy(flag: BusyFlag, change: 1 | -1): void;
}

/** The wrapper every learner action goes through. */
export function createActionRunner(host: ActionHost): RunAction {
  const run: RunAction = async <I, R>(action: Action<I, R>, input: I): Promise<R | undefined> => {
    const flag = action.busy;
    if (flag !== undefined) host.busy(flag, 1);
    try {
      if (action.clearsNotice === true) host.notify(null);
      const outcome = await action.run({ ...host.context(), run }, input);
      if (outcome.notice !== undefined) host.notify(outcome.notice);
      return outcome.value;
    } catch (e) {
      host.notify(failureNotice(action.failure, e));
      return undefined;
    } finally {
      if (flag !== undefined) host.busy(flag, -1);
    }
  };
  return run;
}
