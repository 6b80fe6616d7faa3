/**
 * Names and the version of the wallet's IndexedDB database, shared by the Dexie schema
 * (database.ts) and the early read (early-read.ts), which must not import Dexie.
 */
export const DB_NAME = 'manabi-wallet';

/** The newest schema version declared in database.ts. */
export const SCHEMA_VERSION = 5;

/** The IndexedDB version Dexie opens for SCHEMA_VERSION (Dexie stores its version × 10). */
export const IDB_VERSION = SCHEMA_VERSION * 10;

export const CREDENTIALS_TABLE = 'credentials';
export const MAP_INDEX_TABLE = 'mapIndex';
export const SETTINGS_TABLE = 'settings';
export const PATHWAYS_TABLE = 'pathways';
export const GENERATIONS_TABLE = 'generations';
/** The row of GENERATIONS_TABLE counting the writes to the credentials (record-store.ts). */
export const CREDENTIALS_GENERATION = 'credentials';
