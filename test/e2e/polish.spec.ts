/**
 * Polish on the browser shell: the empty wallet names every kind of file it accepts; the
 * level chooser names each level; a level chosen on the JQF shows on the EQF as the
 * learner's, carried across the correspondence; removing a pathway asks first.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, dropFiles } from './fixtures';
import { issueBadge } from '../helpers/issuer';

test('the empty wallet names every kind of file it accepts', async ({ page, shell }) => {
  await page.goto(shell.url);
  const kinds = page.getByTestId('empty-kinds');
  for (const kind of [
    'JSON-LD',
    'JWT',
    'presentations',
    'CLR',
    'Open Badges 2.0 and 3.0',
    'PNG and SVG',
    'zip',
    'folders',
    'European Digital Credentials',
    'signed PDFs (kept, not checked yet)',
  ])
    await expect(kinds).toContainText(kind);
});

test('the level chooser names each level; a JQF choice shows on the EQF as the learner’s, through the correspondence', async ({
  page,
  shell,
}, testInfo) => {
  await page.goto(shell.url);
  const path = testInfo.outputPath('workshop.json');
  writeFileSync(path, JSON.stringify(await issueBadge({ name: 'Evening Workshop', issuerName: 'Town Hall' })));
  await dropFiles(page, [path]);
  await expect(page.getByTestId('message')).toContainText('Added 1 credential, ');
  await page.getByTestId('framework').selectOption('jqf');
  await page.getByTestId('credential').filter({ hasText: 'Evening Workshop' }).click();
  const details = page.getByTestId('details');
  const chooser = details.getByTestId('level-choice');
  await expect(chooser.locator('option[value="3"]')).toHaveText(/^Level 3 — \S/);
  await chooser.selectOption('3');
  await expect(details.getByTestId('details-placement')).toContainText('Level 3');
  await expect(page.getByTestId('level-3').getByTestId('credential')).toHaveCount(1);

  await page.getByTestId('framework').selectOption('eqf');
  await expect(page.getByTestId('level-4').getByTestId('credential')).toHaveCount(1);
  await expect(details.getByTestId('details-placement')).toContainText(
    'Chosen by you as JQF level 3; EQF level 4 from the assumed correspondence',
  );
  // No EQF choice of the learner's own: the EQF chooser stays empty.
  await expect(chooser).toHaveValue('');
});

test('removing a pathway asks first; keeping it changes nothing', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  const file = testInfo.outputPath('pathway.json');
  writeFileSync(
    file,
    JSON.stringify({
      id: 'my-path',
      version: 1,
      name: { en: 'Data certificate', ja: 'データ証明' },
      target: { name: { en: 'Certificate', ja: '証明書' } },
      requirements: [{ kind: 'credits', min: 4 }],
    }),
  );
  await page.getByTestId('pathway-file-input').setInputFiles(file);
  const card = page.locator('[data-testid="path-card"][data-pathway="my-path"]');
  await expect(card).toBeVisible();

  await card.getByTestId('remove-pathway').click();
  await expect(card.getByRole('alert')).toHaveText(/Remove the pathway “Data certificate”\?/);
  await card.getByTestId('remove-pathway-keep').click();
  await expect(card.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(card).toBeVisible();

  await card.getByTestId('remove-pathway').click();
  await card.getByTestId('remove-pathway-confirm').click();
  await expect(card).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('paths')).toBeVisible();
  await expect(card).toHaveCount(0);
});
