// @vitest-environment happy-dom
// The screen after an import of mixed files: credentials on the map, supporting documents
// (a status list among them, no longer on the map) in their list with what each is, files
// that are not credentials in their tray with the reason in the learner's language and no
// level to choose, each removable; the import notice counts all three; and a baked badge's
// details show its own image through a blob: URL, never its bytes as text.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { WalletApi } from '../../../src-shared/bridge';
import type { ImportedCredential } from '../../../src-shared/credential';
import { msg, renderMessage } from '../../../src-shared/i18n';
import { App } from '../../../src-renderer/App';
import { AppServicesProvider, type AppServices } from '../../../src-renderer/app-context';
import { startFirstRead } from '../../../src-renderer/app/first-read';
import { I18nProvider } from '../../../src-renderer/i18n/i18n';
import { readSampleBytes } from '../../helpers/samples';
import { serviceBridge, testServices } from '../actions/fake-services';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  localStorage.clear();
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

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`Never happened: ${what}`);
}

const all = (host: HTMLElement, id: string): HTMLElement[] =>
  Array.from(host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
const one = (host: HTMLElement, id: string): HTMLElement | null =>
  host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Main's answers as the import service gives them once it reads supporting documents and baked badges. */
const KINDS: Record<string, Partial<ImportedCredential>> = {
  'key1.json': { kind: 'supporting', supportingKind: 'ob2-key' },
  'issuer.json': { kind: 'supporting', supportingKind: 'ob2-issuer' },
  'list.json': { kind: 'supporting', supportingKind: 'status-list' },
  'badge.png': { kind: 'credential', problem: undefined },
};

function servicesWithKinds(): AppServices {
  const real = serviceBridge();
  const decorate = async (
    res: Awaited<ReturnType<WalletApi['importCredentials']>>,
  ): Promise<Awaited<ReturnType<WalletApi['importCredentials']>>> => {
    if (!res.ok) return res;
    return {
      ok: true,
      value: {
        items: res.value.items.map((it) => {
          const { problem, ...rest } = it;
          const extra = KINDS[it.fileName];
          if (extra === undefined) return it;
          return { ...(extra.problem === undefined && 'problem' in extra ? rest : { ...rest, problem }), ...extra };
        }) as ImportedCredential[],
      },
    };
  };
  return testServices({
    importCredentials: async (req) => decorate(await real.importCredentials(req)),
    verifyCredentials: async (req) => decorate(await real.verifyCredentials(req)),
  });
}

const bytes = (rel: string): Uint8Array<ArrayBuffer> => new Uint8Array(readSampleBytes(rel));

function mixedFiles(): File[] {
  return [
    new File([bytes('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json')], 'good.json'),
    new File([bytes('ob2/1edtech-dcpv_ob2_support_key1.json')], 'key1.json'),
    new File([bytes('ob2/1edtech-dcpv_ob2_support_issuer.json')], 'issuer.json'),
    new File([JSON.stringify({ shopping: ['milk', 'rice'] })], 'list.json'),
    new File(['just some notes, not a credential'], 'notes.txt'),
    new File([bytes('ob3/1edtech-dcpv_ob3_baked_json.png')], 'badge.png'),
  ];
}

async function drop(host: HTMLElement, files: File[]): Promise<void> {
  const zone = one(host, 'drop-zone') as HTMLElement;
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files, items: [] } });
  await act(async () => {
    zone.dispatchEvent(event);
  });
}

describe('the trays and the import notice', () => {
  it('puts each file where it belongs, says the three counts, and removes a file from a tray', async () => {
    const services = servicesWithKinds();
    const host = await mount(services);
    await drop(host, mixedFiles());
    await until(() => one(host, 'message') !== null, 'the import notice');

    expect(one(host, 'message')?.textContent).toBe(
      'Added 2 credentials, 3 supporting documents, 1 file that is not a credential; 0 already in your wallet.',
    );
    // On the map: the credential and the baked badge; nothing else.
    const onMap = all(host, 'credential').map((m) => m.getAttribute('data-key'));
    expect(onMap).toHaveLength(2);

    const supporting = all(host, 'supporting-document');
    expect(supporting.map((s) => s.querySelector('.tray-kind')?.textContent).sort()).toEqual([
      'Issuer profile (Open Badges 2.0)',
      'Issuer’s public key (Open Badges 2.0)',
      'Status list (revocation and suspension)',
    ]);
    expect(supporting.map((s) => s.querySelector('.tray-file')?.textContent).sort()).toEqual([
      'issuer.json',
      'key1.json',
      'list.json',
    ]);
    // The status list is no longer among the map's other files.
    expect(one(host, 'other-files')).toBeNull();

    const junk = all(host, 'not-credential');
    expect(junk).toHaveLength(1);
    expect(junk[0]?.querySelector('.tray-file')?.textContent).toBe('notes.txt');
    expect(one(host, 'not-credential-reason')?.textContent).toBe(
      'This text file is not a credential the wallet can read.',
    );
    // Nothing of the tray is a marker that could open a level chooser.
    expect(junk[0]?.querySelector('[data-testid="credential"], select')).toBeNull();

    // The reason follows the language.
    await act(async () => {
      const select = one(host, 'language') as HTMLSelectElement;
      select.value = 'ja';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const reasonJa = renderMessage(msg('import.text'), 'ja');
    expect(reasonJa).not.toBe(renderMessage(msg('import.text'), 'en'));
    expect(one(host, 'not-credential-reason')?.textContent).toBe(reasonJa);
    expect(one(host, 'message')?.textContent).toBe(
      '証明書 2 件、補助ファイル 3 件、証明書ではないファイル 1 件を追加しました。0 件はすでにウォレットにあります。',
    );

    // Remove the junk file: asked first, then gone from the tray and the wallet.
    await act(async () => (junk[0]?.querySelector('[data-testid="tray-remove"]') as HTMLElement).click());
    await act(async () => (one(host, 'tray-remove-confirm') as HTMLElement).click());
    await until(() => all(host, 'not-credential').length === 0, 'the junk file removed');
    expect((await services.credentials.list()).map((r) => r.fileName)).not.toContain('notes.txt');
    expect(all(host, 'supporting-document')).toHaveLength(3);
  });

  it("shows a baked badge's own picture through a blob: URL, and never its bytes as text", async () => {
    const services = servicesWithKinds();
    const host = await mount(services);
    await drop(host, [new File([bytes('ob3/1edtech-dcpv_ob3_baked_json.png')], 'badge.png')]);
    await until(() => all(host, 'credential').length === 1, 'the badge on the map');
    await act(async () => all(host, 'credential')[0]?.click());
    await until(() => one(host, 'details-picture') !== null, 'the picture');
    const img = one(host, 'details-picture') as HTMLImageElement;
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    expect(img.getAttribute('data-type')).toBe('image/png');
    const details = one(host, 'details') as HTMLElement;
    expect(details.querySelector('svg, pre.original')).toBeNull();
    // The image's bytes are never shown as text (no PNG chunk names, no "Original file" toggle).
    expect(details.textContent).not.toContain('IHDR');
    expect(details.textContent).not.toContain('Original file');
    expect(one(host, 'details-origin')?.textContent).toContain('badge.png');
  });
});
