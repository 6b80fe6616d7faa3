// Bundles one TypeScript entry of the repository for Node (Vite, SSR build) into out/<name>
// and runs it with this Node, for the scripts that run code from test/ (the benchmark, the
// practice-credential writer). Returns the exit status.
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function runTs(entry, { outDir, nodeArgs = [] }) {
  const out = join(root, outDir);
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { ssr: join(root, entry), outDir: out, emptyOutDir: true, target: 'node20' },
  });
  const script = join(out, basename(entry).replace(/\.ts$/, '.js'));
  return spawnSync(process.execPath, [...nodeArgs, script], { cwd: root, stdio: 'inherit' }).status ?? 1;
}
