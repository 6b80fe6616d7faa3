/**
 * Open Badges 2.0 and 1.x assertions → the wallet's NormalizedCredential: the badge's name,
 * description, criteria, image, alignments and issuer (from the BadgeClass and Issuer the
 * assertion embeds), its dates, and its recipient. The verifier's format rows hand over the
 * assertion with the BadgeClass and Issuer it found (embedded, or among the supporting
 * documents the learner holds) already embedded, so this stays pure.
 *
 * Also the one place that says whether a JSON value is such an assertion, and which kind
 * (hosted 2.0, signed 2.0, legacy 1.x), and how its dates read (1.x allows Unix times).
 *
 * It reads what the issuer wrote and nothing more: it never verifies, never fetches (a remote
 * image stays a URL, never loaded), never throws on odd input, and never produces HTML.
 */
import {
  NormalizedCredentialSchema,
  type Alignment,
  type CredentialFormat,
  type NormalizedCredential,
} from './credential';
import { asArray, idOf, isRecord, type JsonRecord } from './json';
import { msg } from './i18n/spec';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

const MAX_NAME = 500;
const MAX_TEXT = 10_000;
const MAX_ALIGNMENTS = 50;
/** A `data:` image carried in the badge is kept up to this length; a longer one is left out. */
const MAX_DATA_URL = 2 * 1024 * 1024;
const MAX_URL = 4096;

const FALLBACK_NAME = 'Unnamed credential';

function typesOf(doc: JsonRecord): string[] {
  return asArray(doc['type']).filter((t): t is string => typeof t === 'string');
}

function hasOb2Context(doc: JsonRecord): boolean {
  return asArray(doc['@context']).some((c) => c === OB2_CONTEXT || c === `${OB2_CONTEXT}/`);
}

/**
 * Whether a JSON value is an Open Badges 2.0 or 1.x assertion: typed `Assertion` under the
 * Open Badges 2.0 context, or shaped like one (a `recipient` and a `badge`). A Verifiable
 * Credential (Open Badges 3.0) never is.
 */
export function isOpenBadgesAssertion(value: unknown): value is JsonRecord {
  try {
    if (!isRecord(value)) return false;
    const types = typesOf(value);
    if (types.includes('VerifiableCredential') || types.includes('VerifiablePresentation')) return false;
    if (hasOb2Context(value) && types.some((t) => t === 'Assertion' || t.endsWith(':Assertion'))) return true;
    return value['recipient'] !== undefined && value['badge'] !== undefined;
  } catch {
    return false;
  }
}

/** How the assertion says it is verified: 2.0 `verification.type`, or 1.x `verify.type`. */
export function verificationTypeOf(doc: JsonRecord): 'hosted' | 'signed' | undefined {
  const v = isRecord(doc['verification']) ? doc['verification'] : isRecord(doc['verify']) ? doc['verify'] : undefined;
  const type = typeof v?.['type'] === 'string' ? v['type'].toLowerCase() : undefined;
  if (type === 'hosted' || type === 'hostedbadge') return 'hosted';
  if (type === 'signed' || type === 'signedbadge') return 'signed';
  return undefined;
}

/** Open Badges 1.x: no 2.0 context, and `verify` (or nothing) instead of `verification`. */
export function isLegacyAssertion(doc: JsonRecord): boolean {
  return !hasOb2Context(doc) && doc['verification'] === undefined;
}

/** Which of the wallet's formats an assertion is (a JWS of one is signed whatever it says). */
export function openBadgeFormatOf(doc: JsonRecord): CredentialFormat {
  if (isLegacyAssertion(doc)) return 'ob1';
  return verificationTypeOf(doc) === 'signed' ? 'ob2-signed' : 'ob2-hosted';
}

/**
 * An Open Badges date as an ISO date-time: an ISO string as written (a bare date is the start
 * of that day, UTC), or a 1.x Unix time in seconds (a number, or digits). Undefined when
 * absent; anything else is returned as written, so a date check can say it cannot be read.
 */
export function openBadgeDate(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  const seconds = typeof v === 'number' ? v : typeof v === 'string' && /^\d{9,11}$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isFinite(seconds) && Math.abs(seconds) < 1e11) return new Date(seconds * 1000).toISOString();
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return `${v.trim()}T00:00:00Z`;
  return v;
}

/** Plain text: control characters (other than tab and newline) removed, trimmed, capped. */
function cleanText(v: unknown, max: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .trim();
  if (t === '') return undefined;
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function record(v: unknown): JsonRecord | undefined {
  return isRecord(v) ? v : undefined;
}

/** An image as the badge names it: a `data:image/…` URL kept whole, an http(s) URL kept as text; nothing else. */
export function openBadgeImage(v: unknown): string | undefined {
  const url = typeof v === 'string' ? v.trim() : isRecord(v) && typeof v['id'] === 'string' ? v['id'].trim() : '';
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(url)) return url.length <= MAX_DATA_URL ? url : undefined;
  if (/^https?:\/\/[^\s]+$/i.test(url) && url.length <= MAX_URL) return url;
  return undefined;
}

function criteriaOf(v: unknown): NormalizedCredential['criteria'] {
  if (typeof v === 'string') {
    const url = cleanText(v, MAX_URL);
    return url === undefined ? undefined : { url };
  }
  if (!isRecord(v)) return undefined;
  const url = cleanText(v['id'], MAX_URL) ?? cleanText(v['url'], MAX_URL);
  const narrative = cleanText(v['narrative'], MAX_TEXT);
  if (url === undefined && narrative === undefined) return undefined;
  return { ...(narrative !== undefined ? { narrative } : {}), ...(url !== undefined ? { url } : {}) };
}

function alignmentOf(v: unknown): Alignment | undefined {
  if (!isRecord(v)) return undefined;
  const a: Alignment = {};
  for (const key of ['targetName', 'targetUrl', 'targetCode', 'targetFramework', 'targetType'] as const) {
    const text = cleanText(v[key], MAX_NAME);
    if (text !== undefined) a[key] = text;
  }
  // 1.x names them `name` and `url`.
  a.targetName ??= cleanText(v['name'], MAX_NAME);
  a.targetUrl ??= cleanText(v['url'], MAX_URL);
  if (a.targetName === undefined) delete a.targetName;
  if (a.targetUrl === undefined) delete a.targetUrl;
  return Object.keys(a).length > 0 ? a : undefined;
}

/** The recipient: 2.0 / 1.0 IdentityObject, or 0.5's hashed string with a top-level `salt`. */
function recipientOf(doc: JsonRecord): NormalizedCredential['recipient'] {
  const r = doc['recipient'];
  if (typeof r === 'string') {
    const identity = cleanText(r, MAX_URL);
    if (identity === undefined) return undefined;
    const salt = cleanText(doc['salt'], MAX_NAME);
    const hashed = /^(sha256|md5)\$/i.test(identity);
    return { type: 'email', identity, hashed, ...(salt !== undefined ? { salt } : {}) };
  }
  if (!isRecord(r)) return undefined;
  const identity = cleanText(r['identity'], MAX_URL);
  if (identity === undefined) return undefined;
  const type = cleanText(r['type'], MAX_NAME) ?? 'email';
  const hashed = r['hashed'] === true || r['hashed'] === 'true';
  // A salt is used exactly as written (whitespace included): it is part of what was hashed.
  const salt = typeof r['salt'] === 'string' && r['salt'].length <= MAX_NAME ? r['salt'] : undefined;
  return { type, identity, hashed, ...(salt !== undefined && salt !== '' ? { salt } : {}) };
}

function dateText(v: unknown): string | undefined {
  const d = openBadgeDate(v);
  return typeof d === 'string' ? cleanText(d, MAX_NAME) : undefined;
}

function withoutUndefined(n: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) if (v !== undefined) out[k] = v;
  return out;
}

function normalizeAssertion(doc: JsonRecord): Record<string, unknown> {
  const badge = record(doc['badge']);
  const issuer = record(badge?.['issuer']);
  const badgeName = cleanText(badge?.['name'], MAX_NAME);
  const recipient = recipientOf(doc);
  const verify = record(doc['verify']);
  const alignments = asArray(badge?.['alignment'])
    .slice(0, MAX_ALIGNMENTS)
    .map(alignmentOf)
    .filter((a): a is Alignment => a !== undefined);
  return withoutUndefined({
    // A 1.x assertion is known by the address it is hosted at.
    credentialId: cleanText(doc['id'], MAX_URL) ?? cleanText(verify?.['url'], MAX_URL),
    format: openBadgeFormatOf(doc),
    types: typesOf(doc).slice(0, 20),
    name: badgeName ?? FALLBACK_NAME,
    nameMessage: badgeName === undefined ? msg('credential.unnamed') : undefined,
    description: cleanText(badge?.['description'], MAX_TEXT),
    criteria: criteriaOf(badge?.['criteria']),
    image: openBadgeImage(doc['image']) ?? openBadgeImage(badge?.['image']),
    issuerId: cleanText(idOf(badge?.['issuer']), MAX_URL) ?? cleanText(issuer?.['origin'], MAX_URL),
    issuerName: cleanText(issuer?.['name'], MAX_NAME),
    issuedOn: dateText(doc['issuedOn'] ?? doc['issued_on']),
    validUntil: dateText(doc['expires']),
    alignments,
    achievementId: cleanText(idOf(doc['badge']), MAX_URL),
    achievementName: badgeName,
    recipient,
    subjectIdentifiers:
      recipient === undefined ? undefined : [recipient.hashed ? `hashed:${recipient.identity}` : recipient.identity],
  });
}

/**
 * What the wallet understood of an Open Badges 2.0 or 1.x assertion (with its BadgeClass and
 * Issuer embedded where they were found). Never throws: odd input yields a smaller record.
 */
export function normalizeOpenBadge(doc: unknown): NormalizedCredential {
  const unnamed: NormalizedCredential = {
    format: 'unknown',
    types: [],
    name: FALLBACK_NAME,
    nameMessage: msg('credential.unnamed'),
    alignments: [],
  };
  if (!isRecord(doc)) return unnamed;
  try {
    const parsed = NormalizedCredentialSchema.safeParse(normalizeAssertion(doc));
    if (parsed.success) return parsed.data;
  } catch {
    // Getters or proxies in odd input: the minimal record below.
  }
  return unnamed;
}
