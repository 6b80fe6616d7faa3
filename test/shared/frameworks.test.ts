// The frameworks as data: eight levels each in English and Japanese, and the assumed JQF↔EQF correspondence.
import { describe, expect, it } from 'vitest';
import {
  CORRESPONDENCE,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  FrameworkSchema,
  levelTitle,
  mapLevel,
} from '../../src-shared/frameworks';
import eqfData from '../../src-shared/frameworks/eqf.json';

describe('frameworks', () => {
  for (const id of FRAMEWORK_IDS) {
    it(`${id} has exactly levels 1..8, each with English and Japanese text`, () => {
      const f = FRAMEWORKS[id];
      expect(f.id).toBe(id);
      expect(f.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const l of f.levels) {
        expect(l.title.en.trim()).not.toBe('');
        expect(l.title.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        const detail = l.descriptor ? [l.descriptor] : (l.qualifications ?? []);
        expect(detail.length).toBeGreaterThan(0);
        for (const t of detail) {
          expect(t.en.trim()).not.toBe('');
          expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
      }
      expect(f.name.en).not.toBe('');
      expect(f.name.ja).not.toBe('');
    });
  }

  it('the JQF is marked tentative (not official) and lists the degrees in natural Japanese', () => {
    expect(FRAMEWORKS.jqf.official).toBe(false);
    expect(levelTitle('jqf', 6, 'ja')).toBe('学士');
    expect(levelTitle('jqf', 7, 'ja')).toBe('修士');
    expect(levelTitle('jqf', 8, 'ja')).toBe('博士');
    expect(levelTitle('jqf', 6, 'en')).toBe("Bachelor's degree");
    const five = FRAMEWORKS.jqf.levels[4]?.qualifications?.map((q) => q.ja) ?? [];
    expect(five).toEqual(expect.arrayContaining(['短期大学士', '準学士', '専門士']));
  });

  it('EQF levels carry their data.europa.eu URIs', () => {
    FRAMEWORKS.eqf.levels.forEach((l) => expect(l.uri).toBe(`http://data.europa.eu/snb/eqf/${l.level}`));
  });

  it('levelTitle is empty outside 1..8', () => {
    expect(levelTitle('eqf', 0, 'en')).toBe('');
    expect(levelTitle('eqf', 9, 'ja')).toBe('');
  });

  it('rejects a framework whose levels are not exactly 1..8', () => {
    const broken = { ...eqfData, levels: eqfData.levels.slice(0, 7) };
    expect(FrameworkSchema.safeParse(broken).success).toBe(false);
    const reordered = { ...eqfData, levels: [...eqfData.levels].reverse() };
    expect(FrameworkSchema.safeParse(reordered).success).toBe(false);
  });
});

describe('JQF ↔ EQF correspondence', () => {
  it('is marked as an assumption with a note in both languages', () => {
    expect(CORRESPONDENCE.assumption).toBe(true);
    expect(CORRESPONDENCE.note.en).toMatch(/no official referencing/i);
    expect(CORRESPONDENCE.note.ja).toMatch(/公式/);
  });

  it('maps levels 5–8 one to one in both directions', () => {
    for (const level of [5, 6, 7, 8]) {
      expect(mapLevel('jqf', 'eqf', level)).toEqual({ level, assumption: true });
      expect(mapLevel('eqf', 'jqf', level)).toEqual({ level, assumption: true });
    }
  });

  it('takes JQF 3 (upper secondary) as EQF 4 and back', () => {
    expect(mapLevel('jqf', 'eqf', 3)).toEqual({ level: 4, assumption: true });
    expect(mapLevel('eqf', 'jqf', 4)).toEqual({ level: 3, assumption: true });
  });

  it('never moves a level down when going up the other framework (monotone maps)', () => {
    for (const [from, to] of [
      ['jqf', 'eqf'],
      ['eqf', 'jqf'],
    ] as const) {
      const mapped = [1, 2, 3, 4, 5, 6, 7, 8].map((l) => mapLevel(from, to, l).level);
      expect([...mapped].sort((a, b) => a - b)).toEqual(mapped);
    }
  });

  it('the same framework is no assumption', () => {
    expect(mapLevel('eqf', 'eqf', 3)).toEqual({ level: 3, assumption: false });
    expect(mapLevel('jqf', 'jqf', 6)).toEqual({ level: 6, assumption: false });
  });
});
