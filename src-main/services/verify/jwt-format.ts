/**
 * The JWT rows of the format table: a compact JWS (a credential, or a presentation followed
 * by the credentials inside it), a `{"jwt": "…"}` wrapper, and a VC 2.0 enveloped credential
 * or presentation (`data:application/vc+jwt,…` / `vp+jwt`). A signed Open Badges 2.0 (or
 * 1.x) assertion is verified with the key the learner holds (ob2-signed.ts); any other Open
 * Badges 2.0 payload is recognised and kept as not checkable yet (never "not verified" for that).
 * Rows never fetch a key named by a token (`jku`, `x5u`, an https `kid`).
 */
import { asArray, isRecord } from '../../../src-shared/json';
import { msg, type Message } from '../../../src-shared/i18n/spec';
import { isOpenBadgesAssertion } from '../../../src-shared/normalize-ob2';
import {
  innerCredentials,
  innerOfClr,
  unreadableEntry,
  unsupportedEntry,
  withRole,
  type Format,
  type VerifiedEntry,
} from './entries';
import { decodeJws, looksLikeCompactJws } from './jwt-decode';
import { verifyJwtIn } from './jwt-verify';
import { verifySignedBadge } from './ob2-signed';

const ENVELOPED_PREFIX: ReadonlyArray<readonly [string, 'vc' | 'vp']> = [
  ['data:application/vc+jwt,', 'vc'],
  ['data:application/vp+jwt,', 'vp'],
];

/** An Open Badges 2.0 assertion (signed badges are a JWS of one). */
function isOpenBadges2(payload: Record<string, unknown>): boolean {
  const ctx = asArray(payload['@context']);
  return (
    ctx.some((c) => c === 'https://w3id.org/openbadges/v2') ||
    (payload['recipient'] !== undefined && payload['badge'] !== undefined)
  );
}

export const jwsFormat: Format = {
  id: 'jws',
  accepts: (input) => input.kind === 'jws',
  async verify(input, ctx, depth, route) {
    if (input.kind !== 'jws') return [];
    const jws = input.token;
    const decoded = decodeJws(jws);
    if (decoded && isOpenBadgesAssertion(decoded.payload))
      return [{ ...(await verifySignedBadge(jws, decoded, ctx)), token: jws }];
    if (decoded && isOpenBadges2(decoded.payload))
      return [unsupportedEntry(msg('import.unsupported_ob2_signed'), ctx.now)];
    const r = await verifyJwtIn(ctx, jws);
    if (!r.doc || !r.kind) {
      const problem: Message | string = r.verification.checks[0]?.message ?? msg('check.not_a_credential');
      return [{ format: 'unknown', role: 'whole', document: undefined, verification: r.verification, problem }];
    }
    if (r.kind === 'vc1' || r.kind === 'vc2') {
      const self: VerifiedEntry = {
        format: r.kind === 'vc1' ? 'vc1-jwt' : 'vc2-jwt',
        role: 'whole',
        document: r.doc,
        verification: r.verification,
        token: jws,
      };
      return withRole([self, ...(await innerOfClr(r.doc, depth, ctx.now, route))], 'container');
    }
    const self: VerifiedEntry = {
      format: 'vp-jwt',
      role: 'presentation',
      document: r.doc,
      verification: r.verification,
      token: jws,
    };
    const inner = await innerCredentials(asArray(r.doc['verifiableCredential']), depth + 1, ctx.now, route);
    return withRole([self, ...inner], 'presentation');
  },
};

function wrappedJwt(value: unknown): string | undefined {
  return isRecord(value) && typeof value['jwt'] === 'string' && looksLikeCompactJws(value['jwt'])
    ? value['jwt']
    : undefined;
}

export const jwtWrapperFormat: Format = {
  id: 'jwt-wrapper',
  accepts: (input) => input.kind === 'json' && wrappedJwt(input.value) !== undefined,
  async verify(input, ctx, depth, route) {
    const token = input.kind === 'json' ? wrappedJwt(input.value) : undefined;
    return token === undefined ? [] : ((await route({ kind: 'jws', token }, depth)) ?? []);
  },
};

function isEnveloped(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const types = asArray(value['type']);
  return types.includes('EnvelopedVerifiableCredential') || types.includes('EnvelopedVerifiablePresentation');
}

export const envelopedFormat: Format = {
  id: 'enveloped',
  accepts: (input) => input.kind === 'json' && isEnveloped(input.value),
  async verify(input, ctx, depth, route) {
    if (input.kind !== 'json' || !isEnveloped(input.value)) return [];
    const id = typeof input.value['id'] === 'string' ? input.value['id'] : '';
    const known = ENVELOPED_PREFIX.find(([prefix]) => id.startsWith(prefix));
    if (!known) return [unreadableEntry(msg('import.envelope_unsupported'), ctx.now, 'whole')];
    let token: string;
    try {
      token = decodeURIComponent(id.slice(known[0].length)).trim();
    } catch {
      token = '';
    }
    if (!looksLikeCompactJws(token)) return [unreadableEntry(msg('import.envelope_not_a_token'), ctx.now, 'whole')];
    return (await route({ kind: 'jws', token }, depth)) ?? [];
  },
};
