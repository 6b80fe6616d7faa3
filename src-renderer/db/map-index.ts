/**
 * The map index's format: a compact copy of what the progress map needs from every stored
 * credential (its summary), kept in a few IndexedDB records (buckets) so a large wallet opens
 * quickly. Measured in Chromium, reading IndexedDB costs by the byte and by the record:
 * thousands of full records take over half a second, a few compact records of the same
 * credentials a few tens of ms. So a bucket holds many summaries, as JSON in which every
 * string is written once (ids, issuer names and property names repeat across credentials),
 * and descriptions are left out. An import adds its summaries to a bucket as a new row
 * (`b3/5`) beside the bucket's base row (`b3`); changes, and a bucket that would pass
 * MAX_SEGMENTS rows, merge the bucket back into its base row. Every credential's summary is
 * in exactly one row. The `meta` row holds the format and the generation of the credentials
 * the index reflects (see map-index-store.ts).
 *
 * Owns: the summary type, the bucket rule, the bucket text and the meta row's text. Pure:
 * no Dexie, no IndexedDB, and no import of any db module but records.ts (the store that
 * reads and writes these rows is map-index-store.ts).
 */
import type { CheckResult, VerificationStatus } from '../../src-shared/verification';
import type { CredentialRecord, StoredCredential } from './records';

/**
 * What the wallet keeps of a verification in the index: the status, when it was checked, and
 * only the checks that did not pass (a marker shows the first failure or caveat). Every check
 * with its detail stays in the full record, which the details panel reads.
 */
export interface VerificationSummary {
  status: VerificationStatus;
  checkedAt: string;
  checks: Omit<CheckResult, 'detail'>[];
}

/** What the index keeps of a normalized credential: all but the description. */
export type ShownCredential = Omit<CredentialRecord['normalized'], 'description'>;

/**
 * A stored credential as the index keeps it: no description, no original bytes, no digest and
 * no copies (the details panel reads the full record) and the short verification above. It
 * keeps what says what kind of entry it is (`kind`, `supportingKind`, `part`, the types and
 * every check that did not pass: `kindOf` in records.ts), why a file could not be read
 * (`problem`) and the archive it came in (`origin`). A full record is also a summary. The
 * storage type of the index, not what the map is given (that is credential-view.ts).
 */
export type CredentialSummary = Omit<
  CredentialRecord,
  'verification' | 'credentialId' | 'normalized' | 'digest' | 'copies'
> & {
  normalized: ShownCredential;
  verification: VerificationSummary;
};

/**
 * Bump when the summary's shape changes: an index in another format is rebuilt. Format 2:
 * summaries carry `kind`, `supportingKind` and `origin` (and leave out `digest` and `copies`).
 */
export const INDEX_FORMAT = 2;
/** The id of the record that holds the index's meta; bucket ids are `b0`…`b15`, appended rows `b0/0`, `b0/1`… */
export const INDEX_META_ID = 'meta';
/** Few buckets: about 300 summaries each at 5,000 credentials, still cheap to rewrite on a change. */
export const BUCKETS = 16;
/**
 * An import adds its summaries to a bucket as a new row instead of rewriting the bucket
 * (which would cost the whole index on every batch of a large import); a bucket is merged
 * back into its base row, as one segment, before it would have more rows than this, and
 * whenever a stored summary changes. (Indexes written before appended rows kept appended
 * segments inside the base row; a base row may still hold several, and is read the same way.)
 */
export const MAX_SEGMENTS = 8;

/**
 * What the meta record holds: the format of the index beside it and the generation of the
 * credentials it reflects (record-store.ts counts one per write).
 */
export function indexMetaJson(generation: number): string {
  return JSON.stringify({ format: INDEX_FORMAT, generation });
}

/**
 * Whether a meta record's text says the index is in this format and reflects this
 * generation. A meta written before generations existed (`{"format":1}`) reflects none.
 */
export function indexMetaMatches(json: string | undefined, generation: number): boolean {
  if (json === undefined) return false;
  try {
    const meta = JSON.parse(json) as { format?: unknown; generation?: unknown };
    return meta.format === INDEX_FORMAT && meta.generation === generation;
  } catch {
    return false;
  }
}

/** The bucket a credential key belongs to (FNV-1a of the key: any key shape spreads evenly). */
export function bucketOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `b${(h >>> 0) % BUCKETS}`;
}

export function summarize(rec: StoredCredential): CredentialSummary {
  const {
    verification,
    credentialId: _indexCopy,
    normalized,
    bytes: _original,
    digest: _digest,
    copies: _copies,
    copyFiles: _copyFiles,
    ...rest
  } = rec;
  const { description: _description, ...shown } = normalized;
  return {
    ...rest,
    normalized: shown,
    verification: {
      status: verification.status,
      checkedAt: verification.checkedAt,
      checks: verification.checks.filter((c) => c.outcome !== 'pass').map(({ detail: _detail, ...c }) => c),
    },
  };
}

/** One bucket's entries by credential key. */
export type Bucket = Record<string, CredentialSummary>;

/*
 * Bucket text: JSON of `{ s: [strings], k: [shapes], v: tree }`. In the tree a string is its
 * index in `s` (a JSON number), a number is written as text (`"#2.5"`), an object is an array
 * `[-1, shape, value…]` whose shape (an index in `k`) lists its property names as indexes in
 * `s`, and arrays, booleans and null stay as they are (an encoded array never starts with the
 * number -1). Summaries share a few shapes, so property names cost almost nothing, and
 * arrays decode faster than objects.
 */
type Tree = number | string | boolean | null | Tree[];
const OBJECT = -1;

export function encodeBucket(bucket: Bucket): string {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shapes: number[][] = [];
  const shapeIndex = new Map<string, number>();
  const intern = (str: string): number => {
    let i = stringIndex.get(str);
    if (i === undefined) {
      i = strings.length;
      strings.push(str);
      stringIndex.set(str, i);
    }
    return i;
  };
  // A shape is looked up by its names joined (property names hold no NUL), and its names
  // are interned only the first time it is seen. Plain loops: this runs for every value of
  // every summary an import adds.
  const shapeOf = (names: readonly string[]): number => {
    const sig = names.join('\u0000');
    let i = shapeIndex.get(sig);
    if (i === undefined) {
      i = shapes.length;
      shapes.push(names.map(intern));
      shapeIndex.set(sig, i);
    }
    return i;
  };
  const enc = (x: unknown): Tree => {
    if (typeof x === 'string') return intern(x);
    if (typeof x === 'number') return `#${x}`;
    if (typeof x === 'boolean' || x === null) return x;
    if (Array.isArray(x)) {
      const list: Tree[] = new Array<Tree>(x.length);
      for (let i = 0; i < x.length; i++) list[i] = enc(x[i]);
      return list;
    }
    if (typeof x === 'object') {
      const record = x as Record<string, unknown>;
      const names: string[] = [];
      for (const name of Object.keys(record)) if (record[name] !== undefined) names.push(name);
      const out: Tree[] = [OBJECT, shapeOf(names)];
      for (const name of names) out.push(enc(record[name]));
      return out;
    }
    throw new Error(`cannot index a ${typeof x}`);
  };
  const v = enc(bucket);
  return JSON.stringify({ s: strings, k: shapes, v });
}

export function decodeBucket(json: string): Bucket {
  const parsed = JSON.parse(json) as { s?: unknown; k?: unknown; v?: unknown };
  if (!Array.isArray(parsed.s) || !Array.isArray(parsed.k) || !Array.isArray(parsed.v) || parsed.v[0] !== OBJECT)
    return {};
  const strings = parsed.s as string[];
  const shapes = (parsed.k as number[][]).map((ids) => ids.map((i) => strings[i] as string));
  // Plain loops rather than map(): this runs once per value of every summary when a large
  // wallet opens (about a fifth faster, measured on a 5,000-credential index).
  const dec = (x: Tree): unknown => {
    switch (typeof x) {
      case 'number':
        return strings[x];
      case 'string':
        return Number(x.slice(1));
      case 'boolean':
        return x;
      default: {
        if (x === null) return null;
        if (x[0] === OBJECT) {
          const names = shapes[x[1] as number] ?? [];
          const out: Record<string, unknown> = {};
          for (let i = 0; i < names.length; i++) out[names[i] as string] = dec(x[i + 2] as Tree);
          return out;
        }
        const list = new Array<unknown>(x.length);
        for (let i = 0; i < x.length; i++) list[i] = dec(x[i] as Tree);
        return list;
      }
    }
  };
  return dec(parsed.v as Tree) as Bucket;
}

/** Every summary of a bucket's segments; a later segment wins for the same key. */
export function decodeSegments(segments: readonly string[]): Bucket {
  if (segments.length === 1) return decodeBucket(segments[0] as string);
  const out: Bucket = {};
  for (const seg of segments) Object.assign(out, decodeBucket(seg));
  return out;
}

/** Oldest import first, then by key: the order the map and the lists show. */
export function byImport(a: { importedAt: string; key: string }, b: { importedAt: string; key: string }): number {
  return a.importedAt < b.importedAt
    ? -1
    : a.importedAt > b.importedAt
      ? 1
      : a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0;
}
