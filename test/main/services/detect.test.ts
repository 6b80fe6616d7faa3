// Format detection reads content, not names, and never throws on hostile bytes.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src-main/services/detect';
import { MAX_JSON_DEPTH } from '../../../src-shared/limits';
import { readSampleBytes } from '../../helpers/samples';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('format detection from content', () => {
  it('recognises VC 1.1 and 2.0 JSON-LD credentials', () => {
    const v2 = detect(readSampleBytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    expect(v2).toMatchObject({ kind: 'json-credential', vcVersion: 2 });
    const v1 = detect(readSampleBytes('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json'));
    expect(v1).toMatchObject({ kind: 'json-credential', vcVersion: 1 });
  });

  it('recognises baked images, JWTs and XML', () => {
    expect(detect(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png')).kind).toBe('png');
    expect(detect(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.svg')).kind).toBe('svg');
    expect(detect(readSampleBytes('ob2/1edtech-dcpv_ob2_signed_assertion.jwt')).kind).toBe('jwt');
    expect(detect(readSampleBytes('edc/ec-elm_v2_EDC_DiplomaSupplement_AA.xml')).kind).toBe('xml');
  });

  it('never throws on hostile input', () => {
    expect(detect(new Uint8Array())).toMatchObject({ kind: 'unknown', reason: 'empty' });
    expect(detect(new Uint8Array([0xff, 0xfe, 0x00, 0x80]))).toMatchObject({ kind: 'unknown', reason: 'binary' });
    expect(detect(text('{"a": '))).toMatchObject({ kind: 'unknown', reason: 'bad_json' });
    expect(detect(text('{"type": ["VerifiableCredential"]}')).kind).toBe('json-other');
    expect(detect(text('[1,2,3]')).kind).toBe('json-other');
    expect(detect(text('hello world')).kind).toBe('unknown');
  });
});

describe('format detection of deeply nested JSON', () => {
  it('JSON nested deeper than the limit is too_deep, found before parsing; at the limit it is JSON', () => {
    for (const levels of [MAX_JSON_DEPTH + 1, 4000, 100_000]) {
      const start = performance.now();
      expect(detect(text('['.repeat(levels) + ']'.repeat(levels)))).toEqual({
        kind: 'unknown',
        mediaType: 'application/octet-stream',
        reason: 'too_deep',
      });
      expect(detect(text(`{"@context":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}`))).toMatchObject({
        reason: 'too_deep',
      });
      expect(performance.now() - start).toBeLessThan(500);
    }
    const within = MAX_JSON_DEPTH;
    expect(detect(text('['.repeat(within) + ']'.repeat(within)))).toMatchObject({ kind: 'json-other' });
  });

  it('brackets inside strings do not count', () => {
    const doc = {
      type: ['VerifiableCredential'],
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      s: '['.repeat(5000),
    };
    expect(detect(text(JSON.stringify(doc)))).toMatchObject({ kind: 'json-credential', vcVersion: 1 });
  });
});
