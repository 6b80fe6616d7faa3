/**
 * The original file in a credential's details: shown pretty-printed (a one-line file reads
 * as indented JSON), copied and saved exactly as imported (the saved file has the original's
 * bytes and name, never the pretty-printed view).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dropFiles, expect, test } from './fixtures';
import { samplePath } from '../helpers/samples';

const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('the original file is readable, and copied and saved byte for byte', async ({ page, shell }) => {
  const bytes = new Uint8Array(readFileSync(samplePath(GOOD)));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shell.url).origin });
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(GOOD)]);
  await expect(page.getByTestId('message')).toContainText('Added 1 credential');
  await page.locator(`[data-testid="credential"][data-key="${sha(bytes)}"]`).click();
  const details = page.getByTestId('details');
  await details.getByRole('button', { name: 'Original file' }).click();
  const shown = (await details.getByTestId('original-text').textContent()) ?? '';
  expect(shown).toContain('\n  "@context": [\n    "https://www.w3.org/ns/credentials/v2"');
  expect(JSON.parse(shown)).toEqual(JSON.parse(new TextDecoder().decode(bytes)));

  await details.getByTestId('original-copy').click();
  await expect(details.getByRole('status')).toHaveText('Copied, exactly as imported.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new TextDecoder().decode(bytes));

  const [download] = await Promise.all([page.waitForEvent('download'), details.getByTestId('original-save').click()]);
  expect(download.suggestedFilename()).toBe('dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json');
  const saved = new Uint8Array(readFileSync(await download.path()));
  expect(sha(saved)).toBe(sha(bytes));
});
