/**
 * The details panel and the highlighted path: which credential is open, that credential in
 * full with its file's original bytes (read again whenever its stored summary changes, a
 * re-check or a new level, so the panel never shows an older state), closing it (Escape
 * too, giving the keyboard back to the marker that opened it), and bringing a path card
 * into view. The read goes through the action runner, so a failed read is a notice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RunAction } from '../actions/action';
import { openDetails } from '../actions/wallet-actions';
import type { CredentialRecord } from '../db/database';
import type { CredentialView } from '../db/credential-view';

export interface Details {
  selected: string | null;
  select(key: string | null): void;
  /** The open credential in full, once read. */
  rec: CredentialRecord | null;
  original: Uint8Array | undefined;
  close(): void;
  highlightedPath: string | null;
  selectPath(id: string): void;
}

export function useDetails(run: RunAction, recordsByKey: ReadonlyMap<string, CredentialView>): Details {
  const [selected, select] = useState<string | null>(null);
  const [highlightedPath, setHighlightedPath] = useState<string | null>(null);
  const [full, setFull] = useState<{ rec: CredentialRecord; original: Uint8Array | undefined } | null>(null);
  const summary = selected !== null ? (recordsByKey.get(selected) ?? null) : null;

  useEffect(() => {
    if (!summary) return setFull(null);
    let current = true;
    void run(openDetails, summary.key).then((read) => {
      if (current && read !== undefined) setFull(read.rec === null ? null : { rec: read.rec, original: read.original });
    });
    return () => {
      current = false;
    };
  }, [run, summary]);

  const close = useCallback(() => {
    select((key) => {
      if (key !== null) {
        // Give the keyboard back to the marker that opened the details.
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-testid="credential"][data-key="${CSS.escape(key)}"]`)?.focus(),
        );
      }
      return null;
    });
  }, []);
  useEffect(() => {
    if (selected === null) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, close]);

  const selectPath = useCallback((id: string) => {
    setHighlightedPath(id);
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-testid="path-card"][data-pathway="${CSS.escape(id)}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.focus();
    });
  }, []);

  const rec = full !== null && full.rec.key === selected ? full.rec : null;
  return { selected, select, rec, original: rec ? full?.original : undefined, close, highlightedPath, selectPath };
}
