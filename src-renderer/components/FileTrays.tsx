/**
 * The two lists kept apart from the map: "Supporting documents" (status lists, keys, issuer
 * profiles, BadgeClasses, revocation lists: what each is, its name and its file) and "Not
 * credentials" (each file with the reason it holds no credential). Each entry has a remove
 * button (with a confirmation), which removes its file as the details panel does. Nothing
 * here gives a level, counts toward a pathway or is exported: these lists only show and
 * remove. Every name is rendered as text.
 */
import { memo, useState, type ReactNode } from 'react';
import type { SupportingKind } from '../../src-shared/credential';
import type { CredentialView } from '../db/credential-view';
import { credentialName, problemText } from '../features/credential-text';
import { useI18n, type MessageKey } from '../i18n/i18n';

/** How each kind of supporting document is named to the learner. */
const SUPPORTING_KIND_WORDS: Readonly<Record<SupportingKind, MessageKey>> = {
  'status-list': 'supportingKind_status_list',
  'ob2-badgeclass': 'supportingKind_ob2_badgeclass',
  'ob2-issuer': 'supportingKind_ob2_issuer',
  'ob2-key': 'supportingKind_ob2_key',
  'ob2-revocation-list': 'supportingKind_ob2_revocation_list',
  key: 'supportingKind_key',
  'did-document': 'supportingKind_did_document',
};

/** The words for what a supporting document is (a status list stored before kinds is still one). */
export function supportingKindKey(v: Pick<CredentialView, 'kind' | 'supportingKind'>): MessageKey {
  const kind = v.supportingKind ?? (v.kind === 'status-list' ? 'status-list' : undefined);
  return kind === undefined ? 'supportingKind_other' : SUPPORTING_KIND_WORDS[kind];
}

interface Props {
  supporting: readonly CredentialView[];
  notCredentials: readonly CredentialView[];
  selectedKey: string | null;
  onSelect(key: string): void;
  onRemove(file: { fileSha256: string; fileName: string }): void;
}

/** Remove, then confirm (or keep). */
function RemoveFile({ view, onRemove }: { view: CredentialView; onRemove: Props['onRemove'] }): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const file = { fileSha256: view.fileSha256, fileName: view.fileName };
  if (!confirming)
    return (
      <button
        type="button"
        className="tray-remove"
        data-testid="tray-remove"
        aria-label={t('removeNamed', { file: view.fileName })}
        onClick={() => setConfirming(true)}
      >
        {t('remove')}
      </button>
    );
  return (
    <span className="tray-confirm" role="alert">
      {t('removeConfirm', { file: view.fileName })}{' '}
      <button type="button" className="danger" data-testid="tray-remove-confirm" onClick={() => onRemove(file)}>
        {t('removeYes')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('removeKeep')}
      </button>
    </span>
  );
}

export const FileTrays = memo(function FileTrays({
  supporting,
  notCredentials,
  selectedKey,
  onSelect,
  onRemove,
}: Props): ReactNode {
  const { t, lang } = useI18n();
  return (
    <>
      {supporting.length > 0 ? (
        <section
          className="tray supporting"
          aria-labelledby="supporting-title"
          data-testid="supporting-documents"
          data-count={supporting.length}
        >
          <h2 id="supporting-title">
            {t('supportingTitle')} <span className="count">({supporting.length})</span>
          </h2>
          <p className="hint">{t('supportingHint')}</p>
          <ul className="tray-list">
            {supporting.map((v) => (
              <li
                key={v.key}
                className="tray-item"
                data-testid="supporting-document"
                data-key={v.key}
                data-supporting-kind={v.supportingKind ?? v.kind}
              >
                <span className="tray-kind">{t(supportingKindKey(v))}</span>
                <button
                  type="button"
                  className="link tray-name"
                  aria-pressed={v.key === selectedKey}
                  onClick={() => onSelect(v.key)}
                >
                  {credentialName(v.normalized, lang)}
                </button>
                <span className="tray-file mono">{v.fileName}</span>
                <RemoveFile view={v} onRemove={onRemove} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {notCredentials.length > 0 ? (
        <section
          className="tray not-credentials"
          aria-labelledby="not-credentials-title"
          data-testid="not-credentials"
          data-count={notCredentials.length}
        >
          <h2 id="not-credentials-title">
            {t('notCredentialsTitle')} <span className="count">({notCredentials.length})</span>
          </h2>
          <p className="hint">{t('notCredentialsHint')}</p>
          <ul className="tray-list">
            {notCredentials.map((v) => (
              <li key={v.key} className="tray-item" data-testid="not-credential" data-key={v.key}>
                <span className="tray-file mono">{v.fileName}</span>
                <span className="tray-reason" data-testid="not-credential-reason">
                  {v.problem !== undefined ? problemText(v, lang) : t('notCredentialNoReason')}
                </span>
                <RemoveFile view={v} onRemove={onRemove} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
});
