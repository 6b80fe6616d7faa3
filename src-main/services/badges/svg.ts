/**
 * Reading the badge baked into an SVG image: `<credential>` in the Open Badges 3.0 namespace
 * (`https://purl.imsglobal.org/ob/v3p0`: CDATA JSON, or a compact JWS in its `verify`
 * attribute) and `<assertion>` in the Open Badges 2.0 namespace (`http://openbadges.org`: CDATA
 * JSON, or a JWS or the hosted assertion's address in `verify`), found by namespace, whatever
 * prefix the image binds it to.
 *
 * The XML is read by saxes, a streaming parser that never processes a DTD: no entity is ever
 * defined from one, none is expanded (a reference to one makes the image unreadable: no
 * "billion laughs", no external entity, nothing loaded), and reading is one linear pass. The
 * image's script, event attributes and references are text here and nothing more: this module
 * never runs, loads or renders anything (the renderer shows an SVG only as an image). Pure over
 * bytes; never throws.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { msg } from '../../../src-shared/i18n/spec';
import { bakedPayload, type Baking, type BakedRead } from './baked';

const NAMESPACES: ReadonlyArray<{ uri: string; local: string; baking: Baking }> = [
  { uri: 'https://purl.imsglobal.org/ob/v3p0', local: 'credential', baking: 'ob3' },
  { uri: 'http://openbadges.org', local: 'assertion', baking: 'ob2' },
];

function bakingOf(tag: SaxesTagNS): Baking | undefined {
  return NAMESPACES.find((n) => n.uri === tag.uri && n.local === tag.local)?.baking;
}

/** The badge baked into an SVG, or why there is none. */
export function readBakedSvg(bytes: Uint8Array): BakedRead {
  const found: { baking: Baking; text: string }[] = [];
  let open: { baking: Baking; depth: number; verify: string | undefined; text: string[] } | undefined;
  let depth = 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parser = new SaxesParser({ xmlns: true, position: false });
    parser.on('opentag', (tag) => {
      depth++;
      const baking = open ? undefined : bakingOf(tag);
      if (!baking) return;
      const verify = tag.attributes['verify'];
      open = { baking, depth, verify: typeof verify === 'object' ? verify.value : undefined, text: [] };
    });
    parser.on('text', (t) => open?.text.push(t));
    parser.on('cdata', (t) => open?.text.push(t));
    parser.on('closetag', () => {
      if (open && open.depth === depth) {
        const verify = open.verify?.trim();
        found.push({ baking: open.baking, text: verify ? verify : open.text.join('') });
        open = undefined;
      }
      depth--;
    });
    parser.write(text).close();
  } catch {
    return { kind: 'none', problem: msg('badges.svg_unreadable') };
  }
  let best: BakedRead | undefined;
  for (const f of found) {
    const read = bakedPayload(f.text, f.baking);
    if (read.kind !== 'none' && f.baking === 'ob3') return read;
    if (!best || (best.kind === 'none' && read.kind !== 'none')) best = read;
  }
  return best ?? { kind: 'none', problem: msg('badges.no_badge_inside') };
}
