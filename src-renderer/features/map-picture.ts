/**
 * The progress map as a picture: an SVG document built as a string from plain data
 * (levels, markers with name and status, path progress). Pure and DOM-free so it can be
 * unit-tested. Every piece of text — credential names and issuers above all — goes through
 * `xml()`; nothing from a credential is ever inserted as markup, an attribute name or a
 * URL. Presentation attributes only (no style attributes), so the picture needs no CSS.
 */
import type { VerificationStatus } from '../../src-shared/verification';

export interface PictureMarker {
  name: string;
  issuer: string;
  status: VerificationStatus;
  statusText: string;
  /** Someone else's credential: drawn dashed and labelled. */
  notMine: boolean;
}

export interface PictureRow {
  /** e.g. "Level 6"; "Unplaced" for the tray. */
  label: string;
  title: string;
  /** e.g. "≈ 270 h (assumed)"; empty when nothing. */
  total: string;
  markers: PictureMarker[];
  /** Path badges on the target level, e.g. "Bachelor's degree (NIAD-QE) 30%". */
  paths: string[];
}

export interface PicturePath {
  name: string;
  /** 0..100 */
  percent: number;
  detail: string;
}

export interface MapPicture {
  title: string;
  subtitle: string;
  notMineLabel: string;
  rows: PictureRow[];
  paths: PicturePath[];
}

/** Escape text for XML element content and attribute values. */
export function xml(text: string): string {
  // Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) are dropped, so
  // an odd name cannot break the document.
  let clean = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const allowed =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (allowed) clean += ch;
  }
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shorten to `max` characters (by code point) with an ellipsis. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const COLORS: Record<VerificationStatus, string> = {
  verified: '#1f7a43',
  not_verified: '#b3261e',
  could_not_check: '#8a5a00',
};

const W = 1200;
const LABEL_W = 230;
const PAD = 16;
const MARKER_W = 232;
const MARKER_H = 52;
const GAP = 8;
const PER_LINE = Math.floor((W - LABEL_W - PAD * 2 + GAP) / (MARKER_W + GAP));
const FONT = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${xml(content)}</text>`;
}

function marker(m: PictureMarker, x: number, y: number, notMineLabel: string): string {
  const color = COLORS[m.status];
  const dash = m.notMine ? ' stroke-dasharray="5 3"' : '';
  return [
    // The full texts, shortened on the face of the marker, stay in the picture as its title.
    `<g class="marker"><title>${xml(`${m.name} — ${m.issuer} — ${m.statusText}${m.notMine ? ` — ${notMineLabel}` : ''}`)}</title>`,
    `<rect x="${x}" y="${y}" width="${MARKER_W}" height="${MARKER_H}" rx="6" fill="#ffffff" stroke="${color}" stroke-width="1.5"${dash}/>`,
    `<rect x="${x}" y="${y}" width="5" height="${MARKER_H}" rx="2" fill="${color}"/>`,
    text(x + 12, y + 18, cut(m.name, 26), 'font-size="13" font-weight="600" fill="#1d232b"'),
    text(x + 12, y + 33, cut(m.issuer, 32), 'font-size="11" fill="#5b6675"'),
    text(
      x + 12,
      y + 46,
      m.notMine ? `${m.statusText} · ${notMineLabel}` : m.statusText,
      `font-size="11" font-weight="600" fill="${color}"`,
    ),
    `</g>`,
  ].join('');
}

/** The whole map as an SVG document (UTF-8 text). */
export function buildMapSvg(p: MapPicture): string {
  const parts: string[] = [];
  let y = PAD;
  parts.push(text(PAD, y + 20, p.title, 'font-size="22" font-weight="700" fill="#1d232b"'));
  parts.push(text(PAD, y + 42, p.subtitle, 'font-size="13" fill="#5b6675"'));
  y += 60;
  for (const row of p.rows) {
    const lines = Math.max(1, Math.ceil(row.markers.length / PER_LINE));
    const badgeH = row.paths.length > 0 ? row.paths.length * 22 + 4 : 0;
    const h = Math.max(72, badgeH + lines * (MARKER_H + GAP) + GAP);
    parts.push(`<g class="row">`);
    parts.push(`<rect x="${PAD}" y="${y}" width="${W - PAD * 2}" height="${h}" fill="#ffffff" stroke="#d9dee5"/>`);
    parts.push(`<line x1="${PAD + LABEL_W}" y1="${y}" x2="${PAD + LABEL_W}" y2="${y + h}" stroke="#d9dee5"/>`);
    parts.push(text(PAD + 10, y + 22, row.label, 'font-size="15" font-weight="700" fill="#1d232b"'));
    parts.push(text(PAD + 10, y + 40, cut(row.title, 32), 'font-size="11" fill="#5b6675"'));
    if (row.total) parts.push(text(PAD + 10, y + 58, cut(row.total, 30), 'font-size="12" fill="#2c5fb8"'));
    let my = y + GAP;
    row.paths.forEach((label, i) => {
      const by = y + GAP + i * 22;
      parts.push(
        `<rect x="${PAD + LABEL_W + GAP}" y="${by}" width="${Math.min(W - LABEL_W - PAD * 3, 16 + [...label].length * 7)}" height="18" rx="9" fill="#e8effb" stroke="#2c5fb8"/>`,
      );
      parts.push(text(PAD + LABEL_W + GAP + 8, by + 13, label, 'font-size="11" font-weight="600" fill="#2c5fb8"'));
    });
    my += badgeH;
    row.markers.forEach((m, i) => {
      const col = i % PER_LINE;
      const line = Math.floor(i / PER_LINE);
      parts.push(marker(m, PAD + LABEL_W + GAP + col * (MARKER_W + GAP), my + line * (MARKER_H + GAP), p.notMineLabel));
    });
    parts.push(`</g>`);
    y += h;
  }
  if (p.paths.length > 0) {
    y += 20;
    for (const path of p.paths) {
      const pct = Math.max(0, Math.min(100, Math.round(path.percent)));
      parts.push(`<g class="path">`);
      parts.push(
        text(PAD, y + 14, `${cut(path.name, 90)} — ${pct}%`, 'font-size="14" font-weight="600" fill="#1d232b"'),
      );
      parts.push(`<rect x="${PAD}" y="${y + 22}" width="400" height="10" rx="5" fill="#d9dee5"/>`);
      parts.push(`<rect x="${PAD}" y="${y + 22}" width="${4 * pct}" height="10" rx="5" fill="#2c5fb8"/>`);
      parts.push(text(PAD + 416, y + 31, cut(path.detail, 100), 'font-size="12" fill="#5b6675"'));
      parts.push(`</g>`);
      y += 46;
    }
  }
  const height = y + PAD;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${xml(FONT)}">`,
    `<rect width="${W}" height="${height}" fill="#f6f7f9"/>`,
    ...parts,
    `</svg>`,
  ].join('\n');
}
