/**
 * The Japanese screen: an expired credential's check reason and its dates are shown in
 * Japanese (dates through Intl, never as ISO timestamps), and switching back to English
 * re-renders everything in English from what the wallet holds, without checking again.
 */
import { dropFiles, expect, test } from './fixtures';
import { samplePath } from '../helpers/samples';

const EXPIRED = 'negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json';
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test.use({ timezoneId: 'UTC' });

test('an expired credential on the Japanese screen, then in English without a re-check', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('まなびウォレット');

  await dropFiles(page, [samplePath(EXPIRED)]);
  await expect(page.getByTestId('message')).toContainText('証明書 1 件、');
  await expect(page.getByTestId('message')).toContainText('件を追加しました');
  const marker = page.getByTestId('credential');
  await expect(marker).toHaveCount(1);
  await expect(marker.locator('.status')).toHaveText('検証失敗');
  await expect(marker.locator('.marker-reason')).toHaveText(JAPANESE);
  await expect(marker.getByTestId('placement-why')).toHaveText(JAPANESE);

  // From here on nothing may go to the wallet's services: a language switch only re-renders.
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) calls.push(r.url());
  });

  await marker.click();
  const details = page.getByTestId('details');
  const validity = details.locator('[data-check="validity_period"]');
  await expect(validity).toHaveAttribute('data-outcome', 'fail');
  const reason = validity.locator('.check-message');
  await expect(reason).toHaveText(JAPANESE);
  await expect(reason).not.toHaveText(ISO);
  await expect(details.getByTestId('details-valid-until')).toHaveText('2025年1月9日');
  await expect(details.getByTestId('details-checked')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(details.locator('dl.facts')).not.toHaveText(ISO);
  await expect(details.locator('.checks')).not.toHaveText(ISO);

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manabi Wallet');
  await expect(reason).toHaveText(/expired/i);
  await expect(reason).not.toHaveText(JAPANESE);
  await expect(details.getByTestId('details-valid-until')).toHaveText('January 9, 2025');
  await expect(details.locator('dl.facts')).not.toHaveText(ISO);
  await expect(marker.locator('.status')).toHaveText('Not verified');
  await expect(marker.getByTestId('placement-why')).not.toHaveText(JAPANESE);

  await page.getByTestId('language').selectOption('ja');
  await expect(details.getByTestId('details-valid-until')).toHaveText('2025年1月9日');
  expect(calls).toEqual([]);
});
