// Entry kinds and one credential, one entry: what kind each stored entry is (also for records
// stored before kinds existed), a credential arriving in several files stored once with each
// file kept as a copy, and removing a file keeping a credential another file still holds.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EntryKind, ImportedCredential, SupportingKind } from '../../../src-shared/credential';
import { msg } from '../../../src-shared/i18n/spec';
import { canonicalJson } from '../../../src-shared/supporting';
import { CredentialRepository, isAchievementEntry } from '../../../src-renderer/db/credential-repository';
import { isExportedEntry, viewOf } from '../../../src-renderer/db/credential-view';
import { openWalletDb, type WalletDb } from '../../../src-renderer/db/database';
import { readIndexEarly } from '../../../src-renderer/db/early-read';
import { byImport, decodeSegments, summarize } from '../../../src-renderer/db/map-index';
import { keyOf, kindOf, type StoredCredential } from '../../../src-renderer/db/records';

let dbCounter = 0;
const fresh = (): { repo: CredentialRepository; db: WalletDb } => {
  const db = openWalletDb(`entries-test-${++dbCounter}`);
  return { repo: new CredentialRepository(db), db };
};

const enc = new TextEncoder();
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A credential document, and its digest as the import service computes it (its canonical JSON's sha256). */
function credential(name: string): { doc: Record<string, unknown>; digest: string } {
  const doc = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    id: `urn:uuid:${name}`,
    name,
    credentialSubject: { id: 'did:example:me' },
  };
  return { doc, digest: sha256(enc.encode(canonicalJson(doc))) };
}

/** A file: its name and bytes (the hash is taken from the bytes). */
interface File {
  name: string;
  bytes: Uint8Array;
  sha: string;
}
const file = (name: string, text: string): File => {
  const bytes = enc.encode(text);
  return { name, bytes, sha: sha256(bytes) };
};

function item(f: File, name: string, extra: Partial<ImportedCredential> = {}): ImportedCredential {
  return {
    fileName: f.name,
    sha256: f.sha,
    mediaType: f.name.endsWith('.png') ? 'image/png' : 'application/ld+json',
    normalized: {
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name,
      alignments: [],
      credentialId: `urn:uuid:${name}`,
    },
    verification: {
      status: 'verified',
      checks: [{ id: 'proof', outcome: 'pass', message: 'ok' }],
      checkedAt: '2026-01-01T00:00:00.000Z',
    },
    kind: 'credential',
    digest: credential(name).digest,
    ...extra,
  };
}

async function add(repo: CredentialRepository, files: File[], items: ImportedCredential[], at = '2026-01-01') {
  return repo.addImported(items, new Map(files.map((f) => [f.sha, f.bytes])), new Date(`${at}T00:00:00Z`));
}

/** The map index as stored says exactly what a fresh summary of the full records says. */
async function expectIndexInStep(repo: CredentialRepository, db: WalletDb): Promise<void> {
  const full = await repo.list();
  const stored = (await db.mapIndex.toArray())
    .filter((r) => r.id !== 'meta')
    .flatMap((r) => Object.values(decodeSegments(r.segments)));
  expect(stored.sort(byImport)).toEqual(full.map(summarize));
  expect(await repo.summaries()).toEqual(full.map(summarize));
}

const asList = (originals: { fileSha256: string; bytes: Uint8Array }[]): [string, string][] =>
  originals.map((o): [string, string] => [o.fileSha256, new TextDecoder().decode(o.bytes)]).sort();

// The same credential as a JSON file, reformatted inside a zip, and baked in a PNG: three
// different files (three hashes), one credential (one digest).
const badge = credential('Data literacy');
const json = file('data-literacy.json', JSON.stringify(badge.doc));
const inZip = file('data-literacy.json', JSON.stringify(badge.doc, null, 2));
const png = file('data-literacy.png', `\u0089PNG baked ${JSON.stringify(badge.doc)}`);
const zipOrigin = { archive: 'portfolio.zip', entry: 'badges/data-literacy.json' };

describe('entry kinds', () => {
  const C = (i: number): File => file(`f${i}.json`, `file ${i}`);
  const notACredential = {
    id: 'format' as const,
    outcome: 'fail' as const,
    code: 'not_a_credential' as const,
    message: msg('check.not_a_credential'),
  };

  it('are read from new records and worked out for records stored before kinds, in records, summaries and views', async () => {
    const { repo, db } = fresh();
    const kinded = (i: number, kind: EntryKind, supportingKind?: SupportingKind): ImportedCredential =>
      item(C(i), `Entry ${i}`, { kind, ...(supportingKind ? { supportingKind } : {}) });
    const photo: ImportedCredential = {
      ...item(C(4), 'photo.jpg', { kind: 'not_credential', problem: msg('import.not_a_credential') }),
      verification: { status: 'not_verified', checks: [notACredential], checkedAt: '2026-01-01T00:00:00.000Z' },
    };
    delete photo.digest;
    await add(repo, [1, 2, 3, 4, 5].map(C), [
      kinded(1, 'credential'),
      kinded(2, 'supporting', 'ob2-issuer'),
      kinded(3, 'supporting', 'status-list'),
      photo,
      {
        ...kinded(5, 'credential'),
        origin: { archive: 'a.zip', entry: 'x.json' },
        part: { role: 'presentation', index: 0, count: 1 },
      },
    ]);
    // Records stored by earlier versions: no kind, no digest.
    const old = (i: number, over: Partial<StoredCredential>): StoredCredential => {
      const { kind: _k, digest: _d, ...rest } = item(C(i), `Old ${i}`);
      return {
        key: C(i).sha,
        fileSha256: C(i).sha,
        fileName: rest.fileName,
        mediaType: rest.mediaType,
        importedAt: '2025-01-01T00:00:00.000Z',
        normalized: rest.normalized,
        verification: rest.verification,
        ...over,
      };
    };
    await db.credentials.bulkAdd([
      old(6, {}),
      old(7, {
        normalized: { ...item(C(7), 'Old 7').normalized, types: ['VerifiableCredential', 'StatusList2021Credential'] },
      }),
      old(8, {
        problem: 'Not a credential.',
        verification: { status: 'not_verified', checks: [notACredential], checkedAt: '2025-01-01T00:00:00.000Z' },
      }),
    ]);
    const expected: Record<string, string> = {
      [C(1).sha]: 'achievement',
      [C(2).sha]: 'supporting',
      [C(3).sha]: 'status-list',
      [C(4).sha]: 'not-credential',
      [C(5).sha]: 'presentation',
      [C(6).sha]: 'achievement',
      [C(7).sha]: 'status-list',
      [C(8).sha]: 'not-credential',
    };
    // The index is rebuilt (records were written behind it) and kept in step.
    const views = await repo.views();
    expect(Object.fromEntries(views.map((v) => [v.key, v.kind]))).toEqual(expected);
    expect(Object.fromEntries((await repo.list()).map((r) => [r.key, kindOf(r)]))).toEqual(expected);
    await expectIndexInStep(repo, db);
    // The early read gives the same views.
    db.close();
    const early = readIndexEarly(indexedDB, db.name);
    const reopened = new CredentialRepository(openWalletDb(db.name));
    expect((await reopened.summaries(early)).map(viewOf)).toEqual(views);

    const byKey = new Map(views.map((v) => [v.key, v]));
    expect(byKey.get(C(2).sha)?.supportingKind).toBe('ob2-issuer');
    expect(byKey.get(C(3).sha)?.supportingKind).toBe('status-list');
    expect(byKey.get(C(4).sha)?.problem).toEqual(msg('import.not_a_credential'));
    expect(byKey.get(C(8).sha)?.problem).toBe('Not a credential.');
    expect(byKey.get(C(5).sha)?.origin).toEqual({ archive: 'a.zip', entry: 'x.json' });
    // Only achievements are achievements; supporting documents and not-credentials are never exported.
    expect(views.filter(isAchievementEntry).map((v) => v.key)).toEqual([C(6).sha, C(1).sha]);
    expect(views.filter(isExportedEntry).map((v) => v.key)).toEqual(
      views.filter((v) => [C(6).sha, C(1).sha, C(5).sha].includes(v.key)).map((v) => v.key),
    );
    expect(views.filter(isExportedEntry)).toHaveLength(3);
    // The stored summary holds neither the digest nor the copies.
    expect((await reopened.summaries()).some((s) => 'digest' in s || 'copies' in s)).toBe(false);
  });

  it('gives a level only to achievements: a chosen level for any other entry is not stored', async () => {
    const { repo } = fresh();
    const photo = { ...item(C(1), 'photo', { kind: 'not_credential' as const }) };
    const issuer = item(C(2), 'issuer', { kind: 'supporting', supportingKind: 'ob2-issuer' });
    await add(repo, [C(1), C(2), C(3)], [photo, issuer, item(C(3), 'Course')]);
    for (const sha of [C(1).sha, C(2).sha, C(3).sha]) await repo.setLevelOverride(sha, 'jqf', 6);
    const levels = Object.fromEntries((await repo.views()).map((v) => [v.fileName, v.levelOverride]));
    expect(levels).toEqual({ 'f1.json': undefined, 'f2.json': undefined, 'f3.json': { jqf: 6 } });
  });

  it('gives the supporting documents other than status lists as files, and the status lists apart', async () => {
    const { repo } = fresh();
    await add(
      repo,
      [C(1), C(2), C(3), C(4)],
      [
        item(C(1), 'Course'),
        item(C(2), 'issuer', { kind: 'supporting', supportingKind: 'ob2-issuer' }),
        item(C(3), 'key', { kind: 'supporting', supportingKind: 'ob2-key' }),
        item(C(4), 'list', { kind: 'supporting', supportingKind: 'status-list' }),
      ],
    );
    const named = (fs: { name: string; bytes: Uint8Array }[]): [string, string][] =>
      fs.map((f): [string, string] => [f.name, new TextDecoder().decode(f.bytes)]).sort();
    expect(named(await repo.supportingFiles())).toEqual([
      ['f2.json', 'file 2'],
      ['f3.json', 'file 3'],
    ]);
    expect(named(await repo.statusListFiles())).toEqual([['f4.json', 'file 4']]);
  });
});

describe('one credential, one entry', () => {
  it('stores a credential arriving as JSON, inside a zip and baked in a PNG once, with two copies and three originals', async () => {
    const { repo, db } = fresh();
    const first = await add(repo, [json], [item(json, 'Data literacy')]);
    expect(first.added.map((r) => r.key)).toEqual([json.sha]);
    const second = await add(repo, [inZip], [item(inZip, 'Data literacy', { origin: zipOrigin })], '2026-02-01');
    const third = await add(
      repo,
      [png],
      [
        item(png, 'Data literacy', {
          mediaType: 'image/png',
          normalized: { ...item(png, 'x').normalized, name: 'Data literacy', image: 'data:image/png;base64,AA==' },
        }),
      ],
      '2026-03-01',
    );
    expect([second.added, third.added]).toEqual([[], []]);
    expect([second.merged, third.merged]).toEqual([['data-literacy.json'], ['data-literacy.png']]);
    expect([second.alreadyStored, third.alreadyStored]).toEqual([[], []]);

    const list = await repo.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      key: json.sha,
      fileSha256: json.sha,
      digest: badge.digest,
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(list[0]?.copies).toEqual([
      { fileSha256: inZip.sha, fileName: 'data-literacy.json', origin: zipOrigin },
      { fileSha256: png.sha, fileName: 'data-literacy.png' },
    ]);
    expect(list[0]).not.toHaveProperty('copyFiles');
    expect(asList(await repo.originals([json.sha]))).toEqual(
      [
        [json.sha, JSON.stringify(badge.doc)],
        [inZip.sha, JSON.stringify(badge.doc, null, 2)],
        [png.sha, `\u0089PNG baked ${JSON.stringify(badge.doc)}`],
      ].sort(),
    );
    expect(await repo.originals()).toHaveLength(3);
    // The entry's own file is still the one its key names.
    expect(new TextDecoder().decode(await repo.originalBytes(json.sha))).toBe(JSON.stringify(badge.doc));
    expect(await repo.views()).toHaveLength(1);
    await expectIndexInStep(repo, db);

    // The same files again: already in the wallet, nothing written.
    const generation = (await db.generations.get('credentials'))?.value;
    const again = await add(
      repo,
      [json, inZip, png],
      [item(json, 'Data literacy'), item(inZip, 'Data literacy', { origin: zipOrigin }), item(png, 'Data literacy')],
    );
    expect({ ...again, alreadyStored: again.alreadyStored.sort() }).toEqual({
      added: [],
      merged: [],
      alreadyStored: ['data-literacy.json', 'data-literacy.json', 'data-literacy.png'],
    });
    expect((await db.generations.get('credentials'))?.value).toBe(generation);
    expect((await repo.list())[0]?.copies).toHaveLength(2);
  });

  it('removing the primary file keeps the credential, now held by its first copy, with what the learner chose', async () => {
    const { repo, db } = fresh();
    await add(repo, [json], [item(json, 'Data literacy')]);
    await add(repo, [inZip, png], [item(inZip, 'Data literacy', { origin: zipOrigin }), item(png, 'Data literacy')]);
    await repo.setLevelOverride(json.sha, 'jqf', 5);
    expect(await repo.removeFile(json.sha)).toBe(0);
    const [rec, ...more] = await repo.list();
    expect(more).toEqual([]);
    expect(rec).toMatchObject({
      key: keyOf(inZip.sha),
      fileSha256: inZip.sha,
      fileName: 'data-literacy.json',
      origin: zipOrigin,
      importedAt: '2026-01-01T00:00:00.000Z',
      levelOverride: { jqf: 5 },
      copies: [{ fileSha256: png.sha, fileName: 'data-literacy.png' }],
    });
    expect(await repo.originalBytes(json.sha)).toBeUndefined();
    expect(new TextDecoder().decode(await repo.originalBytes(inZip.sha))).toBe(JSON.stringify(badge.doc, null, 2));
    expect(asList(await repo.originals())).toEqual(asList(await repo.originals([inZip.sha])));
    expect((await repo.originals()).map((o) => o.fileSha256).sort()).toEqual([inZip.sha, png.sha].sort());
    await expectIndexInStep(repo, db);
    // Its new file is re-checked under its new key.
    const expired = { status: 'not_verified' as const, checks: [], checkedAt: '2031-01-01T00:00:00.000Z' };
    expect(await repo.updateVerifications([{ fileSha256: inZip.sha, results: [expired] }])).toBe(1);
    // A copy's file re-checked answers a key no record has: ignored.
    expect(await repo.updateVerifications([{ fileSha256: png.sha, results: [expired] }])).toBe(0);

    // Then the rest: the last file takes it, and removing that one removes the credential.
    expect(await repo.removeFile(inZip.sha)).toBe(0);
    expect((await repo.list()).map((r) => [r.key, r.copies])).toEqual([[png.sha, undefined]]);
    expect(await repo.removeFile(png.sha)).toBe(1);
    expect(await repo.list()).toEqual([]);
    expect(await repo.originals()).toEqual([]);
    expect(await db.files.count()).toBe(0);
    await expectIndexInStep(repo, db);
  });

  it('removing a copy drops only that copy and its file', async () => {
    const { repo, db } = fresh();
    await add(
      repo,
      [json, inZip, png],
      [item(json, 'Data literacy'), item(inZip, 'Data literacy', { origin: zipOrigin }), item(png, 'Data literacy')],
    );
    const before = await repo.get(json.sha);
    expect(await repo.removeFile(inZip.sha)).toBe(0);
    const after = await repo.get(json.sha);
    expect(after).toEqual({ ...before, copies: [{ fileSha256: png.sha, fileName: 'data-literacy.png' }] });
    expect(await db.files.get(inZip.sha)).toBeUndefined();
    expect((await repo.originals([json.sha])).map((o) => o.fileSha256).sort()).toEqual([json.sha, png.sha].sort());
    // The copy index follows: removing the other copy leaves the record with none.
    expect(await repo.removeFile(png.sha)).toBe(0);
    expect(await repo.get(json.sha)).toEqual(before && (({ copies: _c, ...r }) => r)(before));
    expect(await db.credentials.where('copyFiles').anyOf([inZip.sha, png.sha]).count()).toBe(0);
    await expectIndexInStep(repo, db);
  });

  it('stores a credential held twice by one batch once, and the same credential twice in one file once', async () => {
    const { repo, db } = fresh();
    const res = await add(repo, [json, png], [item(json, 'Data literacy'), item(png, 'Data literacy')]);
    expect(res.added.map((r) => r.key)).toEqual([json.sha]);
    expect(res.added[0]?.copies).toEqual([{ fileSha256: png.sha, fileName: 'data-literacy.png' }]);
    expect(res.merged).toEqual(['data-literacy.png']);
    expect(await repo.list()).toHaveLength(1);

    // A presentation holding a stored credential twice, and another credential: its
    // container and the new credential are entries; the stored one gains one copy.
    const vp = file('presentation.json', 'vp');
    const other = credential('Statistics');
    const part = (index: number, role: 'presentation' | 'inner') => ({ part: { role, index, count: 4 } });
    const inVp = await add(
      repo,
      [vp],
      [
        item(vp, 'Presentation', { ...part(0, 'presentation'), digest: credential('vp').digest }),
        item(vp, 'Data literacy', part(1, 'inner')),
        item(vp, 'Data literacy', part(2, 'inner')),
        item(vp, 'Statistics', { ...part(3, 'inner'), digest: other.digest }),
      ],
    );
    expect(inVp.added.map((r) => r.key)).toEqual([vp.sha, keyOf(vp.sha, 3)]);
    expect(inVp.merged).toEqual(['presentation.json']);
    expect((await repo.get(json.sha))?.copies).toEqual([
      { fileSha256: png.sha, fileName: 'data-literacy.png' },
      { fileSha256: vp.sha, fileName: 'presentation.json', part: { role: 'inner', index: 1, count: 4 } },
    ]);
    expect((await repo.views()).map((v) => v.kind).sort()).toEqual(['achievement', 'achievement', 'presentation']);
    // The presentation's file is kept once, and given as an original of the credential's copy.
    expect((await repo.originals([json.sha])).map((o) => o.fileSha256).sort()).toEqual(
      [json.sha, png.sha, vp.sha].sort(),
    );
    await expectIndexInStep(repo, db);

    // Removing the JSON and the PNG: the credential moves into the presentation, under its place there.
    await repo.removeFile(json.sha);
    await repo.removeFile(png.sha);
    expect((await repo.list()).map((r) => r.key).sort()).toEqual([vp.sha, keyOf(vp.sha, 1), keyOf(vp.sha, 3)].sort());
    expect(await repo.removeFile(vp.sha)).toBe(3);
    expect(await repo.list()).toEqual([]);
    expect(await repo.originals()).toEqual([]);
    await expectIndexInStep(repo, db);
  });

  it('never merges a presentation container away, nor a credential into one', async () => {
    const { repo } = fresh();
    const vp1 = file('a.json', 'vp1');
    const vp2 = file('b.json', 'vp2');
    const same = credential('holder').digest;
    const container = (f: File) =>
      item(f, 'Presentation', { digest: same, part: { role: 'presentation', index: 0, count: 1 } });
    const r1 = await add(repo, [vp1], [container(vp1)]);
    const r2 = await add(repo, [vp2], [container(vp2)]);
    expect([r1.added.length, r2.added.length, r2.merged]).toEqual([1, 1, []]);
    const loose = file('c.json', 'loose');
    const r3 = await add(repo, [loose], [item(loose, 'Presentation', { digest: same })]);
    expect(r3.added.map((r) => r.key)).toEqual([loose.sha]);
  });
});
