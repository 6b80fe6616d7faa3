// `npm run serve`: build when needed, then start the loopback browser shell.
// Arguments (e.g. `--port 5000`) are passed on.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const status = buildIfNeeded();
if (status !== 0) process.exit(status);
const child = spawn(process.execPath, [join(root, 'out', 'main', 'serve.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
