// The early read of the map index (plain IndexedDB, before the app's code loads): it finds
// what Dexie would find, and never creates or upgrades a database.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { SettingsRepository } from '../../../src-renderer/db/settings-repository';
import { BUNDLED_PATHWAYS } from '../../../src-shared/pathways';
import { openWalletDb } from '../../../src-renderer/db/database';
import { readIndexEarly } from '../../../src-renderer/db/early-read';
import { IDB_VERSION, SCHEMA_VERSION } from '../../../src-renderer/db/schema';
import type { ImportedCredential } from '../../../src-shared/credential';

function item(i: number): ImportedCredential {
  const sha = i.toString(16).padStart(64, '0');
  return {
    fileName: `course-${i}.json`,
    sha256: sha,
    mediaType: 'application/ld+json',
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `Course ${i}`,
      alignments: [],
      creditsEarned: 2,
      credentialId: `urn:uuid:${i}`,
    },
    verification: {
      status: 'verified',
      checks: [{ id: 'proof', outcome: 'pass', code: 'signature_valid', message: 'ok' }],
      checkedAt: '2026-01-01T00:00:00.000Z',
    },
  };
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('early map-index read', () => {
  it('declares the version the Dexie schema opens', async () => {
    const db = openWalletDb('early-version');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(IDB_VERSION);
    db.close();
  });

  it('gives the same summaries as the repository reading through Dexie', async () => {
    const name = 'early-same';
    const repo = new CredentialRepository(openWalletDb(name));
    const items = Array.from({ length: 40 }, (_, i) => item(i + 1));
    await repo.addImported(items.slice(0, 25), new Map(items.map((it) => [it.sha256, new Uint8Array([1])])));
    await repo.addImported(items.slice(25), new Map(items.map((it) => [it.sha256, new Uint8Array([1])])));
    const viaDexie = await repo.summaries();

    const early = await readIndexEarly(indexedDB, name);
    expect(early?.count).toBe(40);
    expect(early?.rows.some((r) => r.id === 'meta')).toBe(true);
    const viaEarly = await new CredentialRepository(openWalletDb(name)).summaries(Promise.resolve(early));
    expect(viaEarly).toEqual(viaDexie);
    expect(viaEarly.map((s) => s.normalized.name)).toContain('Course 40');
  });

  it("gives the learner's settings exactly as the settings repository reads them", async () => {
    const name = 'early-settings';
    const db = openWalletDb(name);
    const settings = new SettingsRepository(db);
    await settings.setLearnerIds(['did:example:learner', 'learner@example.org']);
    await settings.setStepTicked('niad-qe-bachelor', 'report', true);
    const base = BUNDLED_PATHWAYS[0];
    if (!base) throw new Error('no bundled pathway');
    await settings.addPathway({ ...base, id: 'my-later-path' }, 'later.json', new Date('2026-03-01T00:00:00Z'));
    await settings.addPathway({ ...base, id: 'my-earlier-path' }, 'earlier.json', new Date('2026-02-01T00:00:00Z'));
    // A stored pathway that no longer parses is left out, as when read through Dexie.
    await db.pathways.put({
      id: 'broken',
      fileName: 'broken.json',
      importedAt: '2026-01-01T00:00:00.000Z',
      pathway: { id: 'broken' } as never,
    });
    const viaDexie = await settings.all();
    const viaEarly = await settings.all(readIndexEarly(indexedDB, name));
    expect(viaEarly).toEqual(viaDexie);
    expect(viaEarly[0]).toEqual(['did:example:learner', 'learner@example.org']);
    expect(viaEarly[1]).toEqual({ 'niad-qe-bachelor': ['report'] });
    expect(viaEarly[2].map((p) => p.id)).toEqual(['my-earlier-path', 'my-later-path']);
  });

  it('gives up on a wallet that does not exist yet, without creating it', async () => {
    const name = 'early-absent';
    expect(await readIndexEarly(indexedDB, name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    // Dexie then creates it as usual, with its complete, empty map index.
    const repo = new CredentialRepository(openWalletDb(name));
    expect(await repo.summaries()).toEqual([]);
  });

  it('says once that the read is under way, before its answer, and also when it gives up', async () => {
    const name = 'early-asked';
    const repo = new CredentialRepository(openWalletDb(name));
    await repo.addImported([item(1)], new Map([[item(1).sha256, new Uint8Array([1])]]));
    // Count turns of the event loop, to see that the read was asked for well before it answered.
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    tick();
    const events: string[] = [];
    let askedAt = -1;
    const read = readIndexEarly(indexedDB, name, () => {
      events.push('asked');
      askedAt = turns;
    }).then((r) => {
      events.push('answered');
      return { r, at: turns };
    });
    const { r, at } = await read;
    ticking = false;
    expect(r?.count).toBe(1);
    expect(events).toEqual(['asked', 'answered']);
    expect(at).toBeGreaterThan(askedAt);
    const none: string[] = [];
    expect(await readIndexEarly(indexedDB, 'early-asked-absent', () => none.push('asked'))).toBeNull();
    expect(none).toEqual(['asked']);
  });

  it('gives up on a wallet from an older version, leaving the upgrade to Dexie', async () => {
    const name = 'early-old';
    const v1 = new Dexie(name);
    v1.version(1).stores({ credentials: '&key, fileSha256, credentialId, importedAt', files: '&sha256' });
    await v1.open();
    v1.close();
    expect(await readIndexEarly(indexedDB, name)).toBeNull();
    const stillOld = new Dexie(name);
    await stillOld.open();
    expect(stillOld.verno).toBe(1);
    stillOld.close();
  });

  it('an early read that found no usable index falls back to reading the database', async () => {
    const name = 'early-stale';
    const repo = new CredentialRepository(openWalletDb(name));
    const items = [item(1), item(2)];
    await repo.addImported(items, new Map(items.map((it) => [it.sha256, new Uint8Array([1])])));
    // A read taken from an empty index: its count does not match, so the index is read again.
    const stale = { count: 1, generation: 0, rows: [], settings: [], pathways: [] };
    expect((await repo.summaries(Promise.resolve(stale))).map((s) => s.normalized.name).sort()).toEqual([
      'Course 1',
      'Course 2',
    ]);
    expect((await repo.summaries(Promise.resolve(null))).length).toBe(2);
  });
});
