/**
 * The import pipeline: detect → (unpack) → verify offline → normalize, for each file.
 * Returns one ImportedCredential per credential found. A file that cannot be understood
 * is still returned, with a learner-readable reason, so the wallet can keep and show it.
 * Knows nothing of Electron or HTTP; it must never fetch anything and never throw for a
 * bad file (only for programming errors).
 */
import type { ImportedCredential } from '../../src-shared/credential';
import { describeUnreadable, normalizeCredential } from '../../src-shared/normalize';
import type { CheckResult, VerificationResult } from '../../src-shared/verification';
import { overallStatus } from '../../src-shared/verification';
import { detect, type DetectedKind } from './detect';
import { sha256Hex } from './hash';
import { verifyJsonLdCredential } from './verify/verify-credential';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  now?: Date;
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
      return notSupportedYet('A credential signed as a JSON Web Token (JWT)');
    case 'png':
      return notSupportedYet('A badge image (PNG) with a credential baked inside');
    case 'svg':
      return notSupportedYet('A badge image (SVG) with a credential baked inside');
    case 'xml':
      return notSupportedYet('An XML credential (for example a European Digital Credential)');
    case 'zip':
      return notSupportedYet('An archive of credentials (ZIP)');
    case 'json-other':
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
          return notCredential('This file is not a credential the wallet can read (it is not text, JSON or a badge image).');
        case 'text':
          return notCredential('This text file is not a credential the wallet can read.');
      }
      return notCredential('This file is not a credential the wallet can read.');
    case 'json-credential':
      return notCredential('Unexpected: a credential was treated as unreadable.');
  }
}

async function importOne(file: InputFile, opts: ImportOptions): Promise<ImportedCredential[]> {
  const now = opts.now ?? new Date();
  const sha256 = sha256Hex(file.bytes);
  const d = detect(file.bytes);
  if (d.kind === 'json-credential') {
    const verification = await verifyJsonLdCredential(d.json, { now });
    return [{ fileName: file.name, sha256, mediaType: d.mediaType, normalized: normalizeCredential(d.json), verification }];
  }
  const { check, problem } = unreadableReason(d);
  const verification: VerificationResult = {
    status: overallStatus([check]),
    checks: [check],
    checkedAt: now.toISOString(),
  };
  return [{ fileName: file.name, sha256, mediaType: d.mediaType, normalized: describeUnreadable(problem, file.name), verification, problem }];
}

/** Import a batch. Order of results follows the order of files. */
export async function importFiles(files: readonly InputFile[], opts: ImportOptions = {}): Promise<ImportedCredential[]> {
  const out: ImportedCredential[] = [];
  for (const f of files) out.push(...(await importOne(f, opts)));
  return out;
}
