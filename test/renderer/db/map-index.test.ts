// The map index: after every kind of write it equals a summary of the credentials table, it is
// rebuilt when missing or out of step, and it lives in a fixed number of records.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../src-shared/credential';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb, type WalletDb } from '../../../src-renderer/db/database';
import { readIndexEarly } from '../../../src-renderer/db/early-read';
import { RecordStore } from '../../../src-renderer/db/record-store';
import {
  BUCKETS,
  MAX_SEGMENTS,
  bucketOf,
  byImport,
  decodeBucket,
  decodeSegments,
  encodeBucket,
  summarize,
} from '../../../src-renderer/db/map-index';

let dbCounter = 0;
const fresh = (): { repo: CredentialRepository; db: WalletDb } => {
  const db = openWalletDb(`map-index-test-${++dbCounter}`);
  return { repo: new CredentialRepository(db), db };
};

const sha = (i: number): string => i.toString(16).padStart(64, '0');

function item(i: number, extra: Partial<ImportedCredential> = {}): ImportedCredential {
  return {
    fileName: `c${i}.json`,
    sha256: sha(i),
    mediaType: 'application/ld+json',
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: `Course ${i}`,
      alignments: [],
      credits: 2,
      credentialId: `urn:uuid:${i}`,
    },
    verification: {
      status: 'verified',
      checks: [
        { id: 'proof', outcome: 'pass', message: 'Signature is valid.', detail: 'Ed25519Signature2020' },
        {
          id: 'status',
          outcome: 'not_checked',
          code: 'status_not_checked_offline',
          message: 'Revocation was not checked offline.',
          detail: 'https://example.org/list',
        },
      ],
      checkedAt: '2026-11-24T00:00:00.000Z',
    },
    ...extra,
  };
}

async function add(
  repo: CredentialRepository,
  items: ImportedCredential[],
  at = new Date('2026-11-24T00:00:00Z'),
): Promise<void> {
  await repo.addImported(items, new Map(items.map((x) => [x.sha256, new Uint8Array([1])])), at);
}

/** The index must say exactly what a fresh summary of the full records says. */
async function expectInStep(repo: CredentialRepository, db?: WalletDb): Promise<void> {
  const full = await repo.list();
  if (db) {
    // As stored, before `summaries` could rebuild it: every summary in exactly one row.
    const stored = (await db.mapIndex.toArray())
      .filter((r) => r.id !== 'meta')
      .flatMap((r) => Object.values(decodeSegments(r.segments)));
    expect(stored.sort(byImport)).toEqual(full.map(summarize));
  }
  expect(await repo.summaries()).toEqual(full.map(summarize));
}

describe('map index', () => {
  it('keeps the status, the time of the check and the checks that did not pass, without their detail', () => {
    const { verification } = item(1);
    const s = summarize({
      key: 'k',
      fileSha256: 'k',
      fileName: 'f',
      mediaType: 'm',
      importedAt: 't',
      credentialId: 'urn:uuid:1',
      normalized: item(1).normalized,
      verification,
    });
    expect(s.verification).toEqual({
      status: 'verified',
      checkedAt: '2026-11-24T00:00:00.000Z',
      checks: [
        {
          id: 'status',
          outcome: 'not_checked',
          code: 'status_not_checked_offline',
          message: 'Revocation was not checked offline.',
        },
      ],
    });
    expect(s).not.toHaveProperty('credentialId');
    expect(s.normalized.credentialId).toBe('urn:uuid:1');
  });

  it('follows every write: import, re-check, own level, credit unit, removal', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      Array.from({ length: 40 }, (_, i) => item(i)),
    );
    await expectInStep(repo, db);
    await add(
      repo,
      [
        item(100, { part: { role: 'container', index: 0, count: 2 } }),
        item(100, { part: { role: 'inner', index: 1, count: 2 }, normalized: { ...item(101).normalized } }),
      ],
      new Date('2026-11-25T00:00:00Z'),
    );
    await expectInStep(repo, db);
    await repo.updateVerifications([
      {
        fileSha256: sha(3),
        results: [
          {
            status: 'not_verified',
            checks: [{ id: 'validity_period', outcome: 'fail', message: 'Expired.' }],
            checkedAt: '2030-01-01T00:00:00.000Z',
          },
        ],
      },
      {
        fileSha256: sha(8),
        results: [
          {
            status: 'could_not_check',
            checks: [{ id: 'proof', outcome: 'not_checked', message: 'Not checked.' }],
            checkedAt: '2030-01-01T00:00:00.000Z',
          },
        ],
      },
    ]);
    await repo.setLevelOverride(sha(4), 'eqf', 6);
    await repo.setCreditUnit(sha(5), 'ects');
    await expectInStep(repo, db);
    const summaries = await repo.summaries();
    expect(summaries.find((s) => s.key === sha(3))?.verification.status).toBe('not_verified');
    expect(summaries.find((s) => s.key === sha(8))?.verification.status).toBe('could_not_check');
    expect(summaries.find((s) => s.key === sha(4))?.levelOverride).toEqual({ eqf: 6 });
    expect(summaries.find((s) => s.key === sha(5))?.creditUnit).toBe('ects');
    await repo.setCreditUnit(sha(5), null);
    expect(await repo.removeFile(sha(100))).toBe(2);
    await repo.removeFile(sha(7));
    await expectInStep(repo, db);
    expect((await repo.summaries()).map((s) => s.key)).not.toContain(sha(7));
    expect(await repo.summaries()).toHaveLength(39);
  });

  it('is built when missing (a wallet from before the index) and rebuilt when out of step', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      Array.from({ length: 12 }, (_, i) => item(i)),
    );
    await db.mapIndex.clear();
    await expectInStep(repo);
    expect(await db.mapIndex.count()).toBeGreaterThan(1);
    // A record written behind the repository's back: the counts differ, so the index is rebuilt.
    const [first] = await repo.list();
    if (!first) throw new Error('no record');
    await db.credentials.put({
      ...first,
      key: `${first.key}#9`,
      normalized: { ...first.normalized, name: 'Written elsewhere' },
    });
    await expectInStep(repo);
    expect((await repo.summaries()).some((s) => s.normalized.name === 'Written elsewhere')).toBe(true);
    // An index in another format is rebuilt too.
    await db.mapIndex.put({ id: 'meta', segments: [JSON.stringify({ format: 0 })] });
    await db.mapIndex.put({ id: bucketOf(first.key), segments: ['{}'] });
    await expectInStep(repo);
  });

  it('counts a generation with every write of credentials, and the index records it in the same transaction', async () => {
    const { repo, db } = fresh();
    const generations = async (): Promise<[number | undefined, unknown]> => [
      (await db.generations.get('credentials'))?.value,
      (JSON.parse((await db.mapIndex.get('meta'))?.segments[0] ?? '{}') as { generation?: unknown }).generation,
    ];
    // A new wallet: generation 0, and an empty index of it.
    expect(await repo.summaries()).toEqual([]);
    expect(await generations()).toEqual([0, 0]);
    await add(
      repo,
      Array.from({ length: 10 }, (_, i) => item(i)),
    );
    expect(await generations()).toEqual([1, 1]);
    // A batch of files already stored writes nothing, so counts nothing.
    await add(repo, [item(1), item(2)]);
    expect(await generations()).toEqual([1, 1]);
    await repo.updateVerifications([
      { fileSha256: sha(3), results: [{ ...item(3).verification, status: 'could_not_check' }] },
    ]);
    expect(await generations()).toEqual([2, 2]);
    await repo.setLevelOverride(sha(4), 'jqf', 5);
    expect(await generations()).toEqual([3, 3]);
    await repo.setCreditUnit(sha(4), 'ects');
    expect(await generations()).toEqual([4, 4]);
    await repo.removeFile(sha(5));
    expect(await generations()).toEqual([5, 5]);
    // A write that changes nothing (an unknown key) counts nothing either.
    await repo.setLevelOverride(sha(99), 'jqf', 5);
    expect(await repo.removeFile(sha(99))).toBe(0);
    expect(await generations()).toEqual([5, 5]);
    await expectInStep(repo, db);
  });

  it('sees an index that missed a write as stale even when it holds one summary per credential', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      Array.from({ length: 12 }, (_, i) => item(i)),
    );
    const records = new RecordStore(db);
    // A write of the records alone, not of the index: the count stays the same.
    const behindTheIndex = async (key: string, name: string): Promise<void> => {
      await db.transaction('rw', records.tables, async () => {
        const rec = await records.get(key);
        if (!rec) throw new Error('no record');
        await records.put([{ ...rec, normalized: { ...rec.normalized, name } }]);
      });
    };
    await behindTheIndex(sha(2), 'Changed behind the index');
    const rows = await db.mapIndex.toArray();
    expect(rows.filter((r) => r.id !== 'meta').flatMap((r) => Object.keys(decodeSegments(r.segments)))).toHaveLength(
      12,
    );
    expect(await db.credentials.count()).toBe(12);
    // The early read finds the index as it was; its generation gives it away.
    const early = await readIndexEarly(indexedDB, db.name);
    expect(early?.count).toBe(12);
    const names = (await repo.summaries(Promise.resolve(early))).map((s) => s.normalized.name);
    expect(names).toContain('Changed behind the index');
    expect(names).not.toContain('Course 2');
    await expectInStep(repo, db);

    // A later write through the repository does not make a stale index look current: it
    // leaves it stale, and the next read rebuilds it.
    await behindTheIndex(sha(3), 'Also behind the index');
    await repo.setLevelOverride(sha(4), 'eqf', 6);
    const after = await repo.summaries();
    expect(after.find((s) => s.key === sha(3))?.normalized.name).toBe('Also behind the index');
    expect(after.find((s) => s.key === sha(4))?.levelOverride).toEqual({ eqf: 6 });
    await expectInStep(repo, db);
  });

  it('adds each import to its buckets as new rows, reading none, and merges a bucket before it has too many rows', async () => {
    const { repo, db } = fresh();
    const rowsPerBucket = async (): Promise<Map<string, string[]>> => {
      const out = new Map<string, string[]>();
      for (const id of (await db.mapIndex.toCollection().primaryKeys()) as string[]) {
        if (id === 'meta') continue;
        const bucket = id.split('/')[0] as string;
        out.set(bucket, [...(out.get(bucket) ?? []), id]);
      }
      return out;
    };
    let appendedSeen = 0;
    for (let batch = 0; batch < 3 * MAX_SEGMENTS; batch++) {
      const before = new Map((await db.mapIndex.toArray()).map((r) => [r.id, r.segments.join('|')]));
      await add(
        repo,
        Array.from({ length: 20 }, (_, i) => item(batch * 20 + i)),
        new Date(Date.UTC(2026, 0, 1, 0, batch)),
      );
      const rows = await rowsPerBucket();
      for (const ids of rows.values()) expect(ids.length).toBeLessThanOrEqual(MAX_SEGMENTS);
      const after = await db.mapIndex.toArray();
      const appended = after.filter((r) => r.id.includes('/') && !before.has(r.id));
      appendedSeen += appended.length;
      // A bucket that was not merged keeps its rows exactly as they were.
      const merged = new Set(
        after.filter((r) => !r.id.includes('/') && before.get(r.id) !== r.segments.join('|')).map((r) => r.id),
      );
      for (const r of after)
        if (before.has(r.id) && !merged.has(r.id.split('/')[0] as string))
          expect(r.segments.join('|')).toBe(before.get(r.id));
      await expectInStep(repo, db);
    }
    expect(appendedSeen).toBeGreaterThan(0);
    // A change to one credential merges its bucket into one row of one segment.
    await repo.setLevelOverride(sha(5), 'jqf', 7);
    expect((await rowsPerBucket()).get(bucketOf(sha(5)))).toEqual([bucketOf(sha(5))]);
    expect((await db.mapIndex.get(bucketOf(sha(5))))?.segments).toHaveLength(1);
    await expectInStep(repo, db);
    expect((await repo.summaries()).find((s) => s.key === sha(5))?.levelOverride).toEqual({ jqf: 7 });
    expect(await repo.summaries()).toHaveLength(3 * MAX_SEGMENTS * 20);
    // Removing a file whose summary sits in an appended row takes it out of the index.
    const lastKey = sha(3 * MAX_SEGMENTS * 20 - 1);
    await repo.removeFile(lastKey);
    expect((await repo.summaries()).map((s) => s.key)).not.toContain(lastKey);
    await expectInStep(repo, db);
  });

  it('reads an index written before appended rows (several segments in a base row) and merges it on change', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      Array.from({ length: 30 }, (_, i) => item(i)),
    );
    await repo.rebuildIndex();
    // The earlier layout: the bucket's summaries split over segments of its one row.
    const id = bucketOf(sha(0));
    const row = await db.mapIndex.get(id);
    const summaries = Object.entries(decodeSegments(row?.segments ?? []));
    expect(summaries.length).toBeGreaterThan(1);
    const half = Math.ceil(summaries.length / 2);
    await db.mapIndex.put({
      id,
      segments: [
        encodeBucket(Object.fromEntries(summaries.slice(0, half))),
        encodeBucket(Object.fromEntries(summaries.slice(half))),
      ],
    });
    await expectInStep(repo, db);
    await add(repo, [item(100)]);
    await repo.setLevelOverride(sha(0), 'eqf', 5);
    expect((await db.mapIndex.get(id))?.segments).toHaveLength(1);
    await expectInStep(repo, db);
    expect(await repo.summaries()).toHaveLength(31);
  });

  it('holds many credentials in a bounded number of records, spread over the buckets', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      Array.from({ length: 600 }, (_, i) => item(i)),
    );
    expect(await db.mapIndex.count()).toBe(BUCKETS + 1);
    await expectInStep(repo);
  });

  it('writes each string once per bucket and reads back exactly what it wrote', () => {
    const a = summarize({
      key: sha(1),
      fileSha256: sha(1),
      fileName: 'a.json',
      mediaType: 'application/ld+json',
      importedAt: '2026-01-01T00:00:00Z',
      normalized: {
        ...item(1).normalized,
        issuerId: 'did:key:zIssuer',
        credits: 2.5,
        creditPoints: [{ framework: 'ECTS', value: 0 }],
      },
      verification: item(1).verification,
      part: { role: 'inner', index: 3, count: 4 },
      levelOverride: { jqf: 6 },
    });
    const b = {
      ...a,
      key: sha(2),
      normalized: {
        ...a.normalized,
        name: 'Course 2',
        alignments: [{ targetUrl: 'http://data.europa.eu/snb/eqf/6', targetName: '"quoted" \\ <b>text</b> 日本語' }],
      },
    };
    const text = encodeBucket({ [a.key]: a, [b.key]: b });
    expect(decodeBucket(text)).toEqual({ [a.key]: a, [b.key]: b });
    // The issuer id, the key-as-file-hash and every property name appear once.
    expect(text.split('did:key:zIssuer').length - 1).toBe(1);
    expect(text.split(sha(1)).length - 1).toBe(1);
    expect(text.split('"normalized"').length - 1).toBe(1);
  });

  it('leaves the description out: the details panel reads the full record', () => {
    const s = summarize({
      key: 'k',
      fileSha256: 'k',
      fileName: 'f',
      mediaType: 'm',
      importedAt: 't',
      normalized: { ...item(1).normalized, description: 'A long description' },
      verification: item(1).verification,
    });
    expect(s.normalized).not.toHaveProperty('description');
  });

  it('orders by import time, then key', () => {
    const rows = [
      { importedAt: '2026-02-01', key: 'a' },
      { importedAt: '2026-01-01', key: 'b' },
      { importedAt: '2026-01-01', key: 'a' },
    ];
    expect([...rows].sort(byImport)).toEqual([rows[2], rows[1], rows[0]]);
  });
});
