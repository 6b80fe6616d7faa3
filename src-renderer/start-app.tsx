/**
 * Makes the app's services (the bridge, the repositories, the clock: app-context.tsx) and
 * mounts the app inside them and the language provider. Loaded by the entry (main.tsx) once
 * it has started the first database read. The repositories are made, and take over that
 * read (first-read.ts), as soon as this code loads, so the first records and settings
 * overlap React's start. The first render waits for the read for up to FIRST_READ_WAIT_MS,
 * so a wallet opens straight onto its map; on a slower read (a large wallet's index being
 * built) the app shows after that time, saying the wallet is being opened, and the
 * credentials when they come. It also starts watching for the learner's intent to import,
 * and says when the wallet opened large (features/import-intent.ts).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppServicesProvider, openAppServices } from './app-context';
import { startFirstRead, type FirstRead } from './app/first-read';
import { I18nProvider } from './i18n/i18n';
import { signalWalletOpened } from './features/import-intent';

const FIRST_READ_WAIT_MS = 400;

const services = openAppServices();
const firstRead = startFirstRead(services);

// Marks for `npm run bench` (BENCH_DETAIL=1 prints them): when the app's code started.
performance.mark('app-start');
// Main's verification workers practise only when an import is likely: files dragged over the
// window, or a wallet that opens large (features/import-intent.ts).
services.importIntent.watch(window);
void firstRead.then(({ records }) => {
  if ('list' in records) signalWalletOpened(services.importIntent, records.list.length);
});
const root = document.getElementById('root');
if (root) {
  void Promise.race([firstRead, new Promise<undefined>((r) => setTimeout(r, FIRST_READ_WAIT_MS))]).then(
    (first: FirstRead | undefined) => {
      createRoot(root).render(
        <StrictMode>
          <AppServicesProvider services={services}>
            <I18nProvider>
              <App first={first} firstRead={firstRead} />
            </I18nProvider>
          </AppServicesProvider>
        </StrictMode>,
      );
    },
  );
}
