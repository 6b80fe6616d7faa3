/**
 * Language state for the UI: the default follows the system/browser locale, a visible
 * switch changes it, and the choice is remembered on this device. Owns no wording: every
 * word comes from the catalogues in src-shared/i18n (the app's own words are its `ui`
 * group, `t('key')` renders `ui.key`). A switch re-renders from the data already held;
 * it never asks for anything to be checked again.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { defaultLang, formatters, uiText, type Formatters, type Lang, type UiKey } from '../../src-shared/i18n';

export type { Lang };
/** A key of the app's own words (`ui.<key>` in the shared catalogues). */
export type MessageKey = UiKey;

const STORAGE_KEY = 'manabi.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Dates, numbers and lists in the chosen language. */
  f: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ja') return saved;
  return defaultLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => uiText(key, lang, params), f: formatters(lang) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
