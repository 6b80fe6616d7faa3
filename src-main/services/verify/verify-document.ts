/**
 * One entry point over every credential shape the wallet verifies: a JSON-LD credential,
 * a CLR holding credentials, a VerifiablePresentation (JSON-LD or JWT), a compact JWS
 * credential, a `{"jwt": "…"}` wrapper, and a VC 2.0 EnvelopedVerifiableCredential
 * (`data:application/vc+jwt,…`). It returns a flat list of entries, the presentation or
 * container first, then each credential inside it in document order, each with its own
 * verification: a valid presentation never makes the credentials inside it valid, nor
 * the other way round. This module must never fetch anything, never throw for a bad
 * document, and never follow nesting deeper than MAX_DEPTH.
 */
import type { CredentialFormat } from '../../../src-shared/credential';
import { overallStatus, type VerificationResult } from '../../../src-shared/verification';
import type { Message } from '../../../src-shared/i18n/spec';
import { decodeJws, looksLikeCompactJws, verifyJwt } from './jwt';
import { verifyJsonLdCredential, verifyJsonLdPresentation } from './verify-credential';
import { asArray, isRecord } from '../../../src-shared/json';

const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';
/** A presentation of CLRs of enveloped credentials is three levels; anything deeper is refused. */
export const MAX_DEPTH = 4;

export interface VerifyDocumentOptions {
  now?: Date;
  statusLists?: readonly Record<string, unknown>[];
}

export interface VerifiedEntry {
  format: CredentialFormat;
  /** 'whole' for a lone credential; the first entry of a multi-entry result is the presentation or container. */
  role: 'whole' | 'presentation' | 'container' | 'inner';
  /** The credential or presentation as data, for the normalizer; undefined when unreadable. */
  document: Record<string, unknown> | undefined;
  verification: VerificationResult;
  /** Set when this entry could not be understood at all. */
  problem?: Message | string;
}

function typesOf(doc: Record<string, unknown>): unknown[] {
  return asArray(doc['type']);
}

function firstContext(doc: Record<string, unknown>): unknown {
  return asArray(doc['@context'])[0];
}

const ENVELOPED_PREFIX: ReadonlyArray<readonly [string, 'vc' | 'vp']> = [
  ['data:application/vc+jwt,', 'vc'],
  ['data:application/vp+jwt,', 'vp'],
];

/** What kind of JSON document this is, for routing; undefined when the wallet does not recognise it. */
export type JsonShape = 'jwt-wrapper' | 'enveloped' | 'presentation' | 'credential';

export function jsonShapeOf(json: unknown): JsonShape | undefined {
  if (!isRecord(json)) return undefined;
  if (typeof json['jwt'] === 'string' && looksLikeCompactJws(json['jwt'])) return 'jwt-wrapper';
  const types = typesOf(json);
  if (types.includes('EnvelopedVerifiableCredential') || types.includes('EnvelopedVerifiablePresentation'))
    return 'enveloped';
  const ctx = firstContext(json);
  if (ctx !== VC1 && ctx !== VC2) return undefined;
  if (types.includes('VerifiablePresentation')) return 'presentation';
  if (types.includes('VerifiableCredential')) return 'credential';
  return undefined;
}

function unreadable(message: string, now: Date): VerifiedEntry {
  const checks = [{ id: 'format' as const, outcome: 'fail' as const, code: 'not_a_credential' as const, message }];
  return {
    format: 'unknown',
    role: 'inner',
    document: undefined,
    verification: { status: overallStatus(checks), checks, checkedAt: now.toISOString() },
    problem: message,
  };
}

function withRole(entries: VerifiedEntry[], outer: 'presentation' | 'container'): VerifiedEntry[] {
  if (entries.length <= 1) return entries;
  return entries.map((e, i) => ({ ...e, role: i === 0 ? outer : 'inner' }));
}

/** An Open Badges 2.0 assertion (signed badges are a JWS of one); another task handles those. */
function isOpenBadges2(payload: Record<string, unknown>): boolean {
  const ctx = asArray(payload['@context']);
  return (
    ctx.some((c) => c === 'https://w3id.org/openbadges/v2') ||
    (payload['recipient'] !== undefined && payload['badge'] !== undefined)
  );
}

/** A compact JWS: a credential, or a presentation followed by the credentials inside it. */
export async function verifyJwtDocument(
  jws: string,
  opts: VerifyDocumentOptions = {},
  depth = 0,
): Promise<VerifiedEntry[]> {
  const now = opts.now ?? new Date();
  const decoded = decodeJws(jws);
  if (decoded && isOpenBadges2(decoded.payload)) {
    const message =
      'An Open Badges 2.0 signed badge cannot be checked by this version of the wallet yet. The file is kept unchanged.';
    const checks = [
      { id: 'format' as const, outcome: 'not_checked' as const, code: 'unsupported_format' as const, message },
    ];
    return [
      {
        format: 'unknown',
        role: 'whole',
        document: undefined,
        verification: { status: overallStatus(checks), checks, checkedAt: now.toISOString() },
        problem: message,
      },
    ];
  }
  const r = await verifyJwt(jws, opts);
  if (!r.doc || !r.kind) {
    const message: Message | string = r.verification.checks[0]?.message ?? { code: 'check.not_a_credential' };
    return [{ format: 'unknown', role: 'whole', document: undefined, verification: r.verification, problem: message }];
  }
  if (r.kind === 'vc1' || r.kind === 'vc2') {
    const self: VerifiedEntry = {
      format: r.kind === 'vc1' ? 'vc1-jwt' : 'vc2-jwt',
      role: 'whole',
      document: r.doc,
      verification: r.verification,
    };
    return withRole([self, ...(await innerOfClr(r.doc, opts, depth))], 'container');
  }
  const self: VerifiedEntry = { format: 'vp-jwt', role: 'presentation', document: r.doc, verification: r.verification };
  const inner = await innerCredentials(asArray(r.doc['verifiableCredential']), opts, depth + 1, now);
  return withRole([self, ...inner], 'presentation');
}

async function innerCredentials(
  items: unknown[],
  opts: VerifyDocumentOptions,
  depth: number,
  now: Date,
): Promise<VerifiedEntry[]> {
  const out: VerifiedEntry[] = [];
  for (const item of items) {
    if (depth > MAX_DEPTH) {
      out.push(unreadable('This credential is nested too deeply inside others to be read.', now));
      continue;
    }
    if (typeof item === 'string' && looksLikeCompactJws(item)) {
      out.push(...(await verifyJwtDocument(item, opts, depth)).map((e) => ({ ...e, role: 'inner' as const })));
      continue;
    }
    const entries = await verifyJsonValue(item, opts, depth);
    out.push(
      ...(entries ?? [unreadable('An item inside this file is not a credential the wallet recognises.', now)]).map(
        (e) => ({ ...e, role: 'inner' as const }),
      ),
    );
  }
  return out;
}

/** A CLR 2.0 (or any credential) that carries credentials in credentialSubject.verifiableCredential. */
async function innerOfClr(
  doc: Record<string, unknown>,
  opts: VerifyDocumentOptions,
  depth: number,
): Promise<VerifiedEntry[]> {
  const now = opts.now ?? new Date();
  const items = asArray(doc['credentialSubject']).flatMap((s) =>
    isRecord(s) ? asArray(s['verifiableCredential']) : [],
  );
  return items.length > 0 ? innerCredentials(items, opts, depth + 1, now) : [];
}

/**
 * A parsed JSON document: the list of verified entries, or undefined when it is not a shape
 * the wallet recognises (the caller then reports the file as not a credential).
 */
export async function verifyJsonValue(
  json: unknown,
  opts: VerifyDocumentOptions = {},
  depth = 0,
): Promise<VerifiedEntry[] | undefined> {
  const now = opts.now ?? new Date();
  const shape = jsonShapeOf(json);
  if (!shape || !isRecord(json)) return undefined;
  switch (shape) {
    case 'jwt-wrapper':
      return verifyJwtDocument(String(json['jwt']), opts, depth);
    case 'enveloped': {
      const id = typeof json['id'] === 'string' ? json['id'] : '';
      const known = ENVELOPED_PREFIX.find(([prefix]) => id.startsWith(prefix));
      if (!known) {
        return [
          unreadable(
            'This enveloped credential uses an envelope the wallet cannot open (only data:application/vc+jwt and vp+jwt).',
            now,
          ),
        ].map((e) => ({
          ...e,
          role: 'whole' as const,
        }));
      }
      let token: string;
      try {
        token = decodeURIComponent(id.slice(known[0].length)).trim();
      } catch {
        token = '';
      }
      if (!looksLikeCompactJws(token))
        return [{ ...unreadable('The envelope does not hold a signed token.', now), role: 'whole' }];
      return verifyJwtDocument(token, opts, depth);
    }
    case 'presentation': {
      const verification = await verifyJsonLdPresentation(json, opts);
      const self: VerifiedEntry = { format: 'vp-jsonld', role: 'presentation', document: json, verification };
      const inner = await innerCredentials(asArray(json['verifiableCredential']), opts, depth + 1, now);
      return withRole([self, ...inner], 'presentation');
    }
    case 'credential': {
      const verification = await verifyJsonLdCredential(json, opts);
      const self: VerifiedEntry = {
        format: firstContext(json) === VC1 ? 'vc1-jsonld' : 'vc2-jsonld',
        role: 'whole',
        document: json,
        verification,
      };
      return withRole([self, ...(await innerOfClr(json, opts, depth))], 'container');
    }
  }
}
