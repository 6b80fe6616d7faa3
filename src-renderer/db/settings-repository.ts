/**
 * The learner's own settings in IndexedDB (database version 2): their identifiers, the
 * pathway steps they ticked off, and the pathway files they imported. Repositories are the
 * only Dexie callers. Stored values are checked with zod on read: a value that does not
 * fit falls back to the default instead of breaking the map. Must never store credential
 * content here (credentials live in credential-repository.ts).
 */
import { z } from 'zod';
import { PathwaySchema, type Pathway } from '../../src-shared/pathways';
import type { StoredPathway, WalletDb } from './database';
import type { EarlyIndexRead } from './early-read';

const LEARNER_IDS = 'learnerIds';
const TICKED_STEPS = 'tickedSteps';

const LearnerIdsSchema = z.array(z.string().min(1).max(500)).max(100);
const TickedStepsSchema = z.record(z.string(), z.array(z.string()));
export type TickedSteps = z.infer<typeof TickedStepsSchema>;

/** Tidy a list of identifiers: trimmed, no blanks, no repeats, order kept. */
function cleanIds(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of ids) {
    const id = raw.trim();
    if (id !== '' && id.length <= 500 && !out.includes(id)) out.push(id);
  }
  return out.slice(0, 100);
}

function learnerIdsOf(value: unknown): string[] {
  const parsed = LearnerIdsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

function tickedStepsOf(value: unknown): TickedSteps {
  const parsed = TickedStepsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** Imported pathway rows that still parse, oldest first. */
function validPathways(rows: readonly StoredPathway[]): StoredPathway[] {
  return rows
    .filter((r) => PathwaySchema.safeParse(r.pathway).success)
    .sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
}

/** Everything the map needs of the learner's settings. */
export type LearnerSettingsRead = [learnerIds: string[], tickedSteps: TickedSteps, pathways: StoredPathway[]];

export class SettingsRepository {
  constructor(private readonly db: WalletDb) {}

  /**
   * The learner's identifiers, ticked steps and imported pathways at once. `early` is the
   * read the entry chunk started (early-read.ts): its rows are checked exactly as rows read
   * here; when it found nothing, the database is read.
   */
  async all(early?: Promise<EarlyIndexRead | null> | null): Promise<LearnerSettingsRead> {
    const found = early ? await early : null;
    if (found) {
      const value = (key: string): unknown => found.settings.find((s) => s.key === key)?.value;
      return [learnerIdsOf(value(LEARNER_IDS)), tickedStepsOf(value(TICKED_STEPS)), validPathways(found.pathways)];
    }
    return Promise.all([this.learnerIds(), this.tickedSteps(), this.pathways()]);
  }

  async learnerIds(): Promise<string[]> {
    return learnerIdsOf((await this.db.settings.get(LEARNER_IDS))?.value);
  }

  async setLearnerIds(ids: readonly string[]): Promise<string[]> {
    const clean = cleanIds(ids);
    await this.db.settings.put({ key: LEARNER_IDS, value: clean });
    return clean;
  }

  /** Ticked step ids, by pathway id. */
  async tickedSteps(): Promise<TickedSteps> {
    return tickedStepsOf((await this.db.settings.get(TICKED_STEPS))?.value);
  }

  async setStepTicked(pathwayId: string, stepId: string, ticked: boolean): Promise<TickedSteps> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const all = await this.tickedSteps();
      const now = new Set(all[pathwayId] ?? []);
      if (ticked) now.add(stepId);
      else now.delete(stepId);
      const next = { ...all, [pathwayId]: [...now] };
      await this.db.settings.put({ key: TICKED_STEPS, value: next });
      return next;
    });
  }

  /** Imported pathway files, oldest first; entries that no longer parse are left out. */
  async pathways(): Promise<StoredPathway[]> {
    return validPathways(await this.db.pathways.toArray());
  }

  /** Store an imported pathway; a newer file with the same id replaces the older one. */
  async addPathway(pathway: Pathway, fileName: string, now = new Date()): Promise<StoredPathway> {
    const row: StoredPathway = { id: pathway.id, fileName, importedAt: now.toISOString(), pathway };
    await this.db.pathways.put(row);
    return row;
  }

  async removePathway(id: string): Promise<void> {
    await this.db.pathways.delete(id);
  }
}
