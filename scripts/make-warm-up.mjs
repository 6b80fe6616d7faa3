// `npm run make:warm-up`: bundle test/helpers/make-warm-up.ts for Node and run it, which
// writes the practice credentials in resources/warm-up (see that file).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: { ssr: join(root, 'test/helpers/make-warm-up.ts'), outDir: join(root, 'out/make-warm-up'), emptyOutDir: true, target: 'node20' },
});
const r = spawnSync(process.execPath, [join(root, 'out/make-warm-up/make-warm-up.js')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
