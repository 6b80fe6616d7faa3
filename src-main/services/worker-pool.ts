/**
 * Verifies batches on worker threads, one per core, each running the same import pipeline:
 * the shell's main thread never verifies (a batch of one file goes to a worker too). Files
 * are dealt out in interleaved chunks so every worker gets a similar mix, and results come
 * back in the caller's order. Where workers cannot start (no built worker file, e.g. when
 * running from sources), it falls back to the same pipeline in this thread — slower, never
 * different.
 *
 * The pool survives its workers: each is a supervised slot (worker-slot.ts) that replaces a
 * worker which exits, crashes or spends over `FILE_TIME_BUDGET_MS` on one file, and answers
 * every file it was given, the one that stopped a worker twice with its own entry.
 *
 * Practice (warm-up.ts) is something the pool does only when asked (`prepareForImport`: the
 * learner is about to import, or the wallet is already large), never because it started:
 * an idle start must not spend the learner's CPU. It goes to each worker one practice
 * credential at a time, as ordinary requests, and stops for good before its next credential
 * once real work has been sent to the workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { heldDocumentsInBatch, importFiles, type ImportOptions, type InputFile } from './import-service';
import { practise } from './warm-up';
import { FILE_TIME_BUDGET_MS, WorkerSlot } from './worker-slot';

export { FILE_TIME_BUDGET_MS, WORKER_START_BUDGET_MS, type WorkerReply, type WorkerRequest } from './worker-slot';

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

export class ImportPool {
  private slots: WorkerSlot[] = [];
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
      this.slots.map((slot) =>
        practise({
          ...(rounds !== undefined ? { rounds } : {}),
          busy,
          verify: async (files) => {
            const perFile = await slot.run(files, {});
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

  private start(): WorkerSlot[] {
    if (this.slots.length > 0 || !this.workerFile) return this.slots;
    const budget = this.options.fileTimeBudgetMs ?? FILE_TIME_BUDGET_MS;
    for (let i = 0; i < this.size; i++)
      this.slots.push(new WorkerSlot(this.workerFile, budget, () => this.replacedCount++));
    return this.slots;
  }

  /** Same contract as importFiles: one entry per credential, in the order of the files. */
  async importFiles(files: readonly InputFile[], opts: ImportOptions = {}): Promise<ImportedCredential[]> {
    if (!this.parallel) return importFiles(files, opts);
    if (files.length === 0) return [];
    const slots = this.start();
    // Practice stops before its next credential: this request is answered next.
    this.workArrived = true;
    // A status list in one worker's share must answer for credentials in every share; so must a
    // key, an Issuer profile or a BadgeClass (each file looked at once for both).
    const held = heldDocumentsInBatch(files);
    if (held.statusLists.length > 0)
      opts = { ...opts, statusLists: [...(opts.statusLists ?? []), ...held.statusLists] };
    if (held.supporting.length > 0) opts = { ...opts, supporting: [...(opts.supporting ?? []), ...held.supporting] };
    // Interleave: file i goes to worker i mod n, so slow and fast files spread evenly.
    const shares: { index: number; file: InputFile }[][] = slots.map(() => []);
    files.forEach((file, index) => shares[index % slots.length]?.push({ index, file }));
    const results = await Promise.all(
      shares.map((share, w) =>
        share.length === 0
          ? Promise.resolve([])
          : (slots[w] as WorkerSlot).run(
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
    // Requests the stopped workers will never answer fail.
    await Promise.all(this.slots.splice(0).map((s) => s.close()));
  }
}
