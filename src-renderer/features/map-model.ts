/**
 * Everything the progress map shows, computed once per change of the records, framework,
 * language or learner ids (callers memoise it): each credential's placement, workload,
 * field and whether it is the learner's; per-level workload totals; every pathway's
 * evaluation and where its target sits. Filtering and grouping are separate, cheap O(n)
 * steps so a filter change never recomputes placements. Pure: no DOM, no Dexie, and never
 * turns credential text into markup.
 */
import { credentialKey } from '../../src-shared/course-identity';
import type { NormalizedCredential } from '../../src-shared/credential';
import { mapLevel, type FrameworkId } from '../../src-shared/frameworks';
import {
  BUNDLED_PATHWAYS,
  countsTowardPathways,
  derivePathways,
  evaluatePathway,
  isSomeoneElses,
  type Pathway,
  type PathwayEvaluation,
} from '../../src-shared/pathways';
import type { VerificationStatus } from '../../src-shared/verification';
import { learnerPlacement } from '../../src-shared/placement';
import {
  courseLookup,
  totalsByField,
  totalsByLevel,
  workloadOf,
  type CourseLookup,
  type Workload,
  type WorkloadItem,
  type WorkloadTotal,
} from '../../src-shared/workload';
import type { StoredPathway } from '../db/database';
import { isAchievementEntry, type CredentialView } from '../db/credential-view';
import type { Lang } from '../../src-shared/i18n';
import { matchesQuery, queryTerms } from './map-find';
import { placementView, type PlacementView } from './placement-view';

export interface MapEntry {
  rec: CredentialView;
  place: PlacementView;
  workload: Workload | null;
  /** fieldOfStudy as written (trimmed), null when not stated. */
  field: string | null;
  /** Issuer as shown (name, else id), null when unknown. */
  issuer: string | null;
  /** False when the subject is someone else (counts toward nothing). */
  mine: boolean;
}

export interface MapModel {
  entries: MapEntry[];
  /** Presentations: kept, not achievements. */
  others: CredentialView[];
  /** Supporting documents (status lists, keys, issuer profiles, BadgeClasses, revocation lists): never on the map. */
  supporting: CredentialView[];
  /** Files that are not credentials: only in their tray, never placed, counted or exported. */
  notCredentials: CredentialView[];
  issuers: string[];
  fields: string[];
}

// One collator per language: localeCompare with a locale argument sets one up at every
// call, which costs more than the rest of the map model's sorting put together.
const collators: Partial<Record<Lang, Intl.Collator>> = {};

function collator(lang: Lang): Intl.Collator {
  return (collators[lang] ??= new Intl.Collator(lang));
}

export function buildMapModel(
  records: readonly CredentialView[],
  framework: FrameworkId,
  lang: Lang,
  learnerIds: readonly string[],
): MapModel {
  const entries: MapEntry[] = [];
  const others: CredentialView[] = [];
  const supporting: CredentialView[] = [];
  const notCredentials: CredentialView[] = [];
  const issuers = new Set<string>();
  const fields = new Set<string>();
  for (const rec of records) {
    if (!isAchievementEntry(rec)) {
      if (rec.kind === 'not-credential') notCredentials.push(rec);
      else if (rec.kind === 'presentation') others.push(rec);
      else supporting.push(rec);
      continue;
    }
    const n = rec.normalized;
    const field = n.fieldOfStudy?.trim() || null;
    const issuer = n.issuerName ?? n.issuerId ?? null;
    if (field !== null) fields.add(field);
    if (issuer !== null) issuers.add(issuer);
    entries.push({
      rec,
      place: placementView(rec, framework, lang),
      workload: workloadOf(n, rec.creditUnit !== undefined ? { unitOverride: rec.creditUnit } : {}),
      field,
      issuer,
      mine: !isSomeoneElses(n, learnerIds),
    });
  }
  const sort = (s: Set<string>): string[] => [...s].sort(collator(lang).compare);
  return { entries, others, supporting, notCredentials, issuers: sort(issuers), fields: sort(fields) };
}

export interface MapFilter {
  status: VerificationStatus | '';
  issuer: string;
  /** A field, '' for all, or OTHER_FIELD for credentials that state none. */
  field: string;
  /** The search box's text (see map-find.ts); blank matches everything. */
  query?: string;
}

export const OTHER_FIELD = '\u0000other';
export const NO_FILTER: MapFilter = { status: '', issuer: '', field: '', query: '' };

export function isFiltering(f: MapFilter): boolean {
  return f.status !== '' || f.issuer !== '' || f.field !== '' || queryTerms(f.query ?? '').length > 0;
}

/** The entries that pass every filter and match the search (in the language the names are shown in). */
export function filterEntries(entries: readonly MapEntry[], f: MapFilter, lang: Lang = 'en'): MapEntry[] {
  if (!isFiltering(f)) return [...entries];
  const terms = queryTerms(f.query ?? '');
  return entries.filter(
    (e) =>
      (f.status === '' || e.rec.verification.status === f.status) &&
      (f.issuer === '' || e.issuer === f.issuer) &&
      (f.field === '' || (f.field === OTHER_FIELD ? e.field === null : e.field === f.field)) &&
      matchesQuery(e, terms, lang),
  );
}

export interface FieldGroup {
  field: string | null;
  entries: MapEntry[];
  /** Workload of the learner's own credentials in this field at this level. */
  total: WorkloadTotal<string | null> | undefined;
}

export interface LevelGroup {
  /** null = Unplaced. */
  level: number | null;
  fields: FieldGroup[];
  count: number;
  /** The learner's own credentials only: someone else's count toward nothing. */
  total: WorkloadTotal<number | null> | undefined;
}

function workloadItem(e: MapEntry): WorkloadItem {
  return { credential: e.rec.normalized, level: e.place.level, workload: e.workload };
}

/** Which course each of the learner's own credentials among `entries` is (totals count each course once). */
export function coursesOf(entries: readonly MapEntry[]): CourseLookup {
  return courseLookup(entries.filter((e) => e.mine).map((e) => e.rec.normalized));
}

/** Workload per field across the whole (filtered) map: the learner's own credentials only. */
export function fieldTotals(
  entries: readonly MapEntry[],
  courses: CourseLookup = coursesOf(entries),
): WorkloadTotal<string | null>[] {
  return totalsByField(entries.filter((e) => e.mine).map(workloadItem), {}, courses).filter((t) => t.courses > 0);
}

/** Group by level (8…1, then Unplaced) and, within a level, by field ("Other field" last). */
export function groupByLevel(
  entries: readonly MapEntry[],
  lang: Lang,
  courses: CourseLookup = coursesOf(entries),
): LevelGroup[] {
  const byLevel = new Map<number | null, Map<string | null, MapEntry[]>>();
  for (const e of entries) {
    const lv = byLevel.get(e.place.level) ?? new Map<string | null, MapEntry[]>();
    const list = lv.get(e.field) ?? [];
    list.push(e);
    lv.set(e.field, list);
    byLevel.set(e.place.level, lv);
  }
  const totals = new Map(
    totalsByLevel(entries.filter((e) => e.mine).map(workloadItem), {}, courses).map((t) => [t.key, t]),
  );
  const out: LevelGroup[] = [];
  for (const level of [8, 7, 6, 5, 4, 3, 2, 1, null]) {
    const fieldsMap = byLevel.get(level) ?? new Map<string | null, MapEntry[]>();
    const fields = [...fieldsMap.entries()]
      .map(([field, list]) => ({
        field,
        entries: list,
        total: totalsByField(list.filter((e) => e.mine).map(workloadItem), {}, courses)[0],
      }))
      .sort((a, b) => (a.field === null ? 1 : b.field === null ? -1 : collator(lang).compare(a.field, b.field)));
    out.push({ level, fields, count: fields.reduce((s, f) => s + f.entries.length, 0), total: totals.get(level) });
  }
  return out;
}

// ── Pathways ──────────────────────────────────────────────────────────────────────────

export type PathwaySource = 'bundled' | 'imported' | 'derived';

export interface PathwayView {
  pathway: Pathway;
  source: PathwaySource;
  evaluation: PathwayEvaluation;
  /** Where the target sits on the framework on screen; null when the pathway names no level. */
  target: { level: number; viaCorrespondence: boolean } | null;
}

export interface PathwayModel {
  views: PathwayView[];
  /** credentialKey (as pathway results name credentials) → the stored record's key. */
  recordKeyOf: Map<string, string>;
}

export function buildPathwayModel(
  records: readonly CredentialView[],
  imported: readonly StoredPathway[],
  framework: FrameworkId,
  learnerIds: readonly string[],
  ticked: Readonly<Record<string, readonly string[]>>,
  now: Date,
): PathwayModel {
  const achievements = records.filter(isAchievementEntry);
  // Trust rule in countsTowardPathways; a failed credential may still shape a derived path.
  const recs = achievements.filter((r) => countsTowardPathways(r.verification.status));
  const creds = recs.map((r) => r.normalized);
  const recOf = new Map<NormalizedCredential, CredentialView>(recs.map((r) => [r.normalized, r]));
  const recordKeyOf = new Map<string, string>();
  for (const r of recs) {
    const k = credentialKey(r.normalized);
    if (!recordKeyOf.has(k)) recordKeyOf.set(k, r.key);
  }
  const all: { pathway: Pathway; source: PathwaySource }[] = [
    ...BUNDLED_PATHWAYS.map((pathway) => ({ pathway, source: 'bundled' as const })),
    ...imported
      .filter((i) => !BUNDLED_PATHWAYS.some((b) => b.id === i.id))
      .map((i) => ({ pathway: i.pathway, source: 'imported' as const })),
    ...derivePathways(achievements.map((r) => r.normalized)).map((pathway) => ({
      pathway,
      source: 'derived' as const,
    })),
  ];
  const views = all.map(({ pathway, source }) => {
    const evaluation = evaluatePathway(pathway, creds, {
      learnerIds,
      tickedSteps: ticked[pathway.id] ?? [],
      now,
      unitOverrideFor: (n) => recOf.get(n)?.creditUnit,
      levelOverrideFor: (n, fw) => learnerPlacement(recOf.get(n)?.levelOverride, fw)?.level,
    });
    const t = pathway.target;
    let target: PathwayView['target'] = null;
    if (t.level !== undefined && t.framework !== undefined) {
      const m = mapLevel(t.framework, framework, t.level);
      target = { level: m.level, viaCorrespondence: m.assumption };
    }
    return { pathway, source, evaluation, target };
  });
  return { views, recordKeyOf };
}

/** Pathways a credential counts toward (by its credentialKey appearing in a requirement's counted list). */
export function pathwaysCountingFor(
  rec: Pick<CredentialView, 'normalized'>,
  views: readonly PathwayView[],
): PathwayView[] {
  const key = credentialKey(rec.normalized);
  return views.filter((v) => v.evaluation.requirements.some((r) => r.counted.includes(key)));
}

/** For each stored credential, the names of the pathways it counts toward (markers show them). */
export function stacksByRecord(model: PathwayModel, lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of model.views) {
    const keys = new Set(v.evaluation.requirements.flatMap((r) => r.counted));
    for (const k of keys) {
      const recordKey = model.recordKeyOf.get(k);
      if (recordKey === undefined) continue;
      out.set(recordKey, [...(out.get(recordKey) ?? []), v.pathway.name[lang]]);
    }
  }
  return out;
}

export function percent(progress: number): number {
  return Math.round(progress * 100);
}
