/**
 * The import pipeline: detect → (unpack) → verify offline → normalize, for each file.
 * Returns one ImportedCredential per credential found: a presentation or a CLR gives
 * several, the presentation / container first, then each credential inside it, all with
 * the file's sha256. One verifier (verify/verifier.ts) checks a whole batch, through the
 * format table. A file that cannot be understood is still returned, with its reason as a
 * message (`problem`), so the wallet can keep and show it; what the wallet has to name itself
 * (a presentation, a file without a name) carries its name as a message (`nameMessage`).
 * Status-list credentials given in the same batch, or held by the wallet (`statusLists`),
 * answer the status check; supporting documents given in the same batch, or held by the
 * wallet (`supporting`: keys, Issuer profiles, BadgeClasses, revocation lists), are there for
 * the formats that need them. Every entry says what it is (`kind`, entry-kinds.ts): a credential,
 * a supporting document (a key, an issuer profile, a BadgeClass, a status list …: never routed
 * as a credential unless it is one, never *Not verified*) or not a credential (a file with no
 * credential in it); an entry with a document carries its `digest`, the same in every file the
 * credential arrives in. Knows nothing of Electron or HTTP; it must never fetch anything,
 * never write a learner-facing sentence itself, and never throw for a bad file: whatever
 * goes wrong inside one file's processing becomes that file's entry (`import.file_failed`,
 * its format check not checked), and the rest of the batch goes on.
 * A badge image (PNG, SVG) is read for the credential baked into it (badges/), which is then
 * routed exactly as the same credential given as its own file; an image with none is not a
 * credential. An archive given directly (the CLI) is opened first (archive.ts) and each of its
 * entries imported as its own file, carrying `origin`.
 */
import { messageText } from '../../src-shared/i18n/render';
import { msg, type Message } from '../../src-shared/i18n/spec';
import type { ImportedCredential, NormalizedCredential } from '../../src-shared/credential';
import { describeUnreadable, normalizeCredential } from '../../src-shared/normalize';
import type { CheckResult } from '../../src-shared/verification';
import { asArray, idOf, isRecord } from '../../src-shared/json';
import { MAX_JSON_DEPTH } from '../../src-shared/limits';
import { supportingKindOf } from '../../src-shared/supporting';
import { expandArchives, type ExpandedFile } from './archive';
import { bakedContentOf, bakedContentRead, hostedImageEntry } from './badges/image';
import { detect, type DetectedKind } from './detect';
import { credentialDigest, isElmXml, kindOfEntry, nonCredentialSupporting, supportingEntry } from './entry-kinds';
import { sha256Hex } from './hash';
import { check, resultOf } from './verify/check';
import type { DocumentInput, VerifiedEntry } from './verify/entries';
import { isStatusListCredential } from './verify/status-list';
import { createVerifier, type Verifier } from './verify/verifier';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  now?: Date;
  /** Status-list credentials the wallet already holds (parsed JSON documents). */
  statusLists?: Record<string, unknown>[];
  /** Other supporting documents the wallet already holds (parsed JSON: keys, Issuer profiles, BadgeClasses …). */
  supporting?: Record<string, unknown>[];
}

/** Open Badges 2.0 JSON: its own context, or the assertion shape (recipient + badge). */
function isOpenBadges2Json(json: unknown): boolean {
  if (!isRecord(json)) return false;
  return (
    asArray(json['@context']).includes('https://w3id.org/openbadges/v2') ||
    (json['recipient'] !== undefined && json['badge'] !== undefined)
  );
}

/** A JWS in JSON serialization (JAdES seals of European Digital Credentials look like this). */
function isJwsJson(json: unknown): boolean {
  return isRecord(json) && typeof json['payload'] === 'string' && Array.isArray(json['signatures']);
}

/** Why the wallet cannot read (or cannot check yet) a file no format accepted: the file's problem and its format check. */
function unreadableReason(d: DetectedKind): { check: CheckResult; problem: Message } {
  const notSupportedYet = (problem: Message): { check: CheckResult; problem: Message } => ({
    problem,
    check: check('format', 'not_checked', 'unsupported_format', problem),
  });
  const notCredential = (problem: Message): { check: CheckResult; problem: Message } => ({
    problem,
    check: check('format', 'fail', 'not_a_credential', problem),
  });
  switch (d.kind) {
    case 'jwt':
      return notSupportedYet(msg('import.unsupported_jwt'));
    case 'png':
    case 'svg': {
      // A baked credential no format accepts is answered as the same content given as its own file.
      const baked = bakedContentRead(d);
      if (baked?.kind === 'input')
        return baked.input.kind === 'json'
          ? unreadableReason({ kind: 'json-other', mediaType: 'application/json', json: baked.input.value })
          : unreadableReason({ kind: 'jwt', mediaType: 'application/jwt' });
      return notCredential(baked?.kind === 'none' ? baked.problem : msg('badges.no_badge_inside'));
    }
    case 'xml':
      return notSupportedYet(msg('import.unsupported_xml'));
    case 'zip':
      // Archives are opened before import (expandArchives): one that arrives here could not be.
      return notCredential(msg('badges.archive_damaged'));
    case 'json-other':
    case 'json-credential':
      if (isOpenBadges2Json(d.json)) return notSupportedYet(msg('import.unsupported_ob2'));
      if (isJwsJson(d.json)) return notSupportedYet(msg('import.unsupported_jws_json'));
      return notCredential(msg('import.not_a_vc_json'));
    case 'pdf':
      return d.signed
        ? notSupportedYet(msg('import.unsupported_pdf_signed'))
        : notCredential(msg('import.pdf_unsigned'));
    case 'unknown':
      switch (d.reason) {
        case 'empty':
          return notCredential(msg('import.empty'));
        case 'bad_json':
          return notCredential(msg('import.damaged_json'));
        case 'too_deep':
          return notCredential(msg('limits.too_deep', { max: MAX_JSON_DEPTH }));
        case 'binary':
          return notCredential(msg('import.binary'));
        case 'text':
          return notCredential(msg('import.text'));
      }
      return notCredential(msg('import.not_a_credential'));
  }
}

/** A file the wallet cannot read, named after the file (or, without a usable name, in the wallet's words). */
function unreadableRecord(problem: Message | string | undefined, fileName: string): NormalizedCredential {
  // The description keeps the reason in English for records read without a catalogue; the
  // learner reads the entry's `problem`, in their language.
  const normalized = describeUnreadable(messageText(problem ?? msg('import.part_unreadable'), 'en'), fileName);
  return fileName.replace(/^.*[\\/]/, '').trim() === ''
    ? { ...normalized, nameMessage: msg('import.unnamed_file') }
    : normalized;
}

function normalizedOf(entry: VerifiedEntry, fileName: string): NormalizedCredential {
  if (!entry.document) return unreadableRecord(entry.problem, fileName);
  const normalized = { ...normalizeCredential(entry.document), format: entry.format };
  if (entry.format === 'vp-jsonld' || entry.format === 'vp-jwt') {
    // A presentation has no name of its own: the wallet names it (text for older readers, a message to show).
    const holder = idOf(entry.document['holder']);
    const nameMessage = holder === undefined ? msg('import.presentation') : msg('import.presentation_by', { holder });
    return { ...normalized, name: messageText(nameMessage, 'en'), nameMessage };
  }
  return normalized;
}

/** What the router takes for a detected file; undefined for kinds no format reads (yet). */
function inputOf(d: DetectedKind, bytes: Uint8Array): DocumentInput | undefined {
  if (d.kind === 'json-credential' || d.kind === 'json-other') return { kind: 'json', value: d.json };
  if (d.kind === 'jwt') return { kind: 'jws', token: new TextDecoder().decode(bytes).trim() };
  if (d.kind === 'png' || d.kind === 'svg') {
    // The baked credential is routed exactly as the same credential given as its own file.
    const baked = bakedContentOf(d, bytes);
    return baked.kind === 'input' ? baked.input : undefined;
  }
  return undefined;
}

/** The kind (and, with a document, the digest) of an entry, as fields of its item. */
function kindFields(
  document: Record<string, unknown> | undefined,
  verification: ImportedCredential['verification'],
  token?: string,
): Pick<ImportedCredential, 'kind' | 'supportingKind' | 'digest'> {
  const { kind, supportingKind } = kindOfEntry(document, verification);
  return {
    kind,
    ...(supportingKind !== undefined ? { supportingKind } : {}),
    ...(document !== undefined ? { digest: credentialDigest(document, token) } : {}),
  };
}

/** XML that is no European Learning Model document holds no credential the wallet knows of. */
function xmlNotCredential(d: DetectedKind, bytes: Uint8Array): { check: CheckResult; problem: Message } | undefined {
  if (d.kind !== 'xml' || isElmXml(bytes)) return undefined;
  const problem = msg('import.xml_not_a_credential');
  return { problem, check: check('format', 'fail', 'not_a_credential', problem) };
}

async function importOne(file: InputFile, d: DetectedKind, verifier: Verifier): Promise<ImportedCredential[]> {
  const sha256 = sha256Hex(file.bytes);
  const hosted = d.kind === 'png' || d.kind === 'svg' ? hostedImageEntry(d, file, sha256, verifier.now()) : undefined;
  if (hosted) return [{ ...hosted, kind: 'credential' }];
  // A supporting document that is no credential is kept as what it is, never checked as a credential.
  const supporting =
    d.kind === 'json-credential' || d.kind === 'json-other' ? nonCredentialSupporting(d.json) : undefined;
  if (supporting) {
    const { entry, normalized } = supportingEntry(supporting.doc, supporting.kind, file.name, verifier.now());
    return [
      {
        fileName: file.name,
        sha256,
        mediaType: d.mediaType,
        normalized,
        verification: entry.verification,
        ...kindFields(entry.document, entry.verification),
      },
    ];
  }
  const input = inputOf(d, file.bytes);
  const entries = input ? await verifier.verify(input) : undefined;
  if (entries && entries.length > 0) {
    const normalized = entries.map((entry) => normalizedOf(entry, file.name));
    // Credentials nested in a transcript (CLR) name it, so its courses count once — through
    // themselves, not again through the transcript. A presentation is no transcript.
    const outer = normalized[0];
    const transcript = entries[0]?.role === 'container' && outer ? (outer.credentialId ?? outer.name) : undefined;
    return entries.map((entry, index) => {
      const own = normalized[index] as NormalizedCredential;
      const item: ImportedCredential = {
        fileName: file.name,
        sha256,
        mediaType: d.mediaType,
        normalized: transcript !== undefined && entry.role === 'inner' ? { ...own, containedIn: transcript } : own,
        verification: entry.verification,
        ...kindFields(entry.document, entry.verification, entry.token),
      };
      if (entry.problem) item.problem = entry.problem;
      if (entries.length > 1)
        item.part = { role: entry.role === 'whole' ? 'container' : entry.role, index, count: entries.length };
      return item;
    });
  }
  const { check: formatCheck, problem } = xmlNotCredential(d, file.bytes) ?? unreadableReason(d);
  const verification = resultOf([formatCheck], verifier.now());
  return [
    {
      fileName: file.name,
      sha256,
      mediaType: d.mediaType,
      normalized: unreadableRecord(problem, file.name),
      verification,
      problem,
      ...kindFields(undefined, verification),
    },
  ];
}

function statusListsOf(detected: readonly (DetectedKind | undefined)[]): Record<string, unknown>[] {
  const lists: Record<string, unknown>[] = [];
  for (const d of detected) {
    try {
      if (d && (d.kind === 'json-credential' || d.kind === 'json-other') && isStatusListCredential(d.json))
        lists.push(d.json);
    } catch {
      // A file that cannot even be looked at answers no status; its own entry says why.
    }
  }
  return lists;
}

/** Supporting documents other than status lists (those travel as `statusLists`) among detected files. */
function supportingOf(detected: readonly (DetectedKind | undefined)[]): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [];
  for (const d of detected) {
    try {
      if (d && (d.kind === 'json-credential' || d.kind === 'json-other') && isRecord(d.json)) {
        const kind = supportingKindOf(d.json);
        if (kind !== undefined && kind !== 'status-list') docs.push(d.json);
      }
    } catch {
      // A file that cannot even be looked at supports nothing; its own entry says why.
    }
  }
  return docs;
}

/** What a file is, or undefined when looking at it threw (its import then says so). */
function detectSafely(bytes: Uint8Array): DetectedKind | undefined {
  try {
    return detect(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The entry of a file whose processing did not finish: kept and shown with its reason
 * (`problem`), its format not checked — never *Not verified*, never dropped. It is kept as a
 * `credential` (nothing says it is not one; the learner can remove it), with no digest. Used here for
 * a file whose processing threw, and by the worker pool for a file that took too long or
 * whose worker failed.
 */
export function unfinishedFileEntry(file: InputFile, problem: Message, now: Date): ImportedCredential {
  let sha256 = '';
  try {
    sha256 = sha256Hex(file.bytes);
  } catch {
    // no bytes to hash: the entry still answers for the file
  }
  return {
    fileName: file.name,
    sha256,
    mediaType: 'application/octet-stream',
    normalized: unreadableRecord(problem, file.name),
    verification: resultOf([check('format', 'not_checked', 'unsupported_format', problem)], now),
    problem,
    kind: 'credential',
  };
}

/** Status-list credentials among the files of a batch: they answer the status of the others. */
export function statusListsInBatch(files: readonly InputFile[]): Record<string, unknown>[] {
  return statusListsOf(files.map((f) => detectSafely(f.bytes)));
}

/** Supporting documents among the files of a batch (keys, Issuer profiles, BadgeClasses …): they help check the others. */
export function supportingInBatch(files: readonly InputFile[]): Record<string, unknown>[] {
  return supportingOf(files.map((f) => detectSafely(f.bytes)));
}

/**
 * The status lists and the other supporting documents among the files of a batch, each file
 * looked at once (a caller that needs both must not parse every file twice).
 */
export function heldDocumentsInBatch(files: readonly InputFile[]): {
  statusLists: Record<string, unknown>[];
  supporting: Record<string, unknown>[];
} {
  const detected = files.map((f) => detectSafely(f.bytes));
  return { statusLists: statusListsOf(detected), supporting: supportingOf(detected) };
}

/**
 * Import a batch. Order of results follows the order of files, and within a file the order
 * above. An archive among the files is opened first (archive.ts, within its limits): each of
 * its entries is imported as its own file, carrying `origin`.
 */
export async function importFiles(
  files: readonly InputFile[],
  opts: ImportOptions = {},
): Promise<ImportedCredential[]> {
  const expanded = expandArchives(files);
  // Each file is read once: the same detection finds the batch's status lists and feeds its import.
  const detected = expanded.map((f) => (f.problem ? undefined : detectSafely(f.bytes)));
  const statusLists = [...(opts.statusLists ?? []), ...statusListsOf(detected)];
  const supporting = [...(opts.supporting ?? []), ...supportingOf(detected)];
  const verifier = createVerifier({ now: opts.now ?? new Date(), statusLists, supporting });
  return importDetected(expanded, detected, verifier);
}

/**
 * Import files with a verifier the caller keeps across calls (a worker answering one
 * request): its status lists and supporting documents must already hold those of the whole batch.
 */
export function importFilesWith(verifier: Verifier, files: readonly InputFile[]): Promise<ImportedCredential[]> {
  const expanded = expandArchives(files);
  return importDetected(
    expanded,
    expanded.map((f) => (f.problem ? undefined : detectSafely(f.bytes))),
    verifier,
  );
}

/** One file's entries; a throw inside its processing becomes its own entry, never the batch's failure. */
async function importOneSafely(
  file: InputFile,
  d: DetectedKind | undefined,
  verifier: Verifier,
): Promise<ImportedCredential[]> {
  try {
    if (d) return await importOne(file, d, verifier);
  } catch {
    // falls through to the file's own entry below
  }
  return [unfinishedFileEntry(file, msg('import.file_failed'), verifier.now())];
}

/** A file's entries, each carrying the archive it came out of; an entry left out of its archive answers why. */
async function importExpanded(
  file: ExpandedFile,
  d: DetectedKind | undefined,
  verifier: Verifier,
): Promise<ImportedCredential[]> {
  const items = file.problem
    ? [unfinishedFileEntry(file, file.problem, verifier.now())]
    : await importOneSafely(file, d, verifier);
  const origin = file.origin;
  return origin ? items.map((item) => ({ ...item, origin })) : items;
}

async function importDetected(
  files: readonly ExpandedFile[],
  detected: readonly (DetectedKind | undefined)[],
  verifier: Verifier,
): Promise<ImportedCredential[]> {
  const out: ImportedCredential[] = [];
  for (const [i, f] of files.entries()) out.push(...(await importExpanded(f, detected[i], verifier)));
  return out;
}
