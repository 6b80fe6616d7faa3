/**
 * Stacking pathways: what a larger credential requires (an entry qualification, credits,
 * N of M achievements, hours, free-text steps) and how far the learner's credentials go
 * toward it. Pathway files are JSON in the format of docs/PATHWAYS.md, checked with zod;
 * the bundled ones live in ./data/pathways/. Pathways can also be derived from what
 * credentials say about their parts (CLR 2.0 associations, ELM hasPart/isPartOf).
 * Must never count a credential whose subject is someone else, never count a course
 * twice, never present a guessed credit unit or level as a fact (results name their
 * assumptions), never fetch anything, and never import anything environment-specific
 * (no node:*, electron, react, dexie, DOM). What it says to a learner (labels and missing
 * texts it writes, problems in a pathway file) is messages (`pathways.*` codes, worded in
 * ./i18n); names and texts written in a pathway file stay as written, in both languages.
 */
import { z } from 'zod';
import type { NormalizedCredential } from './credential';
import { courseName, credentialKey, distinctCourses } from './course-identity';
import {
  BilingualTextSchema,
  FRAMEWORKS,
  FrameworkIdSchema,
  LevelNumberSchema,
  type BilingualText,
  type FrameworkId,
  type FrameworkLang,
} from './frameworks';
import { placeCredential } from './placement';
import { err, ok, type Result } from './result';
import { recipientMatches, type Recipient } from './recipient';
import { msg, type Message } from './i18n/spec';
import { messagesText, renderMessage, type LocalText } from './i18n/render';
import {
  CreditUnitIdSchema,
  creditUnitOf,
  creditsToHours,
  hoursAsStated,
  hoursToCredits,
  workloadOf,
  type CreditUnitId,
  type WorkloadOptions,
} from './workload';
import niadBachelor from './data/pathways/niad-qe-bachelor.json' with { type: 'json' };
import certificateProgramme from './data/pathways/university-certificate-programme.json' with { type: 'json' };
import type { VerificationStatus } from './verification';

// ── The file format ───────────────────────────────────────────────────────────────────

const RequirementId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-" (at most 64)');

export const SelectorSchema = z
  .strictObject({
    /** Matches the achievement id, the ELM claim id or the credential id. */
    achievementId: z.string().min(1).optional(),
    /** Matches the course or credential name, ignoring case and spacing. */
    name: z.string().min(1).optional(),
    /** Matches the OB 3.0 achievementType or a VC type, ignoring case. */
    type: z.string().min(1).optional(),
  })
  .refine((s) => s.achievementId !== undefined || s.name !== undefined || s.type !== undefined, {
    message: 'needs at least one of achievementId, name or type',
    params: { problem: 'selector_empty' },
  });
export type Selector = z.infer<typeof SelectorSchema>;

const common = { id: RequirementId.optional(), label: BilingualTextSchema.optional() };

export const RequirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('entry_qualification'),
    ...common,
    minLevel: LevelNumberSchema,
    framework: FrameworkIdSchema,
  }),
  z.strictObject({
    kind: z.literal('credits'),
    ...common,
    min: z.number().positive(),
    field: z.string().min(1).optional(),
    minYears: z.number().positive().optional(),
    unit: CreditUnitIdSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('n_of'),
    ...common,
    n: z.number().int().positive(),
    of: z.array(SelectorSchema).min(1),
  }),
  z.strictObject({ kind: z.literal('hours'), ...common, min: z.number().positive() }),
  z.strictObject({ kind: z.literal('step'), id: RequirementId, text: BilingualTextSchema }),
]);
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementKind = Requirement['kind'];

export const PathwaySchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    version: z.number().int().positive(),
    name: BilingualTextSchema,
    description: BilingualTextSchema.optional(),
    target: z.strictObject({
      name: BilingualTextSchema,
      level: LevelNumberSchema.optional(),
      framework: FrameworkIdSchema.optional(),
    }),
    requirements: z.array(RequirementSchema).min(1).max(100),
    /** Set on pathways the wallet built from credentials (not in files). */
    derivedFrom: z.enum(['clr_association', 'elm_has_part']).optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.requirements.forEach((r, i) => {
      const id = r.id ?? `requirement-${i + 1}`;
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'id'],
          message: `duplicate requirement id "${id}"`,
          params: { problem: 'duplicate_id', id },
        });
      seen.add(id);
      if (r.kind === 'n_of' && r.n > r.of.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'n'],
          message: `n (${r.n}) is more than the ${r.of.length} listed in "of"`,
          params: { problem: 'n_too_big', n: r.n, count: r.of.length },
        });
      }
    });
    if ((p.target.level === undefined) !== (p.target.framework === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'level and framework go together: give both or neither',
        params: { problem: 'target_level' },
      });
    }
  });
export type Pathway = z.infer<typeof PathwaySchema>;

export const BUNDLED_PATHWAYS: readonly Pathway[] = [
  PathwaySchema.parse(niadBachelor),
  PathwaySchema.parse(certificateProgramme),
];

// ── Parsing with learner-readable errors ──────────────────────────────────────────────

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The kind of a value found in a file and, for a plain value, a short JSON rendering of it. */
function foundAt(root: unknown, path: readonly PropertyKey[]): { found: string; value: string } {
  const v = valueAt(root, path);
  const found = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    const shown = JSON.stringify(v);
    return { found, value: shown.length > 40 ? `${shown.slice(0, 39)}…` : shown };
  }
  return { found, value: '' };
}

const KINDS = RequirementSchema.options.map((o) => o.shape.kind.value);

function customIssue(issue: z.core.$ZodIssueCustom, path: string): Message {
  const q: Readonly<Record<string, unknown>> = issue.params ?? {};
  switch (q['problem']) {
    case 'selector_empty':
      return msg('pathways.issue_selector_empty', { path });
    case 'duplicate_id':
      return msg('pathways.issue_duplicate_id', { path, id: String(q['id']) });
    case 'n_too_big':
      return msg('pathways.issue_n_too_big', { path, n: Number(q['n']), count: Number(q['count']) });
    case 'target_level':
      return msg('pathways.issue_target_level', { path });
    default:
      return msg('pathways.issue_other', { path, detail: issue.message });
  }
}

function issueMessage(issue: z.core.$ZodIssue, root: unknown): Message {
  const path = pathText(issue.path);
  const found = { path, ...foundAt(root, issue.path) };
  switch (issue.code) {
    case 'invalid_type':
      return msg('pathways.issue_type', { ...found, expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'array') return msg('pathways.issue_too_few_items', { path, min: Number(issue.minimum) });
      if (issue.origin === 'string') return msg('pathways.issue_empty', { path });
      return msg(issue.inclusive ? 'pathways.issue_at_least' : 'pathways.issue_more_than', {
        ...found,
        min: Number(issue.minimum),
      });
    case 'too_big':
      if (issue.origin === 'array') return msg('pathways.issue_too_many_items', { path, max: Number(issue.maximum) });
      return msg('pathways.issue_at_most', { ...found, max: Number(issue.maximum) });
    case 'invalid_value':
      return msg('pathways.issue_one_of', { ...found, values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_union': {
      // A discriminated union reports an unknown "kind" at the kind itself (zod 4).
      const atKind = issue.path[issue.path.length - 1] === 'kind' ? issue.path : [...issue.path, 'kind'];
      return msg('pathways.issue_one_of', {
        path,
        ...foundAt(root, atKind),
        values: KINDS.map((k) => `"${k}"`).join(', '),
      });
    }
    case 'unrecognized_keys':
      return msg('pathways.issue_unknown_fields', { path, keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'invalid_format':
      return issue.format === 'regex' && issue.path[issue.path.length - 1] === 'id'
        ? msg('pathways.issue_requirement_id', { path })
        : msg('pathways.issue_format', { path, detail: issue.message });
    case 'custom':
      return customIssue(issue, path);
    default:
      return msg('pathways.issue_other', { path, detail: issue.message });
  }
}

/** A pathway file read: the pathway, or what is wrong with it as messages (the first three problems). */
export type PathwayFileResult = { ok: true; value: Pathway } | { ok: false; problems: Message[] };

/**
 * Read a pathway file. On failure the messages name each problem's place in the file (e.g.
 * `requirements[1].min`) and what was expected.
 */
export function readPathwayFile(text: string): PathwayFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [msg('pathways.file_not_json', { detail: e instanceof Error ? e.message : '' })] };
  }
  const parsed = PathwaySchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 3);
  const more = parsed.error.issues.length - issues.length;
  return {
    ok: false,
    problems: [
      msg('pathways.file_problem'),
      ...issues.map((i) => issueMessage(i, json)),
      ...(more > 0 ? [msg('pathways.file_more_problems', { count: more })] : []),
    ],
  };
}

/** Read a pathway file, with what is wrong with it as text in the learner's language. */
export function parsePathwayFile(text: string, lang: FrameworkLang = 'en'): Result<Pathway> {
  const r = readPathwayFile(text);
  return r.ok ? ok(r.value) : err('bad_request', messagesText(r.problems, lang));
}

// ── Whose credentials ─────────────────────────────────────────────────────────────────

function subjectIds(n: NormalizedCredential): string[] {
  if (n.subjectIdentifiers !== undefined && n.subjectIdentifiers.length > 0) return n.subjectIdentifiers;
  return n.subjectId !== undefined ? [n.subjectId] : [];
}

// The learner's identifiers as a set, made once per list (asked for every credential; a
// list of identifiers is never changed once made).
const learnerIdSets = new WeakMap<readonly string[], ReadonlySet<string>>();

// Whether a recipient (an Open Badges identity, perhaps hashed) is the learner's, remembered
// per list of identifiers: hashing is asked again on every evaluation of the map.
const recipientAnswers = new WeakMap<readonly string[], Map<string, boolean>>();

function isLearnersRecipient(recipient: Recipient, learnerIds: readonly string[]): boolean {
  let answers = recipientAnswers.get(learnerIds);
  if (answers === undefined) recipientAnswers.set(learnerIds, (answers = new Map()));
  const key = JSON.stringify([recipient.type, recipient.identity, recipient.hashed, recipient.salt ?? null]);
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = recipientMatches(recipient, learnerIds)));
  return answer;
}

/**
 * True when the credential is about someone else: learnerIds is not empty, none of its
 * subject identifiers is among them, and its recipient (an Open Badges identity: an e-mail
 * address, URL or telephone number, plain or hashed) is none of them either
 * (`recipientMatches`, recipient.ts). A credential naming no subject at all cannot be told
 * apart and is taken as the learner's.
 */
export function isSomeoneElses(n: NormalizedCredential, learnerIds: readonly string[]): boolean {
  if (learnerIds.length === 0) return false;
  const ids = subjectIds(n);
  if (ids.length === 0 && n.recipient === undefined) return false;
  let mine = learnerIdSets.get(learnerIds);
  if (mine === undefined) learnerIdSets.set(learnerIds, (mine = new Set(learnerIds.map((s) => s.trim()))));
  if (ids.some((id) => mine.has(id))) return false;
  return n.recipient === undefined || !isLearnersRecipient(n.recipient, learnerIds);
}

/** The subject ids seen most often across the credentials (ties all returned), most common first. */
export function suggestLearnerIds(creds: readonly NormalizedCredential[]): string[] {
  const counts = new Map<string, number>();
  for (const c of creds) for (const id of new Set(subjectIds(c))) counts.set(id, (counts.get(id) ?? 0) + 1);
  let max = 0;
  for (const n of counts.values()) max = Math.max(max, n);
  if (max === 0) return [];
  return [...counts.entries()].filter(([, n]) => n === max).map(([id]) => id);
}

// ── Evaluation ────────────────────────────────────────────────────────────────────────

/**
 * Whether a credential with this verification status may count toward a pathway: one that
 * failed a check (changed, expired, revoked, wrong key) never does; one that could not be
 * checked offline does, showing its status. The app and the CLI both follow this rule.
 */
export function countsTowardPathways(status: VerificationStatus): boolean {
  return status !== 'not_verified';
}

export const NOT_COUNTED_REASONS = [
  'no_credits',
  'field_differs',
  'field_not_stated',
  'hours_unknown',
  'used_as_entry_qualification',
] as const;
export type NotCountedReason = (typeof NOT_COUNTED_REASONS)[number];

export const REQUIREMENT_ASSUMPTIONS = [
  'level_via_correspondence', // a level carried across the unofficial JQF↔EQF correspondence
  'level_from_type', // a level read from the achievement type, not stated
  'unit_from_country', // credits in a unit guessed from the issuer country
  'unit_unknown_taken_as_required', // credits of unknown unit counted as the required unit
  'credits_converted', // credits of another unit converted through hours
  'hours_estimated', // hours rest on a guessed unit, a converted duration or the ECTS range
  'credits_available_counted', // credits available counted as earned: the credential was awarded but does not say credits earned
] as const;
export type RequirementAssumption = (typeof REQUIREMENT_ASSUMPTIONS)[number];

export interface RequirementResult {
  id: string;
  kind: RequirementKind;
  met: boolean;
  progress: { have: number; need: number };
  /** Credits requirement with minYears: the span of the counted credits, in years. */
  years?: { have: number; need: number };
  /** Keys (credentialKey) of what counted. */
  counted: string[];
  /** Keys of the learner's courses looked at but not counted, and why. */
  notCounted: { key: string; reason: NotCountedReason }[];
  assumptions: RequirementAssumption[];
  /** What the requirement asks: the file's own label, or the wallet's words (a message). */
  label: LocalText;
  /** What is still missing (a message, or a step's text from the file); null when met. */
  missing: LocalText | null;
}

export interface PathwayEvaluation {
  pathwayId: string;
  met: boolean;
  /** 0..1: mean of each requirement's fraction done. */
  progress: number;
  requirements: RequirementResult[];
  /** The first unmet requirement's missing text; null when all are met. */
  nextStep: LocalText | null;
  /** Credentials about someone else: counted toward nothing. */
  notYours: { key: string; name: string }[];
}

export interface EvaluateOptions {
  /** The learner's identifiers; empty = do not check whose credentials they are. */
  learnerIds?: readonly string[];
  /** Ids of the step requirements the learner has ticked off. */
  tickedSteps?: readonly string[];
  /** Dates after `now` are ignored when measuring years. */
  now?: Date;
  /** Workload options (ECTS hours, a global credit unit). */
  workload?: WorkloadOptions;
  /** The learner's credit unit for one credential, when set (wins over the global one). */
  unitOverrideFor?: (n: NormalizedCredential) => CreditUnitId | undefined;
  /** The learner's level for one credential in a framework, when set (wins over placement). */
  levelOverrideFor?: (n: NormalizedCredential, framework: FrameworkId) => number | undefined;
}

interface Ctx {
  mine: NormalizedCredential[];
  courses: NormalizedCredential[];
  opts: EvaluateOptions;
  now: Date;
  entryKeys: Set<string>;
}

const round = (n: number): number => Math.round(n * 100) / 100;

const NO_OPTIONS: WorkloadOptions = Object.freeze({});

function workloadOpts(n: NormalizedCredential, ctx: Ctx): WorkloadOptions {
  const override = ctx.opts.unitOverrideFor?.(n);
  return override !== undefined ? { ...ctx.opts.workload, unitOverride: override } : (ctx.opts.workload ?? NO_OPTIONS);
}

function entryQualification(
  r: Extract<Requirement, { kind: 'entry_qualification' }>,
  id: string,
  ctx: Ctx,
): RequirementResult {
  const fw = FRAMEWORKS[r.framework].abbreviation;
  let best = 0;
  const candidates: { n: NormalizedCredential; level: number; viaCorrespondence: boolean; fromType: boolean }[] = [];
  for (const n of ctx.mine) {
    const override = ctx.opts.levelOverrideFor?.(n, r.framework);
    const p = override === undefined ? placeCredential(n, r.framework) : null;
    const level = override ?? p?.level ?? null;
    if (level === null) continue;
    best = Math.max(best, level);
    if (level >= r.minLevel)
      candidates.push({
        n,
        level,
        viaCorrespondence: p?.viaCorrespondence === true,
        fromType: p?.source === 'achievement_type',
      });
  }
  // One credential is the entry qualification, and only it is kept out of the credits that
  // follow. Prefer one that carries no credits (a degree), so an aligned course still
  // counts its credits; then the highest level; then one placed without the assumed
  // JQF↔EQF correspondence.
  const hasCredits = (n: NormalizedCredential): boolean =>
    (n.creditsEarned ?? n.creditsAvailable ?? n.credits ?? 0) > 0;
  candidates.sort(
    (a, b) =>
      Number(hasCredits(a.n)) - Number(hasCredits(b.n)) ||
      b.level - a.level ||
      Number(a.viaCorrespondence) - Number(b.viaCorrespondence),
  );
  const chosen = candidates[0];
  const counted = chosen ? [credentialKey(chosen.n)] : [];
  const assumptions = new Set<RequirementAssumption>();
  if (chosen?.viaCorrespondence) assumptions.add('level_via_correspondence');
  if (chosen?.fromType) assumptions.add('level_from_type');
  for (const k of counted) ctx.entryKeys.add(k);
  const met = counted.length > 0;
  return {
    id,
    kind: 'entry_qualification',
    met,
    progress: { have: best, need: r.minLevel },
    counted,
    notCounted: [],
    assumptions: [...assumptions],
    label: r.label ?? msg('pathways.entry_label', { framework: fw, level: r.minLevel }),
    missing: met ? null : msg('pathways.entry_missing', { framework: fw, level: r.minLevel, best }),
  };
}

function fieldMatches(n: NormalizedCredential, field: string): boolean | undefined {
  if (n.fieldOfStudy === undefined) return undefined;
  const a = n.fieldOfStudy.normalize('NFKC').toLowerCase();
  const b = field.normalize('NFKC').toLowerCase();
  return a.includes(b) || b.includes(a);
}

function dateOf(s: string | undefined, now: Date): number | undefined {
  if (s === undefined) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) && t <= now.getTime() ? t : undefined;
}

function credits(r: Extract<Requirement, { kind: 'credits' }>, id: string, ctx: Ctx): RequirementResult {
  let sum = 0;
  const counted: string[] = [];
  const notCounted: RequirementResult['notCounted'] = [];
  const assumptions = new Set<RequirementAssumption>();
  // The earliest and latest dates of the counted credits.
  let first = Infinity;
  let last = -Infinity;
  for (const n of ctx.courses) {
    const key = credentialKey(n);
    if (ctx.entryKeys.has(key)) {
      notCounted.push({ key, reason: 'used_as_entry_qualification' });
      continue;
    }
    const ects = n.creditPoints?.find((p) => p.framework === 'ECTS');
    // A learner holding an awarded course credential expects its credits to count: when it
    // states only the credits on offer, they are counted as earned, and the result says so.
    const stated = n.creditsEarned ?? ects?.value ?? n.creditPoints?.[0]?.value;
    const earned = stated ?? n.creditsAvailable;
    if (earned === undefined) continue;
    const fromAvailable = stated === undefined;
    if (r.field !== undefined) {
      const m = fieldMatches(n, r.field);
      if (m !== true) {
        notCounted.push({ key, reason: m === undefined ? 'field_not_stated' : 'field_differs' });
        continue;
      }
    }
    let value = earned;
    if (r.unit !== undefined) {
      const wopts = workloadOpts(n, ctx);
      const { unit, basis } = creditUnitOf(n, wopts);
      if (unit === 'unknown') {
        assumptions.add('unit_unknown_taken_as_required');
      } else {
        if (basis === 'country') assumptions.add('unit_from_country');
        if (unit !== r.unit) {
          value = hoursToCredits(creditsToHours(earned, unit, wopts).hours, r.unit, wopts);
          assumptions.add('credits_converted');
        }
      }
    }
    sum += value;
    counted.push(key);
    if (fromAvailable) assumptions.add('credits_available_counted');
    const began = dateOf(n.activityStartDate, ctx.now);
    const issued = dateOf(n.issuedOn, ctx.now);
    const ended = dateOf(n.activityEndDate, ctx.now);
    const start = began ?? issued ?? ended;
    const end = ended ?? issued ?? start;
    if (start !== undefined) {
      first = Math.min(first, start);
      last = Math.max(last, start);
    }
    if (end !== undefined) {
      first = Math.min(first, end);
      last = Math.max(last, end);
    }
  }
  sum = Math.round(sum * 100) / 100;
  const span = last >= first ? (last - first) / (365.25 * 24 * 3600 * 1000) : 0;
  const years = r.minYears !== undefined ? { have: Math.round(span * 100) / 100, need: r.minYears } : undefined;
  const creditsMet = sum >= r.min;
  const yearsMet = years === undefined || years.have >= years.need;
  const met = creditsMet && yearsMet;
  const result: RequirementResult = {
    id,
    kind: 'credits',
    met,
    progress: { have: sum, need: r.min },
    counted,
    notCounted,
    assumptions: [...assumptions],
    label:
      r.label ??
      msg('pathways.credits_label', { min: r.min, field: r.field ?? '', years: r.minYears ?? 0, unit: r.unit ?? '' }),
    missing: met
      ? null
      : msg('pathways.credits_missing', {
          more: creditsMet ? 0 : round(r.min - sum),
          have: sum,
          need: r.min,
          field: r.field ?? '',
          unit: r.unit ?? '',
          yearsHave: yearsMet || years === undefined ? 0 : years.have,
          yearsNeed: yearsMet || years === undefined ? 0 : years.need,
        }),
  };
  if (years !== undefined) result.years = years;
  return result;
}

function normName(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function matches(n: NormalizedCredential, s: Selector): boolean {
  if (s.achievementId !== undefined && ![n.achievementId, n.claimId, n.credentialId].includes(s.achievementId))
    return false;
  if (s.name !== undefined) {
    const want = normName(s.name);
    if (courseName(n) !== want && normName(n.name) !== want) return false;
  }
  if (s.type !== undefined) {
    const want = s.type.toLowerCase();
    const types = [n.achievementType, ...n.types]
      .filter((t): t is string => t !== undefined)
      .map((t) => t.toLowerCase());
    if (!types.includes(want)) return false;
  }
  return true;
}

/** A long identifier (a urn:uuid …) is shortened to its end: enough to tell parts apart. */
function shortId(id: string): string {
  return id.length > 28 ? `…${id.slice(-8)}` : id;
}

function selectorText(s: Selector): string {
  return s.name ?? s.type ?? (s.achievementId !== undefined ? shortId(s.achievementId) : '');
}

function nOf(r: Extract<Requirement, { kind: 'n_of' }>, id: string, ctx: Ctx): RequirementResult {
  const counted: string[] = [];
  const unmatched: Selector[] = [];
  for (const s of r.of) {
    const hit = ctx.courses.find((n) => matches(n, s) && !counted.includes(credentialKey(n)));
    if (hit) counted.push(credentialKey(hit));
    else unmatched.push(s);
  }
  const have = counted.length;
  const met = have >= r.n;
  const list = r.of.map(selectorText).join(', ');
  const still = unmatched.map(selectorText).join(', ');
  return {
    id,
    kind: 'n_of',
    met,
    progress: { have: Math.min(have, r.n), need: r.n },
    counted,
    notCounted: [],
    assumptions: [],
    label: r.label ?? msg('pathways.n_of_label', { n: r.n, list }),
    missing: met ? null : msg('pathways.n_of_missing', { more: r.n - have, list: still }),
  };
}

function hours(r: Extract<Requirement, { kind: 'hours' }>, id: string, ctx: Ctx): RequirementResult {
  let sum = 0;
  const counted: string[] = [];
  const notCounted: RequirementResult['notCounted'] = [];
  const assumptions = new Set<RequirementAssumption>();
  for (const n of ctx.courses) {
    const key = credentialKey(n);
    const w = workloadOf(n, workloadOpts(n, ctx));
    if (w === null || w.hours === null) {
      notCounted.push({ key, reason: 'hours_unknown' });
      continue;
    }
    sum += w.hours;
    counted.push(key);
    if (!hoursAsStated(w)) assumptions.add('hours_estimated');
  }
  sum = Math.round(sum * 100) / 100;
  const met = sum >= r.min;
  return {
    id,
    kind: 'hours',
    met,
    progress: { have: sum, need: r.min },
    counted,
    notCounted,
    assumptions: [...assumptions],
    label: r.label ?? msg('pathways.hours_label', { min: r.min }),
    missing: met ? null : msg('pathways.hours_missing', { more: round(r.min - sum), have: sum, need: r.min }),
  };
}

function step(r: Extract<Requirement, { kind: 'step' }>, ctx: Ctx): RequirementResult {
  const met = (ctx.opts.tickedSteps ?? []).includes(r.id);
  return {
    id: r.id,
    kind: 'step',
    met,
    progress: { have: met ? 1 : 0, need: 1 },
    counted: [],
    notCounted: [],
    assumptions: [],
    label: r.text,
    missing: met ? null : r.text,
  };
}

/** How far the learner's credentials go toward a pathway. Pure; never throws on odd credentials. */
export function evaluatePathway(
  p: Pathway,
  creds: readonly NormalizedCredential[],
  opts: EvaluateOptions = {},
): PathwayEvaluation {
  const learnerIds = opts.learnerIds ?? [];
  const mine: NormalizedCredential[] = [];
  const notYours: PathwayEvaluation['notYours'] = [];
  for (const c of creds) {
    if (isSomeoneElses(c, learnerIds)) notYours.push({ key: credentialKey(c), name: c.name });
    else mine.push(c);
  }
  // distinctCourses remembers its last input: the other pathways of this wallet reuse the grouping.
  const ctx: Ctx = {
    mine,
    courses: distinctCourses(mine).map((c) => c.representative),
    opts,
    now: opts.now ?? new Date(),
    entryKeys: new Set(),
  };
  // Entry qualifications first, so the credits they stand on are not counted again.
  const order = p.requirements
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(b.r.kind === 'entry_qualification') - Number(a.r.kind === 'entry_qualification'));
  const results: RequirementResult[] = new Array<RequirementResult>(p.requirements.length);
  for (const { r, i } of order) {
    const id = r.id ?? `requirement-${i + 1}`;
    switch (r.kind) {
      case 'entry_qualification':
        results[i] = entryQualification(r, id, ctx);
        break;
      case 'credits':
        results[i] = credits(r, id, ctx);
        break;
      case 'n_of':
        results[i] = nOf(r, id, ctx);
        break;
      case 'hours':
        results[i] = hours(r, id, ctx);
        break;
      case 'step':
        results[i] = step(r, ctx);
        break;
    }
  }
  const fraction = (r: RequirementResult): number =>
    r.met
      ? 1
      : r.kind === 'entry_qualification'
        ? 0
        : Math.min(1, r.progress.need > 0 ? r.progress.have / r.progress.need : 1);
  const progress = results.length > 0 ? results.reduce((s, r) => s + fraction(r), 0) / results.length : 0;
  const next = results.find((r) => !r.met);
  return {
    pathwayId: p.id,
    met: next === undefined,
    progress: Math.round(progress * 1000) / 1000,
    requirements: results,
    nextStep: next?.missing ?? null,
    notYours,
  };
}

// ── Pathways derived from the credentials themselves ─────────────────────────────────

/**
 * A derived pathway is a pathway like one from a file (names in both languages, stored and
 * exported as such): the wallet's words for it are written from the catalogues in both.
 */
function bilingual(m: Message): BilingualText {
  return { en: renderMessage(m, 'en'), ja: renderMessage(m, 'ja') };
}

interface Edge {
  parent: string;
  child: string;
  from: 'clr_association' | 'elm_has_part';
}

function ownIds(n: NormalizedCredential): string[] {
  return [n.achievementId, n.claimId, n.credentialId].filter((x): x is string => x !== undefined);
}

/**
 * Pathways read from the credentials: CLR 2.0 associations (isChildOf / isPartOf name the
 * parent as target; isParentOf names it as source) and ELM hasPart / isPartOf. One
 * pathway per parent: "all of its parts", by achievement id.
 */
export function derivePathways(creds: readonly NormalizedCredential[]): Pathway[] {
  const edges: Edge[] = [];
  for (const n of creds) {
    for (const a of n.associations ?? []) {
      const t = a.associationType;
      if (t === 'isChildOf' || t === 'isPartOf')
        edges.push({ parent: a.targetId, child: a.sourceId, from: 'clr_association' });
      else if (t === 'isParentOf') edges.push({ parent: a.sourceId, child: a.targetId, from: 'clr_association' });
    }
    const self = n.claimId ?? n.achievementId ?? n.credentialId;
    if (self !== undefined) {
      for (const part of n.hasPart ?? []) edges.push({ parent: self, child: part, from: 'elm_has_part' });
      for (const whole of n.isPartOf ?? []) edges.push({ parent: whole, child: self, from: 'elm_has_part' });
    }
  }
  const byParent = new Map<string, { children: string[]; from: Edge['from'] }>();
  for (const e of edges) {
    if (e.parent === e.child) continue;
    const g = byParent.get(e.parent) ?? { children: [], from: e.from };
    if (!g.children.includes(e.child)) g.children.push(e.child);
    byParent.set(e.parent, g);
  }
  const nameOf = (id: string): string | undefined => {
    const n = creds.find((c) => ownIds(c).includes(id));
    return n ? (n.achievementName ?? n.name) : undefined;
  };
  const out: Pathway[] = [];
  for (const [parent, g] of byParent) {
    const parentName = nameOf(parent) ?? parent;
    // Name the parts the wallet holds; the others are known only by their id.
    const of: Selector[] = g.children.slice(0, 100).map((child) => {
      const name = nameOf(child);
      return name !== undefined ? { achievementId: child, name } : { achievementId: child };
    });
    const names = g.children.map((c) => nameOf(c) ?? c);
    const candidate = {
      id: `derived:${parent}`.slice(0, 200),
      version: 1,
      name: bilingual(msg('pathways.derived_name', { name: parentName })),
      description: bilingual(
        msg('pathways.derived_description', {
          name: parentName,
          count: g.children.length,
          parts: names.map(shortId).join(', '),
        }),
      ),
      target: { name: { en: parentName, ja: parentName } },
      requirements: [
        {
          kind: 'n_of' as const,
          id: 'parts',
          n: of.length,
          of,
          label: bilingual(msg('pathways.derived_label', { name: parentName, count: of.length })),
        },
      ],
      derivedFrom: g.from,
    };
    const parsed = PathwaySchema.safeParse(candidate);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
