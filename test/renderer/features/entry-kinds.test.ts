// Files that are not credentials and supporting documents stay out of the way: never placed
// on the map, never counted toward a pathway (not even with a level the learner chose), never
// exported as credentials; a re-check sends the supporting documents along. Each check is paired with the same entry as an achievement, which
// does count, so the check can fail.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { WalletApi } from '../../../src-shared/bridge';
import type { EntryKind, ImportedCredential, NormalizedCredential } from '../../../src-shared/credential';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { viewOf, type CredentialView } from '../../../src-renderer/db/credential-view';
import { openWalletDb } from '../../../src-renderer/db/database';
import type { StoredCredential } from '../../../src-renderer/db/records';
import { exportBundle } from '../../../src-renderer/features/export-bundle';
import { reverifyAll } from '../../../src-renderer/features/reverify';
import { base64ToBytes } from '../../../src-shared/bytes';
import { buildMapModel, buildPathwayModel } from '../../../src-renderer/features/map-model';

const ME = 'did:example:me';
const NOW = new Date('2026-06-01T00:00:00Z');
const NIAD = 'niad-qe-bachelor-credit-accumulation';

const normalized = (name: string, over: Partial<NormalizedCredential> = {}): NormalizedCredential => ({
  format: 'vc2-jsonld',
  types: ['VerifiableCredential', 'OpenBadgeCredential'],
  name,
  alignments: [],
  subjectId: ME,
  subjectIdentifiers: [ME],
  ...over,
});

const notACredentialCheck = {
  id: 'format' as const,
  outcome: 'fail' as const,
  code: 'not_a_credential' as const,
  message: 'Not a credential.',
};

let n = 0;
/** A stored entry as the map is given it; `kind` absent is a record stored before kinds existed. */
function view(over: Partial<StoredCredential>): CredentialView {
  n += 1;
  const key = String(n).padStart(64, '0');
  return viewOf({
    key,
    fileSha256: key,
    fileName: `f${n}`,
    mediaType: 'application/octet-stream',
    importedAt: NOW.toISOString(),
    normalized: normalized(`Entry ${n}`),
    verification: { status: 'verified', checks: [], checkedAt: NOW.toISOString() },
    ...over,
  });
}

/** Entries the learner gave a level themselves (the issue: a level chosen for a photo met an entry requirement). */
const levelled = { levelOverride: { jqf: 6 } };
const photoOld = (): CredentialView =>
  view({
    ...levelled,
    fileName: 'photo.jpg',
    verification: { status: 'verified', checks: [notACredentialCheck], checkedAt: NOW.toISOString() },
  });
const photoNew = (): CredentialView => view({ ...levelled, kind: 'not_credential', fileName: 'scan.pdf' });
const issuerProfile = (): CredentialView =>
  view({ ...levelled, kind: 'supporting', supportingKind: 'ob2-issuer', fileName: 'issuer.json' });
const achievement = (): CredentialView => view({ ...levelled, kind: 'credential', fileName: 'degree.json' });

describe('what is not an achievement never counts', () => {
  it('a not-credential or a supporting document with a learner-chosen level does not meet an entry requirement', () => {
    for (const entry of [photoOld(), photoNew(), issuerProfile()]) {
      expect(entry.kind).not.toBe('achievement');
      const niad = buildPathwayModel([entry], [], 'jqf', [ME], {}, NOW).views.find((v) => v.pathway.id === NIAD);
      const requirement = niad?.evaluation.requirements.find((r) => r.kind === 'entry_qualification');
      expect(requirement?.met).toBe(false);
      expect(requirement?.counted).toEqual([]);
    }
    // The same level on an achievement meets it.
    const niad = buildPathwayModel([achievement()], [], 'jqf', [ME], {}, NOW).views.find((v) => v.pathway.id === NIAD);
    expect(niad?.evaluation.requirements.find((r) => r.kind === 'entry_qualification')?.met).toBe(true);
  });

  it('is never placed on the map: kept apart with its kind', () => {
    const entries = [photoOld(), photoNew(), issuerProfile(), achievement()];
    const model = buildMapModel(entries, 'jqf', 'en', [ME]);
    expect(model.entries.map((e) => e.rec.fileName)).toEqual(['degree.json']);
    expect(model.entries[0]?.place).toMatchObject({ level: 6, selfAssigned: true });
    expect(model.others).toEqual([]);
    expect(model.notCredentials.map((o) => [o.fileName, o.kind])).toEqual([
      ['photo.jpg', 'not-credential'],
      ['scan.pdf', 'not-credential'],
    ]);
    expect(model.supporting.map((o) => [o.fileName, o.kind])).toEqual([['issuer.json', 'supporting']]);
  });
});

describe('the export of the wallet', () => {
  it('leaves out files that are not credentials and supporting documents', async () => {
    const repo = new CredentialRepository(openWalletDb('entry-kinds-export'));
    const sha = (i: number): string => String(i).repeat(64);
    const entry = (i: number, name: string, kind: EntryKind | undefined, over: Partial<ImportedCredential> = {}) => ({
      fileName: name,
      sha256: sha(i),
      mediaType: 'application/json',
      normalized: normalized(name),
      verification: { status: 'verified' as const, checks: [], checkedAt: NOW.toISOString() },
      ...(kind ? { kind } : {}),
      ...over,
    });
    await repo.addImported(
      [
        entry(1, 'degree.json', 'credential'),
        entry(2, 'photo.jpg', 'not_credential'),
        // Stored before kinds: recognised by its failed format check.
        entry(3, 'notes.txt', undefined, {
          verification: { status: 'not_verified', checks: [notACredentialCheck], checkedAt: NOW.toISOString() },
        }),
        entry(4, 'issuer.json', 'supporting', { supportingKind: 'ob2-issuer' }),
        entry(5, 'revocations.json', 'supporting', { supportingKind: 'status-list' }),
        entry(6, 'course.json', undefined),
      ],
      new Map([1, 2, 3, 4, 5, 6].map((i) => [sha(i), new Uint8Array([i])])),
    );
    await repo.setLevelOverride(sha(2), 'jqf', 6);
    const sent: Parameters<WalletApi['exportBundle']>[0][] = [];
    const outcome = await exportBundle(
      {
        exportBundle: (request) => {
          sent.push(request);
          return Promise.resolve({ ok: true, value: { fileName: 'x.zip', savedTo: '/tmp/x.zip', count: 0 } });
        },
      },
      repo,
      'jqf',
    );
    expect(outcome.kind).toBe('saved');
    expect(sent[0]?.items.map((i) => i.fileName).sort()).toEqual(['course.json', 'degree.json']);
  });
});

describe('re-checking the wallet', () => {
  it('sends the supporting documents along, and leaves out answers for a file that holds a credential only as a copy', async () => {
    const repo = new CredentialRepository(openWalletDb('entry-kinds-reverify'));
    const sha = (i: number): string => String(i).repeat(64);
    const digest = 'd'.repeat(64);
    const entry = (i: number, name: string, over: Partial<ImportedCredential> = {}): ImportedCredential => ({
      fileName: name,
      sha256: sha(i),
      mediaType: 'application/json',
      normalized: normalized(name),
      verification: { status: 'verified', checks: [], checkedAt: NOW.toISOString() },
      kind: 'credential',
      ...over,
    });
    await repo.addImported(
      [
        entry(1, 'badge.json', { digest }),
        entry(2, 'badge.png', { digest }),
        entry(3, 'issuer.json', { kind: 'supporting', supportingKind: 'ob2-issuer' }),
        entry(4, 'list.json', { kind: 'supporting', supportingKind: 'status-list' }),
      ],
      new Map([1, 2, 3, 4].map((i) => [sha(i), new Uint8Array([i])])),
    );
    const sent: Parameters<WalletApi['verifyCredentials']>[0][] = [];
    const later = '2027-01-01T00:00:00.000Z';
    const result = await reverifyAll(
      {
        verifyCredentials: (request) => {
          sent.push(request);
          // Each file answers for its first credential, as main does.
          const items = request.files.map((f) => {
            const i = Number(base64ToBytes(f.bytesBase64)[0]);
            return {
              ...entry(i, f.name),
              verification: { status: 'not_verified' as const, checks: [], checkedAt: later },
            };
          });
          return Promise.resolve({ ok: true, value: { items } });
        },
      },
      repo,
      new Set([sha(1)]),
    );
    expect(sent[0]?.files.map((f) => f.name).sort()).toEqual(['badge.json', 'badge.png']);
    expect(sent[0]?.supporting?.map((f) => f.name)).toEqual(['issuer.json']);
    expect(sent[0]?.statusLists?.map((f) => f.name)).toEqual(['list.json']);
    // The PNG holds the badge only as a copy: its answer names no stored credential.
    expect(result).toEqual({ checked: 1 });
    expect((await repo.get(sha(1)))?.verification.checkedAt).toBe(later);
  });
});
