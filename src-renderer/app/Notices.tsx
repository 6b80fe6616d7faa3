/**
 * What the wallet is doing and has done: import progress, the re-check under way, the last
 * action's notice (an error as an alert), that the wallet is opening or empty, and how to add
 * files. A notice is kept as messages and put into words here, in the learner's language.
 */
import type { ReactNode } from 'react';
import { noticeText, type Notice } from '../actions/action';
import type { ImportProgress } from '../features/import-files';
import { useI18n } from '../i18n/i18n';

interface Props {
  progress: ImportProgress | null;
  rechecking: boolean;
  notice: Notice | null;
  loaded: boolean;
  empty: boolean;
}

export function Notices({ progress, rechecking, notice, loaded, empty }: Props): ReactNode {
  const { t, lang } = useI18n();
  return (
    <div className="notices" aria-live="polite">
      {progress ? (
        <div className="progress" data-testid="import-progress">
          <progress max={progress.total} value={progress.done} />
          <span>{t('importing', { done: progress.done, total: progress.total })}</span>
        </div>
      ) : null}
      {rechecking ? (
        <p className="hint" data-testid="rechecking">
          {t('rechecking')}
        </p>
      ) : null}
      {notice ? (
        <p
          className={`message message-${notice.kind}`}
          data-testid="message"
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {noticeText(notice, lang)}
        </p>
      ) : null}
      {!loaded && !notice ? (
        <p className="hint" role="status" data-testid="opening">
          {t('walletOpening')}
        </p>
      ) : null}
      {loaded && empty && !progress ? (
        <>
          <p className="empty">{t('emptyWallet')}</p>
          <p className="hint" data-testid="empty-kinds">
            {t('emptyWalletKinds')}
          </p>
        </>
      ) : null}
      <p className="hint">{t('dropHint')}</p>
    </div>
  );
}
