// The portfolio zip: originals byte-for-byte, a manifest that describes them, integrity and safe entry names.
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../src-shared/bytes';
import { buildPortfolioBundle, BundleIntegrityError, safeEntryName } from '../../../src-main/services/bundle-service';
import { readSampleBytes } from '../../helpers/samples';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('portfolio bundle', () => {
  const png = readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png');
  const json = readSampleBytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json');
  const items = [
    {
      fileName: 'badge.png',
      sha256: sha(png),
      bytesBase64: bytesToBase64(png),
      name: 'Baked',
      status: 'could_not_check' as const,
    },
    {
      fileName: 'teamwork.json',
      sha256: sha(json),
      bytesBase64: bytesToBase64(json),
      name: 'Teamwork Badge',
      issuer: 'Example Corp',
      level: { framework: 'jqf', level: 6 },
      status: 'verified' as const,
    },
  ];

  it('holds every original byte-for-byte plus a manifest', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const bundle = buildPortfolioBundle(items, 'jqf', now);
    expect(bundle.fileName).toBe('manabi-portfolio-2026-11-24.zip');
    const entries = unzipSync(bundle.zip);
    expect(Buffer.from(entries['credentials/badge.png'] ?? []).equals(Buffer.from(png))).toBe(true);
    expect(Buffer.from(entries['credentials/teamwork.json'] ?? []).equals(Buffer.from(json))).toBe(true);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array()));
    expect(manifest).toMatchObject({
      format: 'manabi-portfolio',
      count: 2,
      framework: 'jqf',
      createdAt: now.toISOString(),
    });
    expect(manifest.credentials[1]).toEqual({
      file: 'credentials/teamwork.json',
      originalName: 'teamwork.json',
      sha256: sha(json),
      name: 'Teamwork Badge',
      issuer: 'Example Corp',
      level: { framework: 'jqf', level: 6 },
      status: 'verified',
    });
  });

  it('adds the map picture when given, and names it in the manifest', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Teamwork Badge</text></svg>';
    const entries = unzipSync(buildPortfolioBundle(items, 'jqf', new Date(), svg).zip);
    expect(strFromU8(entries['map.svg'] ?? new Uint8Array())).toBe(svg);
    expect(JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array()))).toMatchObject({ map: 'map.svg' });
    expect(
      JSON.parse(strFromU8(unzipSync(buildPortfolioBundle(items, 'jqf').zip)['manifest.json'] ?? new Uint8Array())),
    ).toMatchObject({ map: null });
  });

  it('refuses bytes that do not match their fingerprint', () => {
    const broken = [{ ...items[1]!, sha256: sha(png) }];
    expect(() => buildPortfolioBundle(broken, 'jqf')).toThrow(BundleIntegrityError);
  });

  it('keeps two files with the same name apart', () => {
    const twice = [items[1]!, { ...items[0]!, fileName: 'teamwork.json' }];
    const entries = unzipSync(buildPortfolioBundle(twice, 'eqf').zip);
    expect(
      Object.keys(entries)
        .filter((k) => k.startsWith('credentials/'))
        .sort(),
    ).toEqual(['credentials/002-teamwork.json', 'credentials/teamwork.json']);
  });

  it('makes entry names safe', () => {
    expect(safeEntryName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeEntryName('../../etc/passwd')).not.toContain('/');
    expect(safeEntryName('a:b*c?.json')).toBe('a_b_c_.json');
    expect(safeEntryName('')).toBe('credential');
  });

  it('shows the name that is written: bidirectional controls and invisible marks are replaced', () => {
    expect(safeEntryName('evil\u202Enosj.exe')).toBe('evil_nosj.exe');
    for (const mark of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u0085',
      '\u007F',
    ])
      expect(safeEntryName(`a${mark}b.json`), JSON.stringify(mark)).toBe('a_b.json');
    expect(safeEntryName('学位記 2026.json')).toBe('学位記 2026.json');
  });

  it('never writes a Windows device name, or a name ending in a dot or space', () => {
    for (const name of [
      'CON',
      'con.json',
      'NUL',
      'nul.txt',
      'PRN.json',
      'AUX',
      'COM1',
      'com9.json',
      'LPT1.json',
      'lpt3',
    ])
      expect(safeEntryName(name), name).toBe(`_${name}`);
    expect(safeEntryName('console.json')).toBe('console.json');
    expect(safeEntryName('CONTEXT.json')).toBe('CONTEXT.json');
    expect(safeEntryName('badge. . ')).toBe('badge');
    expect(safeEntryName('CON. ')).toBe('_CON');
  });
});
