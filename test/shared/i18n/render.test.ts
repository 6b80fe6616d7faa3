import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  MESSAGE_CODES,
  MessageSchema,
  checkText,
  defaultLang,
  formatters,
  messageText,
  msg,
  renderMessage,
} from '../../../src-shared/i18n';

describe('message catalogues', () => {
  it('every code has a non-empty wording in every language, and the two languages differ', () => {
    for (const code of MESSAGE_CODES) {
      const m = { code } as Parameters<typeof renderMessage>[0];
      const en = renderMessage(m, 'en');
      const ja = renderMessage(m, 'ja');
      expect(en.trim(), code).not.toBe('');
      expect(ja.trim(), code).not.toBe('');
      expect(ja, code).not.toBe(en);
    }
    expect(Object.keys(CATALOGUES.ja).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('checks a message from outside: unknown codes and missing parameters are refused', () => {
    expect(MessageSchema.safeParse({ code: 'check.expired' }).success).toBe(true);
    expect(MessageSchema.safeParse({ code: 'no.such.code' }).success).toBe(false);
    expect(MessageSchema.safeParse({ code: 'check.expired', params: { x: { nested: 1 } } }).success).toBe(false);
    expect(msg('check.revoked')).toEqual({ code: 'check.revoked' });
  });

  it('records stored before: English text is shown only where no code is known', () => {
    const stored = { code: 'expired', message: 'The credential expired on 2010-01-01T00:00:00.000Z.' };
    expect(checkText(stored, 'ja')).toBe(renderMessage({ code: 'check.expired' }, 'ja'));
    expect(checkText({ message: 'Some old sentence.' }, 'ja')).toBe('Some old sentence.');
    expect(checkText({ code: 'not_a_known_code', message: 'Old.' }, 'en')).toBe('Old.');
    expect(messageText(undefined, 'en')).toBe('');
    expect(checkText({ code: 'revoked', message: { code: 'check.revoked' } }, 'en')).toBe(
      'The issuer has revoked this credential.',
    );
  });

  it('dates and numbers go through Intl in the learner’s language, never as raw ISO text', () => {
    const ja = formatters('ja', 'UTC');
    const en = formatters('en', 'UTC');
    expect(ja.date('2010-01-01T00:00:00.000Z')).toBe('2010年1月1日');
    expect(en.date('2010-01-01T00:00:00.000Z')).toBe('January 1, 2010');
    expect(en.number(1234.56)).toBe('1,234.6');
    expect(ja.list(['a', 'b', 'c'])).toBe('a、b、c');
    expect(en.date('not a date')).toBe('not a date');
  });

  it('picks Japanese from a Japanese locale and English otherwise', () => {
    expect(defaultLang(['ja-JP', 'en'])).toBe('ja');
    expect(defaultLang(['en-GB', 'ja'])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });
});
