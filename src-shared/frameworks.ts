/**
 * The two 8-level qualifications frameworks the wallet places credentials on (the
 * tentative Japanese framework, JQF, and the EQF) and the assumed correspondence between
 * them. The data lives in ./frameworks/*.json and is checked against these schemas when
 * the module loads, so a broken data file fails at start-up rather than on screen.
 * Must never import anything environment-specific (no node:*, electron, react, dexie,
 * DOM), and must never present the JQF↔EQF correspondence as official: every level
 * carried across it is flagged as an assumption.
 */
import { z } from 'zod';
import jqfData from './frameworks/jqf.json' with { type: 'json' };
import eqfData from './frameworks/eqf.json' with { type: 'json' };
import correspondenceData from './frameworks/correspondence.json' with { type: 'json' };

export const FRAMEWORK_IDS = ['jqf', 'eqf'] as const;
export const FrameworkIdSchema = z.enum(FRAMEWORK_IDS);
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;

export const LangSchema = z.enum(['en', 'ja']);
export type FrameworkLang = z.infer<typeof LangSchema>;

/** A text in both UI languages. */
export const BilingualTextSchema = z.object({ en: z.string().min(1), ja: z.string().min(1) });
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const LevelNumberSchema = z.number().int().min(1).max(8);

export const FrameworkLevelSchema = z.object({
  level: LevelNumberSchema,
  /** Short label shown beside the level number. */
  title: BilingualTextSchema,
  /** The EQF's level URI (http://data.europa.eu/snb/eqf/N). */
  uri: z.string().optional(),
  /** Knowledge / skills / autonomy in one line (EQF). */
  descriptor: BilingualTextSchema.optional(),
  /** Typical qualifications at this level (JQF). */
  qualifications: z.array(BilingualTextSchema).optional(),
});
export type FrameworkLevel = z.infer<typeof FrameworkLevelSchema>;

export const FrameworkSchema = z
  .object({
    id: FrameworkIdSchema,
    abbreviation: z.string().min(1),
    name: BilingualTextSchema,
    source: BilingualTextSchema,
    /** false for the tentative JQF: the UI must not present it as law. */
    official: z.boolean(),
    schemeUri: z.string().optional(),
    levels: z.array(FrameworkLevelSchema).length(8),
  })
  .refine((f) => f.levels.every((l, i) => l.level === i + 1), {
    message: 'levels must be exactly 1..8, in order',
    path: ['levels'],
  });
export type Framework = z.infer<typeof FrameworkSchema>;

const LevelMapSchema = z
  .array(z.object({ from: LevelNumberSchema, to: LevelNumberSchema }))
  .length(8)
  .refine((pairs) => pairs.every((p, i) => p.from === i + 1), {
    message: 'a level map must list every level 1..8 once, in order',
  });

export const CorrespondenceSchema = z.object({
  between: z.tuple([z.literal('jqf'), z.literal('eqf')]),
  /** Always true: there is no official referencing of the JQF to the EQF. */
  assumption: z.literal(true),
  note: BilingualTextSchema,
  jqfToEqf: LevelMapSchema,
  eqfToJqf: LevelMapSchema,
});
export type Correspondence = z.infer<typeof CorrespondenceSchema>;

export const FRAMEWORKS: Record<FrameworkId, Framework> = {
  jqf: FrameworkSchema.parse(jqfData),
  eqf: FrameworkSchema.parse(eqfData),
};

export const CORRESPONDENCE: Correspondence = CorrespondenceSchema.parse(correspondenceData);

export function isLevel(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 8;
}

/** The level's entry, or undefined for a number outside 1..8. */
export function frameworkLevel(frameworkId: FrameworkId, level: number): FrameworkLevel | undefined {
  return isLevel(level) ? FRAMEWORKS[frameworkId].levels[level - 1] : undefined;
}

/** Short title of a level in the UI language; empty for a number outside 1..8. */
export function levelTitle(frameworkId: FrameworkId, level: number, lang: FrameworkLang): string {
  return frameworkLevel(frameworkId, level)?.title[lang] ?? '';
}

export interface MappedLevel {
  level: number;
  /** True when the level was carried across the assumed (unofficial) correspondence. */
  assumption: boolean;
}

/**
 * Carry a level from one framework to the other. Same framework: unchanged, no
 * assumption. A level outside 1..8 is returned unchanged (callers validate first).
 */
export function mapLevel(from: FrameworkId, to: FrameworkId, level: number): MappedLevel {
  if (from === to || !isLevel(level)) return { level, assumption: false };
  const table = from === 'jqf' ? CORRESPONDENCE.jqfToEqf : CORRESPONDENCE.eqfToJqf;
  const pair = table[level - 1];
  return { level: pair ? pair.to : level, assumption: CORRESPONDENCE.assumption };
}
