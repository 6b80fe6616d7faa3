/**
 * The command line's language: `--lang en|ja`, else the environment's locale. Owns the rule
 * that picks it (the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX orders
 * them, else the locale Intl reports). Pure: callers pass the environment.
 */
import { LangSchema, defaultLang, type Lang } from '../../src-shared/i18n';

/** `ja_JP.UTF-8` → `ja-JP`; the C/POSIX locale names no language. */
function localeOf(value: string): string | undefined {
  const tag = value.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  return tag === '' || tag === 'C' || tag === 'POSIX' ? undefined : tag;
}

export function langFromEnvironment(env: Readonly<Record<string, string | undefined>>, intlLocale: string): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v !== undefined && v !== '') {
      const locale = localeOf(v);
      return defaultLang(locale === undefined ? [] : [locale]);
    }
  }
  return defaultLang([intlLocale]);
}

/** The language a `--lang` value names, or null when it names none. */
export function parseLang(value: string | undefined): Lang | null {
  const r = LangSchema.safeParse(value);
  return r.success ? r.data : null;
}
