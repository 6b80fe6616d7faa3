// The bridge trust boundary: unknown channels refused, requests validated before any work, answers always cloneable data.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../src-shared/bridge';
import { dispatch } from '../../../src-main/bridge/dispatch';

function fakeHandlers(): Handlers {
  return {
    'credentials:import': vi.fn(async () => ({ items: [] })),
    'credentials:verify': vi.fn(async () => ({ items: [] })),
    'bundle:export': vi.fn(async () => ({ fileName: 'x.zip', savedTo: null, count: 0 })),
    'app:info': vi.fn(async () => {
      throw new Error('boom');
    }),
    'app:prepare-import': vi.fn(async () => ({ practice: 'practising' as const })),
    'app:opened-files': vi.fn(async () => ({ files: [], tooLarge: [], more: false })),
    'archive:open': vi.fn(async () => ({ entries: [], skipped: [] })),
  };
}

describe('dispatch (the trust boundary)', () => {
  it('refuses unknown channels without calling anything', async () => {
    const h = fakeHandlers();
    expect(await dispatch(h, 'fs:readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch(h, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('validates requests with zod before any work', async () => {
    const h = fakeHandlers();
    const bad = await dispatch(h, 'credentials:import', { files: [{ name: 'a.json', bytesBase64: 'not base64!!' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch(h, 'credentials:import', { files: [] })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await dispatch(h, 'credentials:import', null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatch(h, 'app:info', { extra: true })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(h['credentials:import']).not.toHaveBeenCalled();
  });

  it('validates the intent to import: a known reason and nothing else', async () => {
    const h = fakeHandlers();
    for (const bad of [{}, null, { reason: 'idle' }, { reason: 'intent', extra: 1 }, { reason: 1 }])
      expect(await dispatch(h, 'app:prepare-import', bad)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(h['app:prepare-import']).not.toHaveBeenCalled();
    expect(await dispatch(h, 'app:prepare-import', { reason: 'large-wallet' })).toEqual({
      ok: true,
      value: { practice: 'practising' },
    });
    expect(h['app:prepare-import']).toHaveBeenCalledWith({ reason: 'large-wallet' });
  });

  it('passes valid requests through and wraps the answer', async () => {
    const h = fakeHandlers();
    const res = await dispatch(h, 'credentials:import', { files: [{ name: 'a.json', bytesBase64: 'e30=' }] });
    expect(res).toEqual({ ok: true, value: { items: [] } });
    expect(h['credentials:import']).toHaveBeenCalledOnce();
  });

  it('turns a thrown error into cloneable data without a stack', async () => {
    const res = await dispatch(fakeHandlers(), 'app:info', {});
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong: boom' } });
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
  });
});
