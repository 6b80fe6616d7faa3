// Practice for the verification workers: the built-in credentials really verify (else the
// practice would warm less of the code), and practice gives way to real work at once.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src-main/services/import-service';
import { PRACTICE_DELAY_MS, practiceDelayMs, practiceFiles, practise } from '../../../src-main/services/warm-up';
import { createServiceHandlers } from '../../../src-main/services/handlers';
import { dispatch } from '../../../src-main/bridge/dispatch';

describe('worker practice', () => {
  it('practises on credentials of every Linked Data suite that all verify offline', async () => {
    const items = await importFiles(practiceFiles(), { now: new Date('2026-11-24T00:00:00Z') });
    expect(items.map((i) => i.verification.status)).toEqual(['verified', 'verified', 'verified', 'verified']);
    const proofs = items.map((i) => i.verification.checks.find((c) => c.id === 'proof')?.detail ?? '');
    for (const suite of ['Ed25519Signature2020', 'eddsa-rdfc-2022', 'ecdsa-rdfc-2019'])
      expect(proofs.some((d) => d.includes(suite))).toBe(true);
  });

  it('verifies every practice file each round, one at a time', async () => {
    const seen: string[] = [];
    const done = await practise({
      rounds: 3,
      busy: () => false,
      verify: async (files) => (seen.push(...files.map((f) => f.name)), []),
    });
    expect(done).toBe(12);
    expect(seen).toEqual([...practiceFiles(), ...practiceFiles(), ...practiceFiles()].map((f) => f.name));
  });

  it('stops before its next credential once real work has arrived', async () => {
    let busy = false;
    let verified = 0;
    const done = await practise({
      rounds: 100,
      busy: () => busy,
      verify: async () => {
        verified += 1;
        if (verified === 5) busy = true;
        return [];
      },
    });
    expect(done).toBe(5);
    expect(verified).toBe(5);
  });

  it('starts at once on the intent to import, and after a delay for a large wallet (the map paints first)', () => {
    expect(practiceDelayMs('intent')).toBe(0);
    expect(practiceDelayMs('large-wallet')).toBe(PRACTICE_DELAY_MS);
    expect(PRACTICE_DELAY_MS).toBeGreaterThan(0);
  });

  it('never happens without worker threads (the command line, tests): the bridge answers unavailable', async () => {
    const handlers = createServiceHandlers('browser');
    expect(await dispatch(handlers, 'app:prepare-import', { reason: 'intent' })).toEqual({
      ok: true,
      value: { practice: 'unavailable' },
    });
  });
});
