// How the span of a pathway's counted credits is said, in both languages: never "13.43 of 2
// years" once the requirement is met, and never rounded up into meeting it.
import { describe, expect, it } from 'vitest';
import { yearsLine } from '../../../src-renderer/features/map-text';
import { uiText, type Lang } from '../../../src-shared/i18n';

const t =
  (lang: Lang) =>
  (key: string, params?: Record<string, string | number>): string =>
    uiText(key as Parameters<typeof uiText>[0], lang, params);

describe('the years a pathway counts', () => {
  it('once met, says only that the required years are reached', () => {
    expect(yearsLine({ have: 13.43, need: 2 }, t('en'))).toBe('Counted credits span at least the 2 years required');
    expect(yearsLine({ have: 2, need: 2 }, t('ja'))).toBe('算入した単位の期間：必要な 2 年以上');
  });

  it('before, rounds down to a tenth of a year, so just short never reads as met', () => {
    expect(yearsLine({ have: 1.96, need: 2 }, t('en'))).toBe('Counted credits span 1.9 of the 2 years required');
    expect(yearsLine({ have: 0.54, need: 1 }, t('ja'))).toBe('算入した単位の期間：必要な 1 年のうち 0.5 年');
  });
});
