/**
 * Where a stored credential sits on the chosen framework: the learner's own choice when
 * they made one (always shown as self-assigned), else the issuer-derived placement.
 */
import type { FrameworkId } from '../../src-shared/frameworks';
import { placeCredential, placementReasonText } from '../../src-shared/placement';
import type { Lang } from '../i18n/strings';
import { translate } from '../i18n/strings';
import type { CredentialSummary } from '../db/map-index';

export interface PlacementView {
  level: number | null;
  selfAssigned: boolean;
  why: string;
  viaCorrespondence: boolean;
}

export function placementView(rec: CredentialSummary, framework: FrameworkId, lang: Lang): PlacementView {
  const own = rec.levelOverride?.[framework];
  if (own !== undefined) return { level: own, selfAssigned: true, why: translate(lang, 'selfAssigned'), viaCorrespondence: false };
  const p = placeCredential(rec.normalized, framework);
  return { level: p.level, selfAssigned: false, why: placementReasonText(p, lang), viaCorrespondence: p.viaCorrespondence };
}
