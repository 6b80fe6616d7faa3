/**
 * Names the catalogues take from the wallet's data rather than write themselves: a workload
 * unit's name (../data/workload-units.json, validated by ../workload.ts when it loads) and the
 * study-time conventions note. Read-only lookups; an unknown id is shown as given.
 */
import unitsData from '../data/workload-units.json' with { type: 'json' };
import type { Lang } from './lang';

/** A credit or workload unit's name in one language ('' for no unit). */
export function unitName(id: string, lang: Lang): string {
  if (id === '') return '';
  return unitsData.units.find((u) => u.id === id)?.name[lang] ?? id;
}

/** How calendar durations are read as hours, in one language. */
export function durationNote(lang: Lang): string {
  return unitsData.isoDuration.note[lang];
}
