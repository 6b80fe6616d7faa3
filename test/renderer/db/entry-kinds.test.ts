// What kind of entry a stored record is, as the screens see it: supporting documents and
// files that are not credentials keep their kind, reason and archive through storage, never
// count as achievements, and supporting documents other than status lists are handed back
// as files for an import to send along.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../src-shared/credential';
import { msg } from '../../../src-shared/i18n/spec';
import { CredentialRepository, isAchievementEntry } from '../../../src-renderer/db/credential-repository';
import { openWalletDb } from '../../../src-renderer/db/database';
import { kindOf } from '../../../src-renderer/db/records';

let n = 0;
const freshRepo = (): CredentialRepository => new CredentialRepository(openWalletDb(`kinds-wallet-${++n}`));

function item(sha: string, extra: Partial<ImportedCredential>, types = ['VerifiableCredential']): ImportedCredential {
  return {
    fileName: `${sha.slice(0, 4)}.json`,
    sha256: sha,
    mediaType: 'application/json',
    normalized: { format: 'vc2-jsonld', types, name: 'Entry', alignments: [] },
    verification: { status: 'could_not_check', checks: [], checkedAt: '2026-11-24T00:00:00.000Z' },
    ...extra,
  };
}

const KEY = 'a'.repeat(64);
const JUNK = 'b'.repeat(64);
const BADGE = 'c'.repeat(64);
const LIST = 'd'.repeat(64);

describe('entry kinds through storage', () => {
  it('keeps each kind, the reason and the archive, and only achievements are achievements', async () => {
    const repo = freshRepo();
    const items = [
      item(KEY, { kind: 'supporting', supportingKind: 'ob2-key' }),
      item(JUNK, { kind: 'not_credential', problem: msg('badges.no_badge_inside') }),
      item(BADGE, { kind: 'credential', origin: { archive: 'all.zip', entry: 'badges/one.json' } }),
      item(LIST, {}, ['VerifiableCredential', 'BitstringStatusListCredential']),
    ];
    const bytes = new Map(items.map((i, k) => [i.sha256, new Uint8Array([k])]));
    const res = await repo.addImported(items, bytes);
    expect(res.merged).toEqual([]);
    const views = new Map((await repo.views()).map((v) => [v.fileSha256, v]));
    expect(views.get(KEY)).toMatchObject({ kind: 'supporting', supportingKind: 'ob2-key' });
    expect(views.get(JUNK)).toMatchObject({ kind: 'not-credential', problem: { code: 'badges.no_badge_inside' } });
    expect(views.get(BADGE)).toMatchObject({
      kind: 'achievement',
      origin: { archive: 'all.zip', entry: 'badges/one.json' },
    });
    expect(views.get(LIST)?.kind).toBe('status-list');
    expect([...views.values()].filter(isAchievementEntry).map((v) => v.fileSha256)).toEqual([BADGE]);

    // Sent along with an import: the key, not the status list (sent as statusLists) nor the others.
    const supporting = await repo.supportingFiles();
    expect(supporting).toEqual([{ name: `${KEY.slice(0, 4)}.json`, bytes: new Uint8Array([0]) }]);
  });

  it('reads a record stored before kinds: a file whose format check says "not a credential" is not one', () => {
    const old = {
      normalized: { types: [] },
      verification: {
        status: 'not_verified' as const,
        checkedAt: '2026-01-01T00:00:00Z',
        checks: [{ id: 'format' as const, outcome: 'fail' as const, code: 'not_a_credential' as const, message: 'x' }],
      },
    };
    expect(kindOf(old)).toBe('not-credential');
    expect(kindOf({ ...old, verification: { ...old.verification, checks: [] } })).toBe('achievement');
  });
});
