/**
 * One supervised worker thread of the import pool, and the protocol it speaks. The worker
 * answers each file as soon as it is checked and works through its requests one file at a
 * time, in the order sent, so the slot always knows which file its worker is on. Each file
 * has a time budget (`FILE_TIME_BUDGET_MS`, counted from the worker's last answer; a new
 * worker's start has its own, `WORKER_START_BUDGET_MS`). A worker over budget is stopped,
 * and one that exits or crashes is noticed; either way a fresh worker takes its place at
 * once, the file it was on is tried once more alone, and the unanswered files of its
 * requests go to the fresh worker. A file that stops a worker twice gets its own entry
 * ("took too long to check", or "could not be checked"). A worker that keeps failing before
 * it is ready gives up its files, each reported on its own. No request is ever left waiting
 * on a dead worker, and nothing here verifies in the calling thread.
 */
import { FILE_TIME_BUDGET_MS, WORKER_START_BUDGET_MS } from '../../src-shared/limits';
import { Worker } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { msg, type Message } from '../../src-shared/i18n/spec';
import { unfinishedFileEntry, type ImportOptions, type InputFile } from './import-service';

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

// The budgets are limits like the others, kept with them (src-shared/limits.ts).
export { FILE_TIME_BUDGET_MS, WORKER_START_BUDGET_MS };

/**
 * Files per request, and requests the worker holds at once: a share is sent a few files at a
 * time, so a worker never holds a whole share's bytes (a thousand badge images are 80 MB) and
 * each file's bytes are copied to it shortly before it is checked.
 */
const FILES_PER_REQUEST = 8;
const REQUESTS_AHEAD = 2;

/** A worker that fails this many times in a row before it is ready gives up its files (each reported on its own). */
const START_FAILURES_ALLOWED = 3;

/** One file waiting for its answer. */
interface FileTask {
  file: InputFile;
  /** Times this file was the one its worker was on when the worker failed or ran out of time. */
  strikes: number;
  settled: boolean;
  resolve(entries: ImportedCredential[]): void;
  reject(e: Error): void;
}

/** One request sent to the worker: its files, in order, and which have been answered. */
interface Request {
  id: number;
  tasks: FileTask[];
  answered: boolean[];
  opts: ImportOptions;
}

export class WorkerSlot {
  private current: Worker;
  /** The worker has loaded its libraries: from now on the time is its files'. */
  private ready = false;
  /** Workers that failed in a row before they were ready. */
  private startFailures = 0;
  /** The requests the worker holds, oldest first (it answers them in that order). */
  private requests: Request[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files not yet sent, in order, a request's worth each. */
  private waiting: { tasks: FileTask[]; opts: ImportOptions }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly workerFile: string,
    private readonly budgetMs: number,
    /** Told each time a worker is replaced. */
    private readonly onReplaced: () => void = () => undefined,
  ) {
    this.current = this.spawn();
  }

  /** The worker thread now in this slot. */
  get worker(): Worker {
    return this.current;
  }

  /** The files' entries, one list per file, in order, whatever happens to the worker meanwhile. */
  run(files: readonly InputFile[], opts: ImportOptions): Promise<ImportedCredential[][]> {
    if (this.closed) return Promise.reject(new Error('The verification workers were stopped.'));
    const tasks: FileTask[] = [];
    const answers = files.map(
      (file) =>
        new Promise<ImportedCredential[]>((resolve, reject) =>
          tasks.push({ file, strikes: 0, settled: false, resolve, reject }),
        ),
    );
    for (let i = 0; i < tasks.length; i += FILES_PER_REQUEST)
      this.waiting.push({ tasks: tasks.slice(i, i + FILES_PER_REQUEST), opts });
    this.sendWaiting();
    return Promise.all(answers);
  }

  /** Stops the worker; requests it held fail. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const w = this.current;
    w.removeAllListeners();
    w.on('error', () => undefined);
    await w.terminate();
    const stopped = new Error('The verification workers were stopped.');
    for (const req of [...this.requests.splice(0), ...this.waiting.splice(0)])
      for (const t of req.tasks) fail(t, stopped);
  }

  private spawn(): Worker {
    // Practice is sent as requests when asked for (the pool's prepareForImport), never begun by the worker itself.
    const w = new Worker(this.workerFile);
    // Idle workers must not keep a CLI or a test process alive.
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      if (this.current === w) this.onReply(reply);
    });
    const failed = (): void => {
      if (this.current === w && !this.closed) this.replace(msg('import.worker_failed'));
    };
    w.on('error', failed);
    w.on('exit', failed);
    return w;
  }

  private onReply(reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      this.ready = true;
      this.startFailures = 0;
      return this.arm(true);
    }
    const req = this.requests.find((r) => r.id === reply.id);
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
    if (req.answered.every(Boolean)) this.requests.splice(this.requests.indexOf(req), 1);
    this.sendWaiting();
    this.arm(true);
  }

  /**
   * Keeps the watchdog: running while the worker holds work, restarted at each sign of
   * progress (`progress`), never restarted by new work alone.
   */
  private arm(progress: boolean): void {
    const busy = this.requests.length > 0;
    if (busy) this.current.ref();
    else this.current.unref();
    if (!busy || progress) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (busy && this.timer === undefined) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.replace(msg('import.took_too_long'));
        },
        this.ready ? this.budgetMs : WORKER_START_BUDGET_MS,
      );
      this.timer.unref();
    }
  }

  /**
   * The worker exited, crashed or ran out of time: a fresh worker takes its place and its
   * unanswered files. The file it was on (the first unanswered one of its oldest request) is
   * tried once more alone; the second time it gets its own entry saying why. A worker that
   * failed before it was ready was on no file: its files all go to the fresh worker, unless
   * workers keep failing to start, when each file is reported on its own.
   */
  private replace(why: Message): void {
    const old = this.current;
    const wasReady = this.ready;
    this.ready = false;
    if (wasReady) this.startFailures = 0;
    else this.startFailures++;
    const held = this.requests.splice(0);
    clearTimeout(this.timer);
    this.timer = undefined;
    old.removeAllListeners('message');
    void old.terminate().catch(() => undefined);
    this.onReplaced();
    this.current = this.spawn();
    if (this.startFailures >= START_FAILURES_ALLOWED) {
      this.startFailures = 0;
      for (const req of [...held, ...this.waiting.splice(0)])
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
    for (const a of again) this.send(a.tasks, a.opts);
    if (culprit) {
      culprit.task.strikes++;
      if (culprit.task.strikes >= 2)
        settle(culprit.task, [unfinishedFileEntry(culprit.task.file, why, nowOf(culprit.opts))]);
      else this.send([culprit.task], culprit.opts);
    }
    this.sendWaiting();
  }

  /** Sends waiting files while the worker holds fewer than REQUESTS_AHEAD requests. */
  private sendWaiting(): void {
    while (this.requests.length < REQUESTS_AHEAD) {
      const next = this.waiting.shift();
      if (!next) return;
      this.send(next.tasks, next.opts);
    }
  }

  private send(tasks: FileTask[], opts: ImportOptions): void {
    const id = this.nextId++;
    const { now, ...options } = opts;
    const req: WorkerRequest = {
      id,
      files: tasks.map((t) => t.file),
      options,
      ...(now ? { now: now.toISOString() } : {}),
    };
    this.requests.push({ id, tasks, answered: tasks.map(() => false), opts });
    this.arm(false);
    this.current.postMessage(req);
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
