// Schema upgrades keep what is stored: a version-1 database opens as the current version with its credentials and files.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb, type StoredCredential } from '../../../src-renderer/db/database';
import { summarize } from '../../../src-renderer/db/map-index';
import { SettingsRepository } from '../../../src-renderer/db/settings-repository';
import { BUNDLED_PATHWAYS } from '../../../src-shared/pathways';

const A = 'c'.repeat(64);

function record(): StoredCredential {
  return {
    key: A,
    fileSha256: A,
    fileName: 'degree.json',
    mediaType: 'application/ld+json',
    importedAt: '2026-01-01T00:00:00.000Z',
    credentialId: 'urn:uuid:degree',
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential'],
      name: 'Associate degree',
      alignments: [],
      credentialId: 'urn:uuid:degree',
    },
    verification: { status: 'verified', checks: [], checkedAt: '2026-01-01T00:00:00.000Z' },
    levelOverride: { jqf: 5 },
  };
}

describe('database upgrades', () => {
  it('upgrades a version 1 database, keeping its credentials and files', async () => {
    const name = 'upgrade-test-1';
    // The database exactly as 0.1.0 shipped it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ credentials: '&key, fileSha256, credentialId, importedAt', files: '&sha256' });
    await v1.table('credentials').add(record());
    await v1.table('files').add({ sha256: A, fileName: 'degree.json', bytes: new Uint8Array([1, 2, 3]) });
    v1.close();

    const db = openWalletDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['credentials', 'files', 'mapIndex', 'pathways', 'settings']);
    const repo = new CredentialRepository(db);
    const list = await repo.list();
    expect(list).toEqual([record()]);
    // The map index did not exist before version 3: it is built from what is stored.
    expect(await repo.summaries()).toEqual([summarize(record())]);
    expect(Array.from((await repo.fileBytes(A)) ?? [])).toEqual([1, 2, 3]);

    // The new tables work on the upgraded database.
    const settings = new SettingsRepository(db);
    expect(await settings.learnerIds()).toEqual([]);
    await settings.setLearnerIds(['  did:example:me ', 'did:example:me', '', 'me@example.org']);
    expect(await settings.learnerIds()).toEqual(['did:example:me', 'me@example.org']);
    db.close();
  });
});

describe('settings repository', () => {
  it('persists ticked steps, imported pathways and a credit unit per credential across reopening', async () => {
    const name = 'settings-test-1';
    const db = openWalletDb(name);
    const settings = new SettingsRepository(db);
    await settings.setStepTicked('p1', 'report', true);
    await settings.setStepTicked('p1', 'exam', true);
    await settings.setStepTicked('p1', 'report', false);
    const pathway = { ...BUNDLED_PATHWAYS[0]!, id: 'my-imported' };
    await settings.addPathway(pathway, 'mine.json', new Date('2026-02-01T00:00:00Z'));
    await db.credentials.add(record());
    const repo = new CredentialRepository(db);
    await repo.setCreditUnit(A, 'ects');
    db.close();

    const again = openWalletDb(name);
    const s2 = new SettingsRepository(again);
    expect(await s2.tickedSteps()).toEqual({ p1: ['exam'] });
    const paths = await s2.pathways();
    expect(paths.map((p) => [p.id, p.fileName])).toEqual([['my-imported', 'mine.json']]);
    expect(paths[0]?.pathway).toEqual(pathway);
    const r2 = new CredentialRepository(again);
    expect((await r2.list())[0]?.creditUnit).toBe('ects');
    await r2.setCreditUnit(A, null);
    expect((await r2.list())[0]?.creditUnit).toBeUndefined();
    await s2.removePathway('my-imported');
    expect(await s2.pathways()).toEqual([]);
  });

  it('falls back to defaults when a stored value does not fit', async () => {
    const db = openWalletDb('settings-test-2');
    await db.settings.put({ key: 'learnerIds', value: 'not a list' });
    await db.settings.put({ key: 'tickedSteps', value: [1, 2] });
    const settings = new SettingsRepository(db);
    expect(await settings.learnerIds()).toEqual([]);
    expect(await settings.tickedSteps()).toEqual({});
  });
});
