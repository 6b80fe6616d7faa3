// Course identity: which credentials are one course. The grouping must follow the rules in
// course-identity.ts exactly; a plain pairwise reading of those rules is the reference.
import { describe, expect, it } from 'vitest';
import type { NormalizedCredential } from '../../src-shared/credential';
import { distinctCourses } from '../../src-shared/course-identity';

function cred(over: Partial<NormalizedCredential>): NormalizedCredential {
  return { format: 'vc2-jsonld', types: ['VerifiableCredential'], name: 'Course', alignments: [], ...over };
}

/** The rules read pairwise, joined transitively: slow and obviously right. */
function reference(creds: readonly NormalizedCredential[]): number[][] {
  const norm = (s: string | undefined): string | undefined => {
    const t = s?.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
    return t === '' ? undefined : t;
  };
  const name = (c: NormalizedCredential): string | undefined => norm(c.achievementName ?? c.name);
  const issuer = (c: NormalizedCredential): string | undefined => norm(c.issuerId) ?? norm(c.issuerName);
  const same = (a: NormalizedCredential, b: NormalizedCredential): boolean =>
    (a.credentialId !== undefined && a.credentialId === b.credentialId) ||
    (a.achievementId !== undefined &&
      a.achievementId === b.achievementId &&
      name(a) !== undefined &&
      name(a) === name(b)) ||
    (issuer(a) !== undefined &&
      issuer(a) === issuer(b) &&
      name(a) !== undefined &&
      name(a) === name(b) &&
      !(a.achievementId !== undefined && b.achievementId !== undefined && a.achievementId !== b.achievementId));
  const group = creds.map((_, i) => i);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < creds.length; i++)
      for (let j = 0; j < creds.length; j++) {
        const a = creds[i] as NormalizedCredential;
        const b = creds[j] as NormalizedCredential;
        const gi = group[i] as number;
        const gj = group[j] as number;
        if (gi !== gj && same(a, b)) {
          const low = Math.min(gi, gj);
          for (let k = 0; k < group.length; k++) if (group[k] === gi || group[k] === gj) group[k] = low;
          changed = true;
        }
      }
  }
  const out = new Map<number, number[]>();
  group.forEach((g, i) => out.set(g, [...(out.get(g) ?? []), i]));
  return [...out.values()];
}

describe('distinctCourses', () => {
  it('never merges different achievement ids through the issuer and name, in any order', () => {
    const a1 = cred({ issuerId: 'did:x', name: 'Algebra', achievementId: 'urn:a1' });
    const a2 = cred({ issuerId: 'did:x', name: 'Algebra', achievementId: 'urn:a2' });
    expect(distinctCourses([a1, a2])).toHaveLength(2);
    // One without an achievement id conflicts with neither, so all three are one course.
    const none = cred({ issuerId: 'did:x', name: 'algebra ' });
    expect(distinctCourses([a1, a2, none])).toHaveLength(1);
    expect(distinctCourses([none, a1, a2])).toHaveLength(1);
  });

  it('groups exactly as the pairwise rules do, on many random wallets', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
    for (let round = 0; round < 300; round++) {
      const creds = Array.from({ length: 1 + rand(14) }, () =>
        cred({
          // Spellings that plain ASCII handling and Unicode normalisation must agree on.
          name: pick([
            'Algebra',
            'algebra',
            ' ALGEBRA ',
            'Ａｌｇｅｂｒａ',
            'Linear  Algebra',
            'linear\talgebra',
            'Linear Algebra',
            'Physics',
            'Chemistry',
          ]),
          ...(rand(3) === 0 ? { credentialId: pick(['urn:c1', 'urn:c2', 'urn:c3']) } : {}),
          ...(rand(2) === 0 ? { achievementId: pick(['urn:a1', 'urn:a2', 'urn:a3']) } : {}),
          ...(rand(4) > 0 ? { issuerId: pick(['did:x', 'did:y', 'DID:X']) } : {}),
          // Nested in a transcript that is not in the wallet: still a course, but a standalone copy speaks for it.
          ...(rand(4) === 0 ? { containedIn: 'urn:transcript-elsewhere' } : {}),
        }),
      );
      const courses = distinctCourses(creds);
      const want = reference(creds);
      // Same groups, in the order of their first member, each member list ascending.
      expect(JSON.stringify(courses.map((c) => c.members)), JSON.stringify(creds)).toBe(JSON.stringify(want));
      // The representative: the first member not nested in a transcript, else the first member.
      for (const c of courses) {
        const standalone = c.members.find((i) => creds[i]?.containedIn === undefined) ?? c.members[0];
        expect(c.representative).toBe(creds[standalone as number]);
      }
    }
  });
});
