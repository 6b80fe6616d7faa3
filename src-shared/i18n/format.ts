/**
 * Dates, times, numbers and lists in the learner's language, through `Intl` only. Owns the
 * one formatter per language (and time zone) that every message uses; never writes a raw
 * ISO timestamp for a learner to read. A value that is not a valid date is shown as given,
 * so a credential's odd date is never hidden or invented.
 */
import type { Lang } from './lang';

export interface Formatters {
  readonly lang: Lang;
  /** A calendar date: "January 1, 2010" / "2010年1月1日". */
  date(iso: string): string;
  /** A date with the time of day, for when something was checked. */
  dateTime(iso: string): string;
  number(n: number): string;
  /** "a, b and c" / "a、b、c". */
  list(items: readonly string[]): string;
}

const LOCALE: Record<Lang, string> = { en: 'en-US', ja: 'ja-JP' };

const cache = new Map<string, Formatters>();

/** The formatters of one language; `timeZone` is for tests and the CLI's `--now` (default: the system's). */
export function formatters(lang: Lang, timeZone?: string): Formatters {
  const key = `${lang}|${timeZone ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const locale = LOCALE[lang];
  const tz = timeZone === undefined ? {} : { timeZone };
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...tz });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...tz });
  const numberFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const listFmt = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const asDate = (iso: string, f: Intl.DateTimeFormat): string => {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? iso : f.format(t);
  };
  const made: Formatters = {
    lang,
    date: (iso) => asDate(iso, dateFmt),
    dateTime: (iso) => asDate(iso, dateTimeFmt),
    number: (n) => (Number.isFinite(n) ? numberFmt.format(n) : String(n)),
    list: (items) => listFmt.format(items),
  };
  cache.set(key, made);
  return made;
}
