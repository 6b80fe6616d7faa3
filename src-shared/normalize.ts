/**
 * Turns a parsed W3C Verifiable Credential (VC 1.1 or 2.0 JSON-LD, including Open Badges
 * 3.0 and CLR 2.0) into the wallet's format-independent NormalizedCredential: name,
 * issuer, dates, achievement type, alignments, credits, EQF level.
 * It reads what the issuer wrote and nothing more: it never verifies, never fetches,
 * never throws on odd input (missing or mistyped fields are simply left out), and never
 * produces HTML — every string it returns is plain text for the UI to show as text. Where it
 * has to name a credential itself, the name is also a message (`nameMessage`) for the
 * learner's language; `name` then holds the English words, for code that needs a string.
 * Must never import anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import {
  NormalizedCredentialSchema,
  type Alignment,
  type CredentialFormat,
  type NormalizedCredential,
} from './credential';
import { countryCode } from './countries';
import { asArray, isRecord, type JsonRecord } from './json';
import { msg, type Message } from './i18n/spec';
import { renderMessage } from './i18n/render';
import { isOpenBadgesAssertion, normalizeOpenBadge } from './normalize-ob2';

type Json = JsonRecord;
const isObject = isRecord;

const VC1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
const VC2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

/** Generous caps: a credential is data from a stranger, and the UI lays these out. */
const MAX_NAME = 500;
const MAX_TEXT = 10_000;
const MAX_ALIGNMENTS = 50;
const MAX_LIST = 100;
/** A CLR may carry many nested credentials; more than this is not a transcript we lay out. */
const MAX_NESTED = 500;

const FALLBACK_NAME = 'Unnamed credential';
const FALLBACK_NAME_MESSAGE = msg('credential.unnamed');

/** Plain text: control characters (other than tab and newline) removed, trimmed, capped. */
function cleanText(s: string, max: number): string | undefined {
  const t = s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .trim();
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

/** The record of a credential the wallet has to name itself. */
function unnamed(): NormalizedCredential {
  return { ...minimal(FALLBACK_NAME), nameMessage: FALLBACK_NAME_MESSAGE };
}

function normalizeObject(doc: Json): NormalizedCredential {
  const types = stringList(doc['type']).slice(0, 20);
  const subject = isObject(first(doc['credentialSubject'])) ? (first(doc['credentialSubject']) as Json) : undefined;
  const isClr = types.includes('ClrCredential');
  // A CLR's subject holds many achievements; it is named as a whole, never after one of them.
  const achievement =
    !isClr && isObject(first(subject?.['achievement'])) ? (first(subject?.['achievement']) as Json) : undefined;

  const issuerRaw = doc['issuer'];
  const issuerId =
    typeof issuerRaw === 'string' ? str(issuerRaw) : isObject(issuerRaw) ? str(issuerRaw['id']) : undefined;
  const issuerName = isObject(issuerRaw)
    ? (langText(issuerRaw['name'], MAX_NAME) ?? langText(issuerRaw['legalName'], MAX_NAME))
    : undefined;

  const credentialName = langText(doc['name'], MAX_NAME);
  const specific = mostSpecificType(types);
  // OB 3.0 defines the credential's own `name` as the one for display in wallets; the
  // achievement's name is the fallback (VC 1.1 OB files often omit the former).
  const written =
    credentialName ??
    langText(achievement?.['name'], MAX_NAME) ??
    elmClaimTitle(subject) ??
    (isObject(doc['displayParameter']) ? langText(doc['displayParameter']['title'], MAX_NAME) : undefined);
  const name = written ?? (specific !== undefined ? readableTypeName(specific) : FALLBACK_NAME);
  const nameMessage = written === undefined && specific === undefined ? FALLBACK_NAME_MESSAGE : undefined;

  const alignments = asArray(achievement?.['alignment'])
    .slice(0, MAX_ALIGNMENTS)
    .map(alignmentOf)
    .filter((a): a is Alignment => a !== undefined);

  const rawType = achievement?.['achievementType'];
  const achievementType = typeof rawType === 'string' ? cleanText(rawType, MAX_NAME) : undefined;

  const claim = elmClaim(subject);
  const spec =
    claim !== undefined && isObject(first(claim['specifiedBy'])) ? (first(claim['specifiedBy']) as Json) : undefined;
  const creditsEarned = nonNegativeNumber(subject?.['creditsEarned']);
  const creditsAvailable = nonNegativeNumber(achievement?.['creditsAvailable']);
  const creditPoints = elmCreditPoints(spec?.['creditPoint'] ?? claim?.['creditPoint']);
  const associations = asArray(subject?.['association']).slice(0, MAX_LIST).map(associationOf).filter(isDefined);
  const hasPart = uniqueIds([claim?.['hasPart'], spec?.['hasPart']]);
  const isPartOf = uniqueIds([claim?.['isPartOf'], spec?.['isPartOf']]);
  const subjectIdentifiers = subjectIdsOf(subject);
  const temporal = elmTemporal(claim);
  const achievementName =
    langText(achievement?.['name'], MAX_NAME) ??
    langText(spec?.['title'], MAX_NAME) ??
    langText(claim?.['title'], MAX_NAME);
  const microCredential = withoutUndefinedObject({
    learnerName: langText(subject?.['fullName'], MAX_NAME) ?? langText(subject?.['name'], MAX_NAME),
    awardingBody: awardingBodyOf(claim),
    learningOutcomes: nonEmpty(learningOutcomesOf(spec, claim, achievement)),
    assessment: assessmentOf(claim, achievement),
    participation: conceptLabel(spec?.['mode']) ?? conceptLabel(spec?.['learningSetting']),
    qualityAssurance: qualityAssuranceOf(doc, spec, achievement),
    nqfLevel: levelValue(spec?.['nqfLevel']),
  });

  return withoutUndefined({
    credentialId: str(doc['id']),
    format: formatOf(doc),
    types,
    name,
    nameMessage,
    description: langText(doc['description']) ?? langText(achievement?.['description']),
    issuerId,
    issuerName,
    subjectId: str(subject?.['id']),
    issuedOn: str(doc['issuanceDate']) ?? str(doc['validFrom']),
    validUntil: str(doc['expirationDate']) ?? str(doc['validUntil']),
    achievementType,
    fieldOfStudy: langText(achievement?.['fieldOfStudy'], MAX_NAME),
    alignments,
    credits: creditsEarned ?? creditsAvailable,
    eqfLevel: findEqfLevel(subject, achievement),
    creditsAvailable,
    creditsEarned,
    creditPoints: nonEmpty(creditPoints),
    volumeOfLearning: isoDurationText(spec?.['volumeOfLearning']) ?? isoDurationText(claim?.['volumeOfLearning']),
    statedHours: nonNegativeNumber(achievement?.['hours']) ?? nonNegativeNumber(spec?.['hours']),
    issuerCountry: issuerCountryOf(issuerRaw) ?? issuerCountryOf(achievement?.['creator']),
    achievementId: str(achievement?.['id']) ?? str(spec?.['id']),
    achievementName,
    claimId: str(claim?.['id']),
    associations: nonEmpty(associations),
    hasPart: nonEmpty(hasPart),
    isPartOf: nonEmpty(isPartOf),
    subjectIdentifiers: nonEmpty(subjectIdentifiers),
    term: langText(subject?.['term'], MAX_NAME),
    activityStartDate: str(subject?.['activityStartDate']) ?? temporal.start,
    activityEndDate: str(subject?.['activityEndDate']) ?? temporal.end,
    inLanguage:
      languageOf(achievement?.['inLanguage']) ?? languageOf(doc['inLanguage']) ?? languageOf(spec?.['language']),
    microCredential: Object.keys(microCredential).length > 0 ? microCredential : undefined,
  });
}

// ── Progress-map readers (workload, stacking, micro-credential elements) ──────────────

function isDefined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

function withoutUndefinedObject<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o) as [keyof T, T[keyof T]][]) if (v !== undefined) out[k] = v;
  return out;
}

/** The first ELM claim (`hasClaim`, a LearningAchievement) of the subject. */
function elmClaim(subject: Json | undefined): Json | undefined {
  for (const c of asArray(subject?.['hasClaim']).slice(0, 20)) if (isObject(c)) return c;
  return undefined;
}

/** An id from a string or a node `{id}`. */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return cleanText(v, MAX_NAME);
  if (isObject(v)) return str(v['id']) ?? str(v['@id']);
  return undefined;
}

function uniqueIds(places: unknown[]): string[] {
  const out = new Set<string>();
  for (const p of places)
    for (const item of asArray(p).slice(0, MAX_LIST)) {
      const id = idOf(item);
      if (id !== undefined) out.add(id);
    }
  return [...out];
}

/** A concept's label (`prefLabel`, else `title`), or a plain string. */
function conceptLabel(v: unknown): string | undefined {
  const one = first(v);
  if (typeof one === 'string') return cleanText(one, MAX_NAME);
  if (!isObject(one)) return undefined;
  return (
    langText(one['prefLabel'], MAX_NAME) ?? langText(one['title'], MAX_NAME) ?? langText(one['noteLiteral'], MAX_NAME)
  );
}

const ECTS_CONCEPT = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';

function creditFrameworkName(framework: unknown): string | undefined {
  const one = first(framework);
  const id = idOf(one);
  const label = conceptLabel(one);
  if (id === ECTS_CONCEPT || (label !== undefined && /\b(?:ects|european credit transfer)/i.test(label))) return 'ECTS';
  return label ?? id;
}

function elmCreditPoints(v: unknown): { framework: string; value: number }[] {
  const out: { framework: string; value: number }[] = [];
  for (const cp of asArray(v).slice(0, 10)) {
    if (!isObject(cp)) continue;
    const value = nonNegativeNumber(cp['point']);
    const framework = creditFrameworkName(cp['framework']);
    if (value !== undefined && framework !== undefined) out.push({ framework, value });
  }
  return out;
}

function isoDurationText(v: unknown): string | undefined {
  const t = typeof v === 'string' ? v.trim() : '';
  return /^P(?!$)[0-9YMWDTHS.,]+$/.test(t) ? t : undefined;
}

function associationOf(v: unknown): { associationType: string; sourceId: string; targetId: string } | undefined {
  if (!isObject(v)) return undefined;
  const associationType = str(v['associationType']);
  const sourceId = str(v['sourceId']);
  const targetId = str(v['targetId']);
  return associationType !== undefined && sourceId !== undefined && targetId !== undefined
    ? { associationType, sourceId, targetId }
    : undefined;
}

/** credentialSubject.id, then OB 3.0 IdentityObjects; a hashed identity keeps a `hashed:` marker. */
function subjectIdsOf(subject: Json | undefined): string[] {
  const out = new Set<string>();
  const id = str(subject?.['id']);
  if (id !== undefined) out.add(id);
  for (const ident of asArray(subject?.['identifier']).slice(0, 20)) {
    if (!isObject(ident)) continue;
    const value = str(ident['identityHash']);
    if (value === undefined) continue;
    const hashed = ident['hashed'] === true || ident['hashed'] === 'true';
    out.add(hashed ? `hashed:${value}` : value);
  }
  return [...out];
}

function issuerCountryOf(profile: unknown): string | undefined {
  if (!isObject(profile)) return undefined;
  // OB 3.0 Profile.address; ELM Organisation.location[].address[].countryCode (a concept).
  const addresses: unknown[] = [...asArray(profile['address'])];
  for (const loc of asArray(profile['location']).slice(0, 5))
    if (isObject(loc)) addresses.push(...asArray(loc['address']));
  for (const a of addresses.slice(0, 10)) {
    if (!isObject(a)) continue;
    for (const raw of [a['addressCountryCode'], a['addressCountry'], a['countryCode']]) {
      const value = typeof raw === 'string' ? raw : (idOf(raw) ?? conceptLabel(raw));
      if (value === undefined) continue;
      const code = countryCode(value);
      if (code !== undefined) return code;
      const text = cleanText(value, MAX_NAME);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** ELM claim awardedBy.awardingBody (legalName, else prefLabel). */
function awardingBodyOf(claim: Json | undefined): string | undefined {
  const process = first(claim?.['awardedBy']);
  if (!isObject(process)) return undefined;
  const body = first(process['awardingBody']);
  if (!isObject(body)) return undefined;
  return (
    langText(body['legalName'], MAX_NAME) ?? langText(body['prefLabel'], MAX_NAME) ?? langText(body['name'], MAX_NAME)
  );
}

const COMPETENCY_TARGET = /competenc|skill|learningoutcome/i;

function learningOutcomesOf(spec: Json | undefined, claim: Json | undefined, achievement: Json | undefined): string[] {
  const out: string[] = [];
  for (const lo of [...asArray(spec?.['learningOutcome']), ...asArray(claim?.['learningOutcome'])].slice(0, 50)) {
    const t = isObject(lo)
      ? (langText(lo['title'], MAX_NAME) ?? langText(lo['description'], MAX_NAME))
      : langText(lo, MAX_NAME);
    if (t !== undefined) out.push(t);
  }
  // OB 3.0 has no learning-outcome property: an alignment to a competency or skill is the closest.
  for (const a of asArray(achievement?.['alignment']).slice(0, MAX_ALIGNMENTS)) {
    if (!isObject(a) || typeof a['targetType'] !== 'string' || !COMPETENCY_TARGET.test(a['targetType'])) continue;
    const t = langText(a['targetName'], MAX_NAME);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** ELM provenBy (assessment type or title); OB 3.0 resultDescription (what was assessed). */
function assessmentOf(claim: Json | undefined, achievement: Json | undefined): string | undefined {
  for (const a of asArray(claim?.['provenBy']).slice(0, 10)) {
    if (!isObject(a)) continue;
    const spec = first(a['specifiedBy']);
    const label = isObject(spec) ? (conceptLabel(spec['dcType']) ?? langText(spec['title'], MAX_NAME)) : undefined;
    const t = label ?? langText(a['title'], MAX_NAME);
    if (t !== undefined) return t;
  }
  for (const rd of asArray(achievement?.['resultDescription']).slice(0, 20)) {
    if (!isObject(rd)) continue;
    const t = langText(rd['name'], MAX_NAME) ?? str(rd['resultType']);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** ELM accreditation; else an endorsement of the credential, achievement or issuer (named by its issuer). */
function qualityAssuranceOf(doc: Json, spec: Json | undefined, achievement: Json | undefined): string | undefined {
  const issuer = isObject(doc['issuer']) ? doc['issuer'] : undefined;
  for (const acc of [...asArray(spec?.['accreditation']), ...asArray(issuer?.['accreditation'])].slice(0, 10)) {
    if (!isObject(acc)) continue;
    const t = langText(acc['title'], MAX_NAME) ?? conceptLabel(acc['dcType']) ?? idOf(acc);
    if (t !== undefined) return t;
  }
  for (const e of [
    ...asArray(doc['endorsement']),
    ...asArray(achievement?.['endorsement']),
    ...asArray(issuer?.['endorsement']),
  ].slice(0, 10)) {
    if (!isObject(e)) continue;
    const by = e['issuer'];
    const name = isObject(by)
      ? langText(by['name'], MAX_NAME)
      : typeof by === 'string'
        ? cleanText(by, MAX_NAME)
        : undefined;
    if (name !== undefined) return name;
  }
  return undefined;
}

function elmTemporal(claim: Json | undefined): { start?: string; end?: string } {
  for (const act of asArray(claim?.['influencedBy']).slice(0, 10)) {
    if (!isObject(act)) continue;
    const t = first(act['temporal']);
    if (isObject(t)) return { start: str(t['startDate']), end: str(t['endDate']) };
  }
  return {};
}

/** EU language authority codes (ISO 639-2) for the languages most likely here → BCP 47. */
const EU_LANGUAGES: Readonly<Record<string, string>> = {
  ENG: 'en',
  JPN: 'ja',
  FRA: 'fr',
  DEU: 'de',
  SPA: 'es',
  ITA: 'it',
  NLD: 'nl',
  POR: 'pt',
  POL: 'pl',
  SWE: 'sv',
  FIN: 'fi',
  DAN: 'da',
  ELL: 'el',
  CES: 'cs',
  HUN: 'hu',
  RON: 'ro',
  BUL: 'bg',
  HRV: 'hr',
  SLK: 'sk',
  SLV: 'sl',
  EST: 'et',
  LAV: 'lv',
  LIT: 'lt',
  MLT: 'mt',
  GLE: 'ga',
  ZHO: 'zh',
  KOR: 'ko',
};

function languageOf(v: unknown): string | undefined {
  const one = first(v);
  if (typeof one === 'string') return cleanText(one, 35);
  const id = idOf(one);
  if (id === undefined) return undefined;
  const m = /\/authority\/language\/([A-Z]{3})\/?$/.exec(id);
  if (m?.[1] !== undefined) return EU_LANGUAGES[m[1]] ?? m[1].toLowerCase();
  return undefined;
}

/**
 * What the wallet understood of a parsed credential document. Never throws: anything
 * unexpected yields a smaller record (at worst a named `unknown` one) that still passes
 * NormalizedCredentialSchema.
 */
export function normalizeCredential(doc: unknown): NormalizedCredential {
  if (!isObject(doc)) return unnamed();
  if (isOpenBadgesAssertion(doc)) return normalizeOpenBadge(doc);
  try {
    const parsed = NormalizedCredentialSchema.safeParse(normalizeObject(doc));
    if (parsed.success) return parsed.data;
  } catch {
    // Getters or proxies in odd input: fall through to the minimal record.
  }
  return unnamed();
}

/**
 * The credential and, for a CLR 2.0 transcript, each credential nested in it
 * (`credentialSubject.verifiableCredential[]`), nested ones marked `containedIn` with the
 * container's id. The first element is always the container itself. Never throws.
 */
export function normalizeAll(doc: unknown): NormalizedCredential[] {
  const outer = normalizeCredential(doc);
  if (!isObject(doc)) return [outer];
  const subject = first(doc['credentialSubject']);
  if (!isObject(subject)) return [outer];
  const container = outer.credentialId ?? outer.name;
  const nested = asArray(subject['verifiableCredential'])
    .slice(0, MAX_NESTED)
    .filter(isObject)
    .map((vc) => ({ ...normalizeCredential(vc), containedIn: container }));
  return [outer, ...nested];
}

/**
 * The record kept for a file that could not be understood: named after the file (or, with no
 * file name, in the wallet's words). The reason is kept as its English description; the
 * learner reads it in their language from the entry's `problem`.
 */
export function describeUnreadable(reason: Message | string, fileName: string): NormalizedCredential {
  const fromFile = cleanText(fileName.replace(/^.*[\\/]/, ''), MAX_NAME);
  const description = cleanText(typeof reason === 'string' ? reason : renderMessage(reason, 'en'), MAX_TEXT);
  const named =
    fromFile !== undefined
      ? minimal(fromFile)
      : { ...minimal('Unnamed file'), nameMessage: msg('credential.unnamed_file') };
  return withoutUndefined({ ...named, description });
}
