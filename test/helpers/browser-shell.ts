/**
 * Starting the built browser shell the way a learner does (`out/main/serve.js`) and
 * finding the address it prints; the Chromium the tests drive. Shared by the Playwright
 * fixtures, the serve-process test and the benchmark. Test-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Headless Chromium also keeps the browser's own omnibox popups (WebUI pages) in a renderer
 * of their own, which used up to 0.7 s of CPU during a measured import. The wallet has no
 * omnibox (Electron shows only the app) and no test uses it, so they are switched off
 * (Chromium ignores feature names it does not know).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** The line the shell prints: its full address, token included. */
export const SHELL_ADDRESS_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]+\/)$/m;

export interface ShellProcess {
  url: string;
  process: ChildProcess;
}

export async function startShellProcess(timeoutMs = 20_000): Promise<ShellProcess> {
  const child = spawn(process.execPath, [resolve('out/main/serve.js'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`the browser shell did not print its address: ${out}`)), timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = SHELL_ADDRESS_LINE.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the browser shell exited (${code}): ${out}`));
    });
  });
  return { url, process: child };
}
