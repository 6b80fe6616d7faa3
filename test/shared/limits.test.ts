// The depth limit's two measures (of JSON text before parsing, of a value after) agree with
// each other, ignore brackets inside strings, never recurse, and answer in linear time.
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  MAX_PROOF_VALUE_LENGTH,
  jsonTextTooDeep,
  proofValueTooLong,
  valueTooDeep,
} from '../../src-shared/limits';

function nestedText(levels: number): string {
  return '{"a":'.repeat(levels - 1) + '[]' + '}'.repeat(levels - 1);
}

describe('JSON depth', () => {
  it('the text and the value measure the same depth, on both sides of the limit', () => {
    for (const levels of [1, 2, MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 4000]) {
      const text = nestedText(levels);
      const expected = levels > MAX_JSON_DEPTH;
      expect(jsonTextTooDeep(text)).toBe(expected);
      expect(valueTooDeep(JSON.parse(text))).toBe(expected);
    }
  });

  it('counts only brackets outside strings (escaped quotes included)', () => {
    const brackets = '[{'.repeat(MAX_JSON_DEPTH * 2);
    expect(jsonTextTooDeep(JSON.stringify({ s: brackets, t: `\\"${brackets}` }))).toBe(false);
    expect(jsonTextTooDeep('{"a\\"": "[[[[", "b": [[[]]]}', 3)).toBe(true);
    expect(jsonTextTooDeep('{"a\\"": "[[[[", "b": [[]]}', 3)).toBe(false);
  });

  it('is measured by loops: 1,000,000 levels answer without a stack overflow, quickly', () => {
    const levels = 1_000_000;
    const text = '['.repeat(levels) + ']'.repeat(levels);
    const start = performance.now();
    expect(jsonTextTooDeep(text)).toBe(true);
    let deep: unknown = [];
    for (let i = 0; i < levels; i++) deep = [deep];
    expect(valueTooDeep(deep)).toBe(true);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('a wide value is not deep, and scalars have no depth', () => {
    expect(valueTooDeep(Array.from({ length: 100_000 }, (_, i) => ({ i })))).toBe(false);
    expect(valueTooDeep('x')).toBe(false);
    expect(valueTooDeep(null)).toBe(false);
    expect(jsonTextTooDeep('"[[[["')).toBe(false);
  });

  it('a value that contains itself counts as too deep (never a loop)', () => {
    const loop: Record<string, unknown> = {};
    loop['self'] = loop;
    expect(valueTooDeep(loop)).toBe(true);
  });
});

describe('proof values', () => {
  it('a proofValue longer than any signature is too long; a real one is not', () => {
    expect(proofValueTooLong({ proofValue: `z${'A'.repeat(MAX_PROOF_VALUE_LENGTH)}` })).toBe(true);
    expect(
      proofValueTooLong({
        proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKods5D2UReq8VpTrEgrcGs',
      }),
    ).toBe(false);
    expect(proofValueTooLong({})).toBe(false);
  });
});
