/**
 * Verifies large batches in parallel: one worker thread per core, each running the same
 * import pipeline. Files are dealt out in interleaved chunks so every worker gets a
 * similar mix, and results come back in the caller's order. Where workers cannot start
 * (no built worker file, e.g. when running from sources), it falls back to the same
 * pipeline in this thread — slower, never different.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportedCredential } from '../../src-shared/credential';
import { importFiles, statusListsInBatch, type ImportOptions, type InputFile } from './import-service';

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

export class ImportPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<
    number,
    { resolve(perFile: ImportedCredential[][]): void; reject(e: Error): void }
  >();
  private nextId = 1;

  constructor(
    private readonly workerFile: string | null,
    readonly size = Math.max(1, availableParallelism()),
  ) {}

  get parallel(): boolean {
    return this.workerFile !== null && existsSync(this.workerFile) && this.size > 1;
  }

  /**
   * Start the workers now rather than on the first import, so they have loaded the
   * libraries and contexts before the learner drops anything, and let them practise on
   * built-in credentials until the first import (warm-up.ts). For the shells; harmless when
   * not parallel, and does nothing when the workers have started already.
   */
  warm(): void {
    if (this.parallel) this.start(true);
  }

  private start(practise = false): Worker[] {
    if (this.workers.length > 0 || !this.workerFile) return this.workers;
    for (let i = 0; i < this.size; i++) {
      const w = new Worker(this.workerFile, { workerData: { practise } });
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
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}
