/** Mounts the app inside the language provider. Loaded by the entry (main.tsx) once it has started the first database read. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/i18n';

// Marks for `npm run bench` (BENCH_DETAIL=1 prints them): when the app's code started.
performance.mark('app-start');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
