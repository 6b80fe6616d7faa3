/**
 * `manabi inspect`: what the progress map would say about each credential — its level
 * with provenance, its workload in hours with the unit assumption, and which bundled
 * pathways it counts toward — computed by the same src-shared code as the app, over all
 * the files given together (a credit counts once, whoever carries it). A credential that
 * is not verified, a supporting document and a file that is not a credential count toward nothing. Its texts (name, level reason, workload
 * assumption, pathway names) are in the language asked for; the reason's and the
 * assumption's codes travel beside them. Pure: no I/O here.
 */
import { entryKindOf, type ImportedCredential } from '../../src-shared/credential';
import { credentialKey } from '../../src-shared/course-identity';
import type { FrameworkId } from '../../src-shared/frameworks';
import { BUNDLED_PATHWAYS, countsTowardPathways, evaluatePathway } from '../../src-shared/pathways';
import { credentialNameText, type Lang } from '../../src-shared/i18n';
import { placeCredential, placementReasonText } from '../../src-shared/placement';
import { workloadAssumptionText, workloadOf } from '../../src-shared/workload';

export interface InspectOptions {
  framework: FrameworkId;
  now: Date;
  learnerIds: readonly string[];
  /** The language of the texts (default English). */
  lang?: Lang;
}

export interface InspectRecord {
  name: string;
  format: string;
  status: string;
  level: { framework: FrameworkId; level: number | null; source: string; code: string; reason: string };
  workload: {
    hours: number | null;
    hoursRange?: [number, number];
    unit: string;
    credits?: number;
    code: string;
    assumption: string;
  } | null;
  pathways: { id: string; name: string; counts: boolean; toward: string[] }[];
}

export function inspectItems(items: readonly ImportedCredential[], opts: InspectOptions): InspectRecord[] {
  const creds = items
    .filter((i) => entryKindOf(i) === 'credential' && countsTowardPathways(i.verification.status))
    .map((i) => i.normalized);
  const evaluations = BUNDLED_PATHWAYS.map((p) => ({
    pathway: p,
    result: evaluatePathway(p, creds, { learnerIds: opts.learnerIds, now: opts.now }),
  }));
  const lang = opts.lang ?? 'en';
  return items.map((item) => {
    const n = item.normalized;
    const key = credentialKey(n);
    const place = placeCredential(n, opts.framework);
    const w = workloadOf(n);
    return {
      name: credentialNameText(n, lang),
      format: n.format,
      status: item.verification.status,
      level: {
        framework: opts.framework,
        level: place.level,
        source: place.source,
        code: place.reason.code,
        reason: placementReasonText(place, lang),
      },
      workload: w
        ? {
            hours: w.hours,
            ...(w.hoursRange ? { hoursRange: w.hoursRange } : {}),
            unit: w.unit,
            ...(w.credits !== undefined ? { credits: w.credits } : {}),
            code: w.assumption.code,
            assumption: workloadAssumptionText(w, lang),
          }
        : null,
      pathways: evaluations.map(({ pathway, result }) => {
        const toward = result.requirements.filter((r) => r.counted.includes(key)).map((r) => r.id);
        return { id: pathway.id, name: pathway.name[lang], counts: toward.length > 0, toward };
      }),
    };
  });
}
