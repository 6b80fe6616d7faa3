/**
 * What the map and the path cards show, derived from the wallet's state: placements,
 * workloads, the filters and search and their result, the sort order, the groups by level
 * and field (each group's credentials in the chosen order), the lists outside the map, the pathway
 * evaluations and the identifiers to suggest. Each is computed once per change of what it
 * depends on, never per render, so the map stays smooth with thousands of credentials.
 */
import { useMemo, useState } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import { suggestLearnerIds } from '../../src-shared/pathways';
import { useAppServices } from '../app-context';
import { isAchievementEntry } from '../db/credential-repository';
import type { StoredPathway } from '../db/database';
import type { CredentialView } from '../db/credential-view';
import type { TickedSteps } from '../db/settings-repository';
import {
  NO_FILTER,
  buildMapModel,
  buildPathwayModel,
  coursesOf,
  fieldTotals,
  filterEntries,
  groupByLevel,
  stacksByRecord,
  type MapFilter,
} from '../features/map-model';
import { DEFAULT_SORT, sortGroups, sortRecords, type SortOrder } from '../features/map-find';
import { useI18n } from '../i18n/i18n';

export interface MapViewInput {
  records: CredentialView[];
  framework: FrameworkId;
  learnerIds: string[];
  ticked: TickedSteps;
  pathways: StoredPathway[];
}

export function useMapView({ records, framework, learnerIds, ticked, pathways }: MapViewInput) {
  const { lang } = useI18n();
  const { now } = useAppServices();
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const model = useMemo(
    () => buildMapModel(records, framework, lang, learnerIds),
    [records, framework, lang, learnerIds],
  );
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const filtered = useMemo(() => filterEntries(model.entries, filter, lang), [model, filter, lang]);
  const courses = useMemo(() => coursesOf(filtered), [filtered]);
  const grouped = useMemo(() => groupByLevel(filtered, lang, courses), [filtered, lang, courses]);
  // A new order sorts within the groups again; their totals are not recomputed.
  const groups = useMemo(() => sortGroups(grouped, sort, lang), [grouped, sort, lang]);
  const others = useMemo(() => sortRecords(model.others, sort, lang), [model, sort, lang]);
  const supporting = useMemo(() => sortRecords(model.supporting, sort, lang), [model, sort, lang]);
  const notCredentials = useMemo(() => sortRecords(model.notCredentials, sort, lang), [model, sort, lang]);
  const byField = useMemo(() => fieldTotals(filtered, courses), [filtered, courses]);
  // Pathways are evaluated in the same render as the map: their badges are part of it, and
  // one render costs less than drawing the map and then drawing it again with the badges.
  const pathModel = useMemo(
    () => buildPathwayModel(records, pathways, framework, learnerIds, ticked, now()),
    [records, pathways, framework, learnerIds, ticked, now],
  );
  const stacks = useMemo(() => stacksByRecord(pathModel, lang), [pathModel, lang]);
  const suggestions = useMemo(
    () => suggestLearnerIds(records.filter(isAchievementEntry).map((r) => r.normalized)),
    [records],
  );
  const recordsByKey = useMemo(() => new Map(records.map((r) => [r.key, r])), [records]);
  const entryByKey = useMemo(() => new Map(model.entries.map((e) => [e.rec.key, e])), [model]);
  return {
    filter,
    setFilter,
    sort,
    setSort,
    model,
    filtered,
    groups,
    others,
    supporting,
    notCredentials,
    byField,
    pathModel,
    stacks,
    suggestions,
    recordsByKey,
    entryByKey,
  };
}

export type MapView = ReturnType<typeof useMapView>;
