/**
 * The offline JSON-LD document loader used by every verification.
 *
 * It serves bundled contexts, did:key / did:jwk documents and their keys, and one
 * deliberate concession: a non-DID URL whose #fragment is a multibase public key (as in
 * the 1EdTech fixtures, `https://example.com/issuers/876543#z6Mk…`) yields that key and a
 * synthesized controller document, and the loader remembers that the key came from a URL
 * fragment so the caller never treats the issuer as confirmed. Everything else is refused
 * with an OfflineDocumentError. This module must never perform network I/O (no fetch,
 * no http) and never guess a document it does not have. A URL longer than MAX_KEY_ID_LENGTH
 * is no context and no key: it is refused before it is parsed or decoded.
 *
 * While the JSON-LD speedup is on (jsonld-speed.ts), bundled contexts are answered with
 * `tag: 'static'`: the document is the process-wide bundled object that never changes, so
 * jsonld.js may keep it, processed, in its own cache across operations. Nothing else is
 * tagged (DID documents, keys, controller documents), and a context that is not bundled
 * still reaches this loader every time and is refused.
 */
import { MAX_KEY_ID_LENGTH } from '../../../src-shared/limits';
import { getBundledContexts } from './contexts';
import { jsonLdSpeedupActive } from './jsonld-speed';
import {
  DID_CONTEXT_V1,
  MULTIKEY_CONTEXT_V1,
  UnsupportedDidError,
  curveOfMultibaseKey,
  isOfflineResolvableDid,
  resolveOfflineDid,
  splitDidUrl,
} from './did-key';

/** The shape jsonld.js and jsonld-signatures expect from a document loader. */
export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
  /** 'static': the same document is returned for this URL every time, so jsonld.js may cache it. */
  tag?: 'static';
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** What a requested URL was, judged from its shape (the loader is not told who asks). */
export type OfflineDocumentKind = 'context' | 'key';

export type OfflineDocumentReason =
  /** A context URL not shipped with the app. */
  | 'context_not_bundled'
  /** A key or controller that would need the network (did:web, https, other DID methods). */
  | 'needs_network'
  /** A did:key / did:jwk the wallet cannot use (unsupported curve, malformed). */
  | 'unsupported_key'
  /** A URL far longer than any context or key (MAX_KEY_ID_LENGTH). */
  | 'too_long';

export class OfflineDocumentError extends Error {
  override readonly name = 'OfflineDocumentError';
  constructor(
    readonly url: string,
    readonly kind: OfflineDocumentKind,
    readonly reason: OfflineDocumentReason,
    detail?: string,
  ) {
    super(
      `Cannot load ${kind === 'context' ? 'JSON-LD context' : 'key or controller document'} ` +
        `${shortUrl(url)} offline${detail ? `: ${detail}` : ''}`,
    );
  }
}

/** A URL as an error may quote it: whole when it is of a sensible length, else its start and its length. */
export function shortUrl(url: string): string {
  return url.length <= 200 ? url : `${url.slice(0, 40)}… (${url.length} characters)`;
}

/** True when a URL is longer than any context or key identifier (it is then never parsed or decoded). */
export function urlTooLong(url: string): boolean {
  return url.length > MAX_KEY_ID_LENGTH;
}

/** Where a verification method URL's key comes from, decided without loading anything. */
export type KeyOrigin = 'did:key' | 'did:jwk' | 'url-fragment' | 'unresolvable';

function isFragmentKeyUrl(url: string): boolean {
  if (url.startsWith('did:')) return false;
  const { did: base, fragment } = splitDidUrl(url);
  if (fragment === undefined || base.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  return curveOfMultibaseKey(fragment) !== undefined;
}

export function keyOriginOf(verificationMethodUrl: string): KeyOrigin {
  if (urlTooLong(verificationMethodUrl)) return 'unresolvable';
  if (isOfflineResolvableDid(verificationMethodUrl)) {
    return verificationMethodUrl.startsWith('did:key:') ? 'did:key' : 'did:jwk';
  }
  return isFragmentKeyUrl(verificationMethodUrl) ? 'url-fragment' : 'unresolvable';
}

export interface OfflineDocumentLoader extends DocumentLoader {
  /** Verification method ids this loader synthesized from a URL fragment (issuer unconfirmed). */
  readonly fragmentKeyIds: ReadonlySet<string>;
}

/**
 * A fresh loader. It is cheap (the context map is a process singleton); make one per
 * verification so the memory of fragment keys belongs to that verification only.
 */
export function createOfflineDocumentLoader(): OfflineDocumentLoader {
  const contexts = getBundledContexts();
  // controller URL → verification method ids synthesized from fragments under it
  const fragmentControllers = new Map<string, string[]>();
  const fragmentKeyIds = new Set<string>();

  const load = async (url: string): Promise<RemoteDocument> => {
    if (urlTooLong(url)) {
      const kind = url.includes('#') || url.startsWith('did:') ? 'key' : 'context';
      throw new OfflineDocumentError(shortUrl(url), kind, 'too_long', 'the URL is too long');
    }
    const context = contexts.get(url);
    if (context !== undefined) {
      return jsonLdSpeedupActive()
        ? { contextUrl: null, documentUrl: url, document: context, tag: 'static' }
        : { contextUrl: null, documentUrl: url, document: context };
    }

    if (url.startsWith('did:')) {
      const { did } = splitDidUrl(url);
      if (did.startsWith('did:key:') || did.startsWith('did:jwk:')) {
        try {
          return { contextUrl: null, documentUrl: url, document: resolveOfflineDid(url) };
        } catch (e) {
          const detail = e instanceof UnsupportedDidError ? e.message : undefined;
          throw new OfflineDocumentError(url, 'key', 'unsupported_key', detail);
        }
      }
      throw new OfflineDocumentError(url, 'key', 'needs_network', `${did.split(':', 2).join(':')} needs the network`);
    }

    if (isFragmentKeyUrl(url)) {
      const { did: controller, fragment } = splitDidUrl(url);
      const ids = fragmentControllers.get(controller) ?? [];
      if (!ids.includes(url)) ids.push(url);
      fragmentControllers.set(controller, ids);
      fragmentKeyIds.add(url);
      const vm = {
        '@context': MULTIKEY_CONTEXT_V1,
        id: url,
        type: 'Multikey',
        controller,
        publicKeyMultibase: fragment,
      };
      return { contextUrl: null, documentUrl: url, document: vm };
    }

    const remembered = fragmentControllers.get(url);
    if (remembered) {
      // Only what the fragment keys themselves assert; nothing here came from the issuer.
      const controllerDoc = {
        '@context': [DID_CONTEXT_V1, MULTIKEY_CONTEXT_V1],
        id: url,
        verificationMethod: remembered.map((id) => ({
          id,
          type: 'Multikey',
          controller: url,
          publicKeyMultibase: splitDidUrl(id).fragment,
        })),
        assertionMethod: [...remembered],
      };
      return { contextUrl: null, documentUrl: url, document: controllerDoc };
    }

    const looksLikeKey = url.includes('#');
    throw new OfflineDocumentError(
      url,
      looksLikeKey ? 'key' : 'context',
      looksLikeKey ? 'needs_network' : 'context_not_bundled',
      looksLikeKey ? 'the key is published online' : 'the context is not bundled with the app',
    );
  };

  return Object.assign(load, { fragmentKeyIds: fragmentKeyIds as ReadonlySet<string> });
}

/** Finds an OfflineDocumentError inside the wrappers jsonld and jsonld-signatures put around loader errors. */
export function findOfflineDocumentError(error: unknown): OfflineDocumentError | undefined {
  const seen = new Set<unknown>();
  let queue: unknown[] = [error];
  while (queue.length > 0) {
    const next: unknown[] = [];
    for (const e of queue) {
      if (e === null || typeof e !== 'object' || seen.has(e)) continue;
      seen.add(e);
      if (e instanceof OfflineDocumentError) return e;
      if (Array.isArray(e)) {
        next.push(...e);
        continue;
      }
      const rec = e as Record<string, unknown>;
      next.push(rec['cause']);
      const details = rec['details'];
      if (details && typeof details === 'object') next.push((details as Record<string, unknown>)['cause']);
    }
    queue = next;
  }
  return undefined;
}
