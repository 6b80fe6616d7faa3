// Schema upgrades keep what is stored: a version-1, a version-3 and a version-4 database open as the current version with their credentials and files.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb, type StoredCredential } from '../../../src-renderer/db/database';
import { INDEX_FORMAT, bucketOf, encodeBucket, summarize } from '../../../src-renderer/db/map-index';
import { readIndexEarly } from '../../../src-renderer/db/early-read';
import { SCHEMA_VERSION } from '../../../src-renderer/db/schema';
import { SettingsRepository } from '../../../src-renderer/db/settings-repository';
import { BUNDLED_PATHWAYS } from '../../../src-shared/pathways';
import type { ImportedCredential } from '../../../src-shared/credential';

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
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'credentials',
      'files',
      'generations',
      'mapIndex',
      'pathways',
      'settings',
    ]);
    const repo = new CredentialRepository(db);
    const list = await repo.list();
    expect(list).toEqual([record()]);
    // The map index did not exist before version 3: it is built from what is stored.
    expect(await repo.summaries()).toEqual([summarize(record())]);
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1, 2, 3]);

    // The new tables work on the upgraded database.
    const settings = new SettingsRepository(db);
    expect(await settings.learnerIds()).toEqual([]);
    await settings.setLearnerIds(['  did:example:me ', 'did:example:me', '', 'me@example.org']);
    expect(await settings.learnerIds()).toEqual(['did:example:me', 'me@example.org']);
    db.close();
  });
});

describe("upgrade to version 4 (the credentials' write generation)", () => {
  it('keeps what a version 3 wallet holds, and rebuilds its map index, which records no generation', async () => {
    const name = 'upgrade-test-3';
    const B = 'd'.repeat(64);
    const inner = (i: number, title: string): StoredCredential => ({
      ...record(),
      key: i === 0 ? B : `${B}#${i}`,
      fileSha256: B,
      fileName: 'transcript.json',
      credentialId: `urn:uuid:t${i}`,
      normalized: { ...record().normalized, name: title, credentialId: `urn:uuid:t${i}` },
      part: { role: i === 0 ? 'container' : 'inner', index: i, count: 2 },
      levelOverride: undefined,
    });
    const stored: StoredCredential[] = [
      { ...record(), bytes: new Uint8Array([1, 2]) },
      inner(0, 'Transcript'),
      inner(1, 'Statistics'),
    ];
    // The database exactly as version 3 declared it, with an index as version 3 wrote it
    // (`{"format":1}`): complete by count, but one summary older than its record.
    const v3 = new Dexie(name);
    v3.version(1).stores({ credentials: '&key, fileSha256, credentialId, importedAt', files: '&sha256' });
    v3.version(2).stores({ settings: '&key', pathways: '&id, importedAt' });
    v3.version(3).stores({ mapIndex: '&id' });
    await v3.table('credentials').bulkAdd(stored);
    await v3.table('files').add({ sha256: B, fileName: 'transcript.json', bytes: new Uint8Array([7]) });
    await v3.table('settings').put({ key: 'learnerIds', value: ['did:example:me'] });
    const summaries = stored.map((r) =>
      r.key === A ? summarize({ ...r, normalized: { ...r.normalized, name: 'Old name' } }) : summarize(r),
    );
    const buckets = new Map<string, Record<string, ReturnType<typeof summarize>>>();
    for (const sm of summaries) buckets.set(bucketOf(sm.key), { ...buckets.get(bucketOf(sm.key)), [sm.key]: sm });
    await v3
      .table('mapIndex')
      .bulkAdd([
        { id: 'meta', segments: [JSON.stringify({ format: 1 })] },
        ...[...buckets].map(([id, b]) => ({ id, segments: [encodeBucket(b)] })),
      ]);
    v3.close();

    // The early read leaves a version 3 wallet to Dexie.
    expect(await readIndexEarly(indexedDB, name)).toBeNull();

    const db = openWalletDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const repo = new CredentialRepository(db);
    expect(await repo.list()).toEqual(stored.map(({ bytes: _b, ...r }) => r).sort((x, y) => (x.key < y.key ? -1 : 1)));
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1, 2]);
    expect(Array.from((await repo.originalBytes(`${B}#1`)) ?? [])).toEqual([7]);
    expect(await new SettingsRepository(db).learnerIds()).toEqual(['did:example:me']);
    // The index from version 3 is not trusted: it is rebuilt from the records, as of generation 0.
    expect((await repo.summaries()).map((r) => r.normalized.name).sort()).toEqual([
      'Associate degree',
      'Statistics',
      'Transcript',
    ]);
    expect(JSON.parse((await db.mapIndex.get('meta'))?.segments[0] ?? '{}')).toEqual({
      format: INDEX_FORMAT,
      generation: 0,
    });
    // From now on every write counts a generation, and the index records it.
    await repo.setLevelOverride(A, 'eqf', 5);
    expect((await db.generations.get('credentials'))?.value).toBe(1);
    expect(JSON.parse((await db.mapIndex.get('meta'))?.segments[0] ?? '{}')).toEqual({
      format: INDEX_FORMAT,
      generation: 1,
    });
    // And the early read now reads it.
    const viaDexie = await repo.summaries();
    db.close();
    const early = await readIndexEarly(indexedDB, name);
    expect(early?.generation).toBe(1);
    expect(await new CredentialRepository(openWalletDb(name)).summaries(Promise.resolve(early))).toEqual(viaDexie);
  });
});

describe('upgrade to version 5 (one credential, one entry)', () => {
  it('keeps what a version 4 wallet holds, rebuilds its index in the new format, and merges only what arrives from now on', async () => {
    const name = 'upgrade-test-4';
    const B = 'e'.repeat(64);
    const inner = (i: number, title: string): StoredCredential => ({
      ...record(),
      key: i === 0 ? B : `${B}#${i}`,
      fileSha256: B,
      fileName: 'transcript.json',
      credentialId: `urn:uuid:t${i}`,
      normalized: { ...record().normalized, name: title, credentialId: `urn:uuid:t${i}` },
      part: { role: i === 0 ? 'container' : 'inner', index: i, count: 2 },
      levelOverride: undefined,
    });
    const notACredential: StoredCredential = {
      ...record(),
      key: 'f'.repeat(64),
      fileSha256: 'f'.repeat(64),
      fileName: 'photo.jpg',
      mediaType: 'image/jpeg',
      credentialId: undefined,
      problem: 'This file is not a credential.',
      levelOverride: { jqf: 6 },
      verification: {
        status: 'not_verified',
        checks: [{ id: 'format', outcome: 'fail', code: 'not_a_credential', message: 'Not a credential.' }],
        checkedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const stored: StoredCredential[] = [
      { ...record(), bytes: new Uint8Array([1, 2]) },
      inner(0, 'Transcript'),
      inner(1, 'Statistics'),
      { ...notACredential, bytes: new Uint8Array([9]) },
    ];
    // The database exactly as version 4 declared it, written as version 4 wrote it: its
    // generation counted, and a complete index of that generation in format 1.
    const v4 = new Dexie(name);
    v4.version(1).stores({ credentials: '&key, fileSha256, credentialId, importedAt', files: '&sha256' });
    v4.version(2).stores({ settings: '&key', pathways: '&id, importedAt' });
    v4.version(3).stores({ mapIndex: '&id' });
    v4.version(4).stores({ generations: '&id' });
    await v4.table('credentials').bulkAdd(stored);
    await v4.table('files').add({ sha256: B, fileName: 'transcript.json', bytes: new Uint8Array([7]) });
    await v4.table('generations').put({ id: 'credentials', value: 3 });
    await v4.table('settings').put({ key: 'learnerIds', value: ['did:example:me'] });
    const buckets = new Map<string, Record<string, ReturnType<typeof summarize>>>();
    for (const sm of stored.map(summarize))
      buckets.set(bucketOf(sm.key), { ...buckets.get(bucketOf(sm.key)), [sm.key]: sm });
    await v4
      .table('mapIndex')
      .bulkAdd([
        { id: 'meta', segments: [JSON.stringify({ format: 1, generation: 3 })] },
        ...[...buckets].map(([id, b]) => ({ id, segments: [encodeBucket(b)] })),
      ]);
    v4.close();

    // The early read leaves a version 4 wallet to Dexie.
    expect(await readIndexEarly(indexedDB, name)).toBeNull();

    const db = openWalletDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(SCHEMA_VERSION).toBe(5);
    expect(db.credentials.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['copyFiles', 'credentialId', 'digest', 'fileSha256', 'importedAt'].sort(),
    );
    const repo = new CredentialRepository(db);
    // Every record kept as it was.
    expect(await repo.list()).toEqual(
      stored.map(({ bytes: _b, ...r }) => r).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
    );
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1, 2]);
    expect(Array.from((await repo.originalBytes(`${B}#1`)) ?? [])).toEqual([7]);
    expect(await new SettingsRepository(db).learnerIds()).toEqual(['did:example:me']);
    // The index in format 1 is rebuilt, as of the same generation, and gives each entry its kind.
    const views = await repo.views();
    expect(views.map((v) => [v.fileName, v.kind]).sort()).toEqual([
      ['degree.json', 'achievement'],
      ['photo.jpg', 'not-credential'],
      ['transcript.json', 'achievement'],
      ['transcript.json', 'achievement'],
    ]);
    expect(views.find((v) => v.kind === 'not-credential')?.problem).toBe('This file is not a credential.');
    expect(JSON.parse((await db.mapIndex.get('meta'))?.segments[0] ?? '{}')).toEqual({
      format: INDEX_FORMAT,
      generation: 3,
    });
    expect(INDEX_FORMAT).not.toBe(1);

    // A record stored before has no digest: the same credential arriving now in another file
    // is a second entry (never merged retroactively); from then on it is merged.
    const digest = '1'.repeat(64);
    const again = (sha: string, fileName: string): ImportedCredential => ({
      fileName,
      sha256: sha,
      mediaType: 'image/png',
      normalized: record().normalized,
      verification: record().verification,
      kind: 'credential',
      digest,
    });
    const first = await repo.addImported(
      [again('2'.repeat(64), 'degree.png')],
      new Map([['2'.repeat(64), new Uint8Array([2])]]),
    );
    expect(first.added.map((r) => r.key)).toEqual(['2'.repeat(64)]);
    const second = await repo.addImported(
      [again('3'.repeat(64), 'degree.svg')],
      new Map([['3'.repeat(64), new Uint8Array([3])]]),
    );
    expect([second.added, second.merged]).toEqual([[], ['degree.svg']]);
    expect(await repo.list()).toHaveLength(5);

    // And the early read reads the version 5 wallet.
    const viaDexie = await repo.summaries();
    db.close();
    const early = await readIndexEarly(indexedDB, name);
    expect(early?.count).toBe(5);
    expect(await new CredentialRepository(openWalletDb(name)).summaries(Promise.resolve(early))).toEqual(viaDexie);
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
