// The browser shell as a browser meets it: the page loads with no console error and no failed
// request (its icon included), and the browser's own icon request is not refused.
import { test, expect } from './fixtures';

test('the app loads with no console error and no failed request; its icon is served under the token', async ({
  page,
  shell,
}) => {
  const errors: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => failed.push(r.url()));
  const icon: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('favicon')) icon.push(r.status());
  });
  await page.goto(shell.url);
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await expect.poll(() => icon.length).toBeGreaterThan(0);
  expect(icon.every((s) => s === 200)).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(failed).toEqual([]);
});
