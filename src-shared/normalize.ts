/**
 * Turns a parsed W3C Verifiable Credential (VC 1.1 or 2.0 JSON-LD, including Open Badges
 * 3.0 and CLR 2.0) into the wallet's format-independent NormalizedCredential: name,
 * issuer, dates, achievement type, alignments, credits, EQF level.
 * It reads what the issuer wrote and nothing more: it never verifies, never fetches,
 * never throws on odd input (missing or mistyped fields are simply left out), and never
 * produces HTML — every string it returns is plain text for the UI to show as text.
 * Must never import anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import { NormalizedCredentialSchema, type Alignment, type CredentialFormat, type NormalizedCredential } from './credential';

type Json = Record<string, unknown>;

const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** Generous caps: a credential is data from a stranger, and the UI lays these out. */
const MAX_NAME = 500;
const MAX_TEXT = 10_000;
const MAX_ALIGNMENTS = 50;

const FALLBACK_NAME = 'Unnamed credential';

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Plain text: control characters (other than tab and newline) removed, trimmed, capped. */
function cleanText(s: string, max: number): string | undefined {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
  if (t === '') return undefined;
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function isEnglish(tag: unknown): boolean {
  return typeof tag === 'string' && /^en(?:-|$)/i.test(tag);
}

/**
 * A human-language value as text: a string; a JSON-LD value object `{@value, @language}`;
 * a language map `{en: "...", ja: "..."}` (a value may itself be an array, as in ELM);
 * or an array of any of these. English is preferred, else the first text found.
 */
function langText(v: unknown, max = MAX_TEXT, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  if (typeof v === 'string') return cleanText(v, max);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const english = v.find((item) => isObject(item) && (isEnglish(item['@language']) || isEnglish(item['language'])));
    const preferred = english !== undefined ? langText(english, max, depth + 1) : undefined;
    if (preferred !== undefined) return preferred;
    for (const item of v) {
      const t = langText(item, max, depth + 1);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (isObject(v)) {
    if ('@value' in v) return langText(v['@value'], max, depth + 1);
    // A language map: keys are language tags (an object with an id or type is a node, not a map).
    if ('id' in v || 'type' in v || '@id' in v || '@type' in v) return undefined;
    const keys = Object.keys(v).filter((k) => /^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(k));
    const en = keys.find((k) => isEnglish(k));
    const ordered = en !== undefined ? [en, ...keys.filter((k) => k !== en)] : keys;
    for (const k of ordered) {
      const t = langText(v[k], max, depth + 1);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? cleanText(v, MAX_TEXT) : undefined;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function stringList(v: unknown): string[] {
  return asArray(v)
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function formatOf(doc: Json): CredentialFormat {
  const ctx0 = first(doc['@context']);
  if (ctx0 === VC1_CONTEXT) return 'vc1-jsonld';
  if (ctx0 === VC2_CONTEXT) return 'vc2-jsonld';
  return 'unknown';
}

function nonNegativeNumber(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** "UniversityDegreeCredential" → "University Degree Credential"; "ext:MyType" → "My Type". */
export function readableTypeName(type: string): string {
  const local = type.replace(/^.*[:#/]/, '') || type;
  const spaced = local
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced === '' ? type : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function mostSpecificType(types: readonly string[]): string | undefined {
  const specific = types.filter((t) => t !== 'VerifiableCredential');
  return specific[specific.length - 1];
}

function alignmentOf(v: unknown): Alignment | undefined {
  if (!isObject(v)) return undefined;
  const a: Alignment = {};
  const name = langText(v['targetName'], MAX_NAME);
  const url = str(v['targetUrl']);
  const code = typeof v['targetCode'] === 'number' ? String(v['targetCode']) : str(v['targetCode']);
  const framework = langText(v['targetFramework'], MAX_NAME);
  const type = str(v['targetType']);
  if (name !== undefined) a.targetName = name;
  if (url !== undefined) a.targetUrl = url;
  if (code !== undefined) a.targetCode = code;
  if (framework !== undefined) a.targetFramework = framework;
  if (type !== undefined) a.targetType = type;
  return Object.keys(a).length > 0 ? a : undefined;
}

/** An ELM concept (`{id: "http://data.europa.eu/snb/eqf/6", prefLabel}`), a URI, a code or a number. */
function levelValue(v: unknown): string | undefined {
  const one = first(v);
  if (typeof one === 'number' && Number.isFinite(one)) return String(one);
  if (typeof one === 'string') return cleanText(one, MAX_NAME);
  if (isObject(one)) return str(one['id']) ?? str(one['@id']) ?? langText(one['prefLabel'], MAX_NAME);
  return undefined;
}

/** eqfLevel where an ELM or OB credential is likely to state it; the EU formats get fuller treatment later. */
function findEqfLevel(subject: Json | undefined, achievement: Json | undefined): string | undefined {
  const places: unknown[] = [achievement?.['eqfLevel'], subject?.['eqfLevel']];
  for (const claim of asArray(subject?.['hasClaim']).slice(0, 20)) {
    if (!isObject(claim)) continue;
    places.push(claim['eqfLevel']);
    const spec = first(claim['specifiedBy']);
    if (isObject(spec)) places.push(spec['eqfLevel']);
  }
  for (const p of places) {
    const v = levelValue(p);
    if (v !== undefined) return v;
  }
  return undefined;
}

function elmClaimTitle(subject: Json | undefined): string | undefined {
  for (const claim of asArray(subject?.['hasClaim']).slice(0, 20)) {
    if (!isObject(claim)) continue;
    const t = langText(claim['title'], MAX_NAME);
    if (t !== undefined) return t;
    const spec = first(claim['specifiedBy']);
    if (isObject(spec)) {
      const s = langText(spec['title'], MAX_NAME);
      if (s !== undefined) return s;
    }
  }
  return undefined;
}

function withoutUndefined(n: NormalizedCredential): NormalizedCredential {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) if (v !== undefined) out[k] = v;
  return out as NormalizedCredential;
}

function minimal(name: string, format: CredentialFormat = 'unknown'): NormalizedCredential {
  return { format, types: [], name, alignments: [] };
}

function normalizeObject(doc: Json): NormalizedCredential {
  const types = stringList(doc['type']).slice(0, 20);
  const subject = isObject(first(doc['credentialSubject'])) ? (first(doc['credentialSubject']) as Json) : undefined;
  const isClr = types.includes('ClrCredential');
  // A CLR's subject holds many achievements; it is named as a whole, never after one of them.
  const achievement = !isClr && isObject(first(subject?.['achievement'])) ? (first(subject?.['achievement']) as Json) : undefined;

  const issuerRaw = doc['issuer'];
  const issuerId = typeof issuerRaw === 'string' ? str(issuerRaw) : isObject(issuerRaw) ? str(issuerRaw['id']) : undefined;
  const issuerName = isObject(issuerRaw) ? (langText(issuerRaw['name'], MAX_NAME) ?? langText(issuerRaw['legalName'], MAX_NAME)) : undefined;

  const credentialName = langText(doc['name'], MAX_NAME);
  const specific = mostSpecificType(types);
  // OB 3.0 defines the credential's own `name` as the one for display in wallets; the
  // achievement's name is the fallback (VC 1.1 OB files often omit the former).
  const name =
    credentialName ??
    langText(achievement?.['name'], MAX_NAME) ??
    elmClaimTitle(subject) ??
    (isObject(doc['displayParameter']) ? langText(doc['displayParameter']['title'], MAX_NAME) : undefined) ??
    (specific !== undefined ? readableTypeName(specific) : FALLBACK_NAME);

  const alignments = asArray(achievement?.['alignment'])
    .slice(0, MAX_ALIGNMENTS)
    .map(alignmentOf)
    .filter((a): a is Alignment => a !== undefined);

  const rawType = achievement?.['achievementType'];
  const achievementType = typeof rawType === 'string' ? cleanText(rawType, MAX_NAME) : undefined;

  return withoutUndefined({
    credentialId: str(doc['id']),
    format: formatOf(doc),
    types,
    name,
    description: langText(doc['description']) ?? langText(achievement?.['description']),
    issuerId,
    issuerName,
    subjectId: str(subject?.['id']),
    issuedOn: str(doc['issuanceDate']) ?? str(doc['validFrom']),
    validUntil: str(doc['expirationDate']) ?? str(doc['validUntil']),
    achievementType,
    fieldOfStudy: langText(achievement?.['fieldOfStudy'], MAX_NAME),
    alignments,
    credits: nonNegativeNumber(subject?.['creditsEarned']) ?? nonNegativeNumber(achievement?.['creditsAvailable']),
    eqfLevel: findEqfLevel(subject, achievement),
  });
}

/**
 * What the wallet understood of a parsed credential document. Never throws: anything
 * unexpected yields a smaller record (at worst a named `unknown` one) that still passes
 * NormalizedCredentialSchema.
 */
export function normalizeCredential(doc: unknown): NormalizedCredential {
  if (!isObject(doc)) return minimal(FALLBACK_NAME);
  try {
    const parsed = NormalizedCredentialSchema.safeParse(normalizeObject(doc));
    if (parsed.success) return parsed.data;
  } catch {
    // Getters or proxies in odd input: fall through to the minimal record.
  }
  return minimal(FALLBACK_NAME);
}

/** The record kept for a file that could not be understood: named after the file. */
export function describeUnreadable(reason: string, fileName: string): NormalizedCredential {
  const name = cleanText(fileName.replace(/^.*[\\/]/, ''), MAX_NAME) ?? 'Unnamed file';
  const description = cleanText(reason, MAX_TEXT);
  return withoutUndefined({ ...minimal(name), description });
}
