/**
 * The wallet's single screen: toolbar (add files, export, framework and language
 * switches), a drop target covering the whole window, import progress, the progress map
 * and a details panel. State lives in IndexedDB; this component only mirrors it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { FrameworkId } from '../src-shared/frameworks';
import { CredentialDetails } from './components/CredentialDetails';
import { ProgressMap } from './components/ProgressMap';
import { CredentialRepository } from './db/credential-repository';
import { openWalletDb, type StoredCredential } from './db/database';
import { exportBundle } from './features/export-bundle';
import { importFiles, type ImportProgress } from './features/import-files';
import { reverifyAll } from './features/reverify';
import { useI18n } from './i18n/i18n';

const FRAMEWORK_KEY = 'manabi.framework';

function initialFramework(): FrameworkId {
  return localStorage.getItem(FRAMEWORK_KEY) === 'eqf' ? 'eqf' : 'jqf';
}

export function App(): ReactNode {
  const { t, lang, setLang } = useI18n();
  const repo = useMemo(() => new CredentialRepository(openWalletDb()), []);
  const [records, setRecords] = useState<StoredCredential[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [framework, setFramework] = useState<FrameworkId>(initialFramework);
  const [selected, setSelected] = useState<string | null>(null);
  const [original, setOriginal] = useState<Uint8Array | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    setRecords(await repo.list());
    setLoaded(true);
  }, [repo]);

  const [rechecking, setRechecking] = useState(false);
  const recheck = useCallback(
    async (announce: boolean) => {
      setRechecking(true);
      const r = await reverifyAll(repo);
      await refresh();
      setRechecking(false);
      if (r.error) setMessage({ kind: 'error', text: t('recheckFailed', { message: r.error }) });
      else if (announce) setMessage({ kind: 'info', text: t('recheckDone', { count: r.checked }) });
    },
    [refresh, repo, t],
  );

  // At start: show what is stored at once, then check it all again in the background
  // (credentials expire; what the wallet knows offline changes).
  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    void refresh().then(() => recheck(false));
  }, [refresh, recheck]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  const selectedRec = records.find((r) => r.key === selected) ?? null;
  useEffect(() => {
    if (!selectedRec) return setOriginal(undefined);
    void repo.fileBytes(selectedRec.fileSha256).then(setOriginal);
  }, [repo, selectedRec]);

  const runImport = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setMessage(null);
      try {
        const outcome = await importFiles(files, repo, setProgress);
        await refresh();
        const notes = outcome.tooLarge.map((name) => t('fileTooLarge', { name }));
        if (outcome.error) setMessage({ kind: 'error', text: [t('importFailed', { message: outcome.error }), ...notes].join(' ') });
        else setMessage({ kind: notes.length ? 'error' : 'info', text: [t('importDone', { added: outcome.added, already: outcome.alreadyStored }), ...notes].join(' ') });
      } catch (e) {
        await refresh();
        setMessage({ kind: 'error', text: t('importFailed', { message: e instanceof Error ? e.message : String(e) }) });
      } finally {
        setProgress(null);
      }
    },
    [refresh, repo, t],
  );

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    void runImport(Array.from(e.dataTransfer.files));
  };

  const onExport = async (): Promise<void> => {
    setMessage(null);
    const r = await exportBundle(repo, framework);
    switch (r.kind) {
      case 'downloaded':
        return setMessage({ kind: 'info', text: t('exportDone', { count: r.count, file: r.fileName }) });
      case 'saved':
        return setMessage({ kind: 'info', text: t('exportSavedTo', { path: r.path }) });
      case 'cancelled':
        return setMessage({ kind: 'info', text: t('exportCancelled') });
      case 'empty':
        return setMessage({ kind: 'info', text: t('exportEmpty') });
      case 'error':
        return setMessage({ kind: 'error', text: t('exportFailed', { message: r.message }) });
    }
  };

  const chooseFramework = (fw: FrameworkId): void => {
    localStorage.setItem(FRAMEWORK_KEY, fw);
    setFramework(fw);
  };

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      data-testid="drop-zone"
      onDragEnter={(e) => {
        e.preventDefault();
        dragDepth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="toolbar">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => inputRef.current?.click()}>
            {t('addFiles')}
          </button>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              void runImport(files);
            }}
          />
          <button type="button" onClick={() => void recheck(true)} disabled={rechecking} data-testid="recheck">
            {t('recheck')}
          </button>
          <button type="button" onClick={() => void onExport()} data-testid="export">
            {t('exportBundle')}
          </button>
          <label>
            {t('framework')}{' '}
            <select value={framework} onChange={(e) => chooseFramework(e.target.value === 'eqf' ? 'eqf' : 'jqf')} data-testid="framework">
              <option value="jqf">{t('frameworkJqf')}</option>
              <option value="eqf">{t('frameworkEqf')}</option>
            </select>
          </label>
          <label>
            {t('language')}{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value === 'ja' ? 'ja' : 'en')} data-testid="language">
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </select>
          </label>
        </div>
      </header>

      <div className="notices" aria-live="polite">
        {progress ? (
          <div className="progress" data-testid="import-progress">
            <progress max={progress.total} value={progress.done} />
            <span>{t('importing', { done: progress.done, total: progress.total })}</span>
          </div>
        ) : null}
        {rechecking ? <p className="hint" data-testid="rechecking">{t('rechecking')}</p> : null}
        {message ? (
          <p className={`message message-${message.kind}`} data-testid="message" role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        ) : null}
        {loaded && records.length === 0 && !progress ? <p className="empty">{t('emptyWallet')}</p> : null}
        <p className="hint">{t('dropHint')}</p>
      </div>

      <main className={selectedRec ? 'with-details' : ''}>
        <ProgressMap records={records} framework={framework} onSelect={setSelected} />
        {selectedRec ? (
          <CredentialDetails
            rec={selectedRec}
            framework={framework}
            original={selectedRec.mediaType.startsWith('image/png') ? undefined : original}
            onClose={() => setSelected(null)}
            onOverride={(level) => void repo.setLevelOverride(selectedRec.key, framework, level).then(refresh)}
          />
        ) : null}
      </main>

      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropNow')}
        </div>
      ) : null}
    </div>
  );
}
