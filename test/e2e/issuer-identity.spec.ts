/**
 * Who issued a credential is shown apart from whether it verifies: a Verified credential
 * whose issuer names itself says so on its card (with the identifier) and in its details, in
 * the learner's language.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dropFiles, expect, test } from './fixtures';
import { samplePath } from '../helpers/samples';

const GOOD = 'ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json';
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

test('a Verified credential says its issuer name is the one the issuer gave itself', async ({ page, shell }) => {
  const bytes = new Uint8Array(readFileSync(samplePath(GOOD)));
  await page.goto(shell.url);
  await dropFiles(page, [samplePath(GOOD)]);
  await expect(page.getByTestId('message')).toContainText('Added 1 credential');
  const card = page.locator(`[data-testid="credential"][data-key="${sha(bytes)}"]`);
  await expect(card.locator('.status')).toHaveText('Verified');
  await expect(card.getByTestId('issuer-self-named')).toContainText('name given by the issuer itself · did:key:');
  await card.click();
  await expect(page.getByTestId('details').getByTestId('details-issuer-self-named')).toContainText(
    'the wallet has not confirmed who the issuer is',
  );
  await page.getByTestId('language').selectOption('ja');
  await expect(card.getByTestId('issuer-self-named')).toContainText('発行者自身が名乗っている名前');
});
