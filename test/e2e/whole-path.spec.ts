/**
 * The whole path a learner takes: drop two real published credentials → one Verified, one
 * Not verified → both on the map → reload → still there → export → the zip holds both
 * originals byte-identical, with a manifest that describes them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { dropFiles, expect, test } from './fixtures';
import { samplePath } from '../helpers/samples';
import { badgeWithStatus, signer, statusList } from '../helpers/status-lists';

const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const TAMPERED = 'negative/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('drop → verified / not verified → on the map → reload → export byte-identical', async ({ page, shell }) => {
  const goodBytes = readFileSync(samplePath(GOOD));
  const badBytes = readFileSync(samplePath(TAMPERED));
  await page.goto(shell.url);
  await expect(page.getByText('Your wallet is empty')).toBeVisible();

  await dropFiles(page, [samplePath(GOOD), samplePath(TAMPERED)]);
  await expect(page.getByTestId('message')).toContainText('Added 2 credentials, 0 supporting documents');
  await expect(page.getByTestId('message')).toContainText('0 already in your wallet');

  const good = page.locator(`[data-testid="credential"][data-key="${sha(goodBytes)}"]`);
  const bad = page.locator(`[data-testid="credential"][data-key="${sha(badBytes)}"]`);
  await expect(good).toContainText('Teamwork Badge');
  await expect(good).toContainText('Example Corp');
  await expect(good.locator('.status')).toHaveText('Verified');
  await expect(bad.locator('.status')).toHaveText('Not verified');
  // The reason for the failure is shown beside it.
  await expect(bad.locator('.marker-reason')).not.toBeEmpty();

  // Both are on the map: neither states a level, so both wait in the Unplaced tray, with the reason.
  const tray = page.getByTestId('unplaced');
  await expect(tray.getByTestId('credential')).toHaveCount(2);
  await expect(good.getByTestId('placement-why')).toContainText(/level/i);

  // The details show every check; the tampered one fails on its signature.
  await bad.click();
  const details = page.getByTestId('details');
  await expect(details.locator('[data-check="proof"]')).toHaveAttribute('data-outcome', 'fail');
  // The original file is shown as text, exactly as imported.
  await details.getByRole('button', { name: 'Original file' }).click();
  await expect(details.locator('pre.original')).toHaveText(badBytes.toString('utf8'), { useInnerText: false });
  await details.getByRole('button', { name: 'Close' }).click();

  // Reload: everything is still there (real IndexedDB).
  await page.reload();
  await expect(page.getByTestId('credential')).toHaveCount(2);
  // The wallet opened: no "Opening your wallet…" left behind.
  await expect(page.getByTestId('opening')).toHaveCount(0);
  await expect(good.locator('.status')).toHaveText('Verified');
  await expect(bad.locator('.status')).toHaveText('Not verified');

  // Importing the same file again does not make a second entry.
  await dropFiles(page, [samplePath(GOOD)]);
  await expect(page.getByTestId('message')).toContainText('Added 0 credentials, 0 supporting documents');
  await expect(page.getByTestId('message')).toContainText('1 already in your wallet');
  await expect(page.getByTestId('credential')).toHaveCount(2);

  // Export: a download of a zip with both originals byte-for-byte and a manifest.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^manabi-portfolio-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = await download.path();
  const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const goodEntry = entries['credentials/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'];
  const badEntry = entries['credentials/dcc-vctf_v2_ed25519-2020_didkey_TAMPERED.json'];
  expect(goodEntry && Buffer.from(goodEntry).equals(goodBytes)).toBe(true);
  expect(badEntry && Buffer.from(badEntry).equals(badBytes)).toBe(true);
  const manifestBytes = entries['manifest.json'];
  expect(manifestBytes).toBeDefined();
  const manifest = JSON.parse(strFromU8(manifestBytes ?? new Uint8Array())) as {
    credentials: {
      sha256: string;
      name: string;
      issuer: string;
      status: string;
      level: { framework: string; level: number | null };
    }[];
  };
  const byHash = new Map(manifest.credentials.map((c) => [c.sha256, c]));
  expect(byHash.get(sha(goodBytes))).toMatchObject({
    name: 'Teamwork Badge',
    issuer: 'Example Corp',
    status: 'verified',
    level: { framework: 'jqf', level: null },
  });
  expect(byHash.get(sha(badBytes))).toMatchObject({ status: 'not_verified' });
  // The progress map travels with the portfolio as a picture.
  expect(strFromU8(entries['map.svg'] ?? new Uint8Array())).toContain('Teamwork Badge');
});

test('the learner can place a credential on a level; it is shown as self-assigned and survives a reload', async ({
  page,
  shell,
}) => {
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(GOOD)]);
  const marker = page.getByTestId('credential');
  await expect(marker).toHaveCount(1);
  await marker.click();
  await page.getByTestId('details').getByRole('combobox').selectOption('6');
  const row = page.getByTestId('level-6');
  await expect(row.getByTestId('credential')).toHaveCount(1);
  await expect(row.getByTestId('placement-why')).toContainText('Self-assigned');
  await page.reload();
  await expect(page.getByTestId('level-6').getByTestId('credential')).toHaveCount(1);
  // The choice applies on the EQF too, carried across the assumed correspondence and marked so.
  await page.getByTestId('framework').selectOption('eqf');
  await expect(page.getByTestId('progress-map')).toHaveAttribute('data-framework', 'eqf');
  await expect(page.getByTestId('unplaced').getByTestId('credential')).toHaveCount(0);
  const eqfRow = page.getByTestId('level-6');
  await expect(eqfRow.getByTestId('credential')).toHaveCount(1);
  await expect(eqfRow.getByTestId('placement-why')).toContainText('Chosen by you as JQF level 6');
  await expect(eqfRow.getByTestId('placement-why')).toContainText('from the assumed correspondence');
});

test('a file that is not a credential is kept and shown with the reason; nothing stored is lost', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(GOOD)]);
  await expect(page.getByTestId('credential')).toHaveCount(1);
  const junk = testInfo.outputPath('notes.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(junk, '{"hello": "this is not a credential"');
  await dropFiles(page, [junk]);
  // It holds no credential: kept in the "Not credentials" tray with the reason, never on the map.
  const kept = page.getByTestId('not-credentials').getByTestId('not-credential').filter({ hasText: 'notes.json' });
  await expect(kept).toHaveCount(1);
  await expect(kept.getByTestId('not-credential-reason')).toContainText('damaged');
  await expect(page.getByTestId('credential')).toHaveCount(1);
  await expect(page.getByTestId('credential').filter({ hasText: 'Teamwork Badge' }).locator('.status')).toHaveText(
    'Verified',
  );
});

test('a file over 16 MiB is refused by name; the others chosen with it are imported', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  const big = testInfo.outputPath('huge.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(big, Buffer.alloc(16 * 1024 * 1024 + 1, 0x20));
  await dropFiles(page, [samplePath(GOOD), big]);
  await expect(page.getByTestId('message')).toContainText('Added 1 credential, ');
  await expect(page.getByTestId('message')).toContainText('“huge.json” is larger than 16 MiB and was not imported.');
  await expect(page.getByTestId('credential')).toHaveCount(1);
});

test('the interface switches to Japanese and back', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('まなびウォレット');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('まなびウォレット');
  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manabi Wallet');
});

test('the browser shell refuses requests without the token', async ({ page, shell }) => {
  const origin = new URL(shell.url).origin;
  const res = await page.request.get(`${origin}/`);
  expect(res.status()).toBe(403);
  const api = await page.request.post(`${origin}/t/wrong-token/api/app:info`, { data: {} });
  expect(api.status()).toBe(403);
  const okRes = await page.request.post(`${shell.url}api/app:info`, { data: {} });
  expect(await okRes.json()).toEqual({ ok: true, value: { shell: 'browser', version: expect.any(String) } });
});

test('a status list imported later answers revocation for a credential already stored', async ({
  page,
  shell,
}, testInfo) => {
  // The issuer's own list answers; a stranger's list claiming the same id answers nothing.
  // (The DCC sample list is signed by another did:key than the DCC REVOKED sample, so it is a
  // stranger's list for it: samples-agreement.test.ts.)
  const issuer = await signer();
  const stranger = await signer();
  const id = 'https://status.example.edu/lists/e5WK8CbZ1GjycuPombrj';
  const write = (file: string, doc: Record<string, unknown>): string => {
    const path = testInfo.outputPath(file);
    writeFileSync(path, JSON.stringify(doc, null, 2));
    return path;
  };
  const revokedPath = write('revoked.json', await badgeWithStatus({ name: 'Revoked Course' }, id, 8, issuer));
  const forgedPath = write('forged-list.json', await statusList(id, [], stranger));
  const listPath = write('status-list.json', await statusList(id, [8], issuer));
  const revokedBytes = readFileSync(revokedPath);
  await page.goto(shell.url);
  await dropFiles(page, [revokedPath]);
  const marker = page.locator(`[data-testid="credential"][data-key="${sha(revokedBytes)}"]`);
  const details = page.getByTestId('details');
  // Offline, revocation cannot be checked: verified with that caveat, never "passed".
  await expect(marker.locator('.status')).toHaveText('Verified');
  await marker.click();
  await expect(details.locator('[data-check="status"]')).toHaveAttribute('data-outcome', 'not_checked');
  await details.getByRole('button', { name: 'Close' }).click();

  // A stranger's list with the same id: the re-check takes nothing from it, and says whose it is.
  await dropFiles(page, [forgedPath]);
  // The list is a supporting document: kept apart from the map, in its own list.
  await expect(page.getByTestId('supporting-documents').getByTestId('supporting-document')).toHaveCount(1);
  await expect(marker.locator('.status')).toHaveText('Could not check');
  await marker.click();
  await expect(details.locator('[data-check="status"]')).toHaveAttribute('data-outcome', 'not_checked');
  await expect(details.locator('[data-check="status"]')).toContainText(stranger.did);
  await details.getByRole('button', { name: 'Close' }).click();

  await dropFiles(page, [listPath]);
  // The list is kept apart from the achievements, and the stored credential is re-checked.
  await expect(page.getByTestId('supporting-documents').getByTestId('supporting-document')).toHaveCount(2);
  await expect(marker.locator('.status')).toHaveText('Not verified');
  await marker.click();
  await expect(details.locator('[data-check="status"]')).toHaveAttribute('data-outcome', 'fail');
  await page.reload();
  await expect(marker.locator('.status')).toHaveText('Not verified');
});

test('the learner removes a credential after confirming; it stays gone after a reload and is not exported', async ({
  page,
  shell,
}) => {
  const goodBytes = readFileSync(samplePath(GOOD));
  const badBytes = readFileSync(samplePath(TAMPERED));
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(GOOD), samplePath(TAMPERED)]);
  await expect(page.getByTestId('credential')).toHaveCount(2);
  await page.locator(`[data-testid="credential"][data-key="${sha(badBytes)}"]`).click();
  const details = page.getByTestId('details');
  await details.getByTestId('remove').click();
  // Nothing happens until the learner confirms.
  await expect(page.getByTestId('credential')).toHaveCount(2);
  await details.getByTestId('remove-confirm').click();
  await expect(page.getByTestId('credential')).toHaveCount(1);
  await expect(page.getByTestId('message')).toContainText('was removed');
  await page.reload();
  await expect(page.getByTestId('credential')).toHaveCount(1);
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const entries = unzipSync(new Uint8Array(readFileSync(await (await downloadPromise).path())));
  const originals = Object.keys(entries).filter((k) => k.startsWith('credentials/'));
  expect(originals).toEqual(['credentials/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json']);
  expect(Buffer.from(entries[originals[0] ?? ''] ?? []).equals(goodBytes)).toBe(true);
});
