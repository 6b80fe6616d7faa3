/**
 * Reads dropped or chosen files as bytes (a batch in one combined read), sends them to main
 * in batches over the bridge (up to 100 files or 32 MiB per request), and stores what comes
 * back. A file whose bytes start like a zip archive (`PK\x03\x04`, whatever its name) is not
 * sent as a credential: once the given files are stored, main opens each archive
 * (`openArchive`) and its entries are imported the same way, in the same batches, each
 * stored with the archive as where it came from (`origin`); entries left out and archives
 * that cannot be opened are reported, and the archive itself is never stored. Hidden entries
 * (`.DS_Store`, `__MACOSX/`) are left out. The outcome counts the files added by what they
 * are: credentials, supporting documents, files that are not credentials. Each batch is stored in its own transaction as soon as it is verified, so a failure
 * later never loses what was already stored; an import that stops (a failed answer, a file
 * that cannot be read) says how many files were stored and which were not. Two batches are in flight at once, and each
 * loop reads its next batch while main verifies the one it sent and sends it as soon as the
 * answer arrives, before storing that answer, so main does not wait on the page (the
 * pipeline, pipeline.ts). The bridge and the repository are given by the caller; this module
 * never reaches for a shared instance.
 */
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, type FilePayload, type WalletApi } from '../../src-shared/bridge';
import { base64ToBytes, bytesToBase64, bytesToHex } from '../../src-shared/bytes';
import type { Origin } from '../../src-shared/credential';
import type { Message } from '../../src-shared/i18n';
import type { CredentialRepository } from '../db/credential-repository';
import { kindOf, type CredentialRecord } from '../db/records';
import { runPipeline } from './pipeline';
import { isHiddenPath } from './import-sources';

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

/** Something to tell about an archive: an entry left out (`entry`), or why nothing could be taken out of it. */
export interface ArchiveNote {
  archive: string;
  entry?: string;
  problem: Message;
}

export interface ImportOutcome {
  /** Entries added (a file holding several credentials adds several). */
  added: number;
  /**
   * Supporting documents among the added (status lists, keys, issuer profiles, BadgeClasses,
   * revocation lists): stored credentials that point to one may now be answerable.
   */
  heldDocumentsAdded: number;
  /** Files added, each counted once by what it holds: at least one credential … */
  credentials: number;
  /** … else supporting documents (keys, issuer profiles, BadgeClasses, status and revocation lists) … */
  supporting: number;
  /** … else nothing the wallet reads as a credential. */
  notCredentials: number;
  alreadyStored: number;
  /** Files that arrived as copies of a credential already stored, kept with it. */
  merged: number;
  tooLarge: string[];
  /** Archive entries left out, and archives that could not be opened. */
  archiveNotes: ArchiveNote[];
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

/** The wallet's other supporting documents (keys, issuer profiles, BadgeClasses …), sent along so main can check offline. */
export async function supportingPayloads(repo: CredentialRepository): Promise<FilePayload[]> {
  return (await repo.supportingFiles()).map((f) => ({ name: f.name, bytesBase64: bytesToBase64(f.bytes) }));
}

/** What an import or re-check request carries besides its files: the wallet's status lists and supporting documents. */
export async function heldDocuments(
  repo: CredentialRepository,
): Promise<{ statusLists?: FilePayload[]; supporting?: FilePayload[] }> {
  const [statusLists, supporting] = await Promise.all([statusListPayloads(repo), supportingPayloads(repo)]);
  return {
    ...(statusLists.length > 0 ? { statusLists } : {}),
    ...(supporting.length > 0 ? { supporting } : {}),
  };
}

/** Whether bytes start like a zip archive (a local file header), whatever the file is called. */
export function isZipBytes(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The name an archive entry is shown under: its last path segment (the entry's full name stays in `origin`). */
export function entryFileName(entry: string): string {
  const last = entry
    .split(/[/\\]/)
    .filter((s) => s !== '')
    .at(-1);
  return last ?? entry;
}

/** What one file added to the wallet is, from the entries it added: a credential wins, then a supporting document. */
function fileKind(kinds: ReadonlySet<ReturnType<typeof kindOf>>): 'credentials' | 'supporting' | 'notCredentials' {
  if (kinds.has('achievement') || kinds.has('presentation')) return 'credentials';
  if (kinds.has('supporting') || kinds.has('status-list')) return 'supporting';
  return 'notCredentials';
}

/** Counts the files of added records by what they are. */
export function countAddedFiles(
  added: readonly CredentialRecord[],
): Record<'credentials' | 'supporting' | 'notCredentials', number> {
  const byFile = new Map<string, Set<ReturnType<typeof kindOf>>>();
  for (const rec of added) {
    const kinds = byFile.get(rec.fileSha256) ?? new Set();
    kinds.add(kindOf(rec));
    byFile.set(rec.fileSha256, kinds);
  }
  const counts = { credentials: 0, supporting: 0, notCredentials: 0 };
  for (const kinds of byFile.values()) counts[fileKind(kinds)] += 1;
  return counts;
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

/** What the import needs of the bridge: the import request, and opening an archive. */
export type ImportBridge = Pick<WalletApi, 'importCredentials' | 'openArchive'>;

/** One file to import, and the archive it was taken from (when it was). */
interface ImportItem {
  file: File;
  origin?: Origin;
}

export async function importFiles(
  files: readonly File[],
  bridge: ImportBridge,
  repo: CredentialRepository,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    added: 0,
    heldDocumentsAdded: 0,
    credentials: 0,
    supporting: 0,
    notCredentials: 0,
    alreadyStored: 0,
    merged: 0,
    tooLarge: [],
    archiveNotes: [],
    storedFiles: 0,
    notStored: [],
  };
  const storedSet = new Set<File>();
  const tooLargeSet = new Set<File>();
  let total = files.length;
  let done = 0;
  onProgress({ done, total });
  if (total === 0) return outcome;
  // The wallet's status lists and supporting documents are read while the first batch is read
  // (both wait on the browser), not before it. A batch awaits them before its request; a failed
  // read still fails the import there, and is not reported as unhandled when no batch gets that far.
  const knownRead = heldDocuments(repo);
  knownRead.catch(() => undefined);
  // Archives found among the given files (by their bytes), opened once those files are stored.
  const archives: { file: File; bytes: Uint8Array }[] = [];

  // The next batch: up to BATCH_SIZE files or BATCH_BYTES, whichever comes first. Sizes are
  // asked for here, batch by batch, when a loop takes its next batch (each is a round trip to
  // the browser), so that work overlaps with the other batch in flight.
  interface Batch {
    count: number;
    accepted: ImportItem[];
    sizes: number[];
  }
  function* batches(items: readonly ImportItem[]): Generator<Batch> {
    let next = 0;
    while (next < items.length) {
      const accepted: ImportItem[] = [];
      const sizes: number[] = [];
      let count = 0;
      let bytes = 0;
      while (next < items.length && count < BATCH_SIZE) {
        const item = items[next] as ImportItem;
        const size = item.file.size;
        // A file too large to import is only named, so it never closes a batch.
        if (size <= MAX_FILE_BYTES && batchIsFull(accepted.length, bytes, size)) break;
        next += 1;
        count += 1;
        if (size > MAX_FILE_BYTES) {
          outcome.tooLarge.push(item.file.name);
          tooLargeSet.add(item.file);
        } else {
          accepted.push(item);
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
    items: readonly ImportItem[];
    request: Parameters<WalletApi['importCredentials']>[0] | null;
    bytesBySha: Map<string, Uint8Array>;
    originBySha: Map<string, Origin>;
  }
  const prepare = async ({ count, accepted, sizes }: Batch): Promise<Prepared> => {
    const read = await readFiles(
      accepted.map((a) => a.file),
      sizes,
    );
    // A zip given by the learner is opened later; one inside an archive is main's to open.
    const sent: { item: ImportItem; name: string; bytes: Uint8Array }[] = [];
    read.forEach((r, i) => {
      const item = accepted[i] as ImportItem;
      if (item.origin === undefined && isZipBytes(r.bytes)) archives.push({ file: item.file, bytes: r.bytes });
      else sent.push({ item, ...r });
    });
    const empty = { count, items: accepted, request: null, bytesBySha: new Map(), originBySha: new Map() };
    if (sent.length === 0) return empty;
    const shas = await Promise.all(sent.map((r) => sha256Hex(r.bytes)));
    const known = await knownRead;
    const originBySha = new Map<string, Origin>();
    sent.forEach((r, i) => {
      if (r.item.origin !== undefined && !originBySha.has(shas[i] as string))
        originBySha.set(shas[i] as string, r.item.origin);
    });
    return {
      count,
      items: accepted,
      bytesBySha: new Map(sent.map((r, i) => [shas[i] as string, r.bytes])),
      originBySha,
      request: { files: sent.map((r) => ({ name: r.name, bytesBase64: bytesToBase64(r.bytes) })), ...known },
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
      // Each entry taken from an archive remembers it (set here: main knows only the entry's bytes).
      const items =
        p.originBySha.size === 0
          ? res.value.items
          : res.value.items.map((it) => {
              const origin = p.originBySha.get(it.sha256);
              return origin === undefined ? it : { ...it, origin };
            });
      // Each batch is stored in its own transaction as soon as it is verified.
      const stored = await repo.addImported(items, p.bytesBySha);
      outcome.added += stored.added.length;
      outcome.heldDocumentsAdded += stored.added.filter(
        (r) => kindOf(r) === 'status-list' || kindOf(r) === 'supporting',
      ).length;
      outcome.alreadyStored += stored.alreadyStored.length;
      outcome.merged += stored.merged.length;
      const counts = countAddedFiles(stored.added);
      outcome.credentials += counts.credentials;
      outcome.supporting += counts.supporting;
      outcome.notCredentials += counts.notCredentials;
    }
    if (res === null || res.ok) {
      for (const item of p.items) if (item.origin === undefined && !isArchive(item.file)) storedSet.add(item.file);
      outcome.storedFiles = storedSet.size;
    }
    done += p.count;
    onProgress({ done, total });
  };
  const isArchive = (f: File): boolean => archives.some((a) => a.file === f);

  const runItems = async (items: readonly ImportItem[]): Promise<string | undefined> => {
    try {
      const { failure } = await runPipeline({
        items: batches(items),
        read: prepare,
        send,
        store,
        failure: (res: Answer | null) => (res && !res.ok ? res.error.message : undefined),
        inFlight: IN_FLIGHT,
        readAhead: READ_AHEAD,
      });
      return failure;
    } catch (e) {
      // A file that could not be read stops the import too; what was stored stays, and is counted.
      return e instanceof Error ? e.message : String(e);
    }
  };

  let failure = await runItems(files.map((file) => ({ file })));
  // Each archive, once the given files are stored: its entries through the same batches.
  for (const archive of failure === undefined ? archives : []) {
    const items = await openArchiveItems(bridge, archive.file.name, archive.bytes, outcome.archiveNotes);
    if (typeof items === 'string') {
      failure = items;
      break;
    }
    total += items.length;
    onProgress({ done, total });
    failure = items.length > 0 ? await runItems(items) : undefined;
    if (failure !== undefined) break;
    storedSet.add(archive.file);
    outcome.storedFiles = storedSet.size;
  }
  if (failure === undefined) return outcome;
  const notStored = files.filter((f) => !storedSet.has(f) && !tooLargeSet.has(f)).map((f) => f.name);
  return { ...outcome, error: failure, notStored };
}

/**
 * The files of one archive, as items to import (hidden entries left out), with what main
 * left out noted in `notes`; or the failure, as text, when main did not answer.
 */
async function openArchiveItems(
  bridge: Pick<WalletApi, 'openArchive'>,
  name: string,
  bytes: Uint8Array,
  notes: ArchiveNote[],
): Promise<ImportItem[] | string> {
  let res: Awaited<ReturnType<WalletApi['openArchive']>>;
  try {
    res = await bridge.openArchive({ file: { name, bytesBase64: bytesToBase64(bytes) } });
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (!res.ok) return res.error.message;
  const { entries, skipped, problem } = res.value;
  if (problem !== undefined) notes.push({ archive: name, problem });
  for (const s of skipped) if (!isHiddenPath(s.entry)) notes.push(s);
  return entries
    .filter((e) => !isHiddenPath(e.entry))
    .map((e) => ({
      file: new File([base64ToBytes(e.bytesBase64) as Uint8Array<ArrayBuffer>], entryFileName(e.entry)),
      origin: { archive: e.archive, entry: e.entry },
    }));
}
