/**
 * The progress map: the framework's eight levels as rows (8 at the top), each with its
 * workload total and its credentials grouped by field, plus the Unplaced tray. Pathways
 * with a target level show a badge with their progress on that row. A filter bar narrows
 * what is shown without moving anything else; its search box and sort order find a credential
 * (each card shows its issue date). Markers are buttons, so the whole map is
 * usable by keyboard. Every marker says why it sits where it does; credential text is
 * rendered as text only.
 */
import { memo, useState, type ReactNode } from 'react';
import { levelTitle, type FrameworkId } from '../../src-shared/frameworks';
import type { VerificationStatus } from '../../src-shared/verification';
import type { WorkloadTotal } from '../../src-shared/workload';
import type { CredentialView } from '../db/credential-view';
import { SORT_ORDERS, isSortOrder, type SortOrder } from '../features/map-find';
import {
  NO_FILTER,
  OTHER_FIELD,
  isFiltering,
  percent,
  type LevelGroup,
  type MapEntry,
  type MapFilter,
  type PathwayView,
} from '../features/map-model';
import { levelTotalText, pathBadgeText } from '../features/map-text';
import { placementView } from '../features/placement-view';
import { useI18n } from '../i18n/i18n';
import { checkReason, credentialName, firstFailure, issuedOnText } from '../features/credential-text';
import { StatusBadge } from './StatusBadge';

interface Props {
  groups: readonly LevelGroup[];
  /** Workload per field over the whole (filtered) map. */
  byField: readonly WorkloadTotal<string | null>[];
  /** Which pathways each credential counts toward, shown on its marker. */
  stacks: StacksByKey;
  others: readonly CredentialView[];
  framework: FrameworkId;
  filter: MapFilter;
  onFilter(f: MapFilter): void;
  sort: SortOrder;
  onSort(order: SortOrder): void;
  issuers: readonly string[];
  fields: readonly string[];
  shown: number;
  total: number;
  paths: readonly PathwayView[];
  selectedKey: string | null;
  ready: boolean;
  onSelect(key: string): void;
  onSelectPath(id: string): void;
  onExport(kind: 'svg' | 'png'): void;
}

interface MarkerProps {
  entry: Pick<MapEntry, 'rec' | 'place' | 'mine' | 'issuer'>;
  selected: boolean;
  onSelect(key: string): void;
  /** Names of the pathways this credential counts toward. */
  stacks?: readonly string[] | undefined;
}

/** Record key → names of the pathways it counts toward. */
export type StacksByKey = ReadonlyMap<string, readonly string[]>;

const Marker = memo(function Marker({ entry, selected, onSelect, stacks }: MarkerProps): ReactNode {
  const { t, lang } = useI18n();
  const { rec, place, mine } = entry;
  const n = rec.normalized;
  const failed = firstFailure(rec.verification.checks);
  const issued = issuedOnText(n, lang);
  return (
    <li>
      <button
        type="button"
        className={`marker${mine ? '' : ' not-mine'}${selected ? ' selected' : ''}`}
        data-testid="credential"
        data-key={rec.key}
        data-mine={mine}
        aria-pressed={selected}
        onClick={() => onSelect(rec.key)}
      >
        <span className="marker-name">{credentialName(n, lang)}</span>
        <span className="marker-issuer">{entry.issuer ?? t('unknownIssuer')}</span>
        {n.issuerName !== undefined ? (
          // Who issued it is apart from whether it verifies: a name the issuer gave itself is not confirmed.
          <span className="marker-issuer-note" data-testid="issuer-self-named">
            {t('issuerSelfNamed')}
            {n.issuerId !== undefined ? ` · ${shortId(n.issuerId)}` : ''}
          </span>
        ) : null}
        {issued !== null ? (
          <span className="marker-date" data-testid="marker-date">
            {t('markerIssued', { date: issued })}
          </span>
        ) : null}
        <span className="marker-tags">
          <StatusBadge status={rec.verification.status} />
          {mine ? null : (
            <span className="not-mine-tag" data-testid="not-mine" title={t('notMineHint')}>
              {t('notMine')}
            </span>
          )}
        </span>
        {rec.verification.status !== 'verified' && failed ? (
          <span className={`marker-reason reason-${rec.verification.status}`}>{checkReason(failed, lang)}</span>
        ) : null}
        <span className="marker-why" data-testid="placement-why">
          {place.why}
        </span>
        {stacks && stacks.length > 0 ? (
          <span className="marker-stacks" data-testid="marker-stacks">
            {t('stacksToward', { names: stacks.join(' · ') })}
          </span>
        ) : null}
      </button>
    </li>
  );
});

/**
 * Markers drawn per field group before "Show all": a wallet with thousands of credentials
 * stays quick to open and to read; the counts always cover everything.
 */
export const MARKERS_PER_GROUP = 24;

function FieldGroup({
  field,
  entries,
  total,
  selectedKey,
  onSelect,
  stacks,
}: {
  field: string | null;
  entries: readonly MapEntry[];
  total: WorkloadTotal<string | null> | undefined;
  selectedKey: string | null;
  onSelect(key: string): void;
  stacks: StacksByKey;
}): ReactNode {
  const { t } = useI18n();
  const hours = levelTotalText(total, t);
  const [expanded, setExpanded] = useState(false);
  const selectedHidden =
    selectedKey !== null && entries.findIndex((e) => e.rec.key === selectedKey) >= MARKERS_PER_GROUP;
  const open = expanded || selectedHidden || entries.length <= MARKERS_PER_GROUP;
  const shown = open ? entries : entries.slice(0, MARKERS_PER_GROUP);
  return (
    <section
      className="field-group"
      data-testid="field-group"
      data-field={field ?? ''}
      aria-label={field ?? t('otherField')}
    >
      <h4 className="field-name">
        {field ?? t('otherField')} <span className="count">({entries.length})</span>
        {hours ? <span className="field-total"> · {hours}</span> : null}
      </h4>
      <ul className="markers">
        {shown.map((e) => (
          <Marker
            key={e.rec.key}
            entry={e}
            selected={e.rec.key === selectedKey}
            onSelect={onSelect}
            stacks={stacks.get(e.rec.key)}
          />
        ))}
      </ul>
      {entries.length > MARKERS_PER_GROUP && !selectedHidden ? (
        <button
          type="button"
          className="link show-all"
          data-testid="show-all"
          aria-expanded={open}
          onClick={() => setExpanded((v) => !v)}
        >
          {open ? t('showFewer') : t('showAllInGroup', { count: entries.length })}
        </button>
      ) : null}
    </section>
  );
}

function FieldGroups({
  group,
  selectedKey,
  onSelect,
  stacks,
}: {
  group: LevelGroup;
  selectedKey: string | null;
  onSelect(key: string): void;
  stacks: StacksByKey;
}): ReactNode {
  return (
    <div className="field-groups">
      {group.fields.map((f) => (
        <FieldGroup
          key={f.field ?? OTHER_FIELD}
          field={f.field}
          entries={f.entries}
          total={f.total}
          selectedKey={selectedKey}
          onSelect={onSelect}
          stacks={stacks}
        />
      ))}
    </div>
  );
}

const SORT_LABELS: Record<SortOrder, 'sortNewest' | 'sortLevel' | 'sortIssuer' | 'sortName'> = {
  newest: 'sortNewest',
  level: 'sortLevel',
  issuer: 'sortIssuer',
  name: 'sortName',
};

const STATUSES: { value: VerificationStatus; key: 'statusVerified' | 'statusNotVerified' | 'statusCouldNotCheck' }[] = [
  { value: 'verified', key: 'statusVerified' },
  { value: 'not_verified', key: 'statusNotVerified' },
  { value: 'could_not_check', key: 'statusCouldNotCheck' },
];

function FilterBar({
  filter,
  onFilter,
  sort,
  onSort,
  issuers,
  fields,
  shown,
  total,
}: Pick<Props, 'filter' | 'onFilter' | 'sort' | 'onSort' | 'issuers' | 'fields' | 'shown' | 'total'>): ReactNode {
  const { t } = useI18n();
  return (
    <div className="filter-bar" role="group" aria-label={t('mapFilters')} data-testid="filters">
      <label>
        {t('search')}{' '}
        <input
          type="search"
          value={filter.query ?? ''}
          placeholder={t('searchHint')}
          data-testid="search"
          onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        />
      </label>
      <label>
        {t('sortBy')}{' '}
        <select
          value={sort}
          data-testid="sort"
          onChange={(e) => {
            if (isSortOrder(e.target.value)) onSort(e.target.value);
          }}
        >
          {SORT_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(SORT_LABELS[o])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterStatus')}{' '}
        <select
          value={filter.status}
          data-testid="filter-status"
          onChange={(e) =>
            onFilter({ ...filter, status: STATUSES.find((s) => s.value === e.target.value)?.value ?? '' })
          }
        >
          <option value="">{t('filterAll')}</option>
          {STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterIssuer')}{' '}
        <select
          value={filter.issuer}
          data-testid="filter-issuer"
          onChange={(e) => onFilter({ ...filter, issuer: e.target.value })}
        >
          <option value="">{t('filterAll')}</option>
          {issuers.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterField')}{' '}
        <select
          value={filter.field}
          data-testid="filter-field"
          onChange={(e) => onFilter({ ...filter, field: e.target.value })}
        >
          <option value="">{t('filterAll')}</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
          <option value={OTHER_FIELD}>{t('otherField')}</option>
        </select>
      </label>
      {isFiltering(filter) ? (
        <>
          <button type="button" onClick={() => onFilter(NO_FILTER)}>
            {t('clearFilters')}
          </button>
          <span className="hint" role="status" data-testid="filter-showing">
            {t('filterShowing', { shown, total })}
            {shown === 0 && total > 0 ? (
              <>
                {' '}
                <span data-testid="find-none">{t('findNone')}</span>
              </>
            ) : null}
          </span>
        </>
      ) : null}
    </div>
  );
}

export const ProgressMap = memo(function ProgressMap(props: Props): ReactNode {
  const { groups, byField, stacks, others, framework, paths, selectedKey, ready, onSelect, onSelectPath, onExport } =
    props;
  const { t, lang } = useI18n();
  const rows = groups.filter((g) => g.level !== null);
  const unplaced = groups.find((g) => g.level === null);
  return (
    <section
      className="map"
      aria-labelledby="map-title"
      data-testid="progress-map"
      data-framework={framework}
      data-ready={ready ? 'true' : undefined}
    >
      <div className="map-head">
        <h2 id="map-title">{t('mapTitle')}</h2>
        <div className="map-actions">
          <button type="button" data-testid="export-svg" onClick={() => onExport('svg')}>
            {t('exportSvg')}
          </button>
          <button type="button" data-testid="export-png" onClick={() => onExport('png')}>
            {t('exportPng')}
          </button>
        </div>
      </div>
      <FilterBar {...props} />
      {byField.length > 0 ? (
        <p className="field-totals" data-testid="field-totals">
          <span className="field-totals-label">{t('workloadByField')}</span>{' '}
          {byField.map((f, i) => (
            <span key={f.key ?? OTHER_FIELD} className="field-total-item">
              {i > 0 ? ' · ' : ''}
              {f.key ?? t('otherField')}: {levelTotalText(f, t)}
            </span>
          ))}
        </p>
      ) : null}
      <ol className="levels">
        {rows.map((g) => {
          const level = g.level ?? 0;
          const total = levelTotalText(g.total, t);
          const here = paths.filter((p) => p.target?.level === level);
          return (
            <li key={level} className="level-row" data-testid={`level-${level}`} data-count={g.count}>
              <div className="level-label">
                <span className="level-number">{t('level', { level })}</span>
                <span className="level-title">{levelTitle(framework, level, lang)}</span>
                {total ? (
                  <span
                    className={`level-total${g.total && g.total.withoutHours === g.total.courses ? ' none' : ''}`}
                    data-testid="level-total"
                  >
                    {total}
                  </span>
                ) : null}
              </div>
              <div className="level-body">
                {here.length > 0 ? (
                  <ul className="path-badges">
                    {here.map((p) => (
                      <li key={p.pathway.id}>
                        <button
                          type="button"
                          className="path-badge"
                          data-testid="path-badge"
                          data-pathway={p.pathway.id}
                          title={p.target?.viaCorrespondence ? t('pathBadgeAssumed') : undefined}
                          onClick={() => onSelectPath(p.pathway.id)}
                        >
                          <progress max={100} value={percent(p.evaluation.progress)} aria-hidden="true" />
                          {pathBadgeText(p, lang, t)}
                          {p.target?.viaCorrespondence ? ' *' : ''}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <FieldGroups group={g} selectedKey={selectedKey} onSelect={onSelect} stacks={stacks} />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="unplaced" data-testid="unplaced" data-count={unplaced?.count ?? 0}>
        <h3>
          {t('unplaced')} <span className="count">({unplaced?.count ?? 0})</span>
          {unplaced && levelTotalText(unplaced.total, t) ? (
            <span className="level-total"> · {levelTotalText(unplaced.total, t)}</span>
          ) : null}
        </h3>
        <p className="hint">{t('unplacedHint')}</p>
        {unplaced ? (
          <FieldGroups group={unplaced} selectedKey={selectedKey} onSelect={onSelect} stacks={stacks} />
        ) : null}
      </div>
      {others.length > 0 ? (
        <div className="others" data-testid="other-files">
          <h3>
            {t('otherFiles')} <span className="count">({others.length})</span>
          </h3>
          <p className="hint">{t('otherFilesHint')}</p>
          <ul className="markers">
            {others.map((rec) => (
              <Marker
                key={rec.key}
                entry={{
                  rec,
                  place: placementView(rec, framework, lang),
                  mine: true,
                  issuer: rec.normalized.issuerName ?? rec.normalized.issuerId ?? null,
                }}
                selected={rec.key === selectedKey}
                onSelect={onSelect}
              />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
});

/** An identifier short enough for a card (the details panel shows it whole). */
function shortId(id: string): string {
  return id.length <= 32 ? id : `${id.slice(0, 24)}…${id.slice(-6)}`;
}
