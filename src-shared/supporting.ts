/**
 * Supporting documents: the files a credential needs to be checked offline that are not
 * credentials themselves — status and revocation lists, Open Badges 2.0 BadgeClasses and
 * Issuer profiles, public keys (a CryptographicKey, a JSON Web Key, a verification method)
 * and DID documents. This module is the one place that says whether a parsed JSON value is
 * one, of which kind, and under which id a credential may point to it; and how a credential's
 * content is written canonically, so the same credential arriving in different files is
 * recognised as one.
 *
 * Pure and total: it never throws on hostile input, never fetches, never decides whether a
 * supporting document is trustworthy (the verifier decides that, per credential).
 */
import type { SupportingKind } from './credential';
import { isStatusListType } from './credential';
import { asArray, isRecord, type JsonRecord } from './json';

const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

function typesOf(doc: JsonRecord): string[] {
  return asArray(doc['type']).filter((t): t is string => typeof t === 'string');
}

function hasType(doc: JsonRecord, ...names: string[]): boolean {
  return typesOf(doc).some((t) => names.includes(t) || names.some((n) => t.endsWith(`:${n}`)));
}

function isVerifiableCredential(doc: JsonRecord): boolean {
  return hasType(doc, 'VerifiableCredential');
}

function isJwk(v: unknown): boolean {
  return isRecord(v) && typeof v['kty'] === 'string';
}

/**
 * Which kind of supporting document a parsed JSON value is, or undefined when it is not one
 * (a credential, a presentation, anything else). A status-list credential is supporting
 * even though it is a credential: it publishes other credentials' status, not an achievement.
 */
export function supportingKindOf(value: unknown): SupportingKind | undefined {
  if (!isRecord(value)) return undefined;
  if (isVerifiableCredential(value)) return isStatusListType(typesOf(value)) ? 'status-list' : undefined;
  if (hasType(value, 'VerifiablePresentation', 'Assertion')) return undefined;
  if (hasType(value, 'BadgeClass')) return 'ob2-badgeclass';
  if (hasType(value, 'RevocationList')) return 'ob2-revocation-list';
  if (hasType(value, 'CryptographicKey') || typeof value['publicKeyPem'] === 'string') return 'ob2-key';
  if (hasType(value, 'Issuer') || (hasType(value, 'Profile') && asArray(value['@context']).includes(OB2_CONTEXT)))
    return 'ob2-issuer';
  const context = asArray(value['@context']);
  if (
    context.some((c) => typeof c === 'string' && c.startsWith('https://www.w3.org/ns/did/')) &&
    typeof value['id'] === 'string' &&
    value['id'].startsWith('did:')
  )
    return 'did-document';
  if (
    hasType(
      value,
      'JsonWebKey2020',
      'JsonWebKey',
      'Multikey',
      'Ed25519VerificationKey2020',
      'Ed25519VerificationKey2018',
    ) ||
    isJwk(value['publicKeyJwk']) ||
    (isJwk(value) && value['kty'] !== undefined && value['d'] === undefined && value['@context'] === undefined)
  )
    return 'key';
  return undefined;
}

/** The id a credential may point to a supporting document by (`id`, or a JWK's `kid`). */
export function supportingIdOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value['id'] === 'string') return value['id'];
  if (typeof value['kid'] === 'string') return value['kid'];
  return undefined;
}

/**
 * A JSON value written canonically: object keys sorted by code unit, no whitespace, numbers
 * and strings as JSON writes them. Two files holding the same credential (pretty-printed or
 * not, baked in an image or not) give the same text. Values from JSON.parse only; the depth
 * is bounded by the import's depth limit before anything reaches here.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => value[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
