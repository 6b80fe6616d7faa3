// The credential repository on IndexedDB (fake-indexeddb): originals kept, no duplicates, no downgrades, one transaction per import.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportedCredential } from '../../../src-shared/credential';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb } from '../../../src-renderer/db/database';
import { viewOf } from '../../../src-renderer/db/credential-view';
import { keyOf, keyOfImported, parseKey } from '../../../src-renderer/db/records';

let dbCounter = 0;
const freshRepo = (): { repo: CredentialRepository; name: string } => {
  const name = `test-wallet-${++dbCounter}`;
  return { repo: new CredentialRepository(openWalletDb(name)), name };
};

function item(sha: string, status: 'verified' | 'not_verified', name = 'Teamwork'): ImportedCredential {
  return {
    fileName: `${name}.json`,
    sha256: sha,
    mediaType: 'application/ld+json',
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential'],
      name,
      alignments: [],
      credentialId: 'urn:uuid:1',
    },
    verification: {
      status,
      checks: [{ id: 'proof', outcome: status === 'verified' ? 'pass' : 'fail', message: 'x' }],
      checkedAt: '2026-11-24T00:00:00.000Z',
    },
  };
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('credential repository (IndexedDB via Dexie)', () => {
  it('stores the record with its original bytes and lists it again', async () => {
    const { repo } = freshRepo();
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const res = await repo.addImported([item(A, 'verified')], new Map([[A, bytes]]));
    expect(res.added).toHaveLength(1);
    const list = await repo.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      key: A,
      fileSha256: A,
      credentialId: 'urn:uuid:1',
      normalized: { name: 'Teamwork' },
    });
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1, 2, 3, 250]);
  });

  it('does not make a second entry for the same file, and never downgrades what is stored', async () => {
    const { repo } = freshRepo();
    await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1])]]));
    const again = await repo.addImported([item(A, 'not_verified', 'Other')], new Map([[A, new Uint8Array([9])]]));
    expect(again.added).toHaveLength(0);
    expect(again.alreadyStored).toEqual(['Other.json']);
    const list = await repo.list();
    expect(list).toHaveLength(1);
    expect(list[0]?.verification.status).toBe('verified');
    expect(list[0]?.normalized.name).toBe('Teamwork');
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1]);
  });

  it('adds the new files of a batch that also holds stored ones, and keeps the map index whole', async () => {
    const { repo } = freshRepo();
    await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1])]]));
    const res = await repo.addImported(
      [item(A, 'not_verified', 'Again'), item(B, 'verified', 'New')],
      new Map([
        [A, new Uint8Array([9])],
        [B, new Uint8Array([2])],
      ]),
    );
    expect(res.added.map((r) => r.key)).toEqual([B]);
    expect(res.alreadyStored).toEqual(['Again.json']);
    expect((await repo.summaries()).map((r) => r.normalized.name).sort()).toEqual(['New', 'Teamwork']);
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1]);
    expect(Array.from((await repo.originalBytes(B)) ?? [])).toEqual([2]);
  });

  it('stores nothing of a batch when a write fails for another reason than being stored already', async () => {
    const { repo } = freshRepo();
    await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1])]]));
    const C = 'c'.repeat(64);
    // A value IndexedDB cannot store (a WeakMap) fails the write of the second credential.
    const bad = {
      ...item(C, 'verified', 'Bad'),
      normalized: { ...item(C, 'verified').normalized, fieldOfStudy: new WeakMap() as unknown as string },
    };
    await expect(
      repo.addImported(
        [item(B, 'verified', 'Good'), bad],
        new Map([
          [B, new Uint8Array([2])],
          [C, new Uint8Array([3])],
        ]),
      ),
    ).rejects.toThrow();
    expect((await repo.list()).map((r) => r.key)).toEqual([A]);
    expect((await repo.originals()).map((f) => f.fileSha256)).toEqual([A]);
    expect(await repo.summaries()).toHaveLength(1);
  });

  it('keeps several credentials of one container file as separate entries', async () => {
    const { repo } = freshRepo();
    const res = await repo.addImported(
      [
        { ...item(B, 'verified', 'Outer'), part: { role: 'container' as const, index: 0, count: 2 } },
        { ...item(B, 'verified', 'Inner'), part: { role: 'inner' as const, index: 1, count: 2 } },
      ],
      new Map([[B, new Uint8Array([5])]]),
    );
    expect(res.added.map((r) => r.key)).toEqual([B, `${B}#1`]);
    expect(await repo.originals()).toHaveLength(1);
  });

  it('writes one import in one transaction: a failure stores nothing of it', async () => {
    const { repo } = freshRepo();
    await expect(
      repo.addImported([item(A, 'verified'), item(B, 'verified')], new Map([[A, new Uint8Array([1])]])),
    ).rejects.toThrow(/Missing original bytes/);
    expect(await repo.list()).toHaveLength(0);
    expect(await repo.originals()).toHaveLength(0);
  });

  it('survives reopening the database (persistence) and keeps self-assigned levels per framework', async () => {
    const { repo, name } = freshRepo();
    await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1])]]));
    await repo.setLevelOverride(A, 'jqf', 6);
    const reopened = new CredentialRepository(openWalletDb(name));
    const [rec] = await reopened.list();
    expect(rec?.levelOverride).toEqual({ jqf: 6 });
    await reopened.setLevelOverride(A, 'jqf', null);
    expect((await reopened.list())[0]?.levelOverride).toEqual({});
  });
});

describe('re-verification results', () => {
  it('replaces only the verification of each entry of the file', async () => {
    const { repo } = freshRepo();
    await repo.addImported(
      [
        { ...item(A, 'verified', 'Outer'), part: { role: 'container' as const, index: 0, count: 2 } },
        { ...item(A, 'verified', 'Inner'), part: { role: 'inner' as const, index: 1, count: 2 } },
      ],
      new Map([[A, new Uint8Array([7])]]),
    );
    const expired = {
      status: 'not_verified' as const,
      checks: [{ id: 'validity_period' as const, outcome: 'fail' as const, message: 'expired' }],
      checkedAt: '2030-01-01T00:00:00.000Z',
    };
    const changed = await repo.updateVerifications([{ fileSha256: A, results: [expired, expired] }]);
    expect(changed).toBe(2);
    const list = await repo.list();
    expect(list.map((r) => r.verification.checkedAt)).toEqual(['2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']);
    expect(list.map((r) => r.normalized.name).sort()).toEqual(['Inner', 'Outer']);
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([7]);
  });
});

describe('one batch holding the same file twice', () => {
  it('stores it once and reports the copy as already stored', async () => {
    const { repo } = freshRepo();
    const copy = { ...item(A, 'verified'), fileName: 'copy.json' };
    const res = await repo.addImported([item(A, 'verified'), copy], new Map([[A, new Uint8Array([1])]]));
    expect(res.added).toHaveLength(1);
    expect(res.alreadyStored).toEqual(['copy.json']);
    expect(await repo.list()).toHaveLength(1);
  });
});

describe('removing a file', () => {
  it('removes its bytes and every credential it held, and nothing else', async () => {
    const { repo } = freshRepo();
    await repo.addImported(
      [
        { ...item(A, 'verified', 'Outer'), part: { role: 'container' as const, index: 0, count: 2 } },
        { ...item(A, 'verified', 'Inner'), part: { role: 'inner' as const, index: 1, count: 2 } },
      ],
      new Map([[A, new Uint8Array([1])]]),
    );
    await repo.addImported([item(B, 'verified', 'Other')], new Map([[B, new Uint8Array([2])]]));
    expect(await repo.removeFile(A)).toBe(2);
    expect((await repo.list()).map((r) => r.key)).toEqual([B]);
    expect(await repo.originalBytes(A)).toBeUndefined();
    expect(Array.from((await repo.originalBytes(B)) ?? [])).toEqual([2]);
  });
  it('gives the status-list credentials it holds as files, and nothing else', async () => {
    const { repo } = freshRepo();
    const C = 'c'.repeat(64);
    const list = (sha: string, name: string): ImportedCredential => {
      const i = item(sha, 'verified', name);
      return {
        ...i,
        normalized: { ...i.normalized, types: ['VerifiableCredential', 'BitstringStatusListCredential'] },
      };
    };
    expect(await repo.statusListFiles()).toEqual([]);
    await repo.addImported(
      [item(A, 'verified'), list(B, 'revocations'), list(C, 'suspensions')],
      new Map([
        [A, new Uint8Array([1])],
        [B, new Uint8Array([2])],
        [C, new Uint8Array([3, 3])],
      ]),
    );
    const files = await repo.statusListFiles();
    expect(
      files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })).sort((x, y) => x.name.localeCompare(y.name)),
    ).toEqual([
      { name: 'revocations.json', bytes: [2] },
      { name: 'suspensions.json', bytes: [3, 3] },
    ]);
  });
});

describe('where the original bytes are kept', () => {
  const outer = (sha: string): ImportedCredential[] => [
    { ...item(sha, 'verified', 'Outer'), part: { role: 'container' as const, index: 0, count: 2 } },
    { ...item(sha, 'verified', 'Inner'), part: { role: 'inner' as const, index: 1, count: 2 } },
  ];
  const asLists = (files: { fileSha256: string; bytes: Uint8Array }[]): [string, number[]][] =>
    files.map((f): [string, number[]] => [f.fileSha256, Array.from(f.bytes)]).sort((x, y) => x[0].localeCompare(y[0]));

  it('a file of one credential in its record, a file of several once in `files`; every reader finds both, the map index holds neither', async () => {
    const { repo, name } = freshRepo();
    await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1, 2])]]));
    await repo.addImported(outer(B), new Map([[B, new Uint8Array([5])]]));
    const db = openWalletDb(name);
    expect(Array.from((await db.credentials.get(A))?.bytes ?? [])).toEqual([1, 2]);
    expect(await db.files.get(A)).toBeUndefined();
    expect(Array.from((await db.files.get(B))?.bytes ?? [])).toEqual([5]);
    expect((await db.credentials.get(B))?.bytes).toBeUndefined();
    expect((await db.credentials.get(`${B}#1`))?.bytes).toBeUndefined();
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([1, 2]);
    expect(Array.from((await repo.originalBytes(B)) ?? [])).toEqual([5]);
    expect(asLists(await repo.originals())).toEqual([
      [A, [1, 2]],
      [B, [5]],
    ]);
    expect(asLists(await repo.originals([B, 'c'.repeat(64), A]))).toEqual([
      [A, [1, 2]],
      [B, [5]],
    ]);
    expect((await repo.summaries()).some((s) => 'bytes' in s)).toBe(false);
    const rows = await db.mapIndex.toArray();
    expect(rows.some((r) => r.segments.some((seg) => seg.includes('"bytes"')))).toBe(false);
    db.close();
  });

  it('a wallet stored with every file in `files` keeps giving them, recognises them again and removes them', async () => {
    const { repo, name } = freshRepo();
    const db = openWalletDb(name);
    const before = item(A, 'verified');
    await db.credentials.add({
      key: A,
      fileSha256: A,
      fileName: before.fileName,
      mediaType: before.mediaType,
      importedAt: '2026-01-01T00:00:00.000Z',
      normalized: before.normalized,
      verification: before.verification,
    });
    await db.files.add({ sha256: A, fileName: before.fileName, bytes: new Uint8Array([4]) });
    expect(Array.from((await repo.originalBytes(A)) ?? [])).toEqual([4]);
    expect(asLists(await repo.originals())).toEqual([[A, [4]]]);
    expect(asLists(await repo.originals([A]))).toEqual([[A, [4]]]);
    const again = await repo.addImported([item(A, 'verified', 'Again')], new Map([[A, new Uint8Array([4])]]));
    expect(again.alreadyStored).toEqual(['Again.json']);
    expect((await db.credentials.get(A))?.bytes).toBeUndefined();
    expect(await repo.removeFile(A)).toBe(1);
    expect(await repo.originalBytes(A)).toBeUndefined();
    expect(await db.files.count()).toBe(0);
    db.close();
  });
});

describe('the key rule', () => {
  it("names a file's first credential by the file's hash and the n-th by hash#n, and reads that back", () => {
    expect(keyOf(A)).toBe(A);
    expect(keyOf(A, 0)).toBe(A);
    expect(keyOf(A, 3)).toBe(`${A}#3`);
    expect(parseKey(A)).toEqual({ fileSha256: A, part: 0 });
    expect(parseKey(`${A}#3`)).toEqual({ fileSha256: A, part: 3 });
    expect(parseKey(keyOf(B, 12))).toEqual({ fileSha256: B, part: 12 });
    expect(keyOfImported({ sha256: B })).toBe(B);
    expect(keyOfImported({ sha256: B, part: { role: 'inner', index: 2, count: 3 } })).toBe(`${B}#2`);
  });
});

describe('what callers are given', () => {
  const container = (sha: string): ImportedCredential[] => [
    { ...item(sha, 'verified', 'Outer'), part: { role: 'presentation' as const, index: 0, count: 2 } },
    { ...item(sha, 'verified', 'Inner'), part: { role: 'inner' as const, index: 1, count: 2 } },
  ];

  it('full records without their bytes, and originals asked for by any credential key of the file', async () => {
    const { repo } = freshRepo();
    const added = await repo.addImported([item(A, 'verified')], new Map([[A, new Uint8Array([1, 2])]]));
    await repo.addImported(container(B), new Map([[B, new Uint8Array([5])]]));
    expect(added.added.map((r) => r.key)).toEqual([A]);
    expect((await repo.list()).some((r) => 'bytes' in r)).toBe(false);
    expect(await repo.get(A)).not.toHaveProperty('bytes');
    expect((await repo.get(A))?.normalized.name).toBe('Teamwork');
    expect(Array.from((await repo.originalBytes(`${B}#1`)) ?? [])).toEqual([5]);
    expect(await repo.originalBytes(`${'c'.repeat(64)}#1`)).toBeUndefined();
    const originals = await repo.originals([`${B}#1`, B, A]);
    expect(originals.map((o) => [o.fileSha256, o.fileName, Array.from(o.bytes)]).sort()).toEqual([
      [A, 'Teamwork.json', [1, 2]],
      [B, 'Outer.json', [5]],
    ]);
  });

  it("the map a view of each summary: its kind worked out, nothing of the storage, the summary's parts shared", async () => {
    const { repo } = freshRepo();
    await repo.addImported(container(B), new Map([[B, new Uint8Array([5])]]));
    await repo.addImported([{ ...item(A, 'verified'), problem: 'x' }], new Map([[A, new Uint8Array([1])]]));
    await repo.setLevelOverride(`${B}#1`, 'eqf', 4);
    const views = await repo.views();
    expect(views.map((v) => [v.key, v.kind])).toEqual([
      [B, 'presentation'],
      [`${B}#1`, 'achievement'],
      [A, 'achievement'],
    ]);
    expect(views[1]?.levelOverride).toEqual({ eqf: 4 });
    for (const v of views)
      for (const field of ['importedAt', 'mediaType', 'part', 'bytes']) expect(v).not.toHaveProperty(field);
    // The reason a file could not be understood travels with its view (the "Not credentials" tray shows it).
    expect(views.map((v) => v.problem)).toEqual([undefined, undefined, 'x']);
    const summaries = await repo.summaries();
    expect(views).toEqual(summaries.map(viewOf));
    const [s] = summaries;
    const v = s && viewOf(s);
    expect(v?.normalized).toBe(s?.normalized);
    expect(v?.verification).toBe(s?.verification);
  });
});
