// Finding credentials on the map: the search (names, issuer, field, identifiers; width- and
// case-insensitive) and the sort orders, including the default and how ties are broken.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../../src-shared/credential';
import { viewOf, type CredentialView } from '../../../src-renderer/db/credential-view';
import {
  DEFAULT_SORT,
  foldText,
  sortEntries,
  sortGroups,
  sortRecords,
  type SortOrder,
} from '../../../src-renderer/features/map-find';
import {
  NO_FILTER,
  buildMapModel,
  filterEntries,
  groupByLevel,
  isFiltering,
  type MapEntry,
} from '../../../src-renderer/features/map-model';
import { issuedOnText } from '../../../src-renderer/features/credential-text';

const ME = 'did:example:me';
const NOW = '2026-06-01T00:00:00Z';

function rec(key: string, over: Partial<NormalizedCredential>): CredentialView {
  const k = key.padStart(64, '0');
  return viewOf({
    key: k,
    fileSha256: k,
    fileName: `${key}.json`,
    mediaType: 'application/ld+json',
    importedAt: NOW,
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `Course ${key}`,
      alignments: [],
      subjectId: ME,
      subjectIdentifiers: [ME],
      ...over,
    },
    verification: { status: 'verified', checks: [], checkedAt: NOW },
  });
}

const records = [
  rec('a', {
    name: 'データサイエンス入門',
    issuerName: 'ＡＢＣ大学',
    issuerId: 'did:web:abc.example',
    fieldOfStudy: 'Informatics',
    credentialId: 'urn:uuid:1111-aaaa',
    issuedOn: '2023-04-01T00:00:00Z',
    eqfLevel: '5',
  }),
  rec('b', {
    name: 'Intro to Statistics',
    issuerName: 'Tokyo Uni',
    issuerId: 'did:key:z6MkStats',
    fieldOfStudy: 'Mathematics',
    subjectIdentifiers: [ME, 'mailto:hanako@example.jp', 'hashed:sha256$deadbeef'],
    issuedOn: '2024-09-15T00:00:00Z',
    eqfLevel: '6',
  }),
  rec('c', { name: 'ｶﾀｶﾅ講座', issuerName: 'Kana School', issuedOn: '2022-01-10T00:00:00Z' }),
  rec('d', { name: 'Intro to Statistics', issuerName: 'Aoba College', issuedOn: '2024-09-15T00:00:00Z' }),
  rec('e', { name: 'No date', issuerName: 'Zeta Institute' }),
];

const model = buildMapModel(records, 'eqf', 'en', [ME]);
const search = (query: string): string[] =>
  filterEntries(model.entries, { ...NO_FILTER, query }, 'en')
    .map((e) => e.rec.fileName)
    .sort();
const order = (entries: readonly MapEntry[], o: SortOrder, lang: 'en' | 'ja' = 'en'): string[] =>
  sortEntries(entries, o, lang).map((e) => e.rec.fileName);

describe('search', () => {
  it('folds full-width and half-width forms and case alike', () => {
    expect(foldText('ＡＢＣ')).toBe('abc');
    expect(foldText('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(search('abc')).toEqual(['a.json']);
    expect(search('ａｂｃ大学')).toEqual(['a.json']);
    expect(search('カタカナ')).toEqual(['c.json']);
    expect(search('ｶﾀｶﾅ')).toEqual(['c.json']);
    expect(search('INTRO TO')).toEqual(['b.json', 'd.json']);
  });

  it('matches the name, the issuer name and the field', () => {
    expect(search('データ')).toEqual(['a.json']);
    expect(search('aoba')).toEqual(['d.json']);
    expect(search('mathematics')).toEqual(['b.json']);
  });

  it('matches the issuer id, the credential id and the subject identifiers', () => {
    expect(search('did:web:abc')).toEqual(['a.json']);
    expect(search('z6mkstats')).toEqual(['b.json']);
    expect(search('urn:uuid:1111')).toEqual(['a.json']);
    expect(search('hanako@example.jp')).toEqual(['b.json']);
    expect(search('deadbeef')).toEqual(['b.json']);
    // Everyone's own subject id matches everything that names it.
    expect(search(ME)).toHaveLength(5);
  });

  it('needs every word, never matches across two parts, and a blank query is no filter', () => {
    expect(search('intro aoba')).toEqual(['d.json']);
    expect(search('statistics tokyo')).toEqual(['b.json']);
    expect(search('statistics zeta')).toEqual([]);
    expect(search('statistics\ntokyo uni')).toEqual(['b.json']);
    expect(search('statisticstokyo')).toEqual([]);
    expect(isFiltering({ ...NO_FILTER, query: '  　' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, query: 'x' })).toBe(true);
    expect(search('   ')).toHaveLength(5);
  });

  it('applies together with the other filters', () => {
    const found = filterEntries(model.entries, { ...NO_FILTER, query: 'intro', issuer: 'Tokyo Uni' }, 'en');
    expect(found.map((e) => e.rec.fileName)).toEqual(['b.json']);
    expect(filterEntries(model.entries, { ...NO_FILTER, query: 'intro', field: 'Informatics' }, 'en')).toEqual([]);
  });
});

describe('sort', () => {
  it('defaults to the newest first, undated last, ties by name then key', () => {
    expect(DEFAULT_SORT).toBe('newest');
    // b and d share a date and a name: the record key decides, whatever order they came in.
    expect(order(model.entries, 'newest')).toEqual(['b.json', 'd.json', 'a.json', 'c.json', 'e.json']);
    expect(order([...model.entries].reverse(), 'newest')).toEqual(['b.json', 'd.json', 'a.json', 'c.json', 'e.json']);
  });

  it('sorts by level, highest first, unplaced last', () => {
    const byLevel = order(model.entries, 'level');
    expect(byLevel.slice(0, 2)).toEqual(['b.json', 'a.json']);
    // The unplaced ones follow by name (collated), then key.
    expect(byLevel.slice(2)).toEqual(['d.json', 'e.json', 'c.json']);
  });

  it('sorts by issuer (full-width letters collate with their half-width forms), then name', () => {
    expect(order(model.entries, 'issuer')).toEqual(['a.json', 'd.json', 'c.json', 'b.json', 'e.json']);
  });

  it('sorts by name with the language’s collation, ties by key', () => {
    expect(order(model.entries, 'name')).toEqual(['b.json', 'd.json', 'e.json', 'c.json', 'a.json']);
    const ja = buildMapModel(
      [rec('x', { name: 'いろは' }), rec('y', { name: 'あいう' }), rec('z', { name: 'アイウ' })],
      'eqf',
      'ja',
      [ME],
    );
    expect(order(ja.entries, 'name', 'ja')[0]).toBe('y.json');
    expect(order(ja.entries, 'name', 'ja')[2]).toBe('x.json');
  });

  it('orders the credentials inside each map group and keeps the groups’ totals', () => {
    const groups = groupByLevel(model.entries, 'en');
    const sorted = sortGroups(groups, 'name', 'en');
    expect(sorted.map((g) => g.count)).toEqual(groups.map((g) => g.count));
    const unplaced = sorted.find((g) => g.level === null);
    const names = unplaced?.fields.flatMap((f) => f.entries.map((e) => e.rec.fileName));
    expect(names).toEqual(['d.json', 'e.json', 'c.json']);
    expect(sorted[0]?.total).toBe(groups[0]?.total);
  });

  it('orders records outside the map too', () => {
    expect(sortRecords(records, 'newest', 'en').map((r) => r.fileName)).toEqual([
      'b.json',
      'd.json',
      'a.json',
      'c.json',
      'e.json',
    ]);
  });
});

describe('issue date on a card', () => {
  it('is formatted for the language', () => {
    expect(issuedOnText({ issuedOn: '2024-09-15T00:00:00Z' }, 'en', { timeZone: 'UTC' })).toBe('September 15, 2024');
    expect(issuedOnText({ issuedOn: '2024-09-15T00:00:00Z' }, 'ja', { timeZone: 'UTC' })).toBe('2024年9月15日');
    expect(issuedOnText({}, 'en')).toBeNull();
  });
});
