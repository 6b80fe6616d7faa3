// Baked PNG badges: the real samples (Open Badges 3.0 JSON and JWS, Open Badges 2.0), every
// kind of text chunk, and images broken on purpose (a wrong CRC, a file cut short, a wrong
// keyword, a compressed chunk that inflates past any file the wallet takes). Each gives the
// badge or a distinct reason, never a throw.
import { describe, expect, it } from 'vitest';
import { readBakedPng } from '../../../../src-main/services/badges/png';
import type { BakedRead } from '../../../../src-main/services/badges/baked';
import { readSampleBytes } from '../../../helpers/samples';
import {
  bakePng,
  chunksOf,
  concat,
  pngChunk,
  pngWith,
  textChunk,
  textChunkData,
  withoutText,
  type TextChunkKind,
} from '../../../helpers/badge-fixtures';
import { zlibSync } from 'fflate';

const CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential'],
  name: '合格',
};
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2lnbmF0dXJl';

function jsonOf(read: BakedRead): unknown {
  expect(read.kind).toBe('input');
  if (read.kind !== 'input' || read.input.kind !== 'json') throw new Error(`not JSON: ${JSON.stringify(read)}`);
  return read.input.value;
}
const problemOf = (read: BakedRead): string | undefined => (read.kind === 'none' ? read.problem.code : undefined);

describe('baked PNG: the real samples', () => {
  it('reads the Open Badges 3.0 JSON credential from its iTXt chunk', () => {
    const value = jsonOf(readBakedPng(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png'))) as Record<
      string,
      unknown
    >;
    expect(value['type']).toContain('OpenBadgeCredential');
    expect(value['proof']).toBeDefined();
  });

  it('reads the Open Badges 3.0 compact JWS from its iTXt chunk', () => {
    const read = readBakedPng(readSampleBytes('jwt/1edtech-dcpv_ob3_baked_vc2-jwt.png'));
    expect(read.kind === 'input' && read.input.kind).toBe('jws');
    if (read.kind === 'input' && read.input.kind === 'jws') expect(read.input.token.split('.')).toHaveLength(3);
  });

  it('reads the Open Badges 2.0 assertion from the `openbadges` keyword', () => {
    const value = jsonOf(readBakedPng(readSampleBytes('ob2/1edtech-dcpv_ob2_baked_hosted.png'))) as Record<
      string,
      unknown
    >;
    expect(value['type']).toBe('Assertion');
    expect(value['id']).toBe('https://example.org/beths-robotics-badge.json');
  });
});

describe('baked PNG: every text chunk kind', () => {
  const kinds: TextChunkKind[] = ['tEXt', 'zTXt', 'iTXt', 'iTXt-compressed'];
  for (const kind of kinds) {
    it(`reads a JSON credential from ${kind}`, () => {
      // tEXt and zTXt are Latin-1: the sample credential is ASCII there.
      const credential = kind === 'tEXt' || kind === 'zTXt' ? { ...CREDENTIAL, name: 'Passed' } : CREDENTIAL;
      const png = pngWith([textChunk(kind, 'openbadgecredential', JSON.stringify(credential))]);
      expect(jsonOf(readBakedPng(png))).toEqual(credential);
    });
  }

  it('reads a compact JWS and an Open Badges 2.0 assertion address', () => {
    const jws = readBakedPng(pngWith([textChunk('iTXt', 'openbadgecredential', JWS)]));
    expect(jws).toEqual({ kind: 'input', input: { kind: 'jws', token: JWS } });
    const url = 'https://badges.example.ac.jp/assertions/42';
    expect(readBakedPng(pngWith([textChunk('tEXt', 'openbadges', url)]))).toEqual({ kind: 'hosted', url });
  });

  it('finds the badge among other text chunks, wherever it sits', () => {
    const picture = pngWith([textChunk('tEXt', 'Software', 'GIMP'), textChunk('tEXt', 'date:create', '2024')]);
    const baked = bakePng(picture, textChunk('iTXt', 'openbadgecredential', JSON.stringify(CREDENTIAL)));
    expect(jsonOf(readBakedPng(baked))).toEqual(CREDENTIAL);
  });

  it('prefers an Open Badges 3.0 credential over an older badge in the same image', () => {
    const png = pngWith([
      textChunk('tEXt', 'openbadges', 'https://example.org/a.json'),
      textChunk('iTXt', 'openbadgecredential', JSON.stringify(CREDENTIAL)),
    ]);
    expect(jsonOf(readBakedPng(png))).toEqual(CREDENTIAL);
  });
});

describe('baked PNG: no badge, or a damaged image', () => {
  it('says a picture with no badge has none', () => {
    const photo = withoutText(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png'));
    expect(problemOf(readBakedPng(photo))).toBe('badges.no_badge_inside');
    expect(problemOf(readBakedPng(pngWith([])))).toBe('badges.no_badge_inside');
  });

  it('ignores a chunk with a wrong keyword', () => {
    for (const keyword of ['openbadge', 'OpenBadgeCredential', 'openbadgescredential', 'Comment']) {
      const png = pngWith([textChunk('iTXt', keyword, JSON.stringify(CREDENTIAL))]);
      expect(problemOf(readBakedPng(png)), keyword).toBe('badges.no_badge_inside');
    }
  });

  it('says a wrong CRC, in the badge chunk or in the image data, is damage', () => {
    const badBadge = pngWith([textChunk('iTXt', 'openbadgecredential', JSON.stringify(CREDENTIAL), { badCrc: true })]);
    expect(problemOf(readBakedPng(badBadge))).toBe('badges.png_bad_crc');
    const sample = readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png');
    const flipped = sample.slice();
    const idat = chunksOf(sample).find((c) => c.type === 'IDAT');
    if (!idat) throw new Error('sample has no IDAT');
    const at = idat.bytes.byteOffset - sample.byteOffset + 100;
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    expect(problemOf(readBakedPng(flipped))).toBe('badges.png_bad_crc');
  });

  it('says a file cut short is incomplete, wherever it is cut', () => {
    const sample = readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png');
    for (const keep of [20, 5000, sample.length - 200, sample.length - 5]) {
      expect(problemOf(readBakedPng(sample.subarray(0, keep))), `${keep} bytes`).toBe('badges.png_truncated');
    }
  });

  it('says a chunk declaring more bytes than the file has is incomplete, without trusting the length', () => {
    const png = pngWith([]);
    const liar = concat([png.subarray(0, 33), Uint8Array.of(0x7f, 0xff, 0xff, 0xf0), png.subarray(37)]);
    const started = performance.now();
    expect(problemOf(readBakedPng(liar))).toBe('badges.png_truncated');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('says what is baked in is unreadable when it is neither JSON, a JWS nor an assertion address', () => {
    for (const text of ['{"broken": ', 'hello', 'javascript:alert(1)']) {
      const png = pngWith([textChunk('iTXt', 'openbadges', text)]);
      expect(problemOf(readBakedPng(png)), text).toBe('badges.baked_unreadable');
    }
    // An Open Badges 3.0 badge is never only an address.
    const url = pngWith([textChunk('iTXt', 'openbadgecredential', 'https://example.org/a.json')]);
    expect(problemOf(readBakedPng(url))).toBe('badges.baked_unreadable');
  });

  it('says a damaged compressed chunk is unreadable', () => {
    const data = textChunkData('zTXt', 'openbadges', '{"a":1}');
    const broken = pngWith([pngChunk('zTXt', concat([data.subarray(0, data.length - 6), Uint8Array.of(1, 2, 3)]))]);
    expect(problemOf(readBakedPng(broken))).toBe('badges.baked_unreadable');
  });

  it('stops inflating a compressed chunk once it is larger than any file the wallet takes', () => {
    const bomb = zlibSync(new Uint8Array(64 * 1024 * 1024));
    const png = pngWith([
      pngChunk(
        'zTXt',
        concat([Uint8Array.from([...'openbadges'].map((c) => c.charCodeAt(0))), Uint8Array.of(0, 0), bomb]),
      ),
    ]);
    const started = performance.now();
    const read = readBakedPng(png);
    expect(read.kind === 'none' && read.problem).toEqual({ code: 'badges.baked_too_large', params: { maxMb: 16 } });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('says bytes that are not a PNG at all are damaged', () => {
    expect(problemOf(readBakedPng(new Uint8Array([0x89, 0x50, 0x4e])))).toBe('badges.png_damaged');
  });
});
