// How files are grouped into requests: by count and by bytes, so a request of large files
// stays under the shell's body limit and a large import needs few round trips.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST } from '../../../src-shared/bridge';
import { MAX_BODY_BYTES } from '../../../src-main/shells/browser/server';
import { BATCH_BYTES, BATCH_SIZE, batchesOf, readFiles } from '../../../src-renderer/features/import-files';

describe('batchesOf', () => {
  it('fills a batch up to the request limit of files', () => {
    const sizes = Array.from({ length: 250 }, () => 2000);
    expect(batchesOf(sizes, (n) => n).map((b) => b.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 250 - 2 * BATCH_SIZE]);
    expect(BATCH_SIZE).toBe(MAX_FILES_PER_REQUEST);
  });

  it('closes a batch before it passes the byte budget, keeps order, and sends an oversized item alone', () => {
    const mb = 1024 * 1024;
    const sizes = [10 * mb, 10 * mb, 10 * mb, 10 * mb, 40 * mb, 1 * mb];
    const batches = batchesOf(sizes, (n) => n);
    expect(batches).toEqual([[10 * mb, 10 * mb, 10 * mb], [10 * mb], [40 * mb], [1 * mb]]);
    for (const b of batches) expect(b.length === 1 || b.reduce((s, n) => s + n, 0) <= BATCH_BYTES).toBe(true);
  });

  it('keeps a full batch of the largest files allowed, base64-encoded, under the shell limit', () => {
    const perBatch = Math.max(1, Math.floor(BATCH_BYTES / MAX_FILE_BYTES));
    expect(Math.ceil((perBatch * MAX_FILE_BYTES * 4) / 3)).toBeLessThan(MAX_BODY_BYTES);
    expect(Math.ceil((BATCH_BYTES * 4) / 3) + MAX_FILE_BYTES * 2).toBeLessThan(MAX_BODY_BYTES);
  });
});

describe('readFiles', () => {
  const files = (): File[] => [
    new File([new Uint8Array([1, 2, 3])], 'a.json'),
    new File([], 'empty.json'),
    new File([new TextEncoder().encode('{"name":"証明書"}')], 'b.json'),
  ];

  it('gives each file its own bytes, in its own buffer, from one combined read', async () => {
    const read = await readFiles(files());
    expect(read.map((r) => r.name)).toEqual(['a.json', 'empty.json', 'b.json']);
    expect(Array.from(read[0]?.bytes ?? [])).toEqual([1, 2, 3]);
    expect(read[1]?.bytes.length).toBe(0);
    expect(new TextDecoder().decode(read[2]?.bytes)).toBe('{"name":"証明書"}');
    // A view into the combined buffer would make IndexedDB store every file of the batch with each one.
    for (const r of read) expect(r.bytes.buffer.byteLength).toBe(r.bytes.length);
  });

  it('reads file by file when the combined read does not match the sizes', async () => {
    const odd = files();
    Object.defineProperty(odd[0], 'size', { value: 99 });
    const read = await readFiles(odd);
    expect(Array.from(read[0]?.bytes ?? [])).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(read[2]?.bytes)).toBe('{"name":"証明書"}');
  });

  it('uses the sizes it is given instead of asking each file again, and still checks them', async () => {
    const given = files();
    let asked = 0;
    for (const f of given) {
      const size = f.size;
      Object.defineProperty(f, 'size', { get: () => (asked++, size) });
    }
    await readFiles(given);
    const withoutSizes = asked;
    asked = 0;
    const again = await readFiles(given, [3, 0, 20]);
    // The combined read may still look at each file; the sizes are not asked for again.
    expect(asked).toBe(withoutSizes - given.length);
    expect(again.map((r) => r.bytes.length)).toEqual([3, 0, 20]);
    // Sizes that do not add up to what was read: read file by file, as when the files changed.
    const wrong = await readFiles(files(), [1, 1, 1]);
    expect(wrong.map((r) => r.bytes.length)).toEqual([3, 0, 20]);
  });

  it('names the file that cannot be read', async () => {
    const broken = new File([new Uint8Array([1])], 'gone.json');
    Object.defineProperty(broken, 'arrayBuffer', {
      value: () => Promise.reject(new Error('The file could not be read.')),
    });
    Object.defineProperty(broken, 'size', { value: 99 });
    await expect(readFiles([new File([new Uint8Array([2])], 'ok.json'), broken])).rejects.toThrow(
      /^gone\.json: The file could not be read\.$/,
    );
  });
});
