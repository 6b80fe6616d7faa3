/**
 * How much learning a credential represents, in hours, and the assumption behind the
 * number. The units (Japanese university credit, ECTS, US semester credit, ISO 8601
 * durations, stated hours) are data in ./data/workload-units.json, checked with zod when
 * the module loads. Where a credential states credits without saying which credits, the
 * unit is guessed from the issuer's country and the learner may override it; where even
 * that fails the hours stay unknown rather than invented.
 * Must never present a guessed unit or a converted duration as a fact (every result
 * carries its assumption as a message, `workload.*` codes worded in ./i18n), never count a course twice in a total,
 * and never import anything environment-specific (no node:*, electron, react, dexie, DOM).
 */
import { z } from 'zod';
import type { NormalizedCredential } from './credential';
import { countryRegion } from './countries';
import { distinctCourses } from './course-identity';
import { BilingualTextSchema, type FrameworkLang } from './frameworks';
import { MessageSchema, msg, type Message } from './i18n/spec';
import { renderMessage } from './i18n/render';
import unitsData from './data/workload-units.json' with { type: 'json' };

export const CREDIT_UNIT_IDS = ['jp_credit', 'ects', 'us_semester_credit'] as const;
export const CreditUnitIdSchema = z.enum(CREDIT_UNIT_IDS);
export type CreditUnitId = z.infer<typeof CreditUnitIdSchema>;

export const WORKLOAD_UNIT_IDS = [...CREDIT_UNIT_IDS, 'iso_duration', 'stated_hours'] as const;
export const WorkloadUnitIdSchema = z.enum(WORKLOAD_UNIT_IDS);
export type WorkloadUnitId = z.infer<typeof WorkloadUnitIdSchema>;

const PositiveHours = z.number().positive();

export const WorkloadUnitSchema = z
  .object({
    id: WorkloadUnitIdSchema,
    kind: z.enum(['credit', 'duration', 'hours']),
    name: BilingualTextSchema,
    hoursPerCredit: PositiveHours.optional(),
    hoursRange: z.tuple([PositiveHours, PositiveHours]).optional(),
    approximate: z.boolean(),
    assumptionNote: BilingualTextSchema.optional(),
    source: BilingualTextSchema,
  })
  .refine((u) => u.kind !== 'credit' || u.hoursPerCredit !== undefined, {
    message: 'a credit unit needs hoursPerCredit',
    path: ['hoursPerCredit'],
  })
  .refine(
    (u) =>
      u.hoursRange === undefined ||
      (u.hoursRange[0] <= (u.hoursPerCredit ?? 0) && (u.hoursPerCredit ?? 0) <= u.hoursRange[1]),
    {
      message: 'hoursPerCredit must lie inside hoursRange',
      path: ['hoursRange'],
    },
  );
export type WorkloadUnit = z.infer<typeof WorkloadUnitSchema>;

export const WorkloadUnitsFileSchema = z
  .object({
    units: z.array(WorkloadUnitSchema),
    countryUnits: z.object({
      assumption: z.literal(true),
      note: BilingualTextSchema,
      byCountry: z.record(z.string().regex(/^[A-Z]{2}$/), CreditUnitIdSchema),
      byRegion: z.record(z.enum(['EU', 'EEA']), CreditUnitIdSchema),
    }),
    isoDuration: z.object({
      assumption: z.literal(true),
      note: BilingualTextSchema,
      hoursPerDay: PositiveHours,
      hoursPerWeek: PositiveHours,
      hoursPerMonth: PositiveHours,
      hoursPerYear: PositiveHours,
    }),
  })
  .refine((f) => WORKLOAD_UNIT_IDS.every((id) => f.units.filter((u) => u.id === id).length === 1), {
    message: 'every unit id must be listed exactly once',
    path: ['units'],
  });
export type WorkloadUnitsFile = z.infer<typeof WorkloadUnitsFileSchema>;

export const WORKLOAD_DATA: WorkloadUnitsFile = WorkloadUnitsFileSchema.parse(unitsData);

export function workloadUnit(id: WorkloadUnitId): WorkloadUnit {
  const u = WORKLOAD_DATA.units.find((x) => x.id === id);
  if (u === undefined) throw new Error(`workload unit missing: ${id}`); // unreachable: checked at load
  return u;
}

/** The assumption codes (parameters in ./i18n/codes/workload.ts). */
export const WORKLOAD_ASSUMPTION_CODES = [
  'workload.stated_hours',
  'workload.iso_duration', // hours/minutes/seconds only, taken as stated
  'workload.iso_duration_converted', // days/weeks/months/years converted by the conventions
  'workload.unit_stated', // the credential names its credit framework (ELM ECTS)
  'workload.unit_chosen_by_learner',
  'workload.unit_from_country',
  'workload.unit_unknown',
] as const;
export type WorkloadAssumptionCode = (typeof WORKLOAD_ASSUMPTION_CODES)[number];
export type WorkloadAssumption = Message<WorkloadAssumptionCode>;
const ASSUMPTION_CODES: ReadonlySet<string> = new Set(WORKLOAD_ASSUMPTION_CODES);

export const WorkloadSchema = z.object({
  /** Central estimate; null when the unit is unknown. */
  hours: z.number().nonnegative().nullable(),
  /** [min, max] when the unit is a range (ECTS). */
  hoursRange: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).optional(),
  unit: z.union([WorkloadUnitIdSchema, z.literal('unknown')]),
  /** Credits the hours were computed from, when credits were used. */
  credits: z.number().nonnegative().optional(),
  /** What the hours rest on, as a message the UI renders in the learner's language. */
  assumption: MessageSchema.refine((m) => ASSUMPTION_CODES.has(m.code), {
    message: 'not a workload assumption',
  }).transform((m) => m as WorkloadAssumption),
  /** Where the unit's definition comes from. */
  source: BilingualTextSchema,
});
export type Workload = z.infer<typeof WorkloadSchema>;

export interface WorkloadOptions {
  /** The learner's choice of credit unit for credits that do not say theirs. */
  unitOverride?: CreditUnitId;
  /** Hours per ECTS credit used for the central estimate (default 27.5; the range stays 25–30). */
  ectsHours?: number;
}

// ── ISO 8601 durations ────────────────────────────────────────────────────────────────

export interface IsoDurationHours {
  hours: number;
  /** True when a day, week, month or year part was converted by the study-time conventions. */
  converted: boolean;
}

const ISO_DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s.replace(',', '.'));
}

/**
 * Hours in an ISO 8601 duration, with `converted` telling whether a calendar part was
 * read by the conventions in workload-units.json (a day = 8 h, a week = 40 h, a month =
 * 137.5 h, a year = 1,650 h of full-time study). Null for anything that is not a duration.
 */
export function isoDurationHours(text: string): IsoDurationHours | null {
  const t = text.trim().toUpperCase();
  const m = ISO_DURATION.exec(t);
  if (m === null || t === 'P' || t.endsWith('T')) return null;
  const [, y, mo, w, d, h, mi, s] = m;
  const c = WORKLOAD_DATA.isoDuration;
  const calendar =
    num(y) * c.hoursPerYear + num(mo) * c.hoursPerMonth + num(w) * c.hoursPerWeek + num(d) * c.hoursPerDay;
  const clock = num(h) + num(mi) / 60 + num(s) / 3600;
  const hours = calendar + clock;
  if (!Number.isFinite(hours)) return null;
  return { hours: round(hours), converted: y !== undefined || mo !== undefined || w !== undefined || d !== undefined };
}

/** Hours in an ISO 8601 duration ('PT60H' → 60, 'P2D' → 16, 'P1Y' → 1650); null if not a duration. */
export function parseIsoDuration(text: string): number | null {
  return isoDurationHours(text)?.hours ?? null;
}

// ── Units ─────────────────────────────────────────────────────────────────────────────

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function hoursPerCredit(unit: CreditUnitId, ectsHours: number | undefined): number {
  if (unit === 'ects' && ectsHours !== undefined && Number.isFinite(ectsHours) && ectsHours > 0) return ectsHours;
  return workloadUnit(unit).hoursPerCredit ?? 0;
}

/** Hours (central, and range where the unit has one) for credits in a unit. */
export function creditsToHours(
  credits: number,
  unit: CreditUnitId,
  opts: WorkloadOptions = {},
): { hours: number; hoursRange?: [number, number] } {
  const u = workloadUnit(unit);
  const hours = round(credits * hoursPerCredit(unit, opts.ectsHours));
  return u.hoursRange
    ? { hours, hoursRange: [round(credits * u.hoursRange[0]), round(credits * u.hoursRange[1])] }
    : { hours };
}

/** Credits in a unit for a number of hours (central estimate). */
export function hoursToCredits(hours: number, unit: CreditUnitId, opts: WorkloadOptions = {}): number {
  const per = hoursPerCredit(unit, opts.ectsHours);
  return per > 0 ? round(hours / per) : 0;
}

/** The credit unit guessed from an issuer country (alpha-2), or undefined. An assumption. */
export function unitForCountry(country: string | undefined): CreditUnitId | undefined {
  if (country === undefined) return undefined;
  // Asked once per credential on every map and pathway evaluation: remembered per spelling.
  if (unitByCountry.has(country)) return unitByCountry.get(country);
  const unit = lookUpUnitForCountry(country);
  unitByCountry.set(country, unit);
  return unit;
}

const unitByCountry = new Map<string, CreditUnitId | undefined>();

function lookUpUnitForCountry(country: string): CreditUnitId | undefined {
  const code = country.trim().toUpperCase();
  const direct = WORKLOAD_DATA.countryUnits.byCountry[code];
  if (direct !== undefined) return direct;
  const region = countryRegion(code);
  return region === 'EU' || region === 'EEA' ? WORKLOAD_DATA.countryUnits.byRegion[region] : undefined;
}

export type CreditUnitBasis = 'stated' | 'learner' | 'country' | 'unknown';

/** Which unit a credential's credits are in, and how the wallet knows. */
export function creditUnitOf(
  n: NormalizedCredential,
  opts: WorkloadOptions = {},
): { unit: CreditUnitId | 'unknown'; basis: CreditUnitBasis; credits?: number } {
  const ects = n.creditPoints?.find((p) => p.framework === 'ECTS');
  if (ects !== undefined) return { unit: 'ects', basis: 'stated', credits: ects.value };
  const credits = n.creditsEarned ?? n.creditsAvailable ?? n.credits ?? n.creditPoints?.[0]?.value;
  if (opts.unitOverride !== undefined) return { unit: opts.unitOverride, basis: 'learner', credits };
  const byCountry = unitForCountry(n.issuerCountry);
  if (byCountry !== undefined) return { unit: byCountry, basis: 'country', credits };
  return { unit: 'unknown', basis: 'unknown', credits };
}

// Workloads with no options, per credential object, worked out once: the map and the
// pathways ask for the same ones. Normalized credentials and workloads are never changed.
const plainWorkloads = new WeakMap<NormalizedCredential, Workload | null>();

/**
 * The workload of one credential, most direct statement first: stated hours, an ISO 8601
 * volume of learning, then credits (ELM ECTS credit points, else OB creditsEarned /
 * creditsAvailable in the learner's chosen unit or the unit guessed from the issuer's
 * country). Null when the credential says nothing about workload. The result may be shared:
 * do not change it.
 */
export function workloadOf(n: NormalizedCredential, opts: WorkloadOptions = {}): Workload | null {
  if (opts.unitOverride !== undefined || opts.ectsHours !== undefined) return workloadWith(n, opts);
  let w = plainWorkloads.get(n);
  if (w === undefined) {
    w = workloadWith(n, opts);
    plainWorkloads.set(n, w);
  }
  return w;
}

function workloadWith(n: NormalizedCredential, opts: WorkloadOptions): Workload | null {
  if (n.statedHours !== undefined) {
    return {
      hours: n.statedHours,
      unit: 'stated_hours',
      assumption: msg('workload.stated_hours', { hours: n.statedHours }),
      source: workloadUnit('stated_hours').source,
    };
  }
  if (n.volumeOfLearning !== undefined) {
    const d = isoDurationHours(n.volumeOfLearning);
    if (d !== null) {
      return {
        hours: d.hours,
        unit: 'iso_duration',
        assumption: msg(d.converted ? 'workload.iso_duration_converted' : 'workload.iso_duration', {
          duration: n.volumeOfLearning,
          hours: d.hours,
        }),
        source: workloadUnit('iso_duration').source,
      };
    }
  }
  const { unit, basis, credits } = creditUnitOf(n, opts);
  if (credits === undefined) return null;
  if (unit === 'unknown') {
    return {
      hours: null,
      unit: 'unknown',
      credits,
      assumption: msg('workload.unit_unknown', { credits: round(credits) }),
      source: WORKLOAD_DATA.countryUnits.note,
    };
  }
  const h = creditsToHours(credits, unit, opts);
  const params = {
    credits: round(credits),
    unit,
    hoursPerCredit: round(hoursPerCredit(unit, opts.ectsHours)),
    hours: h.hours,
    rangeMin: h.hoursRange?.[0] ?? h.hours,
    rangeMax: h.hoursRange?.[1] ?? h.hours,
  };
  const assumption: WorkloadAssumption =
    basis === 'stated'
      ? msg('workload.unit_stated', params)
      : basis === 'learner'
        ? msg('workload.unit_chosen_by_learner', params)
        : msg('workload.unit_from_country', { ...params, country: n.issuerCountry ?? '' });
  return { ...h, unit, credits, assumption, source: workloadUnit(unit).source };
}

// ── Text ──────────────────────────────────────────────────────────────────────────────

/** A learner-readable sentence: how many hours, from what, and what was assumed. */
export function workloadAssumptionText(w: Workload, lang: FrameworkLang): string {
  return renderMessage(w.assumption, lang);
}

/** The unit's definition and source, for a footnote. */
export function workloadSourceText(w: Workload, lang: FrameworkLang): string {
  return w.source[lang];
}

// ── Totals ────────────────────────────────────────────────────────────────────────────

export interface WorkloadItem {
  credential: NormalizedCredential;
  /** The level the progress map shows it at (null = unplaced). */
  level: number | null;
  /** Precomputed workload (e.g. with the learner's per-credential override); computed when absent. */
  workload?: Workload | null;
}

export interface WorkloadTotal<K> {
  key: K;
  /** Sum of central estimates of the courses whose hours are known. */
  hours: number;
  /** Sum of ranges (a course without a range adds its central value to both ends). */
  hoursRange: [number, number];
  /** Distinct courses in the group. */
  courses: number;
  /** Courses in the group whose hours are unknown (no workload, or unit unknown). */
  withoutHours: number;
  /** Of those, the courses that state credits in a unit the wallet does not know (the learner can choose it)… */
  unknownUnitCourses: number;
  /** …and the credits they state. */
  unknownUnitCredits: number;
  /** True when any hours in the sum rest on an assumption (guessed unit, converted duration, ECTS range). */
  assumed: boolean;
}

const EXACT: ReadonlySet<WorkloadAssumptionCode> = new Set(['workload.stated_hours', 'workload.iso_duration']);

/** True when the hours are as the issuer stated them (no unit guessed, nothing converted). */
export function hoursAsStated(w: Workload): boolean {
  return EXACT.has(w.assumption.code);
}

/**
 * Which course each credential is, worked out once for a whole set and reused for totals over
 * parts of it (per level, per field): grouping courses is the costly step with thousands of
 * credentials. Credentials that are not a course of their own (a transcript whose courses are
 * present) are absent.
 */
export type CourseLookup = ReadonlyMap<NormalizedCredential, number>;

export function courseLookup(credentials: readonly NormalizedCredential[]): CourseLookup {
  const out = new Map<NormalizedCredential, number>();
  distinctCourses(credentials).forEach((course, n) => {
    for (const i of course.members) {
      const c = credentials[i];
      if (c !== undefined) out.set(c, n);
    }
  });
  return out;
}

function totalsBy<K>(
  items: readonly WorkloadItem[],
  keyOf: (item: WorkloadItem) => K,
  opts: WorkloadOptions,
  courses: CourseLookup,
): WorkloadTotal<K>[] {
  // One item per course: a standalone credential speaks for it over a copy nested in a transcript.
  const byCourse = new Map<number, WorkloadItem>();
  for (const item of items) {
    const n = courses.get(item.credential);
    if (n === undefined) continue;
    const seen = byCourse.get(n);
    if (seen === undefined || (seen.credential.containedIn !== undefined && item.credential.containedIn === undefined))
      byCourse.set(n, item);
  }
  const out = new Map<K, WorkloadTotal<K>>();
  for (const item of byCourse.values()) {
    const key = keyOf(item);
    const t = out.get(key) ?? {
      key,
      hours: 0,
      hoursRange: [0, 0] as [number, number],
      courses: 0,
      withoutHours: 0,
      unknownUnitCourses: 0,
      unknownUnitCredits: 0,
      assumed: false,
    };
    const w = item.workload !== undefined ? item.workload : workloadOf(item.credential, opts);
    t.courses += 1;
    if (w === null || w.hours === null) {
      t.withoutHours += 1;
      if (w !== null && w.unit === 'unknown' && w.credits !== undefined) {
        t.unknownUnitCourses += 1;
        t.unknownUnitCredits = round(t.unknownUnitCredits + w.credits);
      }
    } else {
      t.hours = round(t.hours + w.hours);
      const [a, b] = w.hoursRange ?? [w.hours, w.hours];
      t.hoursRange = [round(t.hoursRange[0] + a), round(t.hoursRange[1] + b)];
      if (!EXACT.has(w.assumption.code)) t.assumed = true;
    }
    out.set(key, t);
  }
  return [...out.values()];
}

/** Hours per level (null = unplaced), highest level first, unplaced last; each course once. */
export function totalsByLevel(
  items: readonly WorkloadItem[],
  opts: WorkloadOptions = {},
  courses?: CourseLookup,
): WorkloadTotal<number | null>[] {
  return totalsBy(items, (i) => i.level, opts, courses ?? courseLookup(items.map((i) => i.credential))).sort(
    (a, b) => (b.key ?? 0) - (a.key ?? 0),
  );
}

/** Hours per field of study (null = not stated), largest first; each course once. */
export function totalsByField(
  items: readonly WorkloadItem[],
  opts: WorkloadOptions = {},
  courses?: CourseLookup,
): WorkloadTotal<string | null>[] {
  return totalsBy(
    items,
    (i) => i.credential.fieldOfStudy?.trim() || null,
    opts,
    courses ?? courseLookup(items.map((i) => i.credential)),
  ).sort((a, b) => b.hours - a.hours || (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)));
}
