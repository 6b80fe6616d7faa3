/**
 * Small, total helpers for reading untrusted JSON (credentials as found in the wild):
 * they never throw and never assume a shape. Shared by main and the domain code.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** JSON-LD allows one value or an array of them; absent means none. */
export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The id of a node given as a plain IRI string or as an object with `id`. */
export function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (isRecord(v) && typeof v['id'] === 'string') return v['id'];
  return undefined;
}
