// The map as an SVG picture: structure and escaping of every piece of credential text.
import { describe, expect, it } from 'vitest';
import { buildMapSvg, cut, xml, type MapPicture } from '../../../src-renderer/features/map-picture';

const NASTY = '<script>alert(1)</script>&"\'';

function picture(name: string): MapPicture {
  return {
    title: 'Progress map',
    subtitle: 'Japan (JQF) · 1 credential',
    notMineLabel: 'Not yours',
    rows: [
      {
        label: 'Level 6',
        title: "Bachelor's degree",
        total: '90 h',
        markers: [{ name, issuer: `Issuer ${NASTY}`, status: 'verified', statusText: 'Verified', notMine: false }],
        paths: [`${NASTY} 30%`],
      },
      {
        label: 'Unplaced',
        title: '',
        total: '',
        markers: [{ name: 'Someone', issuer: 'X', status: 'not_verified', statusText: 'Not verified', notMine: true }],
        paths: [],
      },
    ],
    paths: [{ name: NASTY, percent: 30, detail: '62 credits needed, 12 counted' }],
  };
}

describe('map picture (SVG)', () => {
  it('escapes every credential text: a name like <script>&" never becomes markup', () => {
    const svg = buildMapSvg(picture('<script>&"'));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
    expect(svg).toContain(
      '&lt;script&gt;&amp;&quot; — Issuer &lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&apos; — Verified',
    );
    // Only the builder's own elements appear.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['g', 'line', 'rect', 'svg', 'text', 'title']);
  });

  it('is a well-formed SVG document with the names, statuses and path progress', () => {
    const svg = buildMapSvg(picture('Associate degree in Informatics'));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain('Associate degree in Informatics');
    expect(svg).toContain('Verified');
    expect(svg).toContain('Not verified · Not yours');
    expect(svg).toContain('30%');
    expect(svg).toMatch(/stroke-dasharray/);
    expect(svg).not.toMatch(/style=/);
  });

  it('drops characters XML cannot hold and shortens long names', () => {
    expect(xml('a\u0000b\u0007c\ttab')).toBe('abc\ttab');
    expect(cut('abcdef', 4)).toBe('abc…');
    expect(cut('学修証明', 10)).toBe('学修証明');
  });
});
