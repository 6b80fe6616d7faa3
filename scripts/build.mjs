// Builds main, preload and renderer with electron-vite when the sources are newer than
// the last build (or `--force`). Used by serve, start, the CLI and the tests.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'out', '.build-stamp');
const watched = ['src-main', 'src-renderer', 'src-shared', 'resources', 'electron.vite.config.ts', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

export function buildIfNeeded({ force = false, quiet = false } = {}) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const sources = Math.max(...watched.map((w) => newest(join(root, w))));
  if (!force && built > sources) return 0;
  if (!quiet) console.error('Building Manabi Wallet…');
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const r = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  if (r.status !== 0) return r.status ?? 1;
  writeFileSync(stamp, new Date().toISOString());
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(buildIfNeeded({ force: process.argv.includes('--force') }));
}
