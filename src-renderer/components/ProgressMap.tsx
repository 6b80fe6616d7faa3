/**
 * The progress map: the framework's eight levels as rows (8 at the top), each holding its
 * credentials, plus the Unplaced tray. Every marker says why it sits where it does.
 * Markers are buttons, so the whole map is usable by keyboard.
 */
import type { ReactNode } from 'react';
import { levelTitle, type FrameworkId } from '../../src-shared/frameworks';
import type { StoredCredential } from '../db/database';
import { isAchievementEntry } from '../db/credential-repository';
import { placementView, type PlacementView } from '../features/placement-view';
import { useI18n } from '../i18n/i18n';
import { StatusBadge } from './StatusBadge';

interface Props {
  records: readonly StoredCredential[];
  framework: FrameworkId;
  onSelect(key: string): void;
}

function Marker({ rec, place, onSelect }: { rec: StoredCredential; place: PlacementView; onSelect(key: string): void }): ReactNode {
  const { t } = useI18n();
  const n = rec.normalized;
  const issuer = n.issuerName ?? n.issuerId ?? t('unknownIssuer');
  const failed = rec.verification.checks.find((c) => c.outcome === 'fail') ?? rec.verification.checks.find((c) => c.outcome === 'not_checked' && (c.id === 'proof' || c.id === 'issuer_binding' || c.id === 'format'));
  return (
    <li>
      <button type="button" className="marker" data-testid="credential" data-key={rec.key} onClick={() => onSelect(rec.key)}>
        <span className="marker-name">{n.name}</span>
        <span className="marker-issuer">{issuer}</span>
        <StatusBadge status={rec.verification.status} />
        {rec.verification.status !== 'verified' && failed ? <span className={`marker-reason reason-${rec.verification.status}`}>{failed.message}</span> : null}
        <span className="marker-why" data-testid="placement-why">
          {place.why}
        </span>
      </button>
    </li>
  );
}

export function ProgressMap({ records, framework, onSelect }: Props): ReactNode {
  const { t, lang } = useI18n();
  const placed = records.filter(isAchievementEntry).map((rec) => ({ rec, place: placementView(rec, framework, lang) }));
  const others = records.filter((r) => !isAchievementEntry(r));
  const levels = [8, 7, 6, 5, 4, 3, 2, 1];
  const unplaced = placed.filter((p) => p.place.level === null);
  return (
    <section className="map" aria-label={t('mapTitle')} data-testid="progress-map" data-framework={framework}>
      <h2>{t('mapTitle')}</h2>
      <ol className="levels">
        {levels.map((level) => {
          const here = placed.filter((p) => p.place.level === level);
          return (
            <li key={level} className="level-row" data-testid={`level-${level}`} data-count={here.length}>
              <div className="level-label">
                <span className="level-number">{t('level', { level })}</span>
                <span className="level-title">{levelTitle(framework, level, lang)}</span>
              </div>
              <ul className="markers">
                {here.map(({ rec, place }) => (
                  <Marker key={rec.key} rec={rec} place={place} onSelect={onSelect} />
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <div className="unplaced" data-testid="unplaced" data-count={unplaced.length}>
        <h3>
          {t('unplaced')} <span className="count">({unplaced.length})</span>
        </h3>
        <p className="hint">{t('unplacedHint')}</p>
        <ul className="markers">
          {unplaced.map(({ rec, place }) => (
            <Marker key={rec.key} rec={rec} place={place} onSelect={onSelect} />
          ))}
        </ul>
      </div>
      {others.length > 0 ? (
        <div className="others" data-testid="other-files">
          <h3>
            {t('otherFiles')} <span className="count">({others.length})</span>
          </h3>
          <p className="hint">{t('otherFilesHint')}</p>
          <ul className="markers">
            {others.map((rec) => (
              <Marker key={rec.key} rec={rec} place={placementView(rec, framework, lang)} onSelect={onSelect} />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
