/**
 * The toolbar: add files, add a folder (every file in it, at any depth), check again, export
 * the portfolio, and the framework and language switches. It only reports what the learner
 * chose; the actions are run by the caller.
 */
import { useCallback, useRef, type ReactNode } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import { useI18n } from '../i18n/i18n';
import { useAppServices } from '../app-context';

interface Props {
  framework: FrameworkId;
  rechecking: boolean;
  onFiles(files: File[]): void;
  /** The files of a chosen folder, with their paths inside it (`webkitRelativePath`). */
  onFolder(files: File[]): void;
  onRecheck(): void;
  onExport(): void;
  onFramework(framework: FrameworkId): void;
}

export function Toolbar({
  framework,
  rechecking,
  onFiles,
  onFolder,
  onRecheck,
  onExport,
  onFramework,
}: Props): ReactNode {
  const { t, lang, setLang } = useI18n();
  const { importIntent } = useAppServices();
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement | null>(null);
  // React knows no `webkitdirectory` property: the attribute is set on the element itself.
  const folderInput = useCallback((el: HTMLInputElement | null) => {
    el?.setAttribute('webkitdirectory', '');
    folderRef.current = el;
  }, []);
  return (
    <header className="toolbar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <p className="tagline">{t('tagline')}</p>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            // The file dialog opens: main's workers practise while the learner chooses.
            importIntent.signal('intent');
            inputRef.current?.click();
          }}
        >
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
            onFiles(files);
          }}
        />
        <button
          type="button"
          data-testid="add-folder"
          onClick={() => {
            importIntent.signal('intent');
            folderRef.current?.click();
          }}
        >
          {t('addFolder')}
        </button>
        <input
          ref={folderInput}
          type="file"
          hidden
          data-testid="folder-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            onFolder(files);
          }}
        />
        <button type="button" onClick={onRecheck} disabled={rechecking} data-testid="recheck">
          {t('recheck')}
        </button>
        <button type="button" onClick={onExport} data-testid="export">
          {t('exportBundle')}
        </button>
        <label>
          {t('framework')}{' '}
          <select
            value={framework}
            onChange={(e) => onFramework(e.target.value === 'eqf' ? 'eqf' : 'jqf')}
            data-testid="framework"
          >
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
  );
}
