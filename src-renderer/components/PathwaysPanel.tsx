/**
 * Stackable paths: one card per pathway (bundled, imported from a file, or read from the
 * credentials) with its target, a progress bar, what counts (each a button that opens the
 * credential), what is missing, the next step, and the steps the learner ticks off. Also
 * the pathway-file import. Pathway and credential text is rendered as text only.
 */
import { memo, useRef, useState, type ReactNode } from 'react';
import type { FrameworkId } from '../../src-shared/frameworks';
import type { RequirementResult } from '../../src-shared/pathways';
import type { CredentialView } from '../db/credential-view';
import { percent, type PathwayView } from '../features/map-model';
import { pathTargetText, requirementSummary, yearsLine } from '../features/map-text';
import { localText } from '../../src-shared/i18n';
import { credentialName } from '../features/credential-text';
import { useI18n, type MessageKey } from '../i18n/i18n';

interface Props {
  views: readonly PathwayView[];
  recordKeyOf: ReadonlyMap<string, string>;
  recordsByKey: ReadonlyMap<string, CredentialView>;
  framework: FrameworkId;
  highlighted: string | null;
  onSelectCredential(key: string): void;
  onTick(pathwayId: string, stepId: string, ticked: boolean): void;
  onImport(files: File[]): void;
  onRemove(pathwayId: string): void;
  importError: string | null;
}

const SOURCE: Record<PathwayView['source'], MessageKey> = {
  bundled: 'pathSourceBundled',
  imported: 'pathSourceImported',
  derived: 'pathSourceDerived',
};

/** Credentials listed under a requirement before "Show all": a path a thousand courses long stays readable and quick to draw. */
export const CHIPS_PER_REQUIREMENT = 24;

function Requirement({ r, pathwayId, props }: { r: RequirementResult; pathwayId: string; props: Props }): ReactNode {
  const { t, lang } = useI18n();
  const [allCounted, setAllCounted] = useState(false);
  if (r.kind === 'step') {
    return (
      <li className={`req req-step${r.met ? ' met' : ''}`} data-testid="requirement" data-kind="step" data-met={r.met}>
        <label>
          <input
            type="checkbox"
            checked={r.met}
            data-testid="step"
            data-step={r.id}
            onChange={(e) => props.onTick(pathwayId, r.id, e.target.checked)}
          />{' '}
          {localText(r.label, lang)}
        </label>
      </li>
    );
  }
  const nameOf = (credKey: string): { recKey: string | undefined; name: string } => {
    const recKey = props.recordKeyOf.get(credKey);
    const rec = recKey !== undefined ? props.recordsByKey.get(recKey) : undefined;
    return { recKey, name: rec !== undefined ? credentialName(rec.normalized, lang) : credKey };
  };
  return (
    <li
      className={`req req-${r.kind}${r.met ? ' met' : ''}`}
      data-testid="requirement"
      data-kind={r.kind}
      data-met={r.met}
      data-have={r.progress.have}
      data-need={r.progress.need}
    >
      <div className="req-head">
        <span className="req-label">{localText(r.label, lang)}</span>
        <span className={`req-state ${r.met ? 'ok' : ''}`}>{r.met ? t('pathMet') : t('pathNotMetYet')}</span>
      </div>
      <div className="req-summary" data-testid="requirement-summary">
        {requirementSummary(r, t)}
        {r.years ? ` · ${yearsLine(r.years, t)}` : ''}
      </div>
      {r.kind !== 'entry_qualification' || r.counted.length > 0 ? (
        <div className="req-counted">
          <span className="hint">{r.counted.length > 0 ? t('pathCounts') : t('pathNothingCounted')}</span>{' '}
          {(allCounted ? r.counted : r.counted.slice(0, CHIPS_PER_REQUIREMENT)).map((k) => {
            const { recKey, name } = nameOf(k);
            return recKey !== undefined ? (
              <button
                key={k}
                type="button"
                className="chip"
                data-testid="counted"
                onClick={() => props.onSelectCredential(recKey)}
              >
                {name}
              </button>
            ) : (
              <span key={k} className="chip">
                {name}
              </span>
            );
          })}
          {r.counted.length > CHIPS_PER_REQUIREMENT ? (
            <button
              type="button"
              className="link show-all"
              data-testid="show-all-counted"
              aria-expanded={allCounted}
              onClick={() => setAllCounted((v) => !v)}
            >
              {allCounted ? t('showFewer') : t('showAllInGroup', { count: r.counted.length })}
            </button>
          ) : null}
        </div>
      ) : null}
      {r.notCounted.length > 0 ? (
        <div className="req-not-counted hint">
          {t('pathNotCounted')}{' '}
          {r.notCounted
            .slice(0, 20)
            .map((n) => `${nameOf(n.key).name} (${t(`reason_${n.reason}` as MessageKey)})`)
            .join(', ')}
          {r.notCounted.length > 20 ? ` …(+${r.notCounted.length - 20})` : ''}
        </div>
      ) : null}
      {r.assumptions.length > 0 ? (
        <div className="req-assumptions hint" data-testid="assumptions">
          {t('pathAssumptions')} {r.assumptions.map((a) => t(`assumption_${a}` as MessageKey)).join('; ')}
        </div>
      ) : null}
      {r.missing ? <div className="req-missing">{t('pathMissing', { text: localText(r.missing, lang) })}</div> : null}
    </li>
  );
}

/** Removing an imported pathway asks first, as removing a credential does. */
function RemovePathway({ name, onRemove }: { name: string; onRemove(): void }): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button type="button" data-testid="remove-pathway" onClick={() => setConfirming(true)}>
        {t('removePathway')}
      </button>
    );
  return (
    <div className="remove" data-testid="remove-pathway-area">
      <p role="alert">{t('removePathwayConfirm', { name })}</p>
      <button type="button" className="danger" data-testid="remove-pathway-confirm" onClick={onRemove}>
        {t('removePathwayYes')}
      </button>{' '}
      <button type="button" data-testid="remove-pathway-keep" onClick={() => setConfirming(false)}>
        {t('removeKeep')}
      </button>
    </div>
  );
}

export const PathwaysPanel = memo(function PathwaysPanel(props: Props): ReactNode {
  const { views, framework, highlighted, onImport, onRemove, importError } = props;
  const { t, lang } = useI18n();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <section className="paths" aria-labelledby="paths-title" data-testid="paths">
      <div className="map-head">
        <h2 id="paths-title">{t('pathsTitle')}</h2>
        <div className="map-actions">
          <button type="button" data-testid="import-pathway" onClick={() => fileRef.current?.click()}>
            {t('importPathway')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="pathway-file-input"
            aria-label={t('importPathway')}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              onImport(files);
            }}
          />
        </div>
      </div>
      <p className="hint">{t('pathsHint')}</p>
      {importError ? (
        <p className="message message-error" role="alert" data-testid="pathway-error">
          {importError}
        </p>
      ) : null}
      <div className="path-cards">
        {views.map((v, i) => {
          const e = v.evaluation;
          const pct = percent(e.progress);
          return (
            <article
              key={v.pathway.id}
              className={`path-card${highlighted === v.pathway.id ? ' highlighted' : ''}${e.met ? ' met' : ''}`}
              data-testid="path-card"
              data-pathway={v.pathway.id}
              data-progress={pct}
              aria-labelledby={`path-title-${i}`}
              tabIndex={-1}
            >
              <header>
                <h3 id={`path-title-${i}`}>{v.pathway.name[lang]}</h3>
                <span className="hint">{t(SOURCE[v.source])}</span>
              </header>
              <p className="path-target" data-testid="path-target">
                {t('pathTarget', { name: v.pathway.target.name[lang] })} · {pathTargetText(v, framework, t)}
                {v.target?.viaCorrespondence ? ` (${t('pathBadgeAssumed')})` : ''}
              </p>
              <div className="path-progress">
                <progress max={100} value={pct} aria-label={t('pathProgress', { percent: pct })} />
                <span>{t('pathProgress', { percent: pct })}</span>
              </div>
              <ul className="reqs">
                {e.requirements.map((r) => (
                  <Requirement key={r.id} r={r} pathwayId={v.pathway.id} props={props} />
                ))}
              </ul>
              <p className="path-next" data-testid="path-next">
                {e.nextStep ? t('pathNextStep', { text: localText(e.nextStep, lang) }) : t('pathDone')}
              </p>
              {e.notYours.length > 0 ? <p className="hint">{t('pathNotYours', { count: e.notYours.length })}</p> : null}
              {v.pathway.description ? (
                <details>
                  <summary>{t('details')}</summary>
                  <p className="hint">{v.pathway.description[lang]}</p>
                </details>
              ) : null}
              {v.source === 'imported' ? (
                <RemovePathway name={v.pathway.name[lang]} onRemove={() => onRemove(v.pathway.id)} />
              ) : null}
            </article>
          );
        })}
      </div>
    </section>
  );
});
