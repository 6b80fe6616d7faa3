/**
 * Which credentials are the same course, so that totals and pathways count each course
 * once: the same credential imported alone and again inside a transcript, or the same
 * achievement awarded twice. Two credentials are one course when they share
 * - the credential `id`; or
 * - the achievement id *and* the course name (issuers have been seen reusing one
 *   achievement id for different courses, e.g. the 1EdTech CLR 2.0 "complex" sample); or
 * - the issuer and the course name, when they do not carry different achievement ids.
 * A transcript (a credential that others name in `containedIn`) is not a course of its own
 * while its nested credentials are present: it is counted through them.
 * Must never merge on a name alone (different issuers teach courses of the same name), and
 * never import anything environment-specific (no node:*, electron, react, dexie, DOM).
 * Normalized credentials are treated as values that never change once made: per-credential
 * results and the last grouping are remembered by object identity.
 */
import type { NormalizedCredential } from './credential';

export interface Course {
  /** The credential that speaks for the course (a standalone one over a nested copy). */
  representative: NormalizedCredential;
  /** Indexes (into the input) of every credential that is this course. */
  members: number[];
}

// Printable ASCII without doubled spaces: NFKC and whitespace folding leave it as it is.
const PLAIN_ASCII = /^(?:[!-~]| (?! ))*$/;

function norm(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = PLAIN_ASCII.test(s)
    ? s.trim().toLowerCase()
    : s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  return t === '' ? undefined : t;
}

interface Identity {
  name: string | undefined;
  issuer: string | undefined;
  /** credentialKey, made when first asked for. */
  key: string | undefined;
}

// The normalised name and issuer (and the key) of each credential object, computed once:
// totals and pathways group and name the same records many times, Unicode normalisation is
// not cheap, and one key string per credential is hashed once however often it is looked up.
const identityCache = new WeakMap<NormalizedCredential, Identity>();

function identityOf(n: NormalizedCredential): Identity {
  let id = identityCache.get(n);
  if (id === undefined) {
    id = { name: norm(n.achievementName ?? n.name), issuer: norm(n.issuerId) ?? norm(n.issuerName), key: undefined };
    identityCache.set(n, id);
  }
  return id;
}

export function courseName(n: NormalizedCredential): string | undefined {
  return identityOf(n).name;
}

function issuerOf(n: NormalizedCredential): string | undefined {
  return identityOf(n).issuer;
}

/** A key for one credential, stable across imports: credential id, else achievement, else issuer+name. */
export function credentialKey(n: NormalizedCredential): string {
  const id = identityOf(n);
  if (id.key === undefined) {
    const name = id.name ?? '';
    id.key =
      n.credentialId !== undefined
        ? `cred:${n.credentialId}`
        : n.achievementId !== undefined
          ? `ach:${n.achievementId}#${name}`
          : `name:${id.issuer ?? ''}#${name}`;
  }
  return id.key;
}

/** Container ids (credential id or name, as set in `containedIn`) that have nested members present. */
function containersWithMembers(creds: readonly NormalizedCredential[]): Set<string> {
  const out = new Set<string>();
  for (const c of creds) if (c.containedIn !== undefined) out.add(c.containedIn);
  return out;
}

function isContainerWithMembers(n: NormalizedCredential, containers: Set<string>): boolean {
  if (n.containedIn !== undefined) return false;
  return (
    (n.credentialId !== undefined && containers.has(n.credentialId)) ||
    (n.credentialId === undefined && containers.has(n.name))
  );
}

// The last grouping made, with the credentials it was made for: the map's totals and the
// pathways often group the very same credentials one after the other, and comparing two
// lists element by element costs far less than grouping again.
let lastGrouping: { creds: NormalizedCredential[]; courses: readonly Course[] } | undefined;

function sameCredentials(a: readonly NormalizedCredential[], b: readonly NormalizedCredential[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Group credentials into distinct courses (order of first appearance). The result is shared: do not change it. */
export function distinctCourses(creds: readonly NormalizedCredential[]): readonly Course[] {
  if (lastGrouping !== undefined && sameCredentials(lastGrouping.creds, creds)) return lastGrouping.courses;
  const courses = groupCourses(creds);
  lastGrouping = { creds: [...creds], courses };
  return courses;
}

function groupCourses(creds: readonly NormalizedCredential[]): readonly Course[] {
  const containers = containersWithMembers(creds);
  const idx = creds
    .map((_, i) => i)
    .filter((i) => {
      const c = creds[i];
      return c !== undefined && !isContainerWithMembers(c, containers);
    });
  // Union-find over input indexes; the root of a set is its smallest index.
  const parent = Int32Array.from(creds, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    for (let j = i; parent[j] !== r;) {
      const next = parent[j] as number;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byCred = new Map<string, number>();
  // Two-level maps (achievement id, then name; issuer, then name) rather than joined string
  // keys: no key strings are built per credential.
  const byAch = new Map<string, Map<string, number>>();
  // Per issuer and course name: one member without an achievement id (all such members are
  // already one course), and one member per achievement id. Joining a newcomer to these
  // representatives joins it to every earlier member it does not conflict with.
  // A group keeps its first achievement id inline and makes a map only for a second one:
  // with thousands of distinct courses, most groups have one member.
  interface Group {
    withoutAch: number | undefined;
    achId: string | undefined;
    achMember: number;
    moreAch: Map<string, number> | undefined;
  }
  const byIssuerName = new Map<string, Map<string, Group>>();
  for (const i of idx) {
    const c = creds[i];
    if (c === undefined) continue;
    if (c.credentialId !== undefined) {
      const seen = byCred.get(c.credentialId);
      if (seen !== undefined) union(seen, i);
      else byCred.set(c.credentialId, i);
    }
    const name = courseName(c);
    if (c.achievementId !== undefined && name !== undefined) {
      let names = byAch.get(c.achievementId);
      if (names === undefined) byAch.set(c.achievementId, (names = new Map()));
      const seen = names.get(name);
      if (seen !== undefined) union(seen, i);
      else names.set(name, i);
    }
    const issuer = issuerOf(c);
    if (issuer !== undefined && name !== undefined) {
      let names = byIssuerName.get(issuer);
      if (names === undefined) byIssuerName.set(issuer, (names = new Map()));
      let group = names.get(name);
      if (group === undefined)
        names.set(name, (group = { withoutAch: undefined, achId: undefined, achMember: -1, moreAch: undefined }));
      if (c.achievementId === undefined) {
        if (group.withoutAch !== undefined) union(group.withoutAch, i);
        else {
          // The first without an achievement id conflicts with no one: it joins them all.
          group.withoutAch = i;
          if (group.achId !== undefined) union(group.achMember, i);
          for (const j of group.moreAch?.values() ?? []) union(j, i);
        }
      } else {
        const same = group.achId === c.achievementId ? group.achMember : group.moreAch?.get(c.achievementId);
        if (same !== undefined) union(same, i);
        else if (group.achId === undefined) {
          group.achId = c.achievementId;
          group.achMember = i;
        } else (group.moreAch ??= new Map<string, number>()).set(c.achievementId, i);
        if (group.withoutAch !== undefined) union(group.withoutAch, i);
      }
    }
  }
  // Courses in order of their first member (a set's root is its smallest index, and idx
  // ascends). The representative is the first standalone member, else the first member.
  const courseOfRoot = new Int32Array(creds.length).fill(-1);
  const out: Course[] = [];
  for (const i of idx) {
    const c = creds[i] as NormalizedCredential;
    const r = find(i);
    const n = courseOfRoot[r] as number;
    if (n === -1) {
      courseOfRoot[r] = out.length;
      out.push({ representative: c, members: [i] });
    } else {
      const course = out[n] as Course;
      course.members.push(i);
      if (course.representative.containedIn !== undefined && c.containedIn === undefined) course.representative = c;
    }
  }
  return out;
}
