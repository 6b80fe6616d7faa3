/**
 * Where a stored credential sits on the chosen framework: the learner's own choice when
 * they made one (always shown as self-assigned; a choice made in the other framework is
 * carried across the assumed correspondence and says so), else the issuer-derived
 * placement, with its reason in the learner's language (rendered from the placement's
 * messages). Also the options of a level chooser: each level with its framework's title.
 */
import { FRAMEWORKS, levelTitle, type FrameworkId } from '../../src-shared/frameworks';
import { learnerPlacement, placeCredential, placementReasonText, type Placement } from '../../src-shared/placement';
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
  const own = learnerPlacement(rec.levelOverride, framework);
  if (own === undefined) return new IssuerPlacementView(placeCredential(rec.normalized, framework), lang);
  const why = own.viaCorrespondence
    ? uiText('selfAssignedVia', lang, {
        from: FRAMEWORKS[own.chosenIn].abbreviation,
        fromLevel: own.chosenLevel,
        to: FRAMEWORKS[framework].abbreviation,
        level: own.level,
      })
    : uiText('selfAssigned', lang);
  return { level: own.level, selfAssigned: true, why, viaCorrespondence: own.viaCorrespondence };
}

export interface LevelChoice {
  readonly level: number;
  readonly label: string;
}

/** The options of a level chooser on one framework: "Level 6 — Bachelor's degree", in the learner's language. */
export function levelChoices(framework: FrameworkId, lang: Lang): readonly LevelChoice[] {
  return FRAMEWORKS[framework].levels.map((l) => ({
    level: l.level,
    label: uiText('levelNamed', lang, { level: l.level, title: levelTitle(framework, l.level, lang) }),
  }));
}
