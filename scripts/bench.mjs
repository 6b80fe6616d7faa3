// `npm run bench`: build the app, bundle the benchmark (test/bench) for Node, run it.
// Prints figures; asserts nothing about speed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildIfNeeded } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (buildIfNeeded() !== 0) process.exit(1);
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: join(root, 'test/bench/verify-bench.ts'),
    outDir: join(root, 'out/bench'),
    emptyOutDir: true,
    target: 'node20',
  },
});
// --expose-gc: the benchmark collects its own garbage before each browser measurement.
const r = spawnSync(process.execPath, ['--expose-gc', join(root, 'out/bench/verify-bench.js')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
