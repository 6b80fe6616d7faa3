/**
 * Entry point of `npm run serve`: starts the browser shell and prints the app's full
 * address (token included) on a line of its own. Stops cleanly on Ctrl-C / SIGTERM. It
 * never listens beyond 127.0.0.1 and never prints or logs a credential.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServiceHandlers } from '../../services/handlers';
import { ImportPool } from '../../services/worker-pool';
import { startBrowserShell } from './server';
import { parsePort } from './args';

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2));
  if (typeof port === 'string') {
    console.error(port);
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(here, '..', 'renderer');
  const pool = new ImportPool(resolve(here, 'import-worker.js'));
  // The workers load their libraries now, and practise only when the page says an import is
  // likely (channel app:prepare-import): an idle start costs nothing more.
  pool.warm();
  let shell;
  try {
    shell = await startBrowserShell({ rendererDir, handlers: createServiceHandlers('browser', pool), port });
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Start with another one, for example: npm run serve -- --port ${port + 1}`
        : `The wallet could not start: ${(e as Error).message}`,
    );
    process.exit(1);
  }
  console.log('Manabi Wallet is running in your browser shell. Open this address (it works only on this computer):');
  console.log(shell.url);
  const stop = (): void => {
    void Promise.all([shell.close(), pool.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
