/**
 * Reads dropped or chosen files as bytes (a batch in one combined read), sends them to main
 * in batches over the bridge (up to 100 files or 32 MiB per request), and stores what comes
 * back. Each batch is stored in its own transaction as soon as it is verified, so a failure
 * later never loses what was already stored; an import that stops (a failed answer, a file
 * that cannot be read) says how many files were stored and which were not. Two batches are in flight at once, and each
 * loop reads its next batch while main verifies the one it sent and sends it as soon as the
 * answer arrives, before storing that answer, so main does not wait on the page (the
 * pipeline, pipeline.ts). The bridge and the repository are given by the caller; this module
 * never reaches for a shared instance.
 */
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, type FilePayload, type WalletApi } from '../../src-shared/bridge';
import { bytesToBase64, bytesToHex } from '../../src-shared/bytes';
import { isStatusListRecord, type CredentialRepository } from '../db/credential-repository';
import { runPipeline } from './pipeline';

/**
 * Files per request: as many as a request may carry, so each costs fewer round trips and
 * transactions (the page, not verification, is the slow side of a large import). A batch
 * also closes at BATCH_BYTES, so a request of large files stays well under the shell's limit.
 */
export const BATCH_SIZE = MAX_FILES_PER_REQUEST;
export const BATCH_BYTES = 32 * 1024 * 1024;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: number;
  /** Status-list credentials among the added: stored credentials' revocation may now be answerable. */
  statusListsAdded: number;
  alreadyStored: number;
  tooLarge: string[];
  error?: string;
  /** Files whose batch was answered and stored (added, or already in the wallet). */
  storedFiles: number;
  /** When the import stopped (`error`): the files it did not store, in the order given (too large ones aside). */
  notStored: string[];
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

/** The wallet's status lists, sent along so main can answer revocation offline. */
export async function statusListPayloads(repo: CredentialRepository): Promise<FilePayload[]> {
  return (await repo.statusListFiles()).map((f) => ({ name: f.name, bytesBase64: bytesToBase64(f.bytes) }));
}

/** Whether a batch already holding `count` items of `bytes` must close before one more of `size`. */
function batchIsFull(count: number, bytes: number, size: number): boolean {
  return count > 0 && (count >= BATCH_SIZE || bytes + size > BATCH_BYTES);
}

/** Items split into batches of at most BATCH_SIZE items and BATCH_BYTES (an item larger than that goes alone). */
export function batchesOf<T>(items: readonly T[], bytesOf: (item: T) => number): T[][] {
  const out: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (batchIsFull(batch.length, bytes, size)) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += size;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/**
 * The bytes of each file. A batch is read as one Blob made of its files: one read instead
 * of one per file, which costs the page and the browser far less with many small files.
 * Each file's bytes are then copied out (a view would make IndexedDB store the whole batch
 * with every file). If the combined read fails (a file changed or vanished since it was
 * chosen), the files are read one by one, so the error names the file. `knownSizes`: the
 * files' sizes when the caller has asked for them already (in Chromium each `File.size` of a
 * chosen file is a synchronous round trip to the browser).
 */
export async function readFiles(
  files: readonly File[],
  knownSizes?: readonly number[],
): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (files.length > 1) {
    try {
      const all = new Uint8Array(await new Blob(files as File[]).arrayBuffer());
      const sizes = knownSizes?.length === files.length ? knownSizes : files.map((f) => f.size);
      if (sizes.reduce((a, b) => a + b, 0) === all.length) {
        let at = 0;
        return files.map((f, i) => {
          const end = at + (sizes[i] as number);
          const bytes = all.slice(at, end);
          at = end;
          return { name: f.name, bytes };
        });
      }
    } catch {
      // Read one by one below.
    }
  }
  return Promise.all(
    files.map(async (f) => {
      try {
        return { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) };
      } catch (e) {
        throw new Error(`${f.name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }),
  );
}

/** Requests in flight at once (each loop also holds its next batch, read and encoded). */
export const IN_FLIGHT = 2;
/** Batches each loop reads ahead while its request is out. */
const READ_AHEAD = 1;

/** What the import needs of the bridge: only the import request. */
export type ImportBridge = Pick<WalletApi, 'importCredentials'>;

export async function importFiles(
  files: readonly File[],
  bridge: ImportBridge,
  repo: CredentialRepository,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    added: 0,
    statusListsAdded: 0,
    alreadyStored: 0,
    tooLarge: [],
    storedFiles: 0,
    notStored: [],
  };
  const storedSet = new Set<File>();
  const tooLargeSet = new Set<File>();
  const total = files.length;
  let done = 0;
  onProgress({ done, total });
  if (total === 0) return outcome;
  // The wallet's status lists are read while the first batch is read (both wait on the
  // browser), not before it. A batch awaits them before its request; a failed read still fails
  // the import there, and is not reported as unhandled when no batch gets that far.
  const knownRead = statusListPayloads(repo);
  knownRead.catch(() => undefined);

  // The next batch: up to BATCH_SIZE files or BATCH_BYTES, whichever comes first. Sizes are
  // asked for here, batch by batch, when a loop takes its next batch (each is a round trip to
  // the browser), so that work overlaps with the other batch in flight.
  interface Batch {
    count: number;
    accepted: File[];
    sizes: number[];
  }
  function* batches(): Generator<Batch> {
    let next = 0;
    while (next < files.length) {
      const accepted: File[] = [];
      const sizes: number[] = [];
      let count = 0;
      let bytes = 0;
      while (next < files.length && count < BATCH_SIZE) {
        const f = files[next] as File;
        const size = f.size;
        // A file too large to import is only named, so it never closes a batch.
        if (size <= MAX_FILE_BYTES && batchIsFull(accepted.length, bytes, size)) break;
        next += 1;
        count += 1;
        if (size > MAX_FILE_BYTES) {
          outcome.tooLarge.push(f.name);
          tooLargeSet.add(f);
        } else {
          accepted.push(f);
          sizes.push(size);
          bytes += size;
        }
      }
      yield { count, accepted, sizes };
    }
  }

  // One batch read and encoded, ready to send (no request when none of its files may be sent).
  interface Prepared {
    count: number;
    files: readonly File[];
    request: Parameters<WalletApi['importCredentials']>[0] | null;
    bytesBySha: Map<string, Uint8Array>;
  }
  const prepare = async ({ count, accepted, sizes }: Batch): Promise<Prepared> => {
    const read = await readFiles(accepted, sizes);
    if (read.length === 0) return { count, files: accepted, request: null, bytesBySha: new Map() };
    const shas = await Promise.all(read.map((r) => sha256Hex(r.bytes)));
    const known = await knownRead;
    return {
      count,
      files: accepted,
      bytesBySha: new Map(read.map((r, i) => [shas[i] as string, r.bytes])),
      request: {
        files: read.map((r) => ({ name: r.name, bytesBase64: bytesToBase64(r.bytes) })),
        ...(known.length > 0 ? { statusLists: known } : {}),
      },
    };
  };
  type Answer = Awaited<ReturnType<WalletApi['importCredentials']>>;
  const send = (p: Prepared): Promise<Answer | null> =>
    p.request === null
      ? Promise.resolve(null)
      : bridge.importCredentials(p.request).catch((e: unknown): Answer => ({
          ok: false,
          error: { code: 'internal', message: e instanceof Error ? e.message : String(e) },
        }));
  const store = async (p: Prepared, res: Answer | null): Promise<void> => {
    if (res?.ok) {
      // Each batch is stored in its own transaction as soon as it is verified.
      const stored = await repo.addImported(res.value.items, p.bytesBySha);
      outcome.added += stored.added.length;
      outcome.statusListsAdded += stored.added.filter(isStatusListRecord).length;
      outcome.alreadyStored += stored.alreadyStored.length;
      for (const f of p.files) storedSet.add(f);
      outcome.storedFiles = storedSet.size;
    }
    done += p.count;
    onProgress({ done, total });
  };

  let failure: string | undefined;
  try {
    ({ failure } = await runPipeline({
      items: batches(),
      read: prepare,
      send,
      store,
      failure: (res: Answer | null) => (res && !res.ok ? res.error.message : undefined),
      inFlight: IN_FLIGHT,
      readAhead: READ_AHEAD,
    }));
  } catch (e) {
    // A file that could not be read stops the import too; what was stored stays, and is counted.
    failure = e instanceof Error ? e.message : String(e);
  }
  if (failure === undefined) return outcome;
  const notStored = files.filter((f) => !storedSet.has(f) && !tooLargeSet.has(f)).map((f) => f.name);
  return { ...outcome, error: failure, notStored };
}
