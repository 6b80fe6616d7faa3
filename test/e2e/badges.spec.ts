/**
 * The badges learners hold, dropped on the browser shell as they arrive: the samples folder
 * as a folder (every file at any depth), dropped on the window and chosen through "Add a
 * folder…", and a zip of it dropped on
 * the window, each with junk beside it (a text file, a photo that is no badge, an unsigned
 * PDF, a hidden .DS_Store). The counts are what the wallet itself reports; what is asserted
 * are the invariants: the three counts and the duplicates add up to the files given, the
 * trays hold as many as the notice says, every supporting sample is a supporting document,
 * no junk file is on the map, the archive is not stored, and a baked badge's details show
 * its picture through a blob: URL that the browser could draw.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { SAMPLES_DIR } from '../helpers/samples';
import { expect, test } from './fixtures';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** Files that are not credentials, put beside the samples. */
const JUNK: Record<string, Uint8Array> = {
  'notes.txt': new TextEncoder().encode('Shopping list: rice, miso, green tea.\n'),
  'photo.png': new Uint8Array(readFileSync('resources/icons/icon.png')),
  'scan.pdf': new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
};
const HIDDEN = '.DS_Store';
// A baked badge no other sample holds (the OB 3.0 JSON badge is baked in both a PNG and an SVG: one entry).
const BAKED_PNG = 'jwt/1edtech-dcpv_ob3_baked_vc2-jwt.png';
const SAME_CREDENTIAL = ['ob3/1edtech-dcpv_ob3_baked_json.png', 'ob3/1edtech-dcpv_ob3_baked_json.svg'];

/** Every file under a folder, as paths relative to it, hidden ones left out. */
function filesUnder(dir: string, at = ''): string[] {
  return readdirSync(join(dir, at))
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const rel = at === '' ? name : `${at}/${name}`;
      return statSync(join(dir, rel)).isDirectory() ? filesUnder(dir, rel) : [rel];
    });
}

/** The import notice's counts (English). */
async function noticeCounts(
  page: Page,
): Promise<Record<'credentials' | 'supporting' | 'not' | 'already' | 'merged', number>> {
  const text = (await page.getByTestId('message').textContent()) ?? '';
  const m =
    /Added ([\d,]+) credentials?, ([\d,]+) supporting documents?, ([\d,]+) files? that (?:is|are) not (?:a )?credentials?; ([\d,]+) already in your wallet/.exec(
      text,
    );
  if (!m) throw new Error(`Not an import notice: ${text}`);
  const n = (s: string | undefined): number => Number((s ?? '0').replace(/,/g, ''));
  const merged = /([\d,]+) files? held (?:a )?credentials? already in your wallet/.exec(text);
  return { credentials: n(m[1]), supporting: n(m[2]), not: n(m[3]), already: n(m[4]), merged: n(merged?.[1]) };
}

/** Files whose bytes appear earlier in the list (the wallet stores those once). */
function sameBytesAgain(all: readonly Uint8Array[]): number {
  return all.length - new Set(all.map(sha)).size;
}

/** Every marker of the map drawn (groups show 24 until asked for all). */
async function showAllMarkers(page: Page): Promise<void> {
  for (const button of await page.getByTestId('show-all').all())
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

async function checkTrays(page: Page, given: Map<string, Uint8Array>): Promise<void> {
  const counts = await noticeCounts(page);
  // Every file given is added once as what it is, or is a copy of one already there.
  expect(counts.credentials + counts.supporting + counts.not + counts.already + counts.merged).toBe(given.size);
  expect(counts.already).toBe(sameBytesAgain([...given.values()]));
  expect(counts.credentials).toBeGreaterThan(0);

  const supporting = page.getByTestId('supporting-documents');
  const notCredentials = page.getByTestId('not-credentials');
  await expect(supporting).toHaveAttribute('data-count', String(counts.supporting));
  await expect(notCredentials).toHaveAttribute('data-count', String(counts.not));

  // Every supporting sample is listed as a supporting document.
  const supportingNames = await supporting.locator('.tray-file').allTextContents();
  const supportSamples = [...given.keys()].filter((p) => /_SUPPORT|_support_/.test(p));
  expect(supportSamples.length).toBeGreaterThan(5);
  for (const p of supportSamples) expect(supportingNames, p).toContain(p.split('/').at(-1));

  // Junk is in the "Not credentials" tray, with a reason, and never on the map.
  const junkNames = await notCredentials.locator('.tray-file').allTextContents();
  for (const name of Object.keys(JUNK)) expect(junkNames, name).toContain(name);
  await expect(notCredentials.getByTestId('not-credential-reason').first()).not.toBeEmpty();
  await showAllMarkers(page);
  for (const bytes of Object.values(JUNK))
    await expect(page.locator(`[data-testid="credential"][data-key^="${sha(bytes)}"]`)).toHaveCount(0);
  // Nothing in either tray is on the map.
  const mapKeys = new Set(
    await page.getByTestId('credential').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))),
  );
  for (const key of await page
    .locator('[data-testid="supporting-document"], [data-testid="not-credential"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))
    expect(mapKeys.has(key)).toBe(false);
  // The hidden file was never imported.
  await expect(page.locator('.tray-file', { hasText: HIDDEN })).toHaveCount(0);
}

/** Opens the baked PNG's details and checks the picture is its own image, drawn. */
async function checkBakedPicture(page: Page, bytes: Uint8Array): Promise<void> {
  await showAllMarkers(page);
  await page.locator(`[data-testid="credential"][data-key="${sha(bytes)}"]`).click();
  const img = page.getByTestId('details').getByTestId('details-picture');
  await expect(img).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
}

/**
 * Drops a folder on the window as the operating system does, through Chromium's DevTools
 * protocol (a page cannot make a DataTransfer holding a folder): the page receives a
 * directory entry and walks it.
 */
async function dropFolder(page: Page, dir: string): Promise<void> {
  const box = await page.getByTestId('drop-zone').boundingBox();
  if (!box) throw new Error('The drop zone is not on the screen.');
  const cdp = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 200) };
  const data = { items: [], files: [dir], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
}

for (const how of ['dropped on the window', 'chosen with Add a folder'] as const) {
  test(`the samples folder ${how}, with junk beside it`, async ({ page, shell }, testInfo) => {
    test.setTimeout(180_000);
    const dir = testInfo.outputPath('samples');
    cpSync(SAMPLES_DIR, dir, { recursive: true });
    for (const [name, bytes] of Object.entries(JUNK)) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, HIDDEN), new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]));
    const given = new Map(filesUnder(dir).map((rel) => [rel, new Uint8Array(readFileSync(join(dir, rel)))]));

    await page.goto(shell.url);
    if (how === 'dropped on the window') await dropFolder(page, dir);
    else await page.getByTestId('folder-input').setInputFiles(dir);
    await expect(page.getByTestId('message')).toContainText('already in your wallet', { timeout: 150_000 });
    await checkTrays(page, given);
    await checkBakedPicture(page, given.get(BAKED_PNG) as Uint8Array);
    await expect(page.getByTestId('details').getByTestId('details-origin')).toContainText(
      '1edtech-dcpv_ob3_baked_vc2-jwt.png',
    );
    // One credential, one entry: the same badge baked in a PNG and an SVG is one card.
    const keys = await page.getByTestId('credential').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    const shas = SAME_CREDENTIAL.map((rel) => sha(given.get(rel) as Uint8Array));
    expect(shas.filter((k) => keys.includes(k))).toHaveLength(1);
  });
}

test('a zip of the samples dropped on the window: its entries imported, the archive remembered, never stored', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000);
  const given = new Map<string, Uint8Array>();
  for (const rel of filesUnder(SAMPLES_DIR))
    given.set(`samples/${rel}`, new Uint8Array(readFileSync(join(SAMPLES_DIR, rel))));
  for (const [name, bytes] of Object.entries(JUNK)) given.set(`samples/junk/${name}`, bytes);
  const zip = zipSync({
    ...Object.fromEntries(given),
    [`samples/${HIDDEN}`]: new Uint8Array([0, 0, 0, 1]),
    '__MACOSX/samples/._photo.png': new Uint8Array([0, 5, 22, 7]),
  });

  await page.goto(shell.url);
  const dt = await page.evaluateHandle((b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'samples.zip', { type: 'application/zip' }));
    return transfer;
  }, Buffer.from(zip).toString('base64'));
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: dt });
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await zone.dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.getByTestId('message')).toContainText('already in your wallet', { timeout: 150_000 });

  await checkTrays(page, given);
  // The archive itself is nowhere: not on the map, not in a tray.
  await expect(page.locator(`[data-key^="${sha(zip)}"]`)).toHaveCount(0);
  await checkBakedPicture(page, given.get(`samples/${BAKED_PNG}`) as Uint8Array);
  await expect(page.getByTestId('details').getByTestId('details-archive')).toHaveText(
    `“samples/${BAKED_PNG}” in the archive “samples.zip”`,
  );
});
