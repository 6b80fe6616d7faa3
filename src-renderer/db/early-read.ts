/**
 * The first read of the map index (and of the learner's settings, which the map also
 * needs), started before the rest of the app's code has loaded.
 * Opening IndexedDB and reading the index take a round trip through the browser's storage
 * service; started from the small entry chunk, that overlaps the download and compilation
 * of the app instead of following them. Plain IndexedDB (no Dexie, and no app module but
 * schema.ts at run time) keeps the entry chunk small.
 *
 * It only ever reads: it opens the database at exactly the version the app's schema declares
 * and gives up when that would create or upgrade it (a new wallet, or one from an older
 * version), leaving those to Dexie (database.ts). It reads what decides whether the index
 * can be used (the credential count and generation, map-index-store.ts) with the index, in
 * one transaction. The repositories take what was read: the credential repository when it
 * is a complete index of that count and generation, the settings repository after checking
 * it; when this gives up, they read through Dexie as usual.
 */
import type { StoredPathway, StoredSetting } from './database';
import {
  CREDENTIALS_GENERATION,
  CREDENTIALS_TABLE,
  DB_NAME,
  GENERATIONS_TABLE,
  IDB_VERSION,
  MAP_INDEX_TABLE,
  PATHWAYS_TABLE,
  SETTINGS_TABLE,
} from './schema';

/**
 * What the early read found: the credential count and generation and every map-index row,
 * and the rows the learner's settings are made from (checked by the settings repository, as
 * when it reads).
 */
export interface EarlyIndexRead {
  count: number;
  /** The credentials' write generation (0 when never counted). */
  generation: number;
  rows: { id: string; segments: string[] }[];
  settings: StoredSetting[];
  pathways: StoredPathway[];
}

let pending: Promise<EarlyIndexRead | null> | null = null;

/** The generation a `generations` row holds (0 when there is none). */
function generationOf(row: unknown): number {
  const value = (row as { value?: unknown } | undefined)?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * Read the count, the map index and the settings rows, or null when the database is absent,
 * older or unreadable. `onAsked` is called once the read has been asked of the browser (or
 * has given up): from then on the read goes on without the page's main thread.
 */
export function readIndexEarly(
  factory: IDBFactory = indexedDB,
  name = DB_NAME,
  onAsked: () => void = () => {},
): Promise<EarlyIndexRead | null> {
  let told = false;
  const asked = (): void => {
    if (!told) onAsked();
    told = true;
  };
  return new Promise<EarlyIndexRead | null>((answer) => {
    const resolve = (r: EarlyIndexRead | null): void => {
      asked();
      answer(r);
    };
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name, IDB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    // Creating or upgrading belongs to Dexie: abort, so nothing is created here.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      try {
        const tables = [CREDENTIALS_TABLE, GENERATIONS_TABLE, MAP_INDEX_TABLE, SETTINGS_TABLE, PATHWAYS_TABLE];
        if (!tables.every((t) => db.objectStoreNames.contains(t))) {
          db.close();
          resolve(null);
          return;
        }
        const tx = db.transaction(tables, 'readonly');
        const count = tx.objectStore(CREDENTIALS_TABLE).count();
        const generation = tx.objectStore(GENERATIONS_TABLE).get(CREDENTIALS_GENERATION);
        const settings = tx.objectStore(SETTINGS_TABLE).getAll();
        const pathways = tx.objectStore(PATHWAYS_TABLE).getAll();
        const rows = tx.objectStore(MAP_INDEX_TABLE).getAll();
        // Requests of a transaction succeed in order, and a read-only one has nothing to
        // commit: the answer is complete when the last request succeeds, a round trip
        // before the transaction reports completion.
        rows.onsuccess = () => {
          // For `npm run bench` (BENCH_DETAIL=1 prints it): when the index reached the page.
          performance.mark('index-read');
          resolve({
            count: count.result,
            generation: generationOf(generation.result),
            rows: rows.result as EarlyIndexRead['rows'],
            settings: settings.result as StoredSetting[],
            pathways: pathways.result as StoredPathway[],
          });
          db.close();
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          resolve(null);
        };
        asked();
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

/**
 * Start the early read (once); called by the entry chunk before it loads the app. Resolves
 * when the read has been asked of the browser, or has given up.
 */
export function startEarlyIndexRead(): Promise<void> {
  return new Promise((asked) => {
    if (!pending && typeof indexedDB !== 'undefined') pending = readIndexEarly(indexedDB, DB_NAME, asked);
    else asked();
  });
}

/** The early read's result, handed over once: later reads go to the database. */
export function takeEarlyIndexRead(): Promise<EarlyIndexRead | null> | null {
  const p = pending;
  pending = null;
  return p;
}
