/**
 * Playwright fixtures: a fresh browser shell (`out/main/serve.js --port 0`) per test, its
 * printed address, and helpers to drop files the way a learner's drag and drop does.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export interface Shell {
  url: string;
  process: ChildProcess;
}

async function startShell(): Promise<Shell> {
  const child = spawn(process.execPath, [resolve('out/main/serve.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`browser shell did not print its address: ${out}`)), 20_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/t\/[^/\s]+\/)$/m.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => fail(new Error(`browser shell exited (${code}): ${out}`)));
  });
  return { url, process: child };
}

export const test = base.extend<{ shell: Shell }>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const shell = await startShell();
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
