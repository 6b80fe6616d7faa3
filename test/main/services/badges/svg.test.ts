// Baked SVG badges: the real samples, the element found by its namespace whatever the prefix,
// Open Badges 2.0 assertions (JSON, a JWS or an address in `verify`), and hostile images: script
// and event attributes are only text, an entity bomb and an external entity are never expanded
// (the image is unreadable, at once), and nothing is loaded.
import { describe, expect, it } from 'vitest';
import { readBakedSvg } from '../../../../src-main/services/badges/svg';
import type { BakedRead } from '../../../../src-main/services/badges/baked';
import { readSampleBytes } from '../../../helpers/samples';
import { OB2_NS, OB3_NS, svgWith } from '../../../helpers/badge-fixtures';

const CREDENTIAL = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  type: ['VerifiableCredential'],
  name: '修了証',
};
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319.c2lnbmF0dXJl';
const cdata = (v: unknown): string => `<![CDATA[${JSON.stringify(v)}]]>`;
const problemOf = (read: BakedRead): string | undefined => (read.kind === 'none' ? read.problem.code : undefined);

describe('baked SVG: the real samples', () => {
  it('reads the Open Badges 3.0 JSON credential from its CDATA', () => {
    const read = readBakedSvg(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.svg'));
    expect(read.kind === 'input' && read.input.kind).toBe('json');
    if (read.kind === 'input' && read.input.kind === 'json')
      expect((read.input.value as Record<string, unknown>)['type']).toContain('OpenBadgeCredential');
  });

  it('reads the compact JWS from the verify attribute', () => {
    const read = readBakedSvg(readSampleBytes('jwt/1edtech-dcpv_ob3_baked_vc2-jwt.svg'));
    expect(read.kind === 'input' && read.input.kind).toBe('jws');
  });
});

describe('baked SVG: found by namespace', () => {
  it('finds the credential under any prefix bound to the Open Badges 3.0 namespace', () => {
    const read = readBakedSvg(svgWith(`<ob:credential>${cdata(CREDENTIAL)}</ob:credential>`, 'ob'));
    expect(read).toEqual({ kind: 'input', input: { kind: 'json', value: CREDENTIAL } });
    const byDefault = readBakedSvg(svgWith(`<g><credential xmlns="${OB3_NS}">${cdata(CREDENTIAL)}</credential></g>`));
    expect(byDefault).toEqual({ kind: 'input', input: { kind: 'json', value: CREDENTIAL } });
  });

  it('does not take the right prefix bound to another namespace', () => {
    const read = readBakedSvg(
      svgWith(
        `<openbadges:credential>${cdata(CREDENTIAL)}</openbadges:credential>`,
        'openbadges',
        'https://example.org/x',
      ),
    );
    expect(problemOf(read)).toBe('badges.no_badge_inside');
  });

  it('reads an Open Badges 2.0 assertion: CDATA JSON, a JWS, or only its address', () => {
    const assertion = { '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://example.org/a' };
    const json = readBakedSvg(
      svgWith(`<openbadges:assertion>${cdata(assertion)}</openbadges:assertion>`, 'openbadges', OB2_NS),
    );
    expect(json).toEqual({ kind: 'input', input: { kind: 'json', value: assertion } });
    const jws = readBakedSvg(svgWith(`<openbadges:assertion verify="${JWS}"/>`, 'openbadges', OB2_NS));
    expect(jws).toEqual({ kind: 'input', input: { kind: 'jws', token: JWS } });
    const url = 'https://example.org/assertions/7.json';
    const hosted = readBakedSvg(
      svgWith(`<openbadges:assertion verify="${url}"></openbadges:assertion>`, 'openbadges', OB2_NS),
    );
    expect(hosted).toEqual({ kind: 'hosted', url });
  });

  it('says an SVG with no badge has none, and a broken one is unreadable', () => {
    expect(problemOf(readBakedSvg(svgWith('')))).toBe('badges.no_badge_inside');
    expect(problemOf(readBakedSvg(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>')))).toBe(
      'badges.svg_unreadable',
    );
  });
});

describe('baked SVG: hostile images', () => {
  it('reads the badge of an SVG with script and onload, and runs nothing', () => {
    const flag = '__manabiSvgScriptRan';
    const svg = new TextEncoder().encode(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="${OB3_NS}" onload="globalThis.${flag}=1">` +
        `<script>globalThis.${flag}=2</script><image href="http://127.0.0.1:9/x.png" onerror="globalThis.${flag}=3"/>` +
        `<openbadges:credential>${cdata(CREDENTIAL)}</openbadges:credential></svg>`,
    );
    expect(readBakedSvg(svg)).toEqual({ kind: 'input', input: { kind: 'json', value: CREDENTIAL } });
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
  });

  it('never expands an entity bomb (billion laughs): the image is unreadable, at once', () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('');
    const head = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol">${entities}]>`;
    const svg = svgWith(`<openbadges:credential>&lol9;</openbadges:credential>`, 'openbadges', OB3_NS, head);
    const started = performance.now();
    expect(problemOf(readBakedSvg(svg))).toBe('badges.svg_unreadable');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('never reads an external entity (XXE): no file content reaches the badge', () => {
    const head = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const svg = svgWith(`<openbadges:credential>{"name":"&xxe;"}</openbadges:credential>`, 'openbadges', OB3_NS, head);
    const read = readBakedSvg(svg);
    expect(problemOf(read)).toBe('badges.svg_unreadable');
    expect(JSON.stringify(read)).not.toContain('root:');
  });

  it('keeps a doctype it does not need as text, and still reads the badge', () => {
    const head =
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    const read = readBakedSvg(
      svgWith(`<openbadges:credential>${cdata(CREDENTIAL)}</openbadges:credential>`, 'openbadges', OB3_NS, head),
    );
    expect(read).toEqual({ kind: 'input', input: { kind: 'json', value: CREDENTIAL } });
  });
});
