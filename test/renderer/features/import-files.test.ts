// The renderer's import loop, end to end in one process: real File objects, the real bridge
// dispatch (zod validation) and import service behind the bridge given to it, and the real repository
// on fake-indexeddb. What is checked: every batch is stored and counted, at most IN_FLIGHT
// requests are out at once, main is handed the next batch before the page stores the answer
// before it, and a failed answer stops the import without losing what was stored.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../src-shared/credential';
import type { WalletApi } from '../../../src-shared/bridge';
import { CHANNELS } from '../../../src-shared/channels';
import type { Result } from '../../../src-shared/result';
import { dispatch } from '../../../src-main/bridge/dispatch';
import { createServiceHandlers } from '../../../src-main/services/handlers';
import { CredentialRepository, type AddResult } from '../../../src-renderer/db/credential-repository';
import { openWalletDb } from '../../../src-renderer/db/database';
import {
  BATCH_SIZE,
  IN_FLIGHT,
  importFiles,
  type ImportBridge,
  type ImportProgress,
} from '../../../src-renderer/features/import-files';

type ImportRequest = Parameters<WalletApi['importCredentials']>[0];
type Answer = Awaited<ReturnType<WalletApi['importCredentials']>>;

const handlers = createServiceHandlers('browser');
let answerWith: (req: ImportRequest) => Promise<Answer> = async (req) =>
  (await dispatch(handlers, CHANNELS.importCredentials, req)) as Answer;
// The bridge the import is given forwards to `answerWith`, which each test may replace.
const bridge: ImportBridge = {
  importCredentials: (req) => answerWith(req),
  openArchive: async (req) =>
    (await dispatch(handlers, CHANNELS.openArchive, req)) as Awaited<ReturnType<WalletApi['openArchive']>>,
};
const realAnswer = answerWith;
afterEach(() => {
  answerWith = realAnswer;
});

let dbCounter = 0;
/** A repository that writes what it stores into `log`. */
function loggingRepo(log: string[]): CredentialRepository {
  const repo = new CredentialRepository(openWalletDb(`import-files-${++dbCounter}`));
  const add = repo.addImported.bind(repo);
  repo.addImported = async (
    items: readonly ImportedCredential[],
    bytes: ReadonlyMap<string, Uint8Array>,
  ): Promise<AddResult> => {
    const res = await add(items, bytes);
    log.push(`stored ${items[0]?.fileName ?? '?'}`);
    return res;
  };
  return repo;
}

/** Distinct small JSON files that are not credentials: each is kept, with the reason, as one entry. */
const jsonFiles = (n: number): File[] =>
  Array.from(
    { length: n },
    (_, i) => new File([JSON.stringify({ note: `file ${i}` })], `note-${String(i).padStart(3, '0')}.json`),
  );

describe('importFiles', () => {
  it('stores every batch and counts up to the total, with at most IN_FLIGHT requests out, handing main the next batch before storing the answer before it', async () => {
    const log: string[] = [];
    let out = 0;
    let most = 0;
    answerWith = async (req) => {
      out += 1;
      most = Math.max(most, out);
      log.push(`send ${req.files[0]?.name}`);
      const res = await realAnswer(req);
      out -= 1;
      log.push(`answer ${req.files[0]?.name}`);
      return res;
    };
    const repo = loggingRepo(log);
    const progress: ImportProgress[] = [];
    const n = 2 * BATCH_SIZE + 50;
    const outcome = await importFiles(jsonFiles(n), bridge, repo, (p) => progress.push(p));

    expect(outcome).toMatchObject({ added: n, alreadyStored: 0, tooLarge: [] });
    expect(outcome.error).toBeUndefined();
    const stored = await repo.list();
    expect(stored).toHaveLength(n);
    expect(stored.every((r) => r.problem !== undefined)).toBe(true);
    // Each file's original bytes are kept (the repository knows where).
    expect((await Promise.all(stored.map((r) => repo.originalBytes(r.key)))).every((b) => b !== undefined)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: n, total: n });
    expect(progress.every((p, i) => i === 0 || p.done >= (progress[i - 1] as ImportProgress).done)).toBe(true);
    expect(most).toBe(IN_FLIGHT);
    // Three batches, two loops: the loop that sent the first batch sends the third as soon as
    // the first one's answer is in, before that answer is stored.
    const third = `note-${String(2 * BATCH_SIZE).padStart(3, '0')}.json`;
    const at = (event: string): number => log.indexOf(event);
    expect(at(`send ${third}`)).toBeGreaterThan(at('answer note-000.json'));
    expect(at(`send ${third}`)).toBeLessThan(at('stored note-000.json'));
  });

  it('stops at an answer that fails: the error is given, no further batch is sent, and only batches answered well are stored', async () => {
    const log: string[] = [];
    const failing = `note-${String(BATCH_SIZE).padStart(3, '0')}.json`;
    let sent = 0;
    answerWith = async (req): Promise<Result<never>> => {
      sent += 1;
      if (req.files[0]?.name === failing)
        return { ok: false, error: { code: 'internal', message: 'The wallet service broke.' } };
      return (await realAnswer(req)) as Result<never>;
    };
    const repo = loggingRepo(log);
    const batches = 6;
    const outcome = await importFiles(jsonFiles(batches * BATCH_SIZE), bridge, repo, () => undefined);

    // The second request fails; at most the other loop's next batch may already be on its way.
    expect(sent).toBeLessThanOrEqual(2 + IN_FLIGHT);
    expect(sent).toBeLessThan(batches);

    expect(outcome.error).toBe('The wallet service broke.');
    const stored = (await repo.list()).map((r) => r.fileName);
    expect(stored.length).toBe(outcome.added);
    expect(stored.length % BATCH_SIZE).toBe(0);
    expect(stored).toContain('note-000.json');
    // Nothing of the failed batch.
    expect(
      stored.filter((name) => name >= failing && name < `note-${String(2 * BATCH_SIZE).padStart(3, '0')}.json`),
    ).toEqual([]);
    // It says how many files were stored, and which were not: every other file, in order.
    expect(outcome.storedFiles).toBe(stored.length);
    const storedNames = new Set(stored);
    expect(outcome.notStored).toEqual(
      jsonFiles(batches * BATCH_SIZE)
        .map((f) => f.name)
        .filter((name) => !storedNames.has(name)),
    );
    expect(outcome.notStored[0]).toBe(failing);
  });

  it('a file that cannot be read stops the import, and the outcome still counts what was stored and names the rest (no throw)', async () => {
    const files = jsonFiles(BATCH_SIZE + 3);
    const broken = files[BATCH_SIZE + 1] as File;
    Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('The file vanished.')) });
    // A size that does not match the bytes makes the combined read fall back to reading file by file.
    Object.defineProperty(broken, 'size', { value: 99 });
    const repo = loggingRepo([]);
    const outcome = await importFiles(files, bridge, repo, () => undefined);
    expect(outcome.error).toContain('The file vanished.');
    const stored = new Set((await repo.list()).map((r) => r.fileName));
    expect(outcome.storedFiles).toBe(stored.size);
    expect(outcome.notStored).toEqual(files.map((f) => f.name).filter((name) => !stored.has(name)));
    expect(outcome.notStored).toContain(broken.name);
  });
});
