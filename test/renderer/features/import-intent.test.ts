// The intent to import reaches main once per reason, only on a real sign (files dragged over
// the window, an explicit signal, a large wallet), and the window's listener is installed once.
import { describe, expect, it } from 'vitest';
import type { PrepareImportReason } from '../../../src-shared/bridge';
import { LARGE_WALLET, createImportIntent } from '../../../src-renderer/features/import-intent';

function recorder(): { sent: PrepareImportReason[]; send(reason: PrepareImportReason): Promise<unknown> } {
  const sent: PrepareImportReason[] = [];
  return { sent, send: async (reason) => sent.push(reason) };
}

/** An event target standing in for the window, counting the listeners added. */
class FakeWindow extends EventTarget {
  added = 0;
  removed = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.added++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.removed++;
    super.removeEventListener(...args);
  }
}

function drag(types: string[]): Event {
  return Object.assign(new Event('dragenter'), { dataTransfer: { types } });
}

describe('import intent', () => {
  it('sends nothing until there is a sign', () => {
    const r = recorder();
    const intent = createImportIntent(r.send);
    intent.watch(new FakeWindow() as unknown as Window);
    expect(intent.opened(LARGE_WALLET - 1)).toBe(false);
    expect(intent.opened(0)).toBe(false);
    expect(r.sent).toEqual([]);
  });

  it('sends the intent once, however often it is signalled', () => {
    const r = recorder();
    const intent = createImportIntent(r.send);
    expect(intent.signal()).toBe(true);
    expect(intent.signal()).toBe(false);
    expect(intent.signal('intent')).toBe(false);
    expect(r.sent).toEqual(['intent']);
  });

  it('says once that a large wallet opened, apart from the intent', () => {
    const r = recorder();
    const intent = createImportIntent(r.send);
    expect(intent.opened(LARGE_WALLET)).toBe(true);
    expect(intent.opened(LARGE_WALLET * 10)).toBe(false);
    expect(intent.signal()).toBe(true);
    expect(r.sent).toEqual(['large-wallet', 'intent']);
  });

  it('installs its drag listener once per window, and the first drag of files signals intent', () => {
    const r = recorder();
    const intent = createImportIntent(r.send);
    const win = new FakeWindow();
    intent.watch(win as unknown as Window);
    intent.watch(win as unknown as Window);
    expect(win.added).toBe(1);
    // Text or a link dragged across the page is no sign of an import.
    win.dispatchEvent(drag(['text/plain']));
    win.dispatchEvent(new Event('dragenter'));
    expect(r.sent).toEqual([]);
    win.dispatchEvent(drag(['Files']));
    win.dispatchEvent(drag(['Files']));
    expect(r.sent).toEqual(['intent']);
    // Its work done, the listener is gone.
    expect(win.removed).toBe(1);
  });

  it('never lets a failed request reach the page', async () => {
    let calls = 0;
    const intent = createImportIntent(async () => {
      calls++;
      throw new Error('The wallet service cannot be reached.');
    });
    expect(intent.signal()).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
  });
});
