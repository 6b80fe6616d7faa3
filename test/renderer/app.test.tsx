// @vitest-environment happy-dom
// The whole screen with services of the test's own, passed through the app's context (no
// `window.wallet`, no module patched): the stored credentials are shown from the first read,
// and a re-check that fails says so and gives the "Check again" button back, instead of
// leaving the wallet "checking" for good. Saving identifiers shows its notice.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src-renderer/App';
import { AppServicesProvider, type AppServices } from '../../src-renderer/app-context';
import { startFirstRead } from '../../src-renderer/app/first-read';
import { importFiles } from '../../src-renderer/features/import-files';
import { I18nProvider } from '../../src-renderer/i18n/i18n';
import { jsonFiles, testServices } from './actions/fake-services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function mount(services: AppServices): Promise<HTMLElement> {
  const firstRead = startFirstRead(services, null);
  const first = await firstRead;
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root?.render(
      <AppServicesProvider services={services}>
        <I18nProvider>
          <App first={first} firstRead={firstRead} />
        </I18nProvider>
      </AppServicesProvider>,
    );
  });
  return host;
}

/** Waits (letting React and the fake database work) until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`Never happened: ${what}`);
}

const byTestId = (host: HTMLElement, id: string): HTMLElement | null =>
  host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('App', () => {
  it('a failed re-check shows an alert and ends the checking state', async () => {
    const services = testServices({ verifyCredentials: () => Promise.reject(new Error('The service is gone.')) });
    await importFiles(jsonFiles(2), services.bridge, services.credentials, () => undefined);
    const host = await mount(services);
    // The files hold no credential: they are shown in the "Not credentials" tray, not on the map.
    expect(host.querySelectorAll('[data-testid="not-credential"]')).toHaveLength(2);
    expect(host.querySelectorAll('[data-testid="credential"]')).toHaveLength(0);

    const button = byTestId(host, 'recheck') as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    await act(async () => button.click());
    await until(() => byTestId(host, 'message') !== null, 'a notice');

    const message = byTestId(host, 'message');
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toBe('Checking again did not finish: The service is gone.');
    expect(button.disabled).toBe(false);
    expect(byTestId(host, 'rechecking')).toBeNull();
  });

  it('a re-check that succeeds says how many were checked', async () => {
    const services = testServices();
    await importFiles(jsonFiles(3), services.bridge, services.credentials, () => undefined);
    const host = await mount(services);
    await act(async () => byTestId(host, 'recheck')?.click());
    await until(() => byTestId(host, 'message') !== null, 'a notice');
    expect(byTestId(host, 'message')?.textContent).toBe('3 credentials checked again just now.');
    expect(byTestId(host, 'message')?.getAttribute('role')).toBe('status');
    expect((byTestId(host, 'recheck') as HTMLButtonElement).disabled).toBe(false);
  });

  it('files opened with the wallet from the desktop are imported at start and whenever more are opened', async () => {
    const queue: { name: string; bytesBase64: string }[][] = [
      [{ name: 'opened-1.json', bytesBase64: btoa(JSON.stringify({ note: 'opened 1' })) }],
    ];
    const tooLarge = ['huge-transcript.pdf'];
    let asked = 0;
    const services = testServices({
      openedFiles: async () => {
        asked += 1;
        const files = queue.shift() ?? [];
        const named = asked === 1 ? tooLarge : [];
        return { ok: true, value: { files, tooLarge: named, more: false } };
      },
    });
    let listener: (() => void) | null = null;
    let unsubscribed = 0;
    (window as unknown as { walletEvents: unknown }).walletEvents = {
      onFilesOpened(l: () => void) {
        listener = l;
        return () => {
          unsubscribed += 1;
        };
      },
    };
    try {
      const host = await mount(services);
      await until(() => host.querySelectorAll('[data-testid="not-credential"]').length === 1, 'the opened file stored');
      await until(() => byTestId(host, 'message') !== null, 'a notice');
      expect(byTestId(host, 'message')?.textContent).toContain('huge-transcript.pdf');

      queue.push([{ name: 'opened-2.json', bytesBase64: btoa(JSON.stringify({ note: 'opened 2' })) }]);
      expect(listener).not.toBeNull();
      await act(async () => listener?.());
      await until(() => host.querySelectorAll('[data-testid="not-credential"]').length === 2, 'the second file stored');
      act(() => root?.unmount());
      root = null;
      expect(unsubscribed).toBeGreaterThan(0);
    } finally {
      delete (window as unknown as { walletEvents?: unknown }).walletEvents;
    }
  });

  it('the browser shell (no desktop events) asks main for no opened files', async () => {
    let asked = 0;
    const services = testServices({
      openedFiles: async () => {
        asked += 1;
        return { ok: true, value: { files: [], tooLarge: [], more: false } };
      },
    });
    await mount(services);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(asked).toBe(0);
  });
});
