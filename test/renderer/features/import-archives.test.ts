// Archives and supporting documents in the renderer's import: a file whose bytes are a zip
// (whatever its name) goes to main's openArchive, not into the wallet; its entries are
// imported in the same batches, each remembering the archive and its entry; hidden entries
// are left out; entries main skips and an archive it cannot open are noted. Every request
// carries the wallet's supporting documents. The bridge is the real dispatch and services.
import 'fake-indexeddb/auto';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { WalletApi } from '../../../src-shared/bridge';
import type { ImportedCredential } from '../../../src-shared/credential';
import { CredentialRepository } from '../../../src-renderer/db/credential-repository';
import { openWalletDb } from '../../../src-renderer/db/database';
import { entryFileName, importFiles, isZipBytes, type ImportBridge } from '../../../src-renderer/features/import-files';
import { readSampleBytes as readBytes } from '../../helpers/samples';

/** A sample's bytes, as a File part. */
const readSampleBytes = (rel: string): Uint8Array<ArrayBuffer> => new Uint8Array(readBytes(rel));
import { serviceBridge } from '../actions/fake-services';

let n = 0;
const freshRepo = (): CredentialRepository => new CredentialRepository(openWalletDb(`archives-${++n}`));

const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const OTHER = 'ob3/1edtech-dcpv_ob3_simple_vc2_eddsa-rdfc-2022.json';

/** The real bridge, with every request and archive opened recorded. */
function recordingBridge(): {
  bridge: ImportBridge;
  requests: Parameters<WalletApi['importCredentials']>[0][];
  opened: string[];
} {
  const real = serviceBridge();
  const requests: Parameters<WalletApi['importCredentials']>[0][] = [];
  const opened: string[] = [];
  return {
    requests,
    opened,
    bridge: {
      importCredentials: (req) => {
        requests.push(req);
        return real.importCredentials(req);
      },
      openArchive: (req) => {
        opened.push(req.file.name);
        return real.openArchive(req);
      },
    },
  };
}

describe('archives in an import', () => {
  it('opens a zip found by its bytes, imports its entries with their origin, and never stores the archive', async () => {
    const zip = zipSync({
      'badges/good.json': readSampleBytes(GOOD),
      'other.json': readSampleBytes(OTHER),
      '.DS_Store': new Uint8Array([0, 0, 0, 1]),
      '__MACOSX/badges/._good.json': new Uint8Array([0, 5, 22, 7]),
    });
    expect(isZipBytes(zip)).toBe(true);
    const { bridge, requests, opened } = recordingBridge();
    const repo = freshRepo();
    const loose = new File(
      [readSampleBytes('vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json')],
      'alumni.json',
    );
    // Named as if it were not an archive: the bytes decide.
    const progress: { done: number; total: number }[] = [];
    const outcome = await importFiles([loose, new File([zip], 'portfolio.bin')], bridge, repo, (p) => progress.push(p));

    expect(outcome.error).toBeUndefined();
    expect(opened).toEqual(['portfolio.bin']);
    // The archive was never sent as a file to check; its two visible entries were.
    const sent = requests.flatMap((r) => r.files.map((f) => f.name));
    expect(sent.sort()).toEqual(['alumni.json', 'good.json', 'other.json']);
    const stored = await repo.list();
    expect(stored.map((r) => r.fileName).sort()).toEqual(['alumni.json', 'good.json', 'other.json']);
    expect(stored.find((r) => r.fileName === 'good.json')?.origin).toEqual({
      archive: 'portfolio.bin',
      entry: 'badges/good.json',
    });
    expect(stored.find((r) => r.fileName === 'alumni.json')?.origin).toBeUndefined();
    expect(outcome).toMatchObject({
      credentials: 3,
      supporting: 0,
      notCredentials: 0,
      storedFiles: 2,
      archiveNotes: [],
    });
    // The entries join the progress once the archive is opened.
    expect(progress.at(-1)).toEqual({ done: 4, total: 4 });
  });

  it('notes an archive it cannot open, and imports the other files', async () => {
    const { bridge } = recordingBridge();
    const repo = freshRepo();
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const outcome = await importFiles(
      [new File([damaged], 'broken.zip'), new File([readSampleBytes(GOOD)], 'good.json')],
      bridge,
      repo,
      () => undefined,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.archiveNotes).toHaveLength(1);
    expect(outcome.archiveNotes[0]?.archive).toBe('broken.zip');
    expect(outcome.archiveNotes[0]?.entry).toBeUndefined();
    expect(outcome.archiveNotes[0]?.problem.code).toMatch(/^(import|badges)\./);
    expect((await repo.list()).map((r) => r.fileName)).toEqual(['good.json']);
  });

  it('names an entry shown under its last path segment only', () => {
    expect(entryFileName('a/b/c.json')).toBe('c.json');
    expect(entryFileName('..\\..\\evil.json')).toBe('evil.json');
    expect(entryFileName('plain.png')).toBe('plain.png');
    expect(isZipBytes(new TextEncoder().encode('PK not a zip'))).toBe(false);
  });
});

describe('supporting documents sent along', () => {
  it('every import request carries the supporting documents the wallet holds (not its status lists)', async () => {
    const requests: Parameters<WalletApi['importCredentials']>[0][] = [];
    const keyBytes = readSampleBytes('ob2/1edtech-dcpv_ob2_support_key1.json');
    const real = serviceBridge();
    // Main's answer for the key file, as the import service gives it for a supporting document.
    const bridge: ImportBridge = {
      openArchive: real.openArchive,
      importCredentials: async (req) => {
        requests.push(req);
        const res = await real.importCredentials(req);
        if (!res.ok) return res;
        const items = res.value.items.map((it): ImportedCredential =>
          it.fileName === 'key1.json' ? { ...it, kind: 'supporting', supportingKind: 'ob2-key' } : it,
        );
        return { ok: true, value: { items } };
      },
    };
    const repo = freshRepo();
    const first = await importFiles([new File([keyBytes], 'key1.json')], bridge, repo, () => undefined);
    expect(first).toMatchObject({ credentials: 0, supporting: 1, notCredentials: 0 });
    expect(requests[0]?.supporting).toBeUndefined();

    await importFiles([new File([readSampleBytes(GOOD)], 'good.json')], bridge, repo, () => undefined);
    expect(requests[1]?.supporting?.map((f) => f.name)).toEqual(['key1.json']);
    expect(Buffer.from(requests[1]?.supporting?.[0]?.bytesBase64 ?? '', 'base64').equals(Buffer.from(keyBytes))).toBe(
      true,
    );
  });
});
