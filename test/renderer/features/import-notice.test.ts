// The words after an import, in English and Japanese: the three counts with the right
// singular or plural and numbers formatted by Intl, copies of stored credentials, and what
// an archive left out, worded in the language shown (a reason main gave follows a language
// switch). Also a drop of a folder through the action: every file imported, an unreadable one
// named. And a credential's picture: which bytes are shown, and what is never loaded.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { msg, uiText } from '../../../src-shared/i18n';
import { createActionRunner, noticeText, type Notice } from '../../../src-renderer/actions/action';
import { importCredentials, importDoneLine, importDropped } from '../../../src-renderer/actions/wallet-actions';
import { dataImage, pictureOf } from '../../../src-renderer/features/credential-picture';
import type { DroppedEntry } from '../../../src-renderer/features/import-sources';
import { readSampleBytes } from '../../helpers/samples';
import { testServices } from '../actions/fake-services';

const counts = (credentials: number, supporting: number, notCredentials: number, already: number) => ({
  credentials,
  supporting,
  notCredentials,
  already,
});

describe('the import counts', () => {
  const done = (c: ReturnType<typeof counts>, lang: 'en' | 'ja'): string =>
    noticeText({ kind: 'info', lines: [importDoneLine(c)] }, lang);

  it('in English: singular for one, plural otherwise, numbers grouped by Intl', () => {
    expect(done(counts(5, 2, 1, 0), 'en')).toBe(
      'Added 5 credentials, 2 supporting documents, 1 file that is not a credential; 0 already in your wallet.',
    );
    expect(done(counts(1, 1, 2, 3), 'en')).toBe(
      'Added 1 credential, 1 supporting document, 2 files that are not credentials; 3 already in your wallet.',
    );
    expect(done(counts(12345, 0, 0, 1000), 'en')).toBe(
      'Added 12,345 credentials, 0 supporting documents, 0 files that are not credentials; 1,000 already in your wallet.',
    );
    expect(uiText('importMergedOne', 'en', { count: 1 })).toMatch(/^1 file held a credential/);
    expect(uiText('importMergedMany', 'en', { count: 2 })).toMatch(/^2 files held credentials/);
    expect(uiText('moreArchiveNotesOne', 'en', { more: 1 })).toBe('1 more entry was left out.');
    expect(uiText('moreArchiveNotesMany', 'en', { more: 4 })).toBe('4 more entries were left out.');
  });

  it('in Japanese: counters, no plural forms, Intl numbers', () => {
    expect(done(counts(5, 2, 1, 0), 'ja')).toBe(
      '証明書 5 件、補助ファイル 2 件、証明書ではないファイル 1 件を追加しました。0 件はすでにウォレットにあります。',
    );
    expect(done(counts(12345, 0, 0, 1), 'ja')).toContain('証明書 12,345 件');
    expect(uiText('importMergedMany', 'ja', { count: 2 })).toContain('2 件のファイル');
  });

  it("words an archive's reasons in the language shown, whichever language the import ran in", () => {
    const notice: Notice = {
      kind: 'error',
      lines: [
        importDoneLine(counts(1, 0, 0, 0)),
        { key: 'archiveProblem', params: { archive: 'all.zip' }, messages: { message: msg('import.unsupported_zip') } },
      ],
    };
    expect(noticeText(notice, 'en')).toBe(
      'Added 1 credential, 0 supporting documents, 0 files that are not credentials; 0 already in your wallet. ' +
        'The archive “all.zip” could not be opened: An archive of credentials (ZIP) cannot be checked by this version of the wallet yet. The file is kept unchanged.',
    );
    const ja = noticeText(notice, 'ja');
    expect(ja).toContain('アーカイブ「all.zip」を開けませんでした：');
    expect(ja).not.toContain('cannot be checked');
  });
});

/** A runner over `services` recording its notices. */
function runner() {
  const services = testServices();
  const notices: (Notice | null)[] = [];
  const run = createActionRunner({
    context: () => ({
      services,
      lang: 'en',
      t: (key, params) => uiText(key, 'en', params),
      wallet: {
        refresh: () => services.credentials.views(),
        setLearnerIds: () => undefined,
        setTicked: () => undefined,
        setPathways: () => undefined,
        setPathwayError: () => undefined,
        setProgress: () => undefined,
        setFramework: () => undefined,
      },
    }),
    notify: (n) => notices.push(n),
    busy: () => undefined,
  });
  return { services, notices, run };
}

const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';

describe('the import actions', () => {
  it('a dropped folder: every file in it imported, an unreadable one named beside the counts', async () => {
    const file = (name: string, data: Uint8Array | string, broken = false): DroppedEntry =>
      ({
        name,
        fullPath: `/drop/${name}`,
        isFile: true,
        isDirectory: false,
        file: (ok: (f: File) => void, fail: (e: unknown) => void) =>
          broken ? fail(new Error('gone')) : ok(new File([data as BlobPart], name)),
      }) as DroppedEntry;
    const children = [
      file('good.json', new Uint8Array(readSampleBytes(GOOD))),
      file('notes.txt', 'shopping list'),
      file('.DS_Store', 'x'),
      file('lost.json', '', true),
    ];
    const folder = {
      name: 'drop',
      fullPath: '/drop',
      isFile: false,
      isDirectory: true,
      createReader: () => {
        let given = false;
        return {
          readEntries: (ok: (e: DroppedEntry[]) => void) => {
            ok(given ? [] : children);
            given = true;
          },
        };
      },
    } as DroppedEntry;
    const { services, notices, run } = runner();
    await run(importDropped, { entries: [folder], files: [] });
    const last = notices.at(-1) as Notice;
    expect(noticeText(last, 'en')).toBe(
      'Added 1 credential, 0 supporting documents, 1 file that is not a credential; 0 already in your wallet. ' +
        '“drop/lost.json” could not be read and was not imported.',
    );
    expect(last.kind).toBe('error');
    expect((await services.credentials.list()).map((r) => r.fileName).sort()).toEqual(['good.json', 'notes.txt']);
  });

  it('a damaged zip among chosen files is reported, the other files imported', async () => {
    const { notices, run } = runner();
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]);
    await run(importCredentials, [
      new File([damaged], 'badges.zip'),
      new File([new Uint8Array(readSampleBytes(GOOD))], 'g.json'),
    ]);
    const text = noticeText(notices.at(-1) as Notice, 'en');
    expect(text).toMatch(/^Added 1 credential, 0 supporting documents, 0 files that are not credentials; 0 already/);
    expect(text).toContain('The archive “badges.zip” could not be opened: ');
  });
});

describe("a credential's picture", () => {
  const PNG = new Uint8Array(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.png'));
  const SVG = new Uint8Array(readSampleBytes('ob3/1edtech-dcpv_ob3_baked_json.svg'));

  it("is a baked badge's own bytes, PNG by its signature and SVG by its type and content", () => {
    expect(pictureOf({ mediaType: 'image/png', normalized: {} }, PNG)).toEqual({
      kind: 'bytes',
      bytes: PNG,
      type: 'image/png',
    });
    expect(pictureOf({ mediaType: 'image/svg+xml', normalized: {} }, SVG)).toMatchObject({ type: 'image/svg+xml' });
    // A JSON file named as an image is not a picture.
    expect(pictureOf({ mediaType: 'image/svg+xml', normalized: {} }, new TextEncoder().encode('{"a":1}'))).toBeNull();
  });

  it('is a data: image of an allowed type, never a remote one, never another type', () => {
    const png = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`;
    expect(dataImage(png)?.bytes).toEqual(PNG);
    expect(dataImage('data:image/svg+xml,%3Csvg%20xmlns%3D%22x%22%2F%3E')).toEqual({
      bytes: new TextEncoder().encode('<svg xmlns="x"/>'),
      type: 'image/svg+xml',
    });
    expect(dataImage('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined();
    expect(dataImage('data:image/png;base64,***')).toBeUndefined();
    expect(pictureOf({ mediaType: 'application/json', normalized: { image: png } }, undefined)).toMatchObject({
      kind: 'bytes',
      type: 'image/png',
    });
    expect(
      pictureOf(
        { mediaType: 'application/json', normalized: { image: 'https://issuer.example/badge.png' } },
        undefined,
      ),
    ).toEqual({ kind: 'remote' });
    expect(
      pictureOf({ mediaType: 'application/json', normalized: { image: 'data:text/html,<b>x</b>' } }, undefined),
    ).toEqual({ kind: 'remote' });
    expect(pictureOf({ mediaType: 'application/json', normalized: {} }, undefined)).toBeNull();
  });
});
