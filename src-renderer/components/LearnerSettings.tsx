/**
 * The learner's own identifiers (DIDs, e-mail addresses): a small settings area, pre-filled
 * with the subject ids seen most often in the wallet, which the learner accepts one by one
 * or types in. Saved in IndexedDB by the caller. Identifiers are shown as text only.
 */
import { memo, useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  ids: readonly string[];
  suggestions: readonly string[];
  onSave(ids: string[]): void;
}

export const LearnerSettings = memo(function LearnerSettings({ ids, suggestions, onSave }: Props): ReactNode {
  const { t } = useI18n();
  const [draft, setDraft] = useState(ids.join('\n'));
  useEffect(() => setDraft(ids.join('\n')), [ids]);
  const lines = draft
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const offer = suggestions.filter((s) => !lines.includes(s)).slice(0, 5);
  return (
    <details
      className="learner"
      data-testid="learner-settings"
      open={ids.length === 0 && suggestions.length > 0 ? true : undefined}
    >
      <summary>
        {t('learnerTitle')}{' '}
        <span className="hint">{ids.length > 0 ? t('learnerCount', { count: ids.length }) : t('learnerNone')}</span>
      </summary>
      <p className="hint">{t('learnerHint')}</p>
      <label className="learner-ids">
        {t('learnerIdsLabel')}
        <textarea
          value={draft}
          rows={3}
          spellCheck={false}
          data-testid="learner-ids"
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      {offer.length > 0 ? (
        <div className="suggestions" data-testid="learner-suggestions">
          <span className="hint">{t('learnerSuggestions')}</span>{' '}
          {offer.map((s) => (
            <button
              key={s}
              type="button"
              className="chip mono"
              aria-label={t('learnerUse', { id: s })}
              onClick={() => setDraft([...lines, s].join('\n'))}
            >
              + {s}
            </button>
          ))}
        </div>
      ) : null}
      <button type="button" className="primary" data-testid="learner-save" onClick={() => onSave(lines)}>
        {t('learnerSave')}
      </button>
    </details>
  );
});
