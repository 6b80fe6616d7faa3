/**
 * Finding credentials on the map: the search (one box matching a credential's name, issuer,
 * field or identifiers, case- and width-insensitive) and the sort orders (issue date, level,
 * issuer, name). Owns how text is folded for matching and how ties are broken: every order
 * ends with the name (collated for the learner's language) and then the record key, so the
 * result never depends on the order records arrived in. Search text and sort keys are
 * computed once per entry, on first use (never at start-up), and cached with the entry.
 * Pure: no DOM, no storage; never changes what a credential says.
 */
import type { Lang } from '../../src-shared/i18n';
import type { CredentialView } from '../db/credential-view';
import { credentialName } from './credential-text';
import type { LevelGroup, MapEntry } from './map-model';

export const SORT_ORDERS = ['newest', 'level', 'issuer', 'name'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const DEFAULT_SORT: SortOrder = 'newest';

export function isSortOrder(v: string): v is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(v);
}

/** Text folded for matching: NFKC (full-width and half-width forms alike), then lower case. */
export function foldText(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w !== '');
}

type Findable = Pick<MapEntry, 'rec' | 'issuer' | 'field'>;

/** A value cached per object and language (the shown name of a credential depends on the language). */
class PerLang<V> {
  private readonly map = new WeakMap<object, Partial<Record<Lang, V>>>();
  get(o: object, lang: Lang): V | undefined {
    return this.map.get(o)?.[lang];
  }
  set(o: object, lang: Lang, v: V): void {
    const m = this.map.get(o) ?? {};
    m[lang] = v;
    this.map.set(o, m);
  }
}

const searchTexts = new PerLang<string>();

/** Everything a search looks in for one credential, folded: names, issuer, field and identifiers. */
export function searchText(e: Findable, lang: Lang): string {
  const hit = searchTexts.get(e, lang);
  if (hit !== undefined) return hit;
  const n = e.rec.normalized;
  const parts = [
    credentialName(n, lang),
    n.name,
    n.achievementName,
    e.issuer,
    n.issuerName,
    n.issuerId,
    e.field,
    n.credentialId,
    n.achievementId,
    n.subjectId,
    ...(n.subjectIdentifiers ?? []),
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  // A line break between parts: a query never matches across two of them.
  const text = foldText(parts.join('\n'));
  searchTexts.set(e, lang, text);
  return text;
}

/** Whether a credential matches every word of the query (a blank query matches all). */
export function matchesQuery(e: Findable, terms: readonly string[], lang: Lang): boolean {
  if (terms.length === 0) return true;
  const text = searchText(e, lang);
  return terms.every((w) => text.includes(w));
}

// One collator per language (building one per comparison is slow).
const collators: Partial<Record<Lang, Intl.Collator>> = {};
function collator(lang: Lang): Intl.Collator {
  return (collators[lang] ??= new Intl.Collator(lang));
}

interface SortKeys {
  name: string;
  issuer: string | null;
  /** Milliseconds since the epoch; null when the issue date is missing or unreadable. */
  issued: number | null;
  level: number | null;
  key: string;
}

const sortKeysCache = new PerLang<SortKeys>();

function keysOf(item: object, rec: CredentialView, issuer: string | null, level: number | null, lang: Lang): SortKeys {
  const hit = sortKeysCache.get(item, lang);
  if (hit !== undefined) return hit;
  const n = rec.normalized;
  const t = n.issuedOn === undefined ? NaN : Date.parse(n.issuedOn);
  const keys: SortKeys = {
    name: credentialName(n, lang),
    issuer,
    issued: Number.isNaN(t) ? null : t,
    level,
    key: rec.key,
  };
  sortKeysCache.set(item, lang, keys);
  return keys;
}

/** Missing values last, whatever the direction. */
function nullsLast<T>(a: T | null, b: T | null, cmp: (x: T, y: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return cmp(a, b);
}

function comparator(order: SortOrder, lang: Lang): (a: SortKeys, b: SortKeys) => number {
  const c = collator(lang);
  const byNameThenKey = (a: SortKeys, b: SortKeys): number =>
    c.compare(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  switch (order) {
    case 'newest':
      return (a, b) => nullsLast(a.issued, b.issued, (x, y) => y - x) || byNameThenKey(a, b);
    case 'level':
      return (a, b) => nullsLast(a.level, b.level, (x, y) => y - x) || byNameThenKey(a, b);
    case 'issuer':
      return (a, b) => nullsLast(a.issuer, b.issuer, c.compare) || byNameThenKey(a, b);
    case 'name':
      return byNameThenKey;
  }
}

function sortBy<T extends object>(items: readonly T[], keys: (t: T) => SortKeys, order: SortOrder, lang: Lang): T[] {
  const cmp = comparator(order, lang);
  return items
    .map((item) => ({ item, k: keys(item) }))
    .sort((a, b) => cmp(a.k, b.k))
    .map((x) => x.item);
}

/** Map entries in the chosen order. */
export function sortEntries(entries: readonly MapEntry[], order: SortOrder, lang: Lang): MapEntry[] {
  return sortBy(entries, (e) => keysOf(e, e.rec, e.issuer, e.place.level, lang), order, lang);
}

/** Stored records outside the map (presentations, supporting files) in the chosen order. */
export function sortRecords<R extends CredentialView>(records: readonly R[], order: SortOrder, lang: Lang): R[] {
  return sortBy(
    records,
    (r) => keysOf(r, r, r.normalized.issuerName ?? r.normalized.issuerId ?? null, null, lang),
    order,
    lang,
  );
}

/** The map's groups with each field group's credentials in the chosen order; totals and counts as given. */
export function sortGroups(groups: readonly LevelGroup[], order: SortOrder, lang: Lang): LevelGroup[] {
  return groups.map((g) => ({
    ...g,
    fields: g.fields.map((f) => ({ ...f, entries: sortEntries(f.entries, order, lang) })),
  }));
}
