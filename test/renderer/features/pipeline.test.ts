// The send-and-store pipeline on its own, with numbers for items: how many requests are out
// at once, that a loop sends its next item before it stores the answer before it, how far it
// reads ahead, and that a failure (answered or thrown) stops every send and keeps what was stored.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src-renderer/features/pipeline';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function counting(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A pipeline over `n` numbers whose answer is the number doubled, or `failAt`'s failure; every step is logged. */
function logged(n: number, opts: { inFlight: number; readAhead: number; failAt?: number; throwAt?: number }) {
  const log: string[] = [];
  const stored: number[] = [];
  let out = 0;
  let most = 0;
  const run = runPipeline({
    items: counting(n)[Symbol.iterator](),
    read: async (i: number) => {
      log.push(`read ${i}`);
      await tick();
      if (i === opts.throwAt) throw new Error(`item ${i} cannot be read`);
      return i;
    },
    send: async (i: number) => {
      out += 1;
      most = Math.max(most, out);
      log.push(`send ${i}`);
      await tick();
      await tick();
      out -= 1;
      log.push(`answer ${i}`);
      return i === opts.failAt ? { ok: false as const, why: `item ${i} refused` } : { ok: true as const, value: i * 2 };
    },
    store: async (i: number, a: { ok: true; value: number } | { ok: false; why: string }) => {
      await tick();
      if (a.ok) stored.push(a.value);
      log.push(`stored ${i}`);
    },
    failure: (a: { ok: true; value: number } | { ok: false; why: string }) => (a.ok ? undefined : a.why),
    inFlight: opts.inFlight,
    readAhead: opts.readAhead,
  });
  return { run, log, stored, most: () => most };
}

describe('runPipeline', () => {
  it('stores every answer with at most inFlight requests out, each loop sending its next item before storing the answer before it', async () => {
    const p = logged(7, { inFlight: 2, readAhead: 1 });
    expect(await p.run).toEqual({});
    expect([...p.stored].sort((a, b) => a - b)).toEqual(counting(7).map((i) => i * 2));
    expect(p.most()).toBe(2);
    const at = (event: string): number => p.log.indexOf(event);
    // Loop one sent item 0 and read item 2 while waiting; item 2 goes out after 0's answer, before 0 is stored.
    expect(at('read 2')).toBeLessThan(at('answer 0'));
    expect(at('send 2')).toBeGreaterThan(at('answer 0'));
    expect(at('send 2')).toBeLessThan(at('stored 0'));
    for (const i of counting(7)) expect(at(`stored ${i}`)).toBeGreaterThan(at(`answer ${i}`));
  });

  it('reads as far ahead as asked, and no further', async () => {
    const p = logged(10, { inFlight: 1, readAhead: 3 });
    await p.run;
    const before = p.log.slice(0, p.log.indexOf('answer 0'));
    // One sent, three read ahead, while the first answer is awaited.
    expect(before.filter((e) => e.startsWith('read '))).toEqual(['read 0', 'read 1', 'read 2', 'read 3']);
    expect(p.most()).toBe(1);
    expect(p.stored).toEqual(counting(10).map((i) => i * 2));
  });

  it('stops at a failed answer: the failure is given, nothing is sent after it, and what was answered well stays stored', async () => {
    const p = logged(20, { inFlight: 2, readAhead: 1, failAt: 3 });
    expect(await p.run).toEqual({ failure: 'item 3 refused' });
    const failedAt = p.log.indexOf('answer 3');
    expect(p.log.slice(failedAt).filter((e) => e.startsWith('send '))).toEqual([]);
    expect(p.log).not.toContain('stored 3');
    expect(p.stored).toContain(0);
    expect(p.log.filter((e) => e.startsWith('send ')).length).toBeLessThan(20);
    // Every loop has stopped when the pipeline settles: nothing happens afterwards.
    const length = p.log.length;
    await tick();
    await tick();
    expect(p.log.length).toBe(length);
  });

  it('rethrows an error thrown by a step once every loop has stopped, sending nothing after it', async () => {
    const p = logged(20, { inFlight: 2, readAhead: 1, throwAt: 4 });
    await expect(p.run).rejects.toThrow('item 4 cannot be read');
    const sends = p.log.filter((e) => e.startsWith('send ')).map((e) => Number(e.slice(5)));
    expect(sends).not.toContain(4);
    expect(Math.max(...sends)).toBeLessThan(6);
    const length = p.log.length;
    await tick();
    await tick();
    expect(p.log.length).toBe(length);
  });

  it('stores every answer already in hand when a later item cannot be read', async () => {
    const p = logged(20, { inFlight: 2, readAhead: 1, throwAt: 4 });
    await expect(p.run).rejects.toThrow('item 4 cannot be read');
    // Every item that was sent and answered is stored: none is lost to item 4's failure.
    const answered = p.log.filter((e) => e.startsWith('answer ')).map((e) => Number(e.slice(7)));
    expect(answered.length).toBeGreaterThan(0);
    for (const i of answered) expect(p.log, `item ${i}`).toContain(`stored ${i}`);
  });

  it('settles at once with nothing to do', async () => {
    const p = logged(0, { inFlight: 2, readAhead: 1 });
    expect(await p.run).toEqual({});
    expect(p.log).toEqual([]);
  });
});
