/**
 * The learner's languages. Owns the list of languages and the rule that picks one from a
 * locale list. Must never import anything environment-specific (no node:*, electron, react,
 * dexie, DOM): callers pass the locales they read.
 */
import { z } from 'zod';

export const LANGS = ['en', 'ja'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** Japanese when the first preferred locale is Japanese, else English. */
export function defaultLang(locales: readonly string[]): Lang {
  return locales[0]?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Text written in both languages (data: a pathway file's names, a unit's definition). */
export interface Bilingual {
  readonly en: string;
  readonly ja: string;
}
