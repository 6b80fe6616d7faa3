// Builds main, preload and renderer with electron-vite when the sources are newer than
// the last build (or `--force`). Used by serve, start, the CLI and the tests.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

function upToDate() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  return built > Math.max(...watched.map((w) => newest(join(root, w))));
}

const lock = join(root, 'out', '.build-lock');

/** Several test files may ask at once: one builds, the others wait and reuse its build. */
function withLock(fn) {
  mkdirSync(join(root, 'out'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than the deadline was left by a killed build: take it over.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another build to finish.');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function buildIfNeeded({ force = false, quiet = false } = {}) {
  if (!force && upToDate()) return 0;
  return withLock(() => {
    if (!force && upToDate()) return 0;
    if (!quiet) console.error('Building Manabi Wallet…');
    const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const r = spawnSync(process.execPath, [bin, 'build'], {
      cwd: root,
      stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
    if (r.status !== 0) return r.status ?? 1;
    writeFileSync(stamp, new Date().toISOString());
    return 0;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(buildIfNeeded({ force: process.argv.includes('--force') }));
}
