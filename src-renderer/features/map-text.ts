/**
 * The words the progress map puts beside its numbers (level totals, path summaries) and
 * the plain data of the map picture, in the learner's language. Pure: takes the translate
 * function, returns text; never markup. Numbers go to `t` as numbers and dates as ISO
 * strings, so the catalogue formats them with `Intl` in the learner's language.
 */
import { FRAMEWORKS, levelTitle, type FrameworkId } from '../../src-shared/frameworks';
import type { Lang } from '../../src-shared/i18n';
import type { RequirementResult } from '../../src-shared/pathways';
import type { WorkloadTotal } from '../../src-shared/workload';
import type { MessageKey } from '../i18n/i18n';
import { credentialName } from './credential-text';
import type { LevelGroup, PathwayView } from './map-model';
import { percent } from './map-model';
import type { MapPicture, PictureMarker } from './map-picture';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const STATUS_WORD = {
  verified: 'statusVerified',
  not_verified: 'statusNotVerified',
  could_not_check: 'statusCouldNotCheck',
} as const;

/**
 * "270 h (range 250–300 h) · includes assumptions · 12 credits, unit unknown · 1 with no
 * workload stated", or '' with no courses. Credits in a unit the wallet does not know are
 * named as credits, never as "no workload": the learner can choose their unit.
 */
export function levelTotalText(total: WorkloadTotal<unknown> | undefined, t: Translate): string {
  if (total === undefined || total.courses === 0) return '';
  const parts: string[] = [];
  const known = total.courses - total.withoutHours;
  if (known > 0) {
    const [a, b] = total.hoursRange;
    parts.push(
      a !== b ? t('levelHoursRange', { hours: total.hours, min: a, max: b }) : t('levelHours', { hours: total.hours }),
    );
    if (total.assumed) parts.push(t('levelHoursAssumed'));
  }
  if (total.unknownUnitCourses > 0) parts.push(t('levelCreditsUnitUnknown', { credits: total.unknownUnitCredits }));
  const noWorkload = total.withoutHours - total.unknownUnitCourses;
  if (noWorkload > 0)
    parts.push(parts.length > 0 ? t('levelWithoutHours', { count: noWorkload }) : t('levelNoWorkload'));
  return parts.join(' · ');
}

/** The headline number of one requirement, e.g. "62 credits needed, 12 counted". */
export function requirementSummary(r: RequirementResult, t: Translate): string {
  switch (r.kind) {
    case 'credits':
      return t('pathCredits', { need: r.progress.need, have: r.progress.have });
    case 'hours':
      return t('pathHours', { need: r.progress.need, have: r.progress.have });
    case 'n_of':
      return t('pathParts', { need: r.progress.need, have: r.progress.have });
    case 'entry_qualification':
      return r.met ? t('pathEntryMet') : t('pathEntryNotMet');
    case 'step':
      return r.met ? t('pathMet') : t('pathNotMetYet');
  }
}

/** The badge a pathway shows on its target level row. */
export function pathBadgeText(v: PathwayView, lang: Lang, t: Translate): string {
  return t('pathBadge', { name: v.pathway.name[lang], percent: percent(v.evaluation.progress) });
}

export function pathTargetText(v: PathwayView, framework: FrameworkId, t: Translate): string {
  return v.target === null
    ? t('pathTargetNoLevel')
    : t('pathTargetLevel', { framework: FRAMEWORKS[framework].abbreviation, level: v.target.level });
}

/** The map as plain data for the SVG/PNG picture. */
export function mapPictureData(
  groups: readonly LevelGroup[],
  paths: readonly PathwayView[],
  framework: FrameworkId,
  lang: Lang,
  t: Translate,
  now: Date,
): MapPicture {
  const marker = (e: LevelGroup['fields'][number]['entries'][number]): PictureMarker => ({
    name: credentialName(e.rec.normalized, lang),
    issuer: e.issuer ?? t('unknownIssuer'),
    status: e.rec.verification.status,
    statusText: t(STATUS_WORD[e.rec.verification.status]),
    notMine: !e.mine,
  });
  const count = groups.reduce((s, g) => s + g.count, 0);
  return {
    title: t('mapTitle'),
    subtitle: t('mapPictureSubtitle', {
      framework: FRAMEWORKS[framework].name[lang],
      count,
      date: now.toISOString(),
    }),
    notMineLabel: t('notMine'),
    rows: groups.map((g) => ({
      label: g.level === null ? t('unplaced') : t('level', { level: g.level }),
      title: g.level === null ? '' : levelTitle(framework, g.level, lang),
      total: levelTotalText(g.total, t),
      markers: g.fields.flatMap((f) => f.entries.map(marker)),
      paths:
        g.level === null ? [] : paths.filter((p) => p.target?.level === g.level).map((p) => pathBadgeText(p, lang, t)),
    })),
    paths: paths.map((p) => ({
      name: p.pathway.name[lang],
      percent: percent(p.evaluation.progress),
      detail: p.evaluation.requirements
        .filter((r) => r.kind !== 'step')
        .map((r) => requirementSummary(r, t))
        .join(' · '),
    })),
  };
}

/**
 * How the span of a pathway's counted credits is said: once it reaches what is required,
 * only that it does ("at least the 2 years required", never "13.43 of 2 years"); before, the
 * span rounded down to a tenth of a year, so a span just short of the requirement never reads
 * as meeting it.
 */
export function yearsLine(years: { have: number; need: number }, t: Translate): string {
  if (years.have >= years.need) return t('pathYearsMet', { need: years.need });
  return t('pathYears', { have: Math.floor(years.have * 10) / 10, need: years.need });
}
