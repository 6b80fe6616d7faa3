/**
 * A large import through "Add files": a progress bar counts the files, the window keeps
 * answering while main verifies, and every credential ends up stored and shown — also
 * after a reload. The credentials are real, signed here with fresh keys of all suites.
 */
import { writeFileSync } from 'node:fs';
import { issue, newSigner, openBadge, type Suite } from '../helpers/issuer';
import { MARKERS_PER_GROUP } from '../../src-renderer/components/ProgressMap';
import { CHIPS_PER_REQUIREMENT } from '../../src-renderer/components/PathwaysPanel';
import { expect, test } from './fixtures';

const COUNT = 150;

test('150 files: progress with a count, a responsive window, all stored and shown', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(120_000);
  const suites: Suite[] = ['Ed25519Signature2020', 'eddsa-rdfc-2022', 'ecdsa-rdfc-2019'];
  const signers = await Promise.all(suites.map((s) => newSigner(s)));
  const paths: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const k = i % suites.length;
    const signer = signers[k];
    if (!signer) throw new Error('no signer');
    const cred = await issue(
      openBadge(
        { name: `Module ${i + 1}`, achievementType: 'Course', creditsEarned: 1 },
        signer.did,
        suites[k] === 'Ed25519Signature2020',
      ),
      signer,
    );
    const path = testInfo.outputPath(`module-${i + 1}.json`);
    writeFileSync(path, JSON.stringify(cred));
    paths.push(path);
  }

  await page.goto(shell.url);
  await expect(page.getByText('Your wallet is empty')).toBeVisible();
  // Record every progress text the page shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="import-progress"]');
      if (el?.textContent && seen[seen.length - 1] !== el.textContent) seen.push(el.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await page.getByTestId('file-input').setInputFiles(paths);
  // While the import runs, the window still answers: the language switch works.
  await page.getByTestId('language').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('まなびウォレット');
  await page.getByTestId('language').selectOption('en');

  await expect(page.getByTestId('message')).toContainText(`Added ${COUNT} credentials, `, { timeout: 90_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((t) => t.includes(`of ${COUNT} files`))).toBe(true);
  // All of them wait in Unplaced (courses state no level); a long group shows its first
  // markers and a "Show all" button that reveals every one.
  const tray = page.getByTestId('unplaced');
  await expect(tray).toHaveAttribute('data-count', String(COUNT));
  await expect(tray.getByTestId('credential')).toHaveCount(MARKERS_PER_GROUP);
  await tray.getByTestId('show-all').click();
  await expect(tray.getByTestId('credential')).toHaveCount(COUNT);
  await expect(page.locator('[data-testid="credential"] .status', { hasText: /^Verified$/ })).toHaveCount(COUNT);
  // A path card lists the first credentials that count toward a requirement, then "Show all".
  const credits = page.locator('[data-testid="requirement"]', { has: page.getByTestId('show-all-counted') }).first();
  await expect(credits.getByTestId('counted')).toHaveCount(CHIPS_PER_REQUIREMENT);
  await credits.getByTestId('show-all-counted').click();
  await expect(credits.getByTestId('counted')).toHaveCount(COUNT);

  await page.reload();
  await expect(page.getByTestId('unplaced')).toHaveAttribute('data-count', String(COUNT));
});
