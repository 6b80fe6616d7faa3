/**
 * What a badge image carries, once its reader (png.ts, svg.ts) has found the baked text: a
 * credential to verify exactly as if it came as its own file (`input`: JSON, or a compact JWS),
 * the web address of an Open Badges 2.0 hosted assertion and nothing else (`hosted`), or nothing
 * the wallet can read (`none`, with why). Also the one entry the wallet makes for an image that
 * carries only an assertion's address: a credential it cannot check offline, named after that
 * address. Pure: never fetches the address, never verifies anything itself (the verifier does,
 * through the format table), never throws.
 */
import type { ImportedCredential } from '../../../src-shared/credential';
import { messageText } from '../../../src-shared/i18n/render';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import { jsonTextTooDeep, MAX_JSON_DEPTH } from '../../../src-shared/limits';
import { check, resultOf } from '../verify/check';
import type { DocumentInput } from '../verify/entries';
import { looksLikeCompactJws } from '../verify/jwt-decode';

export type BakedRead =
  | { readonly kind: 'input'; readonly input: DocumentInput }
  | { readonly kind: 'hosted'; readonly url: string }
  | { readonly kind: 'none'; readonly problem: Message };

/** Which baking the text came from: Open Badges 3.0 (`openbadgecredential`) or 2.0 / 1.x (`openbadges`). */
export type Baking = 'ob3' | 'ob2';

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;
/** The longest web address taken as a hosted assertion's. */
const MAX_URL_LENGTH = 2048;

/** The baked text as what it is: a JSON credential, a compact JWS, an OB 2.0 assertion's address, or unreadable. */
export function bakedPayload(text: string, baking: Baking): BakedRead {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('{')) {
    if (jsonTextTooDeep(t)) return { kind: 'none', problem: msg('limits.too_deep', { max: MAX_JSON_DEPTH }) };
    try {
      return { kind: 'input', input: { kind: 'json', value: JSON.parse(t) as unknown } };
    } catch {
      return { kind: 'none', problem: msg('badges.baked_unreadable') };
    }
  }
  if (looksLikeCompactJws(t)) return { kind: 'input', input: { kind: 'jws', token: t } };
  // Only Open Badges 2.0 and 1.x bake an assertion's address instead of the assertion.
  if (baking === 'ob2' && t.length <= MAX_URL_LENGTH && WEB_ADDRESS.test(t)) return { kind: 'hosted', url: t };
  return { kind: 'none', problem: msg('badges.baked_unreadable') };
}

/**
 * The entry of a badge image that carries only its hosted assertion's address: an Open Badges
 * 2.0 credential (`ob2-hosted`) the wallet could not check, since that is done on the issuer's
 * server and the wallet does not go online; named "Badge from <address>".
 */
export function hostedAddressEntry(
  url: string,
  file: { name: string; sha256: string; mediaType: string },
  now: Date,
): ImportedCredential {
  const nameMessage = msg('badges.badge_from', { url });
  const reason = msg('badges.hosted_url_only', { url });
  return {
    fileName: file.name,
    sha256: file.sha256,
    mediaType: file.mediaType,
    kind: 'credential',
    normalized: {
      credentialId: url,
      format: 'ob2-hosted',
      types: ['Assertion'],
      name: messageText(nameMessage, 'en'),
      nameMessage,
      description: messageText(reason, 'en'),
      alignments: [],
    },
    verification: resultOf([check('proof', 'not_checked', 'key_not_resolvable_offline', reason, url)], now),
  };
}
