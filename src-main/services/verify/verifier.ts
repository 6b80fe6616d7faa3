/**
 * The verifier: one object that verifies documents of every format, made with its parts
 * injected instead of reading module state. Parts: the clock (`now`), the status-list
 * credentials the wallet holds, keys the caller trusts, the maker of offline document loaders
 * the library loader (default: this thread's shared one, loaded once) and the supporting
 * documents the learner holds (keys, Issuer profiles, BadgeClasses, revocation lists, DID
 * documents; indexed once per verifier by their id, for formats to look up). Two verifiers
 * with different parts answer independently; one verifier reads the clock once per top-level
 * verification and verifies each held status list once per checking time, reporting who signed
 * it, so the status check can tell a list with authority over a credential from a stranger's.
 *
 * Everything goes through the format table (formats.ts). Nothing is fetched, and a failed
 * check is data, never an exception.
 */
import type { SupportingKind } from '../../../src-shared/credential';
import { idOf, isRecord } from '../../../src-shared/json';
import { supportingIdOf, supportingKindOf } from '../../../src-shared/supporting';
import type { CheckResult, VerificationResult } from '../../../src-shared/verification';
import type { HeldDocument, SupportingDocuments, TrustedKey, VerificationContext } from './context';
import { createOfflineDocumentLoader, type OfflineDocumentLoader } from './document-loader';
import type { DocumentInput, VerifiedEntry } from './entries';
import { routeDocument } from './formats';
import { sharedLibraries, type LibraryLoader } from './jsonld-libraries';
import { verifyJsonLdCredentialIn, verifyJsonLdCredentialSigned, verifyJsonLdPresentationIn } from './jsonld-verify';
import { verifyJwtIn, type VerifiedJwt } from './jwt-verify';
import { ListResults, statusListCheck } from './status-list';

export interface VerifierParts {
  /** The time checks are made against, or a clock (default: the system's). */
  now?: Date | (() => Date);
  /** Status-list credentials the wallet holds (parsed JSON); the only way a status can pass. */
  statusLists?: readonly Record<string, unknown>[];
  /** Public keys the caller trusts, by key id (none in the app today). */
  keys?: readonly TrustedKey[];
  /** Makes the loader of one document's verification (default: the bundled offline loader). */
  documentLoader?: () => OfflineDocumentLoader;
  /** The JSON-LD libraries (default: this thread's, loaded once). */
  libraries?: LibraryLoader;
  /**
   * Supporting documents the learner holds (parsed JSON): keys, Issuer profiles, BadgeClasses,
   * revocation lists, DID documents. A value that is not one (supporting.ts) is left out.
   */
  supporting?: readonly unknown[];
}

/** The held supporting documents, indexed by id and by kind; anything not recognised is left out. */
export function supportingDocuments(values: readonly unknown[]): SupportingDocuments {
  const byId = new Map<string, HeldDocument[]>();
  const byKind = new Map<SupportingKind, HeldDocument[]>();
  for (const value of values) {
    let held: HeldDocument | undefined;
    try {
      const kind = supportingKindOf(value);
      if (kind !== undefined && isRecord(value)) held = { kind, id: supportingIdOf(value), document: value };
    } catch {
      // A value that cannot even be looked at supports nothing.
    }
    if (held === undefined) continue;
    if (held.id !== undefined) {
      const same = byId.get(held.id);
      if (same) same.push(held);
      else byId.set(held.id, [held]);
    }
    const ofKind = byKind.get(held.kind);
    if (ofKind) ofKind.push(held);
    else byKind.set(held.kind, [held]);
  }
  return {
    withId: (id) => byId.get(id) ?? [],
    ofKind: (kind) => byKind.get(kind) ?? [],
  };
}

export interface Verifier {
  /** Any input, through the format table: its entries, or undefined when no format accepts it. */
  verify(input: DocumentInput): Promise<VerifiedEntry[] | undefined>;
  /** A parsed JSON document through the format table. */
  verifyJson(value: unknown): Promise<VerifiedEntry[] | undefined>;
  /** A compact JWS through the format table (it always gives at least one entry). */
  verifyJws(token: string): Promise<VerifiedEntry[]>;
  /** One JSON-LD credential's own checks. */
  verifyCredential(credential: Record<string, unknown>): Promise<VerificationResult>;
  /** One JSON-LD presentation's own checks (not the credentials inside). */
  verifyPresentation(presentation: Record<string, unknown>): Promise<VerificationResult>;
  /** One compact JWS credential's or presentation's own checks. */
  verifyJwt(token: string): Promise<VerifiedJwt>;
  /** The time a verification starting now is checked against. */
  now(): Date;
  /** Loads the libraries ahead of the first verification. */
  ready(): Promise<void>;
}

export function createVerifier(parts: VerifierParts = {}): Verifier {
  const given = parts.now;
  const clock = given === undefined ? () => new Date() : typeof given === 'function' ? given : () => given;
  const statusLists = parts.statusLists ?? [];
  const keys = parts.keys ?? [];
  const newDocumentLoader = parts.documentLoader ?? createOfflineDocumentLoader;
  const libraries = parts.libraries ?? sharedLibraries;
  const listResults = new ListResults();
  const supporting = supportingDocuments(parts.supporting ?? []);

  const contextAt = (now: Date, lists: readonly Record<string, unknown>[]): VerificationContext => {
    const ctx: VerificationContext = {
      now,
      libraries,
      newDocumentLoader,
      keys,
      supporting,
      status: (credential, controllers): Promise<CheckResult> =>
        statusListCheck(credential, controllers, {
          statusLists: lists,
          // A list is verified without lists of its own, so a list can never vouch for itself.
          verifyList: (list) =>
            listResults.once(list, now, async () => {
              const { result, controllers: signedBy } = await verifyJsonLdCredentialSigned(contextAt(now, []), list);
              return { result, issuer: idOf(list['issuer']), controllers: signedBy };
            }),
        }),
    };
    return ctx;
  };
  const context = (): VerificationContext => contextAt(clock(), statusLists);

  const verify = (input: DocumentInput): Promise<VerifiedEntry[] | undefined> => routeDocument(input, context());
  return {
    verify,
    verifyJson: (value) => verify({ kind: 'json', value }),
    verifyJws: async (token) => (await verify({ kind: 'jws', token })) ?? [],
    verifyCredential: (credential) => verifyJsonLdCredentialIn(context(), credential),
    verifyPresentation: (presentation) => verifyJsonLdPresentationIn(context(), presentation),
    verifyJwt: (token) => verifyJwtIn(context(), token),
    now: clock,
    ready: async () => {
      await libraries.load();
    },
  };
}
