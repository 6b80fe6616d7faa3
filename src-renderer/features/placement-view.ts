/**
 * Where a stored credential sits on the chosen framework: the learner's own choice when
 * they made one (always shown as self-assigned), else the issuer-derived placement, with
 * its reason in the learner's language (rendered from the placement's messages).
 */
import type { FrameworkId } from '../../src-shared/frameworks';
import { placeCredential, placementReasonText, type Placement } from '../../src-shared/placement';
import { uiText, type Lang } from '../../src-shared/i18n';
import type { CredentialView } from '../db/credential-view';

export interface PlacementView {
  readonly level: number | null;
  readonly selfAssigned: boolean;
  readonly why: string;
  readonly viaCorrespondence: boolean;
}

/**
 * An issuer-derived placement whose sentence is written when first read: the map places
 * thousands of credentials but shows the reason only for the markers drawn and the one
 * opened.
 */
class IssuerPlacementView implements PlacementView {
  readonly selfAssigned = false;
  readonly level: number | null;
  readonly viaCorrespondence: boolean;
  private text: string | undefined;

  constructor(
    private readonly placement: Placement,
    private readonly lang: Lang,
  ) {
    this.level = placement.level;
    this.viaCorrespondence = placement.viaCorrespondence;
  }

  get why(): string {
    return (this.text ??= placementReasonText(this.placement, this.lang));
  }
}

export function placementView(
  rec: Pick<CredentialView, 'normalized' | 'levelOverride'>,
  framework: FrameworkId,
  lang: Lang,
): PlacementView {
  const own = rec.levelOverride?.[framework];
  if (own !== undefined)
    return { level: own, selfAssigned: true, why: uiText('selfAssigned', lang), viaCorrespondence: false };
  return new IssuerPlacementView(placeCredential(rec.normalized, framework), lang);
}
