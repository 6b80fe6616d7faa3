/**
 * Playwright fixtures: a fresh browser shell (`out/main/serve.js --port 0`) per test, its
 * printed address, and helpers to drop files the way a learner's drag and drop does.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { startShellProcess, type ShellProcess } from '../helpers/browser-shell';

export type Shell = ShellProcess;

export const test = base.extend<{ shell: Shell }>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const shell = await startShellProcess();
    await use(shell);
    shell.process.kill('SIGTERM');
  },
});

export { expect };

/** Drop files on the window with a real DataTransfer, as a drag from the desktop does. */
export async function dropFiles(page: Page, paths: readonly string[]): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), b64: readFileSync(p).toString('base64') }));
  const dt = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      transfer.items.add(new File([bytes], f.name, { type: 'application/json' }));
    }
    return transfer;
  }, files);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: dt });
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await zone.dispatchEvent('drop', { dataTransfer: dt });
}
