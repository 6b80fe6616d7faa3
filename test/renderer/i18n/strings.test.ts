// English and Japanese UI strings: complete, with matching placeholders, and the default from the system locale.
import { describe, expect, it } from 'vitest';
import { defaultLang, MESSAGES, translate } from '../../../src-renderer/i18n/strings';

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

describe('English and Japanese UI strings', () => {
  it('every English message has a Japanese translation with the same placeholders', () => {
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      const ja = MESSAGES.ja[key];
      expect(ja.trim().length, key).toBeGreaterThan(0);
      expect(placeholders(ja), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it('Japanese strings are actually Japanese where English has words', () => {
    expect(MESSAGES.ja.statusVerified).not.toBe(MESSAGES.en.statusVerified);
    expect(MESSAGES.ja.addFiles).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'importing', { done: 3, total: 10 })).toBe('Checking 3 of 10 files…');
    expect(translate('ja', 'importing', { done: 3, total: 10 })).toBe('10 件中 3 件を確認中…');
  });

  it('defaults to the system locale', () => {
    expect(defaultLang(['ja-JP', 'en'])).toBe('ja');
    expect(defaultLang(['en-US', 'ja'])).toBe('en');
    expect(defaultLang(['fr-FR'])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });
});
