// `npm start`: open the desktop app (Electron). Where the Electron binary could not be
// downloaded, say so plainly and name the browser-shell command instead of crashing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_ELECTRON_MESSAGE =
  'The Electron desktop binary is not installed on this machine, so the desktop window cannot open; run `npm run serve` to use Manabi Wallet in your browser instead.';

/** The Electron executable inside the installed `electron` package, or null when it was never downloaded. */
export function electronBinary(packageDir) {
  try {
    const dir = packageDir ?? dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bin = electronBinary();
  if (!bin) {
    console.log(MISSING_ELECTRON_MESSAGE);
    process.exit(1);
  }
  const status = buildIfNeeded();
  if (status !== 0) process.exit(status);
  const child = spawn(bin, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
