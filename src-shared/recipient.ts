/**
 * Whether a badge's recipient is the learner: Open Badges 2.0 (and 1.x) name the recipient by
 * an identity — an e-mail address, a URL or a telephone number — written plainly or hashed
 * (`sha256$<hex>`, or the older `md5$<hex>`, of the identity followed by the `salt`). This
 * module compares such a recipient with the identifiers the learner gave, each written in the
 * forms an issuer may have hashed (an e-mail address as written and in lower case; a telephone
 * number as its digits with a leading `+`).
 *
 * Pure and total: it never throws on odd input, never fetches, and never decides anything
 * but "this identity is one of the learner's". Hashing uses @noble/hashes (pure JavaScript),
 * so it runs the same in main, the renderer and the CLI.
 */
import { md5 } from '@noble/hashes/legacy';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { NormalizedCredential } from './credential';

export type Recipient = NonNullable<NormalizedCredential['recipient']>;

/** Longer identities or salts are not anyone's address: they are never hashed. */
const MAX_IDENTITY_LENGTH = 2048;

const HASHED = /^(sha256|md5)\$([0-9a-f]+)$/i;
const HEX_LENGTH = { sha256: 64, md5: 32 } as const;

type IdentityType = 'email' | 'url' | 'telephone' | 'other';

function identityType(type: string): IdentityType {
  const t = type.trim().toLowerCase();
  if (t === 'email' || t.endsWith(':email')) return 'email';
  if (t === 'url' || t.endsWith(':url')) return 'url';
  if (t === 'telephone' || t.endsWith(':telephone')) return 'telephone';
  return 'other';
}

function emailForms(id: string): string[] {
  const address = id.replace(/^mailto:/i, '').trim();
  if (!address.includes('@')) return [];
  return [...new Set([address, address.toLowerCase()])];
}

/** A telephone number as `+` and its digits (E.164 as Open Badges recommends), and as written. */
function telephoneForms(id: string): string[] {
  const written = id.replace(/^tel:/i, '').trim();
  if (!/^\+?[\d\s().\-/]+$/.test(written)) return [];
  const digits = written.replace(/\D/g, '');
  if (digits.length < 5) return [];
  return [...new Set([written, `+${digits}`, digits])];
}

function urlForms(id: string): string[] {
  const written = id.trim();
  return written === '' ? [] : [written];
}

/** The forms of one learner identifier that an issuer could have written for a recipient of this type. */
function formsOf(type: IdentityType, id: string): string[] {
  if (id.length > MAX_IDENTITY_LENGTH) return [];
  switch (type) {
    case 'email':
      return emailForms(id);
    case 'telephone':
      return telephoneForms(id);
    case 'url':
      return urlForms(id);
    case 'other':
      return urlForms(id);
  }
}

/** Two plain identities of one type are the same address. */
function samePlain(type: IdentityType, identity: string, form: string): boolean {
  if (type === 'email') return emailForms(identity).some((a) => a.toLowerCase() === form.toLowerCase());
  if (type === 'telephone') {
    const digits = identity.replace(/\D/g, '');
    return digits.length >= 5 && digits === form.replace(/\D/g, '');
  }
  return identity.trim() === form;
}

function hashHex(algorithm: 'sha256' | 'md5', text: string): string {
  const bytes = utf8ToBytes(text);
  return bytesToHex(algorithm === 'sha256' ? sha256(bytes) : md5(bytes));
}

/**
 * True when the recipient is one of the learner's identifiers: the plain identity equals one
 * of them (an e-mail address in any case, a telephone number by its digits), or the hashed
 * identity is the hash of one of them followed by the salt (none when absent).
 */
export function recipientMatches(recipient: Recipient, learnerIds: readonly string[]): boolean {
  try {
    if (typeof recipient.identity !== 'string' || typeof recipient.type !== 'string') return false;
    const identity = recipient.identity.trim();
    const salt = typeof recipient.salt === 'string' ? recipient.salt : '';
    if (identity === '' || identity.length > MAX_IDENTITY_LENGTH || salt.length > MAX_IDENTITY_LENGTH) return false;
    const type = identityType(recipient.type);
    const forms = learnerIds.flatMap((id) => (typeof id === 'string' ? formsOf(type, id) : []));
    if (!recipient.hashed) return forms.some((form) => samePlain(type, identity, form));
    const m = HASHED.exec(identity);
    if (!m) return false;
    const algorithm = (m[1] ?? '').toLowerCase() === 'md5' ? 'md5' : 'sha256';
    const hex = (m[2] ?? '').toLowerCase();
    if (hex.length !== HEX_LENGTH[algorithm]) return false;
    return forms.some((form) => hashHex(algorithm, form + salt) === hex);
  } catch {
    return false;
  }
}
