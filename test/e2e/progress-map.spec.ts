/**
 * The progress map with real signed credentials: levels, fields, workload, the NIAD-QE
 * stacking path, the learner's identifiers, ticked steps, pathway files, keyboard use and
 * the map picture. Credentials are issued in the test with fresh did:key keys.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { dropFiles, expect, test } from './fixtures';
import { issueBadge, type AchievementSpec } from '../helpers/issuer';

const ME = 'did:example:learner-42';
const NIAD = 'niad-qe-bachelor-credit-accumulation';

async function writeBadges(
  testInfo: TestInfo,
  specs: readonly (AchievementSpec & { file: string })[],
): Promise<string[]> {
  const paths: string[] = [];
  for (const { file, ...spec } of specs) {
    const path = testInfo.outputPath(file);
    writeFileSync(path, JSON.stringify(await issueBadge(spec), null, 2));
    paths.push(path);
  }
  return paths;
}

const DEGREE = 'Associate of Science in Informatics';

const WALLET: (AchievementSpec & { file: string })[] = [
  {
    file: 'degree.json',
    name: DEGREE,
    achievementType: 'AssociateDegree',
    issuerName: 'Minato Junior College',
    issuerCountry: 'JP',
    subjectId: ME,
    validFrom: '2022-03-20T00:00:00Z',
  },
  {
    file: 'statistics.json',
    name: 'Statistics I',
    achievementType: 'Course',
    creditsEarned: 2,
    fieldOfStudy: 'Informatics',
    issuerName: 'Open University of Japan',
    issuerCountry: 'JP',
    subjectId: ME,
    validFrom: '2023-09-30T00:00:00Z',
  },
  {
    file: 'databases.json',
    name: 'Databases',
    achievementType: 'Course',
    creditsEarned: 4,
    fieldOfStudy: 'Informatics',
    issuerName: 'Open University of Japan',
    issuerCountry: 'JP',
    subjectId: ME,
    validFrom: '2024-09-30T00:00:00Z',
  },
  {
    file: 'history.json',
    name: 'Japanese History',
    achievementType: 'Course',
    creditsEarned: 6,
    issuerName: 'Open University of Japan',
    issuerCountry: 'JP',
    subjectId: ME,
    validFrom: '2025-09-30T00:00:00Z',
  },
  {
    file: 'seminar.json',
    name: 'Research Seminar in Data Science',
    achievementType: 'Course',
    issuerName: 'Europa University',
    subjectId: ME,
    alignment: [{ targetName: 'EQF level 6', targetUrl: 'http://data.europa.eu/snb/eqf/6' }],
  },
  { file: 'badge.json', name: 'Teamwork Badge', issuerName: 'Community Club', subjectId: ME },
];

async function loadWallet(page: Page, testInfo: TestInfo, specs = WALLET): Promise<void> {
  const files = await writeBadges(testInfo, specs);
  await dropFiles(page, files);
  await expect(page.getByTestId('message')).toContainText(
    `Added ${specs.length} credential${specs.length === 1 ? '' : 's'}, `,
  );
}

const marker = (page: Page, name: string) => page.getByTestId('credential').filter({ hasText: name });

test('credentials sit on their levels, grouped by field; the NIAD-QE path counts 12 credits; the map exports as SVG', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('progress-map')).toHaveAttribute('data-ready', 'true');
  await loadWallet(page, testInfo);

  // The degree is on level 5 (by its type), the aligned course on level 6, the rest wait in Unplaced.
  await expect(page.getByTestId('level-5').getByTestId('credential')).toHaveText([new RegExp(DEGREE)]);
  await expect(page.getByTestId('level-6').getByTestId('credential')).toHaveText([/Research Seminar in Data Science/]);
  const tray = page.getByTestId('unplaced');
  await expect(tray.getByTestId('credential')).toHaveCount(4);
  await expect(tray.getByTestId('credential').filter({ hasText: 'Teamwork Badge' })).toHaveCount(1);
  await expect(marker(page, DEGREE).locator('.status')).toHaveText('Verified');

  // Grouped by field: Informatics, then "Other field"; each row shows its hours.
  await expect(tray.getByTestId('field-group')).toHaveCount(2);
  await expect(
    tray.locator('[data-testid="field-group"][data-field="Informatics"]').getByTestId('credential'),
  ).toHaveCount(2);
  await expect(tray.getByTestId('field-group').last()).toContainText('Other field');
  await expect(tray).toContainText('540 h');

  // The NIAD-QE bachelor path: entry qualification met by the degree, 12 of 62 credits counted.
  const card = page.locator(`[data-testid="path-card"][data-pathway="${NIAD}"]`);
  await expect(card.locator('[data-kind="entry_qualification"]')).toHaveAttribute('data-met', 'true');
  const credits = card.locator('[data-kind="credits"]');
  await expect(credits).toHaveAttribute('data-have', '12');
  await expect(credits.getByTestId('requirement-summary')).toContainText('62 credits needed, 12 counted');
  await expect(credits.getByTestId('counted')).toHaveCount(3);
  expect((await credits.getByTestId('counted').allTextContents()).sort()).toEqual([
    'Databases',
    'Japanese History',
    'Statistics I',
  ]);
  await expect(card.getByTestId('path-next')).toContainText('Next step: 50 more credits');
  // Each course's marker says which path it stacks toward.
  await expect(marker(page, 'Statistics I').getByTestId('marker-stacks')).toContainText('counts toward Bachelor');
  // Its target is drawn on level 6, with its progress.
  await expect(page.getByTestId('level-6').getByTestId('path-badge')).toContainText(
    /Bachelor's degree by credit accumulation \(NIAD-QE\) \d+%/,
  );

  // A counted credential opens from the path card; the details show workload and micro-credential elements.
  await credits.getByTestId('counted').filter({ hasText: 'Databases' }).click();
  const details = page.getByTestId('details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Databases');
  await expect(details.getByTestId('details-workload')).toContainText('About 180 hours');
  await expect(details.getByTestId('workload-assumption')).toContainText('guessed Japanese');
  await expect(details.getByTestId('details-micro').locator('[data-present="true"]')).not.toHaveCount(0);
  await expect(details.getByTestId('details-pathways')).toContainText('NIAD-QE');
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);

  // Filtering by field keeps everything else in place.
  await page.getByTestId('filter-field').selectOption('Informatics');
  await expect(tray.getByTestId('credential')).toHaveCount(2);
  await expect(page.getByTestId('level-5').getByTestId('credential')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(tray.getByTestId('credential')).toHaveCount(4);

  await page.setViewportSize({ width: 1400, height: 1100 });
  await page.screenshot({ path: '/tmp/progress-map-en.png', fullPage: true });

  // On the EQF the degree stays at level 5.
  await page.getByTestId('framework').selectOption('eqf');
  await expect(page.getByTestId('progress-map')).toHaveAttribute('data-framework', 'eqf');
  await expect(page.getByTestId('level-5').getByTestId('credential')).toHaveText([new RegExp(DEGREE)]);

  // The map as a picture: the SVG download names the degree.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(DEGREE);
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

  await page.getByTestId('framework').selectOption('jqf');
  await page.getByTestId('language').selectOption('ja');
  await expect(credits.getByTestId('requirement-summary')).toContainText('必要 62 単位、算入 12 単位');
  await page.screenshot({ path: '/tmp/progress-map-ja.png', fullPage: true });
});

test('the learner sets their identifiers; someone else’s credential counts toward nothing; steps and pathway files persist', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await loadWallet(page, testInfo, [
    WALLET[0]!,
    WALLET[1]!,
    {
      file: 'other.json',
      name: 'Borrowed Course',
      achievementType: 'Course',
      creditsEarned: 8,
      issuerCountry: 'JP',
      subjectId: 'did:example:someone-else',
    },
  ]);
  const card = page.locator(`[data-testid="path-card"][data-pathway="${NIAD}"]`);
  // Without identifiers every credential is taken as the learner's.
  await expect(card.locator('[data-kind="credits"]')).toHaveAttribute('data-have', '10');

  const settings = page.getByTestId('learner-settings');
  await expect(settings).toHaveAttribute('open', '');
  await settings.getByRole('button', { name: `Use ${ME}` }).click();
  await expect(settings.getByTestId('learner-ids')).toHaveValue(ME);
  await settings.getByTestId('learner-save').click();
  await expect(page.getByTestId('message')).toContainText('Your identifiers are saved.');

  const borrowed = marker(page, 'Borrowed Course');
  await expect(borrowed).toHaveAttribute('data-mine', 'false');
  await expect(borrowed.getByTestId('not-mine')).toHaveText('Not yours');
  await expect(card.locator('[data-kind="credits"]')).toHaveAttribute('data-have', '2');
  await expect(card).toContainText('1 credentials are issued to someone else');

  // Tick a step off.
  await card.locator('[data-step="examination"]').check();
  await expect(card.locator('[data-kind="step"][data-met="true"]')).toHaveCount(1);

  // A pathway file with a mistake is refused with the place of the mistake; a good one is kept.
  const bad = testInfo.outputPath('bad-pathway.json');
  writeFileSync(
    bad,
    JSON.stringify({
      id: 'my-path',
      version: 1,
      name: { en: 'Mine', ja: '私の' },
      target: { name: { en: 'Certificate', ja: '証明書' } },
      requirements: [{ kind: 'credits', min: '6' }],
    }),
  );
  await page.getByTestId('pathway-file-input').setInputFiles(bad);
  await expect(page.getByTestId('pathway-error')).toContainText(
    'requirements[0].min: expected a number, but found text ("6")',
  );
  const good = testInfo.outputPath('good-pathway.json');
  writeFileSync(
    good,
    JSON.stringify({
      id: 'my-path',
      version: 1,
      name: { en: 'Data certificate', ja: 'データ証明' },
      target: { name: { en: 'Certificate', ja: '証明書' }, level: 5, framework: 'jqf' },
      requirements: [{ kind: 'credits', min: 4 }],
    }),
  );
  await page.getByTestId('pathway-file-input').setInputFiles(good);
  await expect(page.getByTestId('pathway-error')).toHaveCount(0);
  const mine = page.locator('[data-testid="path-card"][data-pathway="my-path"]');
  await expect(mine).toHaveAttribute('data-progress', '50');
  await expect(page.getByTestId('level-5').getByTestId('path-badge')).toContainText('Data certificate 50%');

  // Change the credit unit of one credential; it is kept per credential.
  await marker(page, 'Statistics I').click();
  await page.getByTestId('credit-unit').selectOption('ects');
  await expect(page.getByTestId('details-workload')).toContainText('as you chose');

  // Everything survives a reload.
  await page.reload();
  await expect(page.getByTestId('progress-map')).toHaveAttribute('data-ready', 'true');
  await expect(marker(page, 'Borrowed Course')).toHaveAttribute('data-mine', 'false');
  await expect(card.locator('[data-step="examination"]')).toBeChecked();
  await expect(mine).toBeVisible();
  await marker(page, 'Statistics I').click();
  await expect(page.getByTestId('credit-unit')).toHaveValue('ects');
});

test('the map is usable by keyboard: markers are buttons, Escape closes the details and returns focus', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await loadWallet(page, testInfo, [WALLET[0]!, WALLET[5]!]);
  const degree = marker(page, DEGREE);
  await degree.focus();
  await page.keyboard.press('Enter');
  const details = page.getByTestId('details');
  await expect(details).toBeVisible();
  await expect(details.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(degree).toBeFocused();
  // Filter controls are labelled.
  await expect(page.getByLabel('Status')).toBeVisible();
  await page.getByLabel('Status').selectOption('not_verified');
  await expect(page.getByTestId('credential')).toHaveCount(0);
  await expect(page.getByTestId('filters')).toContainText('Showing 0 of 2 credentials.');
  await page.getByLabel('Status').selectOption('verified');
  await expect(page.getByTestId('credential')).toHaveCount(2);
});
