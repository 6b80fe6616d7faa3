/**
 * One credential in full: every check with its outcome and reason, where it is placed and
 * why, the learner's own level choice, and the original file as text. All credential
 * content is rendered as text nodes, never as HTML.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import type { CheckOutcome } from '../../src-shared/verification';
import type { StoredCredential } from '../db/database';
import { placementView } from '../features/placement-view';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/strings';
import { StatusBadge } from './StatusBadge';

const OUTCOME: Record<CheckOutcome, MessageKey> = { pass: 'checkPass', fail: 'checkFail', not_checked: 'checkNotChecked' };

interface Props {
  rec: StoredCredential;
  framework: FrameworkId;
  original: Uint8Array | undefined;
  onClose(): void;
  onOverride(level: number | null): void;
}

export function CredentialDetails({ rec, framework, original, onClose, onOverride }: Props): ReactNode {
  const { t, lang } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  useEffect(() => closeRef.current?.focus(), [rec.key]);
  const n = rec.normalized;
  const place = placementView(rec, framework, lang);
  const text = original ? new TextDecoder().decode(original.subarray(0, 200_000)) : '';
  return (
    <aside
      className="details"
      role="dialog"
      aria-modal="false"
      aria-labelledby="details-title"
      data-testid="details"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2 id="details-title">{n.name}</h2>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <StatusBadge status={rec.verification.status} />
      {rec.problem ? (
        <p className="problem">
          <strong>{t('problem')}:</strong> {rec.problem}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('issuer')}</dt>
        <dd>{n.issuerName ?? n.issuerId ?? t('unknownIssuer')}</dd>
        {n.issuerName && n.issuerId ? (
          <>
            <dt />
            <dd className="mono">{n.issuerId}</dd>
          </>
        ) : null}
        {n.achievementType ? (
          <>
            <dt>{t('type')}</dt>
            <dd>{n.achievementType}</dd>
          </>
        ) : null}
        {n.credits !== undefined ? (
          <>
            <dt>{t('credits')}</dt>
            <dd>{n.credits}</dd>
          </>
        ) : null}
        {n.issuedOn ? (
          <>
            <dt>{t('issuedOn')}</dt>
            <dd>{n.issuedOn}</dd>
          </>
        ) : null}
        {n.validUntil ? (
          <>
            <dt>{t('validUntil')}</dt>
            <dd>{n.validUntil}</dd>
          </>
        ) : null}
        <dt>{t('checkedAt')}</dt>
        <dd>{new Date(rec.verification.checkedAt).toLocaleString(lang)}</dd>
        <dt>{t('fileName')}</dt>
        <dd className="mono">{rec.fileName}</dd>
        {rec.part ? (
          <>
            <dt>{t('partOf')}</dt>
            <dd>
              {rec.part.index + 1} / {rec.part.count}
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('checks')}</h3>
      <ul className="checks" data-testid="checks">
        {rec.verification.checks.map((c, i) => (
          <li key={`${c.id}-${i}`} className={`check check-${c.outcome}`} data-check={c.id} data-outcome={c.outcome}>
            <span className="check-name">{t(`check_${c.id}` as MessageKey)}</span>
            <span className="check-outcome">{t(OUTCOME[c.outcome])}</span>
            <span className="check-message">{c.message}</span>
            {c.detail ? <span className="check-detail mono">{c.detail}</span> : null}
          </li>
        ))}
      </ul>
      <h3>{t('placement')}</h3>
      <p data-testid="details-placement">
        {place.level === null ? t('unplaced') : t('level', { level: place.level })} — {place.why}
      </p>
      {place.viaCorrespondence ? <p className="hint">{t('correspondenceNote')}</p> : null}
      <label className="override">
        {t('chooseLevel')}{' '}
        <select
          value={rec.levelOverride?.[framework] ?? ''}
          onChange={(e) => onOverride(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('clearChoice')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8].map((l) => (
            <option key={l} value={l}>
              {t('level', { level: l })}
            </option>
          ))}
        </select>
      </label>
      <h3>
        <button type="button" className="link" aria-expanded={showOriginal} onClick={() => setShowOriginal((v) => !v)}>
          {t('originalJson')}
        </button>
      </h3>
      {showOriginal ? <pre className="original">{text}</pre> : null}
    </aside>
  );
}
