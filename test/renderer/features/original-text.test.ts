// The original file as the details panel shows it: JSON pretty-printed, a token with its
// header and payload decoded, anything else as written; never a throw, never unbounded.
import { describe, expect, it } from 'vitest';
import { originalText } from '../../../src-renderer/features/original-text';
import { readSampleBytes } from '../../helpers/samples';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the original file, readable', () => {
  it('pretty-prints JSON, keys in the file order', () => {
    expect(originalText(enc('{"b":1,"a":{"c":[1,2]}}'))).toBe(
      '{\n  "b": 1,\n  "a": {\n    "c": [\n      1,\n      2\n    ]\n  }\n}',
    );
    const sample = originalText(readSampleBytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    expect(sample.split('\n').length).toBeGreaterThan(20);
    expect(sample).toContain('  "type": [');
  });

  it('shows a token and then its header and payload, decoded and pretty-printed', () => {
    const token = new TextDecoder()
      .decode(readSampleBytes('jwt/1edtech-dcpv_clr2_vc1-claim_rs256-embedded-jwk.jwt'))
      .trim();
    const shown = originalText(enc(`${token}\n`));
    expect(shown.startsWith(`${token}\n\n{\n  "alg": "RS256"`)).toBe(true);
    expect(shown).toContain('\n  "vc": {');
  });

  it('shows damaged JSON, a broken token and other text as written', () => {
    expect(originalText(enc('{"a":'))).toBe('{"a":');
    expect(originalText(enc('abc.def.ghi'))).toBe('abc.def.ghi');
    expect(originalText(enc('<xml/>'))).toBe('<xml/>');
  });

  it('never shows more than 200,000 characters', () => {
    expect(originalText(enc('x'.repeat(300_000))).length).toBe(200_000);
    expect(originalText(enc(`[${'1,'.repeat(150_000)}1]`)).length).toBeLessThanOrEqual(200_000);
  });
});
