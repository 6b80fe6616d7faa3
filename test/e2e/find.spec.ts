/**
 * Finding credentials: three real published credentials imported → each card shows its
 * issue date → newest first by default → sorted by name → searched by a full-width name,
 * by the issuer's identifier and for nothing (the map says so, in English and Japanese).
 */
import { dropFiles, expect, test } from './fixtures';
import { samplePath } from '../helpers/samples';

const TEAMWORK = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'; // 2010-01-01, Example Corp
const DCC = 'vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_noStatus_noExpiry.json'; // 2025-01-09
const ALUMNI = 'vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json'; // 2023-01-01, https://vc.example/issuers/5678

test.use({ timezoneId: 'UTC' });

test('search, sort and the issue date on each card', async ({ page, shell }) => {
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(TEAMWORK), samplePath(DCC), samplePath(ALUMNI)]);
  const cards = page.getByTestId('credential');
  await expect(cards).toHaveCount(3);
  const names = cards.locator('.marker-name');

  // Each card shows when it was issued, as a date in the learner's language.
  const teamwork = cards.filter({ hasText: 'Teamwork Badge' });
  await expect(teamwork.getByTestId('marker-date')).toHaveText('Issued January 1, 2010');
  await expect(cards.filter({ hasText: 'DCC Test Credential' }).getByTestId('marker-date')).toHaveText(
    'Issued January 9, 2025',
  );

  // The default order is the newest first.
  await expect(page.getByTestId('sort')).toHaveValue('newest');
  await expect(names).toHaveText(['DCC Test Credential', 'Alumni Credential', 'Teamwork Badge']);
  await page.getByTestId('sort').selectOption('name');
  await expect(names).toHaveText(['Alumni Credential', 'DCC Test Credential', 'Teamwork Badge']);

  // Search: a full-width query finds the half-width name; an issuer's identifier finds its credential.
  const search = page.getByTestId('search');
  await search.fill('ｄｃｃ　ＴＥＳＴ');
  await expect(names).toHaveText(['DCC Test Credential']);
  await expect(page.getByTestId('filter-showing')).toHaveText('Showing 1 of 3 credentials.');
  await search.fill('vc.example/issuers/5678');
  await expect(names).toHaveText(['Alumni Credential']);
  await search.fill('no such credential');
  await expect(cards).toHaveCount(0);
  await expect(page.getByTestId('filter-showing')).toContainText('Showing 0 of 3 credentials.');
  await expect(page.getByTestId('find-none')).toHaveText('No credentials match your search and filters.');
  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByTestId('find-none')).toHaveText('検索と絞り込みの条件に合う証明書はありません。');
  await page.getByTestId('language').selectOption('en');

  // Clearing the filters clears the search; the chosen order stays.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');
  await expect(names).toHaveText(['Alumni Credential', 'DCC Test Credential', 'Teamwork Badge']);

  // In Japanese the date is written the Japanese way.
  await page.getByTestId('language').selectOption('ja');
  await expect(teamwork.getByTestId('marker-date')).toHaveText('2010年1月1日発行');
});
