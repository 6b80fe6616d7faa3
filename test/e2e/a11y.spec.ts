/**
 * Accessibility: axe-core runs on the browser shell's main screen with credentials imported
 * (one of them issued to someone else, so the "Not yours" cards are on screen), with the
 * details panel open, and on the Japanese screen. No serious or critical finding may remain;
 * lesser findings are printed so they stay visible.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { dropFiles, expect, test } from './fixtures';
import { issueBadge, type AchievementSpec } from '../helpers/issuer';

const ME = 'did:example:learner-7';

const WALLET: (AchievementSpec & { file: string })[] = [
  {
    file: 'degree.json',
    name: 'Associate of Science in Informatics',
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
    file: 'other.json',
    name: 'Borrowed Course',
    achievementType: 'Course',
    creditsEarned: 8,
    issuerName: 'Open University of Japan',
    issuerCountry: 'JP',
    subjectId: 'did:example:someone-else',
  },
];

async function loadWallet(page: Page, testInfo: TestInfo): Promise<void> {
  const files: string[] = [];
  for (const { file, ...spec } of WALLET) {
    const path = testInfo.outputPath(file);
    writeFileSync(path, JSON.stringify(await issueBadge(spec), null, 2));
    files.push(path);
  }
  await dropFiles(page, files);
  await expect(page.getByTestId('message')).toContainText(`Added ${WALLET.length} credentials, `);
  // Set the learner's identifier, so the third credential shows as someone else's.
  const settings = page.getByTestId('learner-settings');
  await settings.getByRole('button', { name: `Use ${ME}` }).click();
  await settings.getByTestId('learner-save').click();
  await expect(page.getByTestId('not-mine')).toHaveCount(1);
}

/** Run axe; print every finding; return the serious and critical ones (rule id and target). */
async function seriousFindings(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  for (const v of result.violations)
    console.log(
      `[axe ${where}] ${v.impact ?? 'unknown'} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

test('the main screen, the details panel and the Japanese screen have no serious accessibility findings', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('progress-map')).toHaveAttribute('data-ready', 'true');
  // The empty wallet first.
  expect(await seriousFindings(page, 'empty')).toEqual([]);

  await loadWallet(page, testInfo);
  expect(await seriousFindings(page, 'main')).toEqual([]);

  await page.getByTestId('credential').filter({ hasText: 'Borrowed Course' }).click();
  const details = page.getByTestId('details');
  await expect(details).toBeVisible();
  await details.getByRole('button', { name: 'Original file' }).click();
  expect(await seriousFindings(page, 'details')).toEqual([]);

  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('まなびウォレット');
  expect(await seriousFindings(page, 'ja details')).toEqual([]);
  await details.getByRole('button', { name: '閉じる' }).click();
  await expect(details).toHaveCount(0);
  expect(await seriousFindings(page, 'ja')).toEqual([]);
});
