// A file that is not a credential is never exported: the portfolio holds the credentials
// (and the supporting documents they are checked with), and leaves the junk out.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BundleItem } from '../../../src-shared/bridge';
import { exportBundle } from '../../../src-renderer/features/export-bundle';
import { importFiles } from '../../../src-renderer/features/import-files';
import { readSampleBytes } from '../../helpers/samples';
import { testServices } from '../actions/fake-services';

describe('export and entry kinds', () => {
  it('leaves files that are not credentials out of the portfolio', async () => {
    const services = testServices();
    const good = new Uint8Array(readSampleBytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    const outcome = await importFiles(
      [new File([good], 'good.json'), new File(['a shopping list'], 'notes.txt')],
      services.bridge,
      services.credentials,
      () => undefined,
    );
    expect(outcome).toMatchObject({ credentials: 1, notCredentials: 1 });
    let sent: BundleItem[] = [];
    const r = await exportBundle(
      {
        exportBundle: async (req) => {
          sent = req.items;
          return { ok: true, value: { fileName: 'p.zip', savedTo: '/tmp/p.zip', count: req.items.length } };
        },
      },
      services.credentials,
      'jqf',
    );
    expect(r).toEqual({ kind: 'saved', path: '/tmp/p.zip', count: 1 });
    expect(sent.map((i) => i.fileName)).toEqual(['good.json']);
  });
});
