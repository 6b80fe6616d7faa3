// How files are grouped into requests: by count and by bytes, so a request of large files
// stays under the shell's body limit and a large import needs few round trips.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST } from '../../../src-shared/bridge';
import { MAX_BODY_BYTES } from '../../../src-main/shells/browser/server';
import { BATCH_BYTES, BATCH_SIZE, batchesOf } from '../../../src-renderer/features/import-files';

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
