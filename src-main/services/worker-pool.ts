/**
 * Verifies large batches in parallel: one worker thread per core, each running the same
 * import pipeline. Files are dealt out in interleaved chunks so every worker gets a
 * similar mix, and results come back in the caller's order. Where workers cannot start
 * (no built worker file, e.g. when running from sources), it falls back to the same
 * pipeline in this thread — slower, never different.
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
import { importFiles, statusListsInBatch, type ImportOptions, type InputFile } from './import-service';
import { practise } from './warm-up';

export interface WorkerRequest {
  id: number;
  files: InputFile[];
  now?: string;
  options: Omit<ImportOptions, 'now'>;
}

/** `perFile[i]` holds the entries of the request's i-th file. */
export type WorkerReply =
  { id: number; ok: true; perFile: ImportedCredential[][] } | { id: number; ok: false; message: string };

/** Below this many files one thread is faster than paying for the hand-over. */
export const MIN_PARALLEL_FILES = 4;

/**
 * Where the workers' practice is: never asked (`idle`), asked with a delay (`waiting`),
 * under way, `done` (every round), `stopped` (real work arrived, or the pool closed), or
 * `unavailable` (no worker threads: nothing to practise).
 */
export type PracticeState = 'idle' | 'waiting' | 'practising' | 'done' | 'stopped' | 'unavailable';

export interface PoolOptions {
  /** Rounds over the practice files per worker (default warm-up.ts's PRACTICE_ROUNDS). */
  practiceRounds?: number;
}

export class ImportPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<
    number,
    { resolve(perFile: ImportedCredential[][]): void; reject(e: Error): void }
  >();
  private nextId = 1;
  private practiceState: PracticeState = 'idle';
  private practiceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Real work has been sent to the workers (or the pool closed): practice is over. */
  private workArrived = false;
  private practisedCount = 0;

  constructor(
    private readonly workerFile: string | null,
    readonly size = Math.max(1, availableParallelism()),
    private readonly options: PoolOptions = {},
  ) {}

  get parallel(): boolean {
    return this.workerFile !== null && existsSync(this.workerFile) && this.size > 1;
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
      this.workers.map((w) =>
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

  private start(): Worker[] {
    if (this.workers.length > 0 || !this.workerFile) return this.workers;
    for (let i = 0; i < this.size; i++) {
      // Practice is sent as requests when asked for (prepareForImport), never begun by the worker itself.
      const w = new Worker(this.workerFile);
      w.on('message', (reply: WorkerReply) => {
        const p = this.pending.get(reply.id);
        if (!p) return;
        this.pending.delete(reply.id);
        if (reply.ok) p.resolve(reply.perFile);
        else p.reject(new Error(reply.message));
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      // Idle workers must not keep a CLI or a test process alive.
      w.unref();
      this.workers.push(w);
    }
    return this.workers;
  }

  private run(worker: Worker, files: InputFile[], opts: ImportOptions): Promise<ImportedCredential[][]> {
    const id = this.nextId++;
    const { now, ...options } = opts;
    const req: WorkerRequest = { id, files, options, ...(now ? { now: now.toISOString() } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage(req);
    }).finally(() => {
      if (this.pending.size === 0) for (const w of this.workers) w.unref();
    }) as Promise<ImportedCredential[][]>;
  }

  /** Same contract as importFiles: one entry per credential, in the order of the files. */
  async importFiles(files: readonly InputFile[], opts: ImportOptions = {}): Promise<ImportedCredential[]> {
    if (!this.parallel || files.length < MIN_PARALLEL_FILES) return importFiles(files, opts);
    const workers = this.start();
    // Practice stops before its next credential: this request is answered next.
    this.workArrived = true;
    // A status list in one worker's share must answer for credentials in every share.
    const inBatch = statusListsInBatch(files);
    if (inBatch.length > 0) opts = { ...opts, statusLists: [...(opts.statusLists ?? []), ...inBatch] };
    // Interleave: file i goes to worker i mod n, so slow and fast files spread evenly.
    const shares: { index: number; file: InputFile }[][] = workers.map(() => []);
    files.forEach((file, index) => shares[index % workers.length]?.push({ index, file }));
    const results = await Promise.all(
      shares.map((share, w) =>
        share.length === 0
          ? Promise.resolve([])
          : this.run(
              workers[w] as Worker,
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
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
    // Requests the terminated workers will never answer.
    for (const p of this.pending.values()) p.reject(new Error('The verification workers were stopped.'));
    this.pending.clear();
  }
}
