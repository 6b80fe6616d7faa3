/**
 * Verifies batches on worker threads, one per core, each running the same import pipeline:
 * the shell's main thread never verifies (a batch of one file goes to a worker too). Files
 * are dealt out in interleaved chunks so every worker gets a similar mix, and results come
 * back in the caller's order. Where workers cannot start (no built worker file, e.g. when
 * running from sources), it falls back to the same pipeline in this thread — slower, never
 * different.
 *
 * The pool survives its workers. A worker answers each file as soon as it is checked and
 * works through its requests one file at a time, so the pool always knows which file a
 * worker is on. Each file has a time budget (`FILE_TIME_BUDGET_MS`, counted from the
 * worker's last answer): a worker over it is stopped, and one that exits or crashes is
 * noticed; either way it is replaced at once, the file it was on is tried once more alone on
 * the fresh worker, and the unanswered files of its requests are sent to the fresh worker.
 * A file that stops a worker twice gets its own entry ("took too long to check", or "could
 * not be checked"), and the others are answered as usual. No request is ever left waiting
 * on a dead worker.
 *
 * Practice (warm-up.ts) is something the pool does only when asked (`prepareForImport`: the
 * learner is about to import, or the wallet is already large), never because it started:
 * an idle start must not spend the learner's CPU. It goes to each worker one practice
 * credential at a time, as ordinary requests, and stops for good before its next credential
 * once real work has been sent to the workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { msg, type Message } from '../../src-shared/i18n/spec';
import {
  importFiles,
  statusListsInBatch,
  unfinishedFileEntry,
  type ImportOptions,
  type InputFile,
} from './import-service';
import { practise } from './warm-up';

export interface WorkerRequest {
  id: number;
  files: InputFile[];
  now?: string;
  options: Omit<ImportOptions, 'now'>;
}

/**
 * What a worker says: it is `ready` (libraries loaded), the entries of the request's
 * `index`-th file (`file`), or that the request as a whole could not be answered (`failed`).
 */
export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'file'; id: number; index: number; entries: ImportedCredential[] }
  | { kind: 'failed'; id: number; message: string };

/** How long one file's check may take (counted from the worker's last answer) before its worker is replaced. */
export const FILE_TIME_BUDGET_MS = 10_000;

/** How long a new worker may take to load its libraries before it is replaced (no file's time is counted meanwhile). */
export const WORKER_START_BUDGET_MS = 60_000;

/** A worker that fails this many times in a row before it is ready gives up its files (each reported on its own). */
const START_FAILURES_ALLOWED = 3;

/**
 * Where the workers' practice is: never asked (`idle`), asked with a delay (`waiting`),
 * under way, `done` (every round), `stopped` (real work arrived, or the pool closed), or
 * `unavailable` (no worker threads: nothing to practise).
 */
export type PracticeState = 'idle' | 'waiting' | 'practising' | 'done' | 'stopped' | 'unavailable';

export interface PoolOptions {
  /** Rounds over the practice files per worker (default warm-up.ts's PRACTICE_ROUNDS). */
  practiceRounds?: number;
  /** The time budget of one file (default FILE_TIME_BUDGET_MS). */
  fileTimeBudgetMs?: number;
}

/** One file waiting for its answer. */
interface FileTask {
  file: InputFile;
  /** Times this file was the one its worker was on when the worker failed or ran out of time. */
  strikes: number;
  settled: boolean;
  resolve(entries: ImportedCredential[]): void;
  reject(e: Error): void;
}

/** One request sent to a worker: its files, in order, and which have been answered. */
interface Request {
  id: number;
  tasks: FileTask[];
  answered: boolean[];
  opts: ImportOptions;
}

/** A worker and the requests it holds, oldest first (it answers them in that order). */
interface Slot {
  worker: Worker;
  /** The worker has loaded its libraries: from now on the time is its files'. */
  ready: boolean;
  /** Workers of this slot that failed in a row before they were ready. */
  startFailures: number;
  requests: Request[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class ImportPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private practiceState: PracticeState = 'idle';
  private practiceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Real work has been sent to the workers (or the pool closed): practice is over. */
  private workArrived = false;
  private practisedCount = 0;
  private replacedCount = 0;

  constructor(
    private readonly workerFile: string | null,
    readonly size = Math.max(1, availableParallelism()),
    private readonly options: PoolOptions = {},
  ) {}

  /** Work goes to worker threads (a built worker file exists); otherwise it runs in this thread. */
  get parallel(): boolean {
    return this.workerFile !== null && existsSync(this.workerFile);
  }

  /** Workers replaced so far because they exited, crashed or ran out of time. */
  get replaced(): number {
    return this.replacedCount;
  }

  /** The current worker threads (for tests and diagnostics: stopping one must cost no answer). */
  get threads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  private get budgetMs(): number {
    return this.options.fileTimeBudgetMs ?? FILE_TIME_BUDGET_MS;
  }

  /**
   * Start the workers now rather than on the first import, so they have loaded the
   * libraries and contexts before the learner drops anything. They do not practise until
   * asked (`prepareForImport`). For the shells; harmless when not parallel, and does
   * nothing when the workers have started already.
   */
  warm(): void {
    if (this.parallel) this.start();
  }

  /** Where the practice is. */
  get practice(): PracticeState {
    return this.parallel ? this.practiceState : 'unavailable';
  }

  /** Practice credentials the workers have verified so far. */
  get practised(): number {
    return this.practisedCount;
  }

  /**
   * The learner is about to import (or the wallet is large): let the workers practise on
   * built-in credentials, starting after `delayMs` (starting the workers first if needed),
   * until real work arrives. Asking again changes nothing, except that a shorter wait
   * replaces a longer one. Returns where the practice is.
   */
  prepareForImport(delayMs = 0): PracticeState {
    if (!this.parallel) return 'unavailable';
    if (this.practiceState !== 'idle' && this.practiceState !== 'waiting') return this.practiceState;
    if (this.workArrived) return (this.practiceState = 'stopped');
    this.start();
    if (delayMs <= 0) {
      clearTimeout(this.practiceTimer);
      this.practiceTimer = undefined;
      this.runPractice();
    } else if (this.practiceState === 'idle') {
      this.practiceState = 'waiting';
      this.practiceTimer = setTimeout(() => {
        this.practiceTimer = undefined;
        if (this.practiceState === 'waiting') this.runPractice();
      }, delayMs);
      // A pending practice must not keep a process alive.
      this.practiceTimer.unref();
    }
    return this.practiceState;
  }

  private runPractice(): void {
    this.practiceState = 'practising';
    const busy = (): boolean => this.workArrived;
    const rounds = this.options.practiceRounds;
    void Promise.all(
      this.slots.map((_, w) =>
        practise({
          ...(rounds !== undefined ? { rounds } : {}),
          busy,
          verify: async (files) => {
            const perFile = await this.run(w, files, {});
            this.practisedCount += files.length;
            return perFile.flat();
          },
        }),
      ),
    ).then(
      () => (this.practiceState = this.workArrived ? 'stopped' : 'done'),
      () => (this.practiceState = 'stopped'),
    );
  }

  private start(): Slot[] {
    if (this.slots.length > 0 || !this.workerFile) return this.slots;
    for (let i = 0; i < this.size; i++) {
      const slot: Slot = { worker: this.spawn(), ready: false, startFailures: 0, requests: [], timer: undefined };
      this.listen(slot);
      this.slots.push(slot);
    }
    return this.slots;
  }

  private spawn(): Worker {
    // Practice is sent as requests when asked for (prepareForImport), never begun by the worker itself.
    const w = new Worker(this.workerFile as string);
    // Idle workers must not keep a CLI or a test process alive.
    w.unref();
    return w;
  }

  private listen(slot: Slot): void {
    const w = slot.worker;
    w.on('message', (reply: WorkerReply) => {
      if (slot.worker !== w) return;
      if (reply.kind === 'ready') {
        slot.ready = true;
        slot.startFailures = 0;
        return this.arm(slot, true);
      }
      const req = slot.requests.find((r) => r.id === reply.id);
      if (!req) return;
      if (reply.kind === 'file') {
        const task = req.tasks[reply.index];
        if (task && !req.answered[reply.index]) {
          req.answered[reply.index] = true;
          settle(task, reply.entries);
        }
      } else {
        // The request could not be answered at all: its unanswered files say so, each its own.
        req.tasks.forEach((t, i) => {
          if (!req.answered[i]) settle(t, [unfinishedFileEntry(t.file, msg('import.file_failed'), nowOf(req.opts))]);
        });
        req.answered.fill(true);
      }
      if (req.answered.every(Boolean)) slot.requests.splice(slot.requests.indexOf(req), 1);
      this.arm(slot, true);
    });
    const fail = (): void => {
      if (slot.worker === w) this.replace(slot, msg('import.worker_failed'));
    };
    w.on('error', fail);
    w.on('exit', fail);
  }

  /**
   * Keeps the slot's watchdog: running while the worker holds work, restarted at each sign of
   * progress (`progress`), never restarted by new work alone.
   */
  private arm(slot: Slot, progress: boolean): void {
    const busy = slot.requests.length > 0;
    if (busy) slot.worker.ref();
    else slot.worker.unref();
    if (!busy || progress) {
      clearTimeout(slot.timer);
      slot.timer = undefined;
    }
    if (busy && slot.timer === undefined) {
      slot.timer = setTimeout(
        () => {
          slot.timer = undefined;
          this.replace(slot, msg('import.took_too_long'));
        },
        slot.ready ? this.budgetMs : WORKER_START_BUDGET_MS,
      );
      slot.timer.unref();
    }
  }

  /**
   * The slot's worker exited, crashed or ran out of time: a fresh worker takes its place and
   * its unanswered files. The file it was on (the first unanswered one of its oldest request)
   * is tried once more alone; the second time it gets its own entry saying why. A worker
   * that failed before it was ready was on no file: its files all go to the fresh worker,
   * unless workers keep failing to start, when each file is reported on its own.
   */
  private replace(slot: Slot, why: Message): void {
    const old = slot.worker;
    const wasReady = slot.ready;
    slot.ready = false;
    if (wasReady) slot.startFailures = 0;
    else slot.startFailures++;
    const held = slot.requests.splice(0);
    clearTimeout(slot.timer);
    slot.timer = undefined;
    old.removeAllListeners('message');
    void old.terminate().catch(() => undefined);
    this.replacedCount++;
    slot.worker = this.spawn();
    this.listen(slot);
    if (slot.startFailures >= START_FAILURES_ALLOWED) {
      slot.startFailures = 0;
      for (const req of held)
        for (const t of req.tasks)
          settle(t, [unfinishedFileEntry(t.file, msg('import.worker_failed'), nowOf(req.opts))]);
      return;
    }
    let culprit: { task: FileTask; opts: ImportOptions } | undefined;
    const again: { tasks: FileTask[]; opts: ImportOptions }[] = [];
    for (const req of held) {
      const open = req.tasks.filter((t, i) => !req.answered[i] && !t.settled);
      if (wasReady && !culprit && open[0]) {
        culprit = { task: open[0], opts: req.opts };
        open.shift();
      }
      if (open.length > 0) again.push({ tasks: open, opts: req.opts });
    }
    for (const a of again) this.send(slot, a.tasks, a.opts);
    if (culprit) {
      culprit.task.strikes++;
      if (culprit.task.strikes >= 2)
        settle(culprit.task, [unfinishedFileEntry(culprit.task.file, why, nowOf(culprit.opts))]);
      else this.send(slot, [culprit.task], culprit.opts);
    }
  }

  private send(slot: Slot, tasks: FileTask[], opts: ImportOptions): void {
    const id = this.nextId++;
    const { now, ...options } = opts;
    const req: WorkerRequest = {
      id,
      files: tasks.map((t) => t.file),
      options,
      ...(now ? { now: now.toISOString() } : {}),
    };
    slot.requests.push({ id, tasks, answered: tasks.map(() => false), opts });
    this.arm(slot, false);
    slot.worker.postMessage(req);
  }

  /** The files' entries, one list per file, from the `slotIndex`-th worker (or its replacement). */
  private run(slotIndex: number, files: readonly InputFile[], opts: ImportOptions): Promise<ImportedCredential[][]> {
    const slot = this.slots[slotIndex];
    if (!slot) return Promise.reject(new Error('The verification workers were stopped.'));
    const tasks: FileTask[] = [];
    const answers = files.map(
      (file) =>
        new Promise<ImportedCredential[]>((resolve, reject) =>
          tasks.push({ file, strikes: 0, settled: false, resolve, reject }),
        ),
    );
    this.send(slot, tasks, opts);
    return Promise.all(answers);
  }

  /** Same contract as importFiles: one entry per credential, in the order of the files. */
  async importFiles(files: readonly InputFile[], opts: ImportOptions = {}): Promise<ImportedCredential[]> {
    if (!this.parallel) return importFiles(files, opts);
    if (files.length === 0) return [];
    const slots = this.start();
    // Practice stops before its next credential: this request is answered next.
    this.workArrived = true;
    // A status list in one worker's share must answer for credentials in every share.
    const inBatch = statusListsInBatch(files);
    if (inBatch.length > 0) opts = { ...opts, statusLists: [...(opts.statusLists ?? []), ...inBatch] };
    // Interleave: file i goes to worker i mod n, so slow and fast files spread evenly.
    const shares: { index: number; file: InputFile }[][] = slots.map(() => []);
    files.forEach((file, index) => shares[index % slots.length]?.push({ index, file }));
    const results = await Promise.all(
      shares.map((share, w) =>
        share.length === 0
          ? Promise.resolve([])
          : this.run(
              w,
              share.map((s) => s.file),
              opts,
            ),
      ),
    );
    const byFile = new Map<number, ImportedCredential[]>();
    results.forEach((perFile, w) => (shares[w] ?? []).forEach(({ index }, k) => byFile.set(index, perFile[k] ?? [])));
    return files.flatMap((_, i) => byFile.get(i) ?? []);
  }

  async close(): Promise<void> {
    this.workArrived = true;
    clearTimeout(this.practiceTimer);
    if (this.practiceState === 'waiting') this.practiceState = 'stopped';
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
    // Requests the terminated workers will never answer.
    const stopped = new Error('The verification workers were stopped.');
    for (const slot of slots) for (const req of slot.requests) for (const t of req.tasks) fail(t, stopped);
  }
}

function settle(task: FileTask, entries: ImportedCredential[]): void {
  if (task.settled) return;
  task.settled = true;
  task.resolve(entries);
}

function fail(task: FileTask, e: Error): void {
  if (task.settled) return;
  task.settled = true;
  task.reject(e);
}

function nowOf(opts: ImportOptions): Date {
  return opts.now ?? new Date();
}
