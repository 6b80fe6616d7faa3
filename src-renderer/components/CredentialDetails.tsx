/**
 * One credential in full: its picture (a baked badge's own image, or a `data:` image it
 * carries; a picture on the issuer's server is never loaded), its description and criteria,
 * every check with its outcome and reason, where it came from (its file, the archive it was
 * in, the other files it also arrived in), where it is placed and why, the learner's own
 * level choice, its workload (with the assumption behind the hours and the learner's choice
 * of credit unit), the EU micro-credential elements it carries, the pathways it counts
 * toward, and the original file as text (an image file is shown only as its picture). A
 * supporting document or a file that is not a credential has no placement, level, workload
 * or pathways. All credential content is
 * rendered as text nodes, never as HTML. Every word is in the chosen language (messages
 * rendered from the record on each render, so a language switch never re-checks), and every
 * date goes through `Intl`.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import {
  MICRO_CREDENTIAL_SOURCE,
  microCredentialElementLabel,
  microCredentialElements,
} from '../../src-shared/micro-credential';
import type { CheckOutcome } from '../../src-shared/verification';
import {
  CREDIT_UNIT_IDS,
  WORKLOAD_DATA,
  workloadAssumptionText,
  workloadSourceText,
  type CreditUnitId,
  type Workload,
} from '../../src-shared/workload';
import type { CredentialRecord } from '../db/database';
import { kindOf } from '../db/records';
import { isImageFile, pictureOf } from '../features/credential-picture';
import type { PathwayView } from '../features/map-model';
import { downloadBlob } from '../features/map-download';
import { originalText } from '../features/original-text';
import { levelChoices, placementView } from '../features/placement-view';
import { messageText, renderMessage } from '../../src-shared/i18n';
import { checkDetail, checkReason, credentialDates, credentialName, problemText } from '../features/credential-text';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { BadgePicture } from './BadgePicture';
import { StatusBadge } from './StatusBadge';

const OUTCOME: Record<CheckOutcome, MessageKey> = {
  pass: 'checkPass',
  fail: 'checkFail',
  not_checked: 'checkNotChecked',
};

interface Props {
  rec: CredentialRecord;
  framework: FrameworkId;
  original: Uint8Array | undefined;
  onClose(): void;
  onOverride(level: number | null): void;
  workload: Workload | null;
  mine: boolean;
  countsToward: readonly PathwayView[];
  onCreditUnit(unit: CreditUnitId | null): void;
  onSelectPath(id: string): void;
  /** Remove the file this credential came from (and every credential in it). */
  onRemove(): void;
}

function unitLabel(id: string, lang: 'en' | 'ja'): string {
  return WORKLOAD_DATA.units.find((u) => u.id === id)?.name[lang] ?? id;
}

export function CredentialDetails({
  rec,
  framework,
  original,
  onClose,
  onOverride,
  workload,
  mine,
  countsToward,
  onCreditUnit,
  onSelectPath,
  onRemove,
}: Props): ReactNode {
  const { t, lang } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    closeRef.current?.focus();
    setConfirming(false);
  }, [rec.key]);
  const n = rec.normalized;
  const place = placementView(rec, framework, lang);
  const kind = kindOf(rec);
  // Only achievements and presentations take a level, a workload and pathways.
  const placed = kind === 'achievement' || kind === 'presentation';
  const picture = useMemo(() => pictureOf(rec, original), [rec, original]);
  const image = isImageFile(rec, original);
  const text = useMemo(() => (original && !image ? originalText(original) : ''), [original, image]);
  // The file's own bytes are copied (as text) or saved, never the pretty-printed view.
  const [copied, setCopied] = useState<boolean | null>(null);
  const copyOriginal = async (bytes: Uint8Array): Promise<void> => {
    try {
      await navigator.clipboard.writeText(new TextDecoder().decode(bytes));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const name = credentialName(n, lang);
  const elements = microCredentialElements(n);
  const present = elements.filter((e) => e.present).length;
  const dates = credentialDates(rec, lang);
  const hasCredits = n.creditsEarned !== undefined || n.creditsAvailable !== undefined || n.credits !== undefined;
  return (
    <section
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
        <h2 id="details-title">{name}</h2>
        <button type="button" ref={closeRef} onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <StatusBadge status={rec.verification.status} />
      {mine ? null : (
        <p className="not-mine-note" data-testid="details-not-mine">
          <span className="not-mine-tag">{t('notMine')}</span> {t('notMineHint')}
        </p>
      )}
      {rec.problem ? (
        <p className="problem">
          <strong>{t('problem')}:</strong> {problemText(rec, lang)}
        </p>
      ) : null}
      {picture !== null ? <BadgePicture picture={picture} name={name} /> : null}
      {n.description !== undefined && n.description.trim() !== '' ? (
        <>
          <h3>{t('description')}</h3>
          <p className="description" data-testid="details-description">
            {n.description}
          </p>
        </>
      ) : null}
      {n.criteria !== undefined && (n.criteria.narrative !== undefined || n.criteria.url !== undefined) ? (
        <>
          <h3>{t('criteria')}</h3>
          <div data-testid="details-criteria">
            {n.criteria.narrative !== undefined ? <p className="criteria">{n.criteria.narrative}</p> : null}
            {n.criteria.url !== undefined ? (
              <p>
                {t('criteriaPage')}: <span className="mono">{n.criteria.url}</span>
              </p>
            ) : null}
          </div>
        </>
      ) : null}
      <dl className="facts">
        <dt>{t('issuer')}</dt>
        <dd>
          {n.issuerName ?? n.issuerId ?? t('unknownIssuer')}
          {n.issuerName !== undefined ? (
            <span className="hint issuer-note" data-testid="details-issuer-self-named">
              {' '}
              ({t('issuerSelfNamed')})<br />
              {t('issuerSelfNamedHint')}
            </span>
          ) : null}
        </dd>
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
        {dates.issued !== undefined ? (
          <>
            <dt>{t('issuedOn')}</dt>
            <dd data-testid="details-issued">{dates.issued}</dd>
          </>
        ) : null}
        {dates.validUntil !== undefined ? (
          <>
            <dt>{t('validUntil')}</dt>
            <dd data-testid="details-valid-until">{dates.validUntil}</dd>
          </>
        ) : null}
        <dt>{t('importedAt')}</dt>
        <dd>{dates.added}</dd>
        <dt>{t('checkedAt')}</dt>
        <dd data-testid="details-checked">{dates.checked}</dd>
        {rec.part ? (
          <>
            <dt>{t('partOf')}</dt>
            <dd>
              {rec.part.index + 1} / {rec.part.count}
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('cameFrom')}</h3>
      <dl className="origin-facts" data-testid="details-origin">
        <dt>{t('fileName')}</dt>
        <dd className="mono">{rec.fileName}</dd>
        {rec.origin ? (
          <>
            <dt />
            <dd data-testid="details-archive">
              {t('inArchive', { archive: rec.origin.archive, entry: rec.origin.entry })}
            </dd>
          </>
        ) : null}
        {rec.copies && rec.copies.length > 0 ? (
          <>
            <dt>{t('alsoArrivedIn')}</dt>
            <dd>
              <ul className="copies" data-testid="details-copies">
                {rec.copies.map((c) => (
                  <li key={`${c.fileSha256}#${c.part ?? 0}`}>
                    <span className="mono">{c.fileName}</span>
                    {c.origin ? ` — ${t('inArchive', { archive: c.origin.archive, entry: c.origin.entry })}` : ''}
                  </li>
                ))}
              </ul>
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
            <span className="check-message">{checkReason(c, lang)}</span>
            {c.detail ? <span className="check-detail mono">{checkDetail(c.detail, lang)}</span> : null}
          </li>
        ))}
      </ul>
      {placed ? (
        <>
          <h3>{t('placement')}</h3>
          <p data-testid="details-placement">
            {place.level === null ? t('unplaced') : t('level', { level: place.level })} — {place.why}
          </p>
          {place.viaCorrespondence ? <p className="hint">{t('correspondenceNote')}</p> : null}
          <label className="override">
            {t('chooseLevel')}{' '}
            <select
              value={rec.levelOverride?.[framework] ?? ''}
              data-testid="level-choice"
              onChange={(e) => onOverride(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('clearChoice')}</option>
              {levelChoices(framework, lang).map((c) => (
                <option key={c.level} value={c.level}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <h3>{t('workload')}</h3>
          <div data-testid="details-workload">
            {workload === null ? (
              <p>{t('workloadNone')}</p>
            ) : (
              <>
                <p>
                  <strong>
                    {workload.hours === null
                      ? t('workloadHoursUnknown')
                      : t('workloadHours', { hours: workload.hours })}
                  </strong>
                  {workload.unit !== 'unknown' ? ` · ${t('workloadUnit')}: ${unitLabel(workload.unit, lang)}` : ''}
                </p>
                <p className="hint" data-testid="workload-assumption">
                  {workloadAssumptionText(workload, lang)}
                </p>
                <p className="hint">{workloadSourceText(workload, lang)}</p>
              </>
            )}
            {hasCredits ? (
              <label className="override">
                {t('creditUnitChoose')}{' '}
                <select
                  value={rec.creditUnit ?? ''}
                  data-testid="credit-unit"
                  onChange={(e) => onCreditUnit(CREDIT_UNIT_IDS.find((u) => u === e.target.value) ?? null)}
                >
                  <option value="">{t('creditUnitAuto')}</option>
                  {CREDIT_UNIT_IDS.map((u) => (
                    <option key={u} value={u}>
                      {unitLabel(u, lang)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          <h3>{t('countsToward')}</h3>
          {countsToward.length === 0 ? (
            <p className="hint">{t('countsTowardNone')}</p>
          ) : (
            <ul className="counts-toward" data-testid="details-pathways">
              {countsToward.map((v) => (
                <li key={v.pathway.id}>
                  <button type="button" className="link" onClick={() => onSelectPath(v.pathway.id)}>
                    {v.pathway.name[lang]}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('microTitle', { present, total: elements.length })}</h3>
          <ul className="elements" data-testid="details-micro">
            {elements.map((e) => (
              <li
                key={e.id}
                className={`element ${e.present ? 'present' : 'missing'}`}
                data-element={e.id}
                data-present={e.present}
              >
                <span className="element-name">{microCredentialElementLabel(e.id, lang)}</span>
                <span className="element-state">{e.present ? t('elementPresent') : t('elementMissing')}</span>
                {e.evidence !== undefined ? (
                  <span className="element-evidence">{messageText(e.evidence, lang)}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="hint">{renderMessage(MICRO_CREDENTIAL_SOURCE, lang)}</p>
        </>
      ) : null}
      {image ? null : (
        <>
          <h3>
            <button
              type="button"
              className="link"
              aria-expanded={showOriginal}
              onClick={() => setShowOriginal((v) => !v)}
            >
              {t('originalJson')}
            </button>
          </h3>
          {showOriginal && original ? (
            <>
              <div className="original-actions">
                <button type="button" data-testid="original-copy" onClick={() => void copyOriginal(original)}>
                  {t('originalCopy')}
                </button>
                <button
                  type="button"
                  data-testid="original-save"
                  onClick={() => downloadBlob(new Blob([original as Uint8Array<ArrayBuffer>]), rec.fileName)}
                >
                  {t('originalSave')}
                </button>
                {copied !== null ? (
                  <span role="status" className="hint">
                    {copied ? t('originalCopied') : t('originalCopyFailed')}
                  </span>
                ) : null}
              </div>
              {/* Focusable so a keyboard can scroll a long file. */}
              <pre className="original" data-testid="original-text" tabIndex={0} aria-label={t('originalJson')}>
                {text}
              </pre>
            </>
          ) : null}
        </>
      )}
      <div className="remove" data-testid="remove-area">
        {confirming ? (
          <>
            <p role="alert">
              {rec.part && rec.part.count > 1
                ? t('removeConfirmMany', { file: rec.fileName, count: rec.part.count })
                : t('removeConfirm', { file: rec.fileName })}
            </p>
            <button type="button" className="danger" data-testid="remove-confirm" onClick={onRemove}>
              {t('removeYes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('removeKeep')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="remove" onClick={() => setConfirming(true)}>
            {t('remove')}
          </button>
        )}
      </div>
    </section>
  );
}
