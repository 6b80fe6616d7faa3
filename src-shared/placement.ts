/**
 * Where a credential sits on a framework (JQF or EQF), derived only from what its issuer
 * wrote, in this order: an explicit alignment to a framework level, an ELM `eqfLevel`,
 * the Open Badges `achievementType`; otherwise it waits in Unplaced. Every placement
 * carries its reason as a message (`placement.*` codes, worded in ./i18n) so the learner
 * can see why in their language. Must never guess a level from a name or description, never present a level
 * carried across the unofficial JQF↔EQF correspondence as anything but an assumption,
 * and never import anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import { z } from 'zod';
import type { Alignment, NormalizedCredential } from './credential';
import { CORRESPONDENCE, FRAMEWORKS, mapLevel, type FrameworkId, type FrameworkLang } from './frameworks';
import { MessageSchema, msg, type Message } from './i18n/spec';
import { messagesText } from './i18n/render';

/** The reason codes, one per rule (parameters in ./i18n/codes/placement.ts). */
export const PLACEMENT_REASON_CODES = [
  'placement.aligned_eqf_uri',
  'placement.aligned_framework_code',
  'placement.eqf_level_property',
  'placement.achievement_type',
  'placement.achievement_type_without_level',
  'placement.no_level_information',
] as const;
export type PlacementReasonCode = (typeof PLACEMENT_REASON_CODES)[number];
export type PlacementReason = Message<PlacementReasonCode>;

const REASON_CODES: ReadonlySet<string> = new Set(PLACEMENT_REASON_CODES);

export const PlacementSchema = z.object({
  level: z.number().int().min(1).max(8).nullable(), // null = unplaced
  source: z.enum(['alignment', 'eqf_level', 'achievement_type', 'unplaced']),
  /** Why, as a message the UI renders in the learner's language. */
  reason: MessageSchema.refine((m) => REASON_CODES.has(m.code), { message: 'not a placement reason' }).transform(
    (m) => m as PlacementReason,
  ),
  /** true when the level was carried over between JQF and EQF by the assumed correspondence */
  viaCorrespondence: z.boolean(),
});
export type Placement = z.infer<typeof PlacementSchema>;

/** A level as the issuer stated it, in the framework it was stated in. */
interface StatedLevel {
  framework: FrameworkId;
  level: number;
}

const EQF_URI = /^https?:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])\/?$/i;

/** `6`, `EQF-6`, `EQF 6`, `Level 6`, `level6`, `JQF level 6`, `L6`, `レベル6`. */
const LEVEL_CODE = /^(?:(?:eqf|jqf|nqf)[\s_:.-]*)?(?:level|lvl|l|レベル)?[\s_:.-]*([1-8])$/i;

export function parseLevelCode(code: string): number | null {
  const uri = EQF_URI.exec(code.trim());
  if (uri?.[1] !== undefined) return Number(uri[1]);
  const m = LEVEL_CODE.exec(code.trim());
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

/**
 * Which of our frameworks a `targetFramework` names, case-insensitively. A bare
 * "National Qualifications Framework" names no framework we know (every country has
 * one), so only a Japanese NQF is read as the JQF.
 */
export function frameworkNamed(name: string): FrameworkId | null {
  const n = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (
    /\beqf\b/.test(n) ||
    /\beuropean (?:qualifications?|qualification) framework\b/.test(n) ||
    n.includes('data.europa.eu/snb/eqf')
  ) {
    return 'eqf';
  }
  if (/\bjqf\b/.test(n) || n.includes('日本')) return 'jqf';
  if (/\bjapan(?:ese)?\b/.test(n) && (/\bqualifications? framework\b/.test(n) || /\bnqf\b/.test(n))) return 'jqf';
  if (/\bnqf\b/.test(n) && /\b(?:japan|jp)\b/.test(n)) return 'jqf';
  return null;
}

interface AlignmentHit {
  stated: StatedLevel;
  reason: PlacementReason;
}

function alignmentHit(a: Alignment): AlignmentHit | null {
  const uri = a.targetUrl !== undefined ? EQF_URI.exec(a.targetUrl.trim()) : null;
  if (uri?.[1] !== undefined && a.targetUrl !== undefined) {
    const level = Number(uri[1]);
    return {
      stated: { framework: 'eqf', level },
      reason: msg('placement.aligned_eqf_uri', { framework: 'EQF', level, url: a.targetUrl.trim() }),
    };
  }
  if (a.targetFramework === undefined || a.targetCode === undefined) return null;
  const framework = frameworkNamed(a.targetFramework);
  const level = parseLevelCode(a.targetCode);
  if (framework === null || level === null) return null;
  return {
    stated: { framework, level },
    reason: msg('placement.aligned_framework_code', {
      framework: FRAMEWORKS[framework].abbreviation,
      level,
      targetFramework: a.targetFramework,
      code: a.targetCode,
    }),
  };
}

/**
 * Levels an achievement type implies, per framework. Where a framework has no entry the
 * level is carried over from the other one through the correspondence. Only types that
 * name a qualification do; a Course, Badge, Certificate or MicroCredential says nothing
 * about level.
 */
const TYPE_LEVELS: Readonly<Record<string, Partial<Record<FrameworkId, number>>>> = {
  AssociateDegree: { jqf: 5, eqf: 5 },
  BachelorDegree: { jqf: 6, eqf: 6 },
  MasterDegree: { jqf: 7, eqf: 7 },
  DoctoralDegree: { jqf: 8, eqf: 8 },
  ResearchDoctorate: { jqf: 8, eqf: 8 },
  ProfessionalDoctorate: { jqf: 8, eqf: 8 },
  SecondarySchoolDiploma: { jqf: 3, eqf: 4 },
  GeneralEducationDevelopment: { jqf: 3, eqf: 4 },
  // Not "Diploma": the JQF's level-5 diploma (専門士) is one specific award, while Open
  // Badges uses Diploma for anything from a high-school programme to a throwaway test
  // badge. Placing every Diploma at 5 would mislead; the learner can place it instead.
};

/** The known achievement types by their lower-case spelling (types are matched case-insensitively). */
const TYPE_KEYS: ReadonlyMap<string, string> = new Map(Object.keys(TYPE_LEVELS).map((k) => [k.toLowerCase(), k]));

function typeKey(achievementType: string): string | undefined {
  return TYPE_KEYS.get(achievementType.trim().toLowerCase());
}

function typeLevel(achievementType: string, target: FrameworkId): { stated: StatedLevel; type: string } | null {
  const key = typeKey(achievementType);
  if (key === undefined) return null;
  const levels = TYPE_LEVELS[key];
  const native = levels?.[target];
  if (native !== undefined) return { stated: { framework: target, level: native }, type: key };
  const other: FrameworkId = target === 'jqf' ? 'eqf' : 'jqf';
  const fromOther = levels?.[other];
  return fromOther !== undefined ? { stated: { framework: other, level: fromOther }, type: key } : null;
}

function place(
  stated: StatedLevel,
  target: FrameworkId,
  source: Placement['source'],
  reason: PlacementReason,
): Placement {
  const mapped = mapLevel(stated.framework, target, stated.level);
  return { level: mapped.level, source, reason, viaCorrespondence: mapped.assumption };
}

/**
 * Place a credential on a framework from what its issuer stated. Pure; never throws.
 * Normalized credentials never change once made, so each answer is remembered per credential
 * object: the map, its totals and every pathway ask for the same placements. The result is
 * shared: do not change it.
 */
export function placeCredential(n: NormalizedCredential, framework: FrameworkId): Placement {
  let byFramework = placements.get(n);
  if (byFramework === undefined) {
    byFramework = {};
    placements.set(n, byFramework);
  }
  return (byFramework[framework] ??= placeUncached(n, framework));
}

const placements = new WeakMap<NormalizedCredential, Partial<Record<FrameworkId, Placement>>>();

function placeUncached(n: NormalizedCredential, framework: FrameworkId): Placement {
  // (1) Explicit alignments: one stated in the requested framework wins over one that needs converting.
  const hits = n.alignments.map(alignmentHit).filter((h): h is AlignmentHit => h !== null);
  const hit = hits.find((h) => h.stated.framework === framework) ?? hits[0];
  if (hit) return place(hit.stated, framework, 'alignment', hit.reason);

  // (2) European Learning Model eqfLevel.
  if (n.eqfLevel !== undefined) {
    const level = parseLevelCode(n.eqfLevel);
    if (level !== null) {
      return place(
        { framework: 'eqf', level },
        framework,
        'eqf_level',
        msg('placement.eqf_level_property', { framework: 'EQF', level, value: n.eqfLevel }),
      );
    }
  }

  // (3) The achievement type, where it names a qualification.
  if (n.achievementType !== undefined) {
    const byType = typeLevel(n.achievementType, framework);
    if (byType) {
      return place(
        byType.stated,
        framework,
        'achievement_type',
        msg('placement.achievement_type', {
          framework: FRAMEWORKS[byType.stated.framework].abbreviation,
          level: byType.stated.level,
          type: byType.type,
        }),
      );
    }
    return unplaced(msg('placement.achievement_type_without_level', { type: n.achievementType }));
  }

  // (4) Nothing to go on.
  return unplaced(msg('placement.no_level_information'));
}

function unplaced(reason: PlacementReason): Placement {
  return { level: null, source: 'unplaced', reason, viaCorrespondence: false };
}

/** The framework a placement's reason states its level in (an abbreviation: "EQF", "JQF"). */
function statedFramework(p: Placement): string {
  const params: Readonly<Record<string, string | number>> = p.reason.params ?? {};
  const fw = params['framework'];
  return typeof fw === 'string' ? fw : '';
}

/**
 * Why the credential sits where it does, as messages: the rule that placed it, then, when the
 * level was carried across the assumed JQF↔EQF correspondence, a note saying so.
 */
function placementReasonMessages(p: Placement): Message[] {
  if (!p.viaCorrespondence || p.level === null) return [p.reason];
  const target = statedFramework(p) === 'EQF' ? 'JQF' : 'EQF';
  return [p.reason, msg('placement.via_correspondence', { framework: target, level: p.level })];
}

/** The reason as one learner-readable text in one language. */
export function placementReasonText(p: Placement, lang: FrameworkLang): string {
  return messagesText(placementReasonMessages(p), lang);
}

/** The correspondence caveat, for a footnote beside any level marked viaCorrespondence. */
export function correspondenceNote(lang: FrameworkLang): string {
  return CORRESPONDENCE.note[lang];
}

/** The levels a learner chose for one credential, per framework (as stored with the record). */
export interface LearnerLevels {
  readonly jqf?: number;
  readonly eqf?: number;
}

/** A level the learner chose, as it applies on one framework. */
export interface LearnerPlacement {
  readonly level: number;
  /** The framework the learner chose in, and the level they chose there. */
  readonly chosenIn: FrameworkId;
  readonly chosenLevel: number;
  /** True when the level was carried across the assumed JQF↔EQF correspondence. */
  readonly viaCorrespondence: boolean;
}

/**
 * The learner's own level for a credential on `framework`: their choice in that framework
 * when they made one; otherwise their choice in the other framework carried across the
 * assumed correspondence (marked so); otherwise none. Always self-assigned, never the
 * issuer's word.
 */
export function learnerPlacement(
  choice: LearnerLevels | undefined,
  framework: FrameworkId,
): LearnerPlacement | undefined {
  if (choice === undefined) return undefined;
  const own = choice[framework];
  if (own !== undefined) return { level: own, chosenIn: framework, chosenLevel: own, viaCorrespondence: false };
  const other: FrameworkId = framework === 'jqf' ? 'eqf' : 'jqf';
  const theirs = choice[other];
  if (theirs === undefined) return undefined;
  const mapped = mapLevel(other, framework, theirs);
  return { level: mapped.level, chosenIn: other, chosenLevel: theirs, viaCorrespondence: mapped.assumption };
}
