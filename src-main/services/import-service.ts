/**
 * The import pipeline: detect → (unpack) → verify offline → normalize, for each file.
 * Returns one ImportedCredential per credential found: a presentation or a CLR gives
 * several, the presentation / container first, then each credential inside it, all with
 * the file's sha256. A file that cannot be understood is still returned, with a
 * learner-readable reason, so the wallet can keep and show it. Status-list credentials
 * given in the same batch, or held by the wallet (`statusLists`), answer the status check.
 * Knows nothing of Electron or HTTP; it must never fetch anything and never throw for a
 * bad file (only for programming errors).
 */
import { messageText } from '../../src-shared/i18n/render';
import type { ImportedCredential, NormalizedCredential } from '../../src-shared/credential';
import { describeUnreadable, normalizeCredential } from '../../src-shared/normalize';
import type { CheckResult, VerificationResult } from '../../src-shared/verification';
import { overallStatus } from '../../src-shared/verification';
import { detect, type DetectedKind } from './detect';
import { sha256Hex } from './hash';
import { asArray, isRecord } from '../../src-shared/json';
import { isStatusListCredential } from './verify/status-list';
import { verifyJsonValue, verifyJwtDocument, type VerifiedEntry } from './verify/verify-document';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  now?: Date;
  /** Status-list credentials the wallet already holds (parsed JSON documents). */
  statusLists?: Record<string, unknown>[];
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

/** Learner-readable reason for a file the wallet cannot read (yet). */
function unreadableReason(d: DetectedKind): { check: CheckResult; problem: string } {
  const notSupportedYet = (what: string): { check: CheckResult; problem: string } => {
    const message = `${what} cannot be checked by this version of the wallet yet. The file is kept unchanged.`;
    return { problem: message, check: { id: 'format', outcome: 'not_checked', code: 'unsupported_format', message } };
  };
  const notCredential = (message: string): { check: CheckResult; problem: string } => ({
    problem: message,
    check: { id: 'format', outcome: 'fail', code: 'not_a_credential', message },
  });
  switch (d.kind) {
    case 'jwt':
      return notSupportedYet('This signed token (JWT)');
    case 'png':
      return notSupportedYet('A badge image (PNG) with a credential baked inside');
    case 'svg':
      return notSupportedYet('A badge image (SVG) with a credential baked inside');
    case 'xml':
      return notSupportedYet('An XML credential (for example a European Digital Credential)');
    case 'zip':
      return notSupportedYet('An archive of credentials (ZIP)');
    case 'json-other':
    case 'json-credential':
      if (isOpenBadges2Json(d.json))
        return notSupportedYet('An Open Badges 2.0 file (a badge assertion, badge class or issuer profile)');
      if (isJwsJson(d.json))
        return notSupportedYet(
          'A sealed credential (JWS JSON serialization, as used for European Digital Credentials)',
        );
      return notCredential(
        'This JSON file is not a W3C Verifiable Credential the wallet recognises (no VerifiableCredential type with a VC 1.1 or 2.0 context).',
      );
    case 'unknown':
      switch (d.reason) {
        case 'empty':
          return notCredential('The file is empty.');
        case 'bad_json':
          return notCredential('The file looks like JSON but is damaged: it cannot be read.');
        case 'binary':
          return notCredential(
            'This file is not a credential the wallet can read (it is not text, JSON or a badge image).',
          );
        case 'text':
          return notCredential('This text file is not a credential the wallet can read.');
      }
      return notCredential('This file is not a credential the wallet can read.');
  }
}

function normalizedOf(entry: VerifiedEntry, fileName: string): NormalizedCredential {
  if (!entry.document)
    return describeUnreadable(messageText(entry.problem, 'en') || 'This part of the file cannot be read.', fileName);
  const normalized = { ...normalizeCredential(entry.document), format: entry.format };
  if (entry.format === 'vp-jsonld' || entry.format === 'vp-jwt') {
    const holder = entry.document['holder'];
    const holderId =
      typeof holder === 'string'
        ? holder
        : typeof holder === 'object' && holder !== null
          ? (holder as Record<string, unknown>)['id']
          : undefined;
    return {
      ...normalized,
      name: typeof holderId === 'string' ? `Presentation by ${holderId}` : 'Presentation of credentials',
    };
  }
  return normalized;
}

async function verifyDetected(
  d: DetectedKind,
  bytes: Uint8Array,
  opts: ImportOptions & { now: Date },
): Promise<VerifiedEntry[] | undefined> {
  const vOpts = { now: opts.now, statusLists: opts.statusLists ?? [] };
  if (d.kind === 'json-credential' || d.kind === 'json-other') return verifyJsonValue(d.json, vOpts);
  if (d.kind === 'jwt') return verifyJwtDocument(new TextDecoder().decode(bytes).trim(), vOpts);
  return undefined;
}

async function importOne(
  file: InputFile,
  d: DetectedKind,
  opts: ImportOptions & { now: Date },
): Promise<ImportedCredential[]> {
  const now = opts.now;
  const sha256 = sha256Hex(file.bytes);
  const entries = await verifyDetected(d, file.bytes, opts);
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
      };
      if (entry.problem) item.problem = entry.problem;
      if (entries.length > 1)
        item.part = { role: entry.role === 'whole' ? 'container' : entry.role, index, count: entries.length };
      return item;
    });
  }
  const { check, problem } = unreadableReason(d);
  const verification: VerificationResult = {
    status: overallStatus([check]),
    checks: [check],
    checkedAt: now.toISOString(),
  };
  return [
    {
      fileName: file.name,
      sha256,
      mediaType: d.mediaType,
      normalized: describeUnreadable(problem, file.name),
      verification,
      problem,
    },
  ];
}

function statusListsOf(detected: readonly DetectedKind[]): Record<string, unknown>[] {
  const lists: Record<string, unknown>[] = [];
  for (const d of detected) {
    if ((d.kind === 'json-credential' || d.kind === 'json-other') && isStatusListCredential(d.json)) lists.push(d.json);
  }
  return lists;
}

/** Status-list credentials among the files of a batch: they answer the status of the others. */
export function statusListsInBatch(files: readonly InputFile[]): Record<string, unknown>[] {
  return statusListsOf(files.map((f) => detect(f.bytes)));
}

/** Import a batch. Order of results follows the order of files, and within a file the order above. */
export async function importFiles(
  files: readonly InputFile[],
  opts: ImportOptions = {},
): Promise<ImportedCredential[]> {
  const now = opts.now ?? new Date();
  // Each file is read once: the same detection finds the batch's status lists and feeds its import.
  const detected = files.map((f) => detect(f.bytes));
  const statusLists = [...(opts.statusLists ?? []), ...statusListsOf(detected)];
  const out: ImportedCredential[] = [];
  for (const [i, f] of files.entries())
    out.push(...(await importOne(f, detected[i] as DetectedKind, { ...opts, now, statusLists })));
  return out;
}
