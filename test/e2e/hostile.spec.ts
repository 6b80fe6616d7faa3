// The hostile corpus (test/helpers/hostile.ts) through the browser shell and the real
// IndexedDB: chosen together with valid credentials, every file gets its own answer, the valid
// ones are Verified, what was stored before is still there, and neither the page nor the shell
// reaches anything but the shell itself (Chromium's request log, and a loopback listener the
// corpus points at).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src-shared/bridge';
import { hostileCorpus, tinyFiles } from '../helpers/hostile';
import { samplePath } from '../helpers/samples';
import { dropFiles, expect, test } from './fixtures';

/** Whether bytes are a zip archive (a local file header first). */
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The import notice's counts: files added by what they are, and files already in the wallet. */
const ADDED =
  /Added ([\d,]+) credentials?, ([\d,]+) supporting documents?, ([\d,]+) files? that (?:is|are) not (?:a )?credentials?; ([\d,]+) already in your wallet/;

/** The files an import notice says were added (all three kinds together), and those already in the wallet. */
function addedFiles(text: string): { total: number; already: number } {
  const m = ADDED.exec(text);
  if (!m) throw new Error(`Not an import notice: ${text}`);
  const n = (i: number): number => Number((m[i] ?? '').replace(/,/g, ''));
  return { total: n(1) + n(2) + n(3), already: n(4) };
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const STORED_BEFORE = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const VALID = [
  'vc2-data-integrity/dcc-vctf_v2_eddsa-rdfc-2022+ed25519-2020_didkey_ob3_double-signed.json',
  'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json',
];

test('hostile files chosen with valid ones: each answered, the valid ones Verified, nothing lost, no network', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(300_000);
  const listened: string[] = [];
  const listener = createServer((req, res) => {
    listened.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  try {
    const loopback = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    const dir = testInfo.outputPath('hostile');
    mkdirSync(dir, { recursive: true });
    const corpus = hostileCorpus(loopback);
    for (const f of corpus) writeFileSync(join(dir, f.name), f.bytes);
    const tooLarge = corpus.filter((f) => f.bytes.length > MAX_FILE_BYTES).map((f) => f.name);

    const origin = new URL(shell.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    await page.goto(shell.url);
    await dropFiles(page, [samplePath(STORED_BEFORE)]);
    await expect(page.getByTestId('credential')).toHaveCount(1);

    const paths = [...corpus.map((f) => join(dir, f.name)), ...VALID.map(samplePath)];
    await page.getByTestId('file-input').setInputFiles(paths);
    // "Added N credentials, …": the files added, by what they are.
    await expect(page.getByTestId('message')).toContainText(ADDED, { timeout: 240_000 });
    for (const name of tooLarge) await expect(page.getByTestId('message')).toContainText(name);

    // What was stored before is still there, and the valid files are Verified.
    const before = page.locator(`[data-testid="credential"][data-key="${sha256(samplePath(STORED_BEFORE))}"]`);
    await page.getByTestId('filter-status').selectOption('verified');
    await expect(before.locator('.status')).toHaveText('Verified');
    // None of the hostile files is Verified: shown only the Verified ones (the map draws at
    // most 24 markers a group until asked), the wallet shows exactly these three.
    const verified = page.getByTestId('credential').filter({ has: page.locator('.status', { hasText: /^Verified$/ }) });
    await expect(page.getByTestId('credential')).toHaveCount(1 + VALID.length);
    await expect(verified).toHaveCount(1 + VALID.length);
    // A reload shows the same: the batch was stored, not only shown.
    await page.reload();
    await page.getByTestId('filter-status').selectOption('verified');
    await expect(verified).toHaveCount(1 + VALID.length);

    expect(elsewhere).toEqual([]);
    expect(listened).toEqual([]);
  } finally {
    await new Promise<void>((r) => listener.close(() => r()));
  }
});

test('each hostile file alone: its own answer, one after another in the same wallet', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = testInfo.outputPath('alone');
  mkdirSync(dir, { recursive: true });
  const corpus = hostileCorpus('http://127.0.0.1:9').filter((f) => f.bytes.length <= MAX_FILE_BYTES && !f.large);
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(STORED_BEFORE)]);
  await expect(page.getByTestId('credential')).toHaveCount(1);
  for (const f of corpus) {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    // The import clears the last notice when it starts and says what it added when it ends.
    const answered = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          let cleared = false;
          const observer = new MutationObserver(() => {
            const m = document.querySelector('[data-testid="message"]');
            if (m === null) cleared = true;
            else if (cleared && /^Added /.test(m.textContent ?? '')) {
              observer.disconnect();
              resolve(m.textContent ?? '');
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
    );
    await page.getByTestId('file-input').setInputFiles(path);
    const said = await answered;
    expect(said, f.tries).toMatch(ADDED);
    if (isZip(f.bytes)) {
      // An archive is opened, never stored: its entries are added, or the notice names it with why.
      // (An entry holding a credential the wallet already has is kept as another copy of it.)
      const { total } = addedFiles(said);
      const copies = /held (a credential|credentials) already in your wallet/.test(said);
      expect(total > 0 || copies || said.includes(`“${f.name}”`), `${f.tries}: ${said}`).toBe(true);
    } else {
      // The one file is added, as exactly one of credential, supporting document or not a credential
      // — or, holding a credential the wallet already has (a badge baked in a hostile image), as its copy.
      const { total, already } = addedFiles(said);
      const copies = Number(
        /(\d+) files? held (?:a credential|credentials) already in your wallet/.exec(said)?.[1] ?? 0,
      );
      expect({ answered: total + copies, already }, `${f.tries}: ${said}`).toEqual({ answered: 1, already: 0 });
    }
  }
  await page.getByTestId('filter-status').selectOption('verified');
  await expect(page.getByTestId('credential')).toHaveCount(1);
  await expect(page.getByTestId('credential')).toContainText('Teamwork Badge');
});

test('2,000 tiny files chosen at once: each answered once, identical ones recognised', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = testInfo.outputPath('tiny');
  mkdirSync(dir, { recursive: true });
  const tiny = tinyFiles();
  for (const f of tiny) writeFileSync(join(dir, f.name), f.bytes);
  const distinct = new Set(tiny.map((f) => Buffer.from(f.bytes).toString('hex'))).size;
  await page.goto(shell.url);
  await page.getByTestId('file-input').setInputFiles(tiny.map((f) => join(dir, f.name)));
  await expect(page.getByTestId('message')).toContainText(ADDED, { timeout: 200_000 });
  // Each distinct file added once (whatever it is), every identical one recognised as already there.
  expect(addedFiles((await page.getByTestId('message').textContent()) ?? '')).toEqual({
    total: distinct,
    already: tiny.length - distinct,
  });
});
