// Badge images through the import service: a baked credential verifies exactly as its twin
// given as its own file (same status, same checks), the entry keeps the image's media type,
// an image holding only a hosted assertion's address is an Open Badges 2.0 credential that
// could not be checked (never "not a credential"), and a plain photo or a damaged PNG is not a
// credential, with its reason.
import { describe, expect, it } from 'vitest';
import { ImportedCredentialSchema, entryKindOf, type ImportedCredential } from '../../../../src-shared/credential';
import { importFiles } from '../../../../src-main/services/import-service';
import { readBakedPng } from '../../../../src-main/services/badges/png';
import { readBakedSvg } from '../../../../src-main/services/badges/svg';
import { readSampleBytes } from '../../../helpers/samples';
import { OB3_NS, bakePng, svgWith, textChunk, withoutText } from '../../../helpers/badge-fixtures';

const NOW = new Date('2026-01-15T00:00:00Z');
const VERIFIED_SAMPLE = 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json';
const PICTURE = withoutText(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png'));

async function one(name: string, bytes: Uint8Array): Promise<ImportedCredential> {
  const items = await importFiles([{ name, bytes }], { now: NOW });
  expect(items).toHaveLength(1);
  const item = items[0] as ImportedCredential;
  expect(ImportedCredentialSchema.safeParse(item).success).toBe(true);
  return item;
}

/** What the verifier answered, without when. */
const verdict = (i: ImportedCredential): unknown => ({
  status: i.verification.status,
  checks: i.verification.checks,
  format: i.normalized.format,
  name: i.normalized.name,
});

/** The baked text of a sample image, as the file it would be on its own. */
function twinOf(file: string): { name: string; bytes: Uint8Array } {
  const bytes = readSampleBytes(file);
  const read = file.endsWith('.png') ? readBakedPng(bytes) : readBakedSvg(bytes);
  if (read.kind !== 'input') throw new Error(`${file}: no credential`);
  const text = read.input.kind === 'json' ? JSON.stringify(read.input.value) : read.input.token;
  return { name: read.input.kind === 'json' ? 'twin.json' : 'twin.jwt', bytes: new TextEncoder().encode(text) };
}

describe('a baked credential verifies as its twin file', () => {
  const samples: [string, string][] = [
    ['ob3/1edtech-dcpv_ob3_baked_json.png', 'image/png'],
    ['ob3/1edtech-dcpv_ob3_baked_json.svg', 'image/svg+xml'],
    ['jwt/1edtech-dcpv_ob3_baked_vc2-jwt.png', 'image/png'],
    ['jwt/1edtech-dcpv_ob3_baked_vc2-jwt.svg', 'image/svg+xml'],
  ];
  for (const [file, mediaType] of samples) {
    it(`${file}: same status and checks as the same credential given as a file`, async () => {
      const baked = await one(file, readSampleBytes(file));
      const twin = twinOf(file);
      const plain = await one(twin.name, twin.bytes);
      expect(baked.mediaType).toBe(mediaType);
      expect(baked.problem).toBeUndefined();
      expect(baked.normalized.name).toBe('Teamwork Badge');
      expect(verdict(baked)).toEqual(verdict(plain));
      expect(baked.verification.checks.find((c) => c.id === 'proof')?.outcome).toBe('pass');
    });
  }

  it('a verified credential baked into a PNG (compressed iTXt) and an SVG is Verified, as its file is', async () => {
    const json = readSampleBytes(VERIFIED_SAMPLE);
    const text = new TextDecoder().decode(json);
    const plain = await one('badge.json', json);
    expect(plain.verification.status).toBe('verified');
    const png = await one('badge.png', bakePng(PICTURE, textChunk('iTXt-compressed', 'openbadgecredential', text)));
    const svg = await one('badge.svg', svgWith(`<x:credential xmlns:x="${OB3_NS}"><![CDATA[${text}]]></x:credential>`));
    expect(verdict(png)).toEqual(verdict(plain));
    expect(verdict(svg)).toEqual(verdict(plain));
    expect(png.mediaType).toBe('image/png');
  });

  it('a tampered baked credential fails as its tampered file does', async () => {
    const original = JSON.parse(new TextDecoder().decode(readSampleBytes(VERIFIED_SAMPLE))) as Record<string, unknown>;
    const tampered = JSON.stringify({ ...original, id: 'urn:uuid:changed' });
    const plain = await one('t.json', new TextEncoder().encode(tampered));
    const png = await one('t.png', bakePng(PICTURE, textChunk('iTXt', 'openbadgecredential', tampered)));
    expect(plain.verification.status).toBe('not_verified');
    expect(verdict(png)).toEqual(verdict(plain));
  });
});

describe('an image holding only a hosted assertion address', () => {
  it('is an Open Badges 2.0 credential that could not be checked, named after the address', async () => {
    const url = 'https://badges.example.ac.jp/assertions/123';
    const item = await one('hosted.png', bakePng(PICTURE, textChunk('iTXt', 'openbadges', url)));
    expect(item.normalized.format).toBe('ob2-hosted');
    expect(item.normalized.nameMessage).toEqual({ code: 'badges.badge_from', params: { url } });
    expect(item.verification.status).toBe('could_not_check');
    expect(item.verification.checks.map((c) => c.message)).toContainEqual({
      code: 'badges.hosted_url_only',
      params: { url },
    });
    expect(entryKindOf(item)).toBe('credential');
    expect(item.mediaType).toBe('image/png');
    expect(item.verification.checks.some((c) => c.code === 'not_a_credential')).toBe(false);
  });
});

describe('an image with no credential is not a credential', () => {
  it('a plain photo PNG', async () => {
    const item = await one('photo.png', PICTURE);
    expect(item.verification.checks).toEqual([
      expect.objectContaining({ id: 'format', outcome: 'fail', code: 'not_a_credential' }),
    ]);
    expect(item.problem).toEqual({ code: 'badges.no_badge_inside' });
    expect(entryKindOf(item)).toBe('not_credential');
    expect(item.mediaType).toBe('image/png');
  });

  it('a PNG with a bad CRC', async () => {
    const text = new TextDecoder().decode(readSampleBytes(VERIFIED_SAMPLE));
    const item = await one(
      'bad.png',
      bakePng(PICTURE, textChunk('iTXt', 'openbadgecredential', text, { badCrc: true })),
    );
    expect(item.verification.checks).toEqual([
      expect.objectContaining({ id: 'format', outcome: 'fail', code: 'not_a_credential' }),
    ]);
    expect(item.problem).toEqual({ code: 'badges.png_bad_crc' });
    expect(entryKindOf(item)).toBe('not_credential');
  });

  it('an SVG with no badge, and one with an entity bomb', async () => {
    expect((await one('plain.svg', svgWith(''))).problem).toEqual({ code: 'badges.no_badge_inside' });
    const bomb = svgWith('<a>&lol;</a>', 'a', OB3_NS, '<!DOCTYPE svg [<!ENTITY lol "lollollol">]>');
    const item = await one('bomb.svg', bomb);
    expect(item.problem).toEqual({ code: 'badges.svg_unreadable' });
    expect(entryKindOf(item)).toBe('not_credential');
  });
});
