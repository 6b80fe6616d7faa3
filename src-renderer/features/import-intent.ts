/**
 * Tells main, once, that an import is likely, so its verification workers practise before
 * the files arrive (src-main/services/warm-up.ts) — and only then: an idle start must cost
 * the learner's computer nothing. An import is likely when the learner drags files over the
 * window, opens the file dialog or starts an import (`intent`), or when the wallet opens
 * with at least LARGE_WALLET credentials (`large-wallet`: its next import and re-checks are
 * large too).
 *
 * It sends at most one request per reason per page and never waits for the answer or shows
 * anything: practice is only about speed, and a refused or failed request changes nothing
 * the learner sees. It never reads or sends credentials or file contents.
 */
import type { PrepareImportReason } from '../../src-shared/bridge';

/** A wallet holding at least this many credentials practises at start. */
export const LARGE_WALLET = 500;

type Send = (reason: PrepareImportReason) => Promise<unknown>;

/** The window's part this module uses: a place to listen for drags. */
type DragTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface ImportIntent {
  /** The learner is about to import: tell main (once). Returns whether this call sent it. */
  signal(reason?: PrepareImportReason): boolean;
  /** The wallet opened with `count` credentials: tell main (once) when that is a large wallet. */
  opened(count: number): boolean;
  /** Listen (once per target) for files dragged over it; the first such drag signals intent. */
  watch(target: DragTarget): void;
}

/** Whether a drag carries files (not text or a link dragged across the page). */
function carriesFiles(event: Event): boolean {
  const types = (event as Partial<DragEvent>).dataTransfer?.types;
  return types !== undefined && Array.from(types).includes('Files');
}

export function createImportIntent(send: Send): ImportIntent {
  const sent = new Set<PrepareImportReason>();
  const watched = new WeakSet<DragTarget>();
  const signal = (reason: PrepareImportReason = 'intent'): boolean => {
    if (sent.has(reason)) return false;
    sent.add(reason);
    // Only a matter of speed: a failed request is ignored.
    send(reason).catch(() => undefined);
    return true;
  };
  return {
    signal,
    opened: (count) => count >= LARGE_WALLET && signal('large-wallet'),
    watch(target) {
      if (watched.has(target)) return;
      watched.add(target);
      const onDragEnter = (event: Event): void => {
        if (!carriesFiles(event)) return;
        signal('intent');
        target.removeEventListener('dragenter', onDragEnter, { capture: true });
      };
      // Capture, on the window: seen before any element handles (or stops) the drag.
      target.addEventListener('dragenter', onDragEnter, { capture: true, passive: true });
    },
  };
}

/**
 * The wallet has opened with `count` credentials: practise when it is large. Said when the
 * page is next idle (after the map's first paint), and main waits a moment more. Idempotent.
 */
export function signalWalletOpened(intent: ImportIntent, count: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => intent.opened(count), { timeout: 5000 });
  else setTimeout(() => intent.opened(count), 0);
}
