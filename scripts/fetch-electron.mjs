// Root postinstall: fetch the Electron desktop binary when this machine can, and never
// fail the install when it cannot. npm skips dependencies' install scripts unless they
// are approved, so Electron's own download step is run from here, with a time limit.
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 skips it (machines without internet access, CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);

let dir;
try {
  dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
} catch {
  process.exit(0); // not installed (e.g. production install without dev dependencies)
}
if (existsSync(join(dir, 'path.txt'))) process.exit(0); // already downloaded

const r = spawnSync(process.execPath, [join(dir, 'install.js')], {
  cwd: dir,
  stdio: ['ignore', 'ignore', 'pipe'],
  timeout: 180_000,
});
if (r.status !== 0) {
  console.log(
    'The Electron desktop binary could not be downloaded on this machine: `npm run serve` runs Manabi Wallet in your browser instead, and every test works without it.',
  );
}
process.exit(0);
