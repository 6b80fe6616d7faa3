// `npm run dist`: build the installers with electron-builder (electron-builder.json: AppImage
// and deb on Linux, NSIS on Windows, dmg on macOS, with the Electron fuses set). Extra
// arguments go to electron-builder (for example `npm run dist -- --linux`). Where the Electron
// binary could not be downloaded, say so in one sentence instead of failing deep inside
// the packager.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build.mjs';
import { electronBinary } from './start.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_ELECTRON_FOR_DIST_MESSAGE =
  'The installers cannot be built on this machine because the Electron binary could not be downloaded here; run `npm install` and `npm run dist` on a machine that can reach its download server.';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!electronBinary()) {
    console.log(MISSING_ELECTRON_FOR_DIST_MESSAGE);
    process.exit(1);
  }
  const status = buildIfNeeded();
  if (status !== 0) process.exit(status);
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'electron-builder'),
    ['--config', 'electron-builder.json', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit' },
  );
  process.exit(r.status ?? 1);
}
