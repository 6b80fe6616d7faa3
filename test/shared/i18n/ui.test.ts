// The app's own words (the `ui` group of the shared catalogues): complete in English and Japanese,
// with matching placeholders, numbers and dates formatted by Intl, and the default from the system locale.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, MESSAGE_CODES, defaultLang, uiText, type UiKey } from '../../../src-shared/i18n';

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
const UI_CODES = MESSAGE_CODES.filter((c) => c.startsWith('ui.'));

describe('English and Japanese UI strings', () => {
  it('every English message has a Japanese translation with the same placeholders', () => {
    expect(UI_CODES.length).toBeGreaterThan(150);
    for (const code of UI_CODES) {
      const en = CATALOGUES.en[code];
      const ja = CATALOGUES.ja[code];
      expect(typeof en, code).toBe('string');
      expect(typeof ja, code).toBe('string');
      if (typeof en !== 'string' || typeof ja !== 'string') continue;
      expect(ja.trim().length, code).toBeGreaterThan(0);
      expect(placeholders(ja), code).toEqual(placeholders(en));
    }
  });

  it('Japanese strings are actually Japanese where English has words', () => {
    expect(uiText('statusVerified', 'ja')).not.toBe(uiText('statusVerified', 'en'));
    expect(uiText('addFiles', 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
  });

  it('fills placeholders', () => {
    expect(uiText('importing', 'en', { done: 3, total: 10 })).toBe('Checking 3 of 10 files…');
    expect(uiText('importing', 'ja', { done: 3, total: 10 })).toBe('10 件中 3 件を確認中…');
  });

  it('formats numbers and dates in the chosen language', () => {
    expect(uiText('credentialsCount', 'en', { count: 1234 })).toBe('1,234 credentials');
    expect(uiText('levelHours', 'ja', { hours: 1650.25 })).toBe('1,650.3 時間');
    const subtitle = (lang: 'en' | 'ja'): string =>
      uiText('mapPictureSubtitle', lang, { framework: 'EQF', count: 2, date: '2026-06-01T12:00:00.000Z' });
    expect(subtitle('en')).toMatch(/June 1, 2026/);
    expect(subtitle('ja')).toMatch(/2026年6月1日/);
    expect(subtitle('ja')).not.toMatch(/2026-06-01/);
  });

  it('keeps the key of a call site working, and leaves an unknown placeholder visible', () => {
    const key: UiKey = 'level';
    expect(uiText(key, 'en', { level: 6 })).toBe('Level 6');
    expect(uiText(key, 'ja')).toBe('レベル {level}');
  });

  it('defaults to the system locale', () => {
    expect(defaultLang(['ja-JP', 'en'])).toBe('ja');
    expect(defaultLang(['en-US', 'ja'])).toBe('en');
    expect(defaultLang(['fr-FR'])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });
});
