// The learner's actions run through the one wrapper, with the app's services passed in (a
// bridge to the real services, repositories on fake-indexeddb): a success shows its notice,
// a failure of any kind (a bridge answer {ok: false}, a rejected request, an error thrown by
// a repository or by the action itself) shows the action's failure message, and the busy
// flag an action raised is always lowered again.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  BUSY_FLAGS,
  createActionRunner,
  noticeText,
  type Action,
  type BusyFlag,
  type Notice,
  type WalletUpdates,
} from '../../../src-renderer/actions/action';
import * as walletActions from '../../../src-renderer/actions/wallet-actions';
import {
  ALL_ACTIONS,
  importCredentials,
  recheck,
  removeFile,
  saveLearnerIds,
  tickStep,
  type ActionInfo,
} from '../../../src-renderer/actions/wallet-actions';
import type { AppServices } from '../../../src-renderer/app-context';
import type { CredentialView } from '../../../src-renderer/db/credential-view';
import type { TickedSteps } from '../../../src-renderer/db/settings-repository';
import type { ImportProgress } from '../../../src-renderer/features/import-files';
import { MESSAGE_SPEC, uiText } from '../../../src-shared/i18n';
import { readSampleBytes } from '../../helpers/samples';
import { jsonFiles, testServices } from './fake-services';

/** A runner over `services`, recording every notice, every busy change and the state the actions set. */
function harness(services: AppServices) {
  const notices: (Notice | null)[] = [];
  const busyLog: string[] = [];
  const busy: Record<BusyFlag, number> = { importing: 0, rechecking: 0 };
  const state = {
    records: [] as CredentialView[],
    learnerIds: [] as string[],
    ticked: {} as TickedSteps,
    progress: [] as (ImportProgress | null)[],
    refreshes: 0,
  };
  const wallet: WalletUpdates = {
    refresh: async () => {
      state.refreshes += 1;
      state.records = await services.credentials.views();
      return state.records;
    },
    setLearnerIds: (ids) => (state.learnerIds = ids),
    setTicked: (update) => (state.ticked = typeof update === 'function' ? update(state.ticked) : update),
    setPathways: () => undefined,
    setPathwayError: () => undefined,
    setProgress: (p) => state.progress.push(p),
    setFramework: () => undefined,
  };
  const run = createActionRunner({
    context: () => ({ services, lang: 'en', t: (key, params) => uiText(key, 'en', params), wallet }),
    notify: (n) => notices.push(n),
    busy: (flag, change) => {
      busy[flag] += change;
      busyLog.push(`${flag} ${change > 0 ? 'up' : 'down'}`);
    },
  });
  const last = (): Notice | null | undefined => notices.at(-1);
  const text = (): string | undefined => {
    const notice = last();
    return notice ? noticeText(notice, 'en') : undefined;
  };
  return { run, notices, busy, busyLog, state, last, text };
}

describe('the action wrapper', () => {
  it('a re-check whose answer fails shows the failure and lowers the checking flag', async () => {
    const services = testServices({
      verifyCredentials: async () => ({ ok: false, error: { code: 'internal', message: 'The wallet service broke.' } }),
    });
    const h = harness(services);
    await h.run(importCredentials, jsonFiles(3));
    const value = await h.run(recheck, { announce: true });

    expect(value).toBeUndefined();
    expect(h.last()?.kind).toBe('error');
    expect(h.last()?.lines[0]?.key).toBe('recheckFailed');
    expect(h.text()).toBe('Checking again did not finish: The wallet service broke.');
    expect(h.busy.rechecking).toBe(0);
    expect(h.busyLog.filter((e) => e.startsWith('rechecking'))).toEqual(['rechecking up', 'rechecking down']);
  });

  it('a re-check whose request is rejected (the service cannot be reached) still ends, with a notice', async () => {
    const services = testServices({ verifyCredentials: () => Promise.reject(new TypeError('Failed to fetch')) });
    const h = harness(services);
    await h.run(importCredentials, jsonFiles(2));
    await h.run(recheck, { announce: false });

    expect(h.text()).toBe('Checking again did not finish: Failed to fetch');
    expect(h.busy.rechecking).toBe(0);
  });

  it('a re-check that succeeds says how many credentials were checked, and only when asked to', async () => {
    const h = harness(testServices());
    await h.run(importCredentials, jsonFiles(3));
    const before = h.notices.length;
    await h.run(recheck, { announce: false });
    expect(h.notices.length).toBe(before);
    await h.run(recheck, { announce: true });
    expect(h.last()).toEqual({ kind: 'info', lines: [{ key: 'recheckDone', params: { count: 3 } }] });
    expect(h.busy.rechecking).toBe(0);
  });

  it('an import clears the notice, shows its progress, and says what was added', async () => {
    const h = harness(testServices());
    h.notices.push({ kind: 'error', lines: [{ key: 'exportEmpty' }] });
    await h.run(importCredentials, jsonFiles(4));

    expect(h.notices.at(-2)).toBeNull();
    expect(h.text()).toBe(
      'Added 0 credentials, 0 supporting documents, 4 files that are not credentials; 0 already in your wallet.',
    );
    expect(h.state.progress.at(-1)).toEqual({ done: 4, total: 4 });
    expect(h.state.records).toHaveLength(4);
    expect(h.busyLog).toEqual(['importing up', 'importing down']);
  });

  it('a supporting document added later answers the credentials already stored: the wallet checks them again', async () => {
    const services = testServices();
    const h = harness(services);
    const file = (rel: string): File =>
      new File([readSampleBytes(rel) as Uint8Array<ArrayBuffer>], rel.split('/').pop() ?? rel);
    await h.run(importCredentials, [file('ob2/1edtech-dcpv_ob2_signed_assertion.jwt')]);
    const before = h.state.records.find((r) => r.fileName.endsWith('signed_assertion.jwt'));
    expect(before?.verification.status).toBe('could_not_check');
    await h.run(importCredentials, [
      file('ob2/1edtech-dcpv_ob2_support_key1.json'),
      file('ob2/1edtech-dcpv_ob2_support_issuer.json'),
      file('ob2/1edtech-dcpv_ob2_support_badgeclass.json'),
    ]);
    // The re-check runs after the import, on its own.
    await expect
      .poll(async () => (await services.credentials.views()).find((r) => r.key === before?.key)?.verification.status)
      .toBe('verified');
    const after = (await services.credentials.views()).find((r) => r.key === before?.key);
    expect(after?.normalized.name).toBe('Awesome Robotics Badge');
  });

  it('an import tells main, once and before its first batch, that its workers should practise', async () => {
    const calls: string[] = [];
    const h = harness(
      testServices({
        prepareImport: async (req) => {
          calls.push(`prepare:${req.reason}`);
          return { ok: true, value: { practice: 'unavailable' } };
        },
        importCredentials: async () => {
          calls.push('import');
          return { ok: true, value: { items: [] } };
        },
      }),
    );
    await h.run(importCredentials, jsonFiles(2));
    await h.run(importCredentials, jsonFiles(2, 'other'));
    expect(calls[0]).toBe('prepare:intent');
    expect(calls.filter((c) => c.startsWith('prepare'))).toEqual(['prepare:intent']);
  });

  it('an import whose answer fails says so, keeps what was stored, and lowers the importing flag', async () => {
    const h = harness(
      testServices({
        importCredentials: async () => ({ ok: false, error: { code: 'internal', message: 'No workers left' } }),
      }),
    );
    await h.run(importCredentials, jsonFiles(2));
    expect(h.last()?.kind).toBe('error');
    expect(h.last()?.lines[0]).toEqual({ key: 'importFailed', params: { message: 'No workers left' } });
    expect(h.text()).toBe(
      'The import did not finish: No workers left. Nothing already stored was changed. ' +
        '0 of 2 files were stored before the import stopped. “note-0.json” was not stored. “note-1.json” was not stored.',
    );
    expect(h.busy.importing).toBe(0);
  });

  it('an import that stops part-way says how many files were stored and names the first few that were not', async () => {
    const real = testServices();
    const h = harness(
      testServices({
        // The second batch's answer fails (the shell went away); the first was stored.
        importCredentials: async (req) =>
          req.files[0]?.name === 'note-100.json'
            ? { ok: false, error: { code: 'internal', message: 'The wallet service went away' } }
            : real.bridge.importCredentials(req),
      }),
    );
    await h.run(importCredentials, jsonFiles(205));
    expect(h.last()?.kind).toBe('error');
    const lines = h.last()?.lines ?? [];
    expect(lines[0]?.key).toBe('importFailed');
    // The first batch (100 files) was stored; a batch sent alongside the failed one may have been too.
    const stopped = lines[1];
    expect(stopped?.key).toBe('importStopped');
    const stored = Number(stopped?.params?.['stored']);
    expect([100, 200]).toContain(stored);
    expect(stopped?.params?.['total']).toBe(205);
    expect(h.state.records).toHaveLength(stored);
    // Three names, then the rest counted.
    expect(lines.slice(2).map((l) => l.key)).toEqual([
      'fileNotStored',
      'fileNotStored',
      'fileNotStored',
      'moreNotStored',
    ]);
    expect(lines[2]?.params).toEqual({ name: 'note-100.json' });
    expect(lines[5]?.params).toEqual({ more: 205 - stored - 3 });
    expect(h.text()).toContain(`${stored} of 205 files were stored before the import stopped.`);
    expect(h.text()).toContain(`${205 - stored - 3} more files were not stored.`);
  }, 30_000);

  it('an import that throws (a file cannot be read) is caught, the records are read again, the flag lowered', async () => {
    const h = harness(testServices());
    const broken = new File([new Uint8Array([1])], 'gone.json');
    Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('The file vanished.')) });
    Object.defineProperty(broken, 'size', { value: 99 });
    await h.run(importCredentials, [...jsonFiles(1), broken]);

    expect(h.last()?.lines[0]?.key).toBe('importFailed');
    expect(h.text()).toContain('gone.json: The file vanished.');
    expect(h.state.refreshes).toBeGreaterThan(0);
    expect(h.busy.importing).toBe(0);
  });

  it('an error thrown by a repository is caught and shown, and the screen keeps what was there', async () => {
    const services = testServices();
    services.settings.setLearnerIds = () => Promise.reject(new Error('QuotaExceededError'));
    const h = harness(services);
    h.state.learnerIds = ['did:example:before'];
    const value = await h.run(saveLearnerIds, ['did:example:after']);

    expect(value).toBeUndefined();
    expect(h.text()).toBe('Your identifiers could not be saved: QuotaExceededError');
    expect(h.state.learnerIds).toEqual(['did:example:before']);
  });

  it('saving identifiers shows the cleaned list and says so', async () => {
    const h = harness(testServices());
    await h.run(saveLearnerIds, [' did:example:me ', '', 'did:example:me']);
    expect(h.state.learnerIds).toEqual(['did:example:me']);
    expect(h.text()).toBe('Your identifiers are saved.');
  });

  it('a tick that cannot be stored is shown as it is stored, with a notice', async () => {
    const services = testServices();
    await services.settings.setStepTicked('path', 'stored-step', true);
    services.settings.setStepTicked = () => Promise.reject(new Error('The database is closed.'));
    const h = harness(services);
    await h.run(tickStep, { pathwayId: 'path', stepId: 'new-step', on: true });

    expect(h.state.ticked).toEqual({ path: ['stored-step'] });
    expect(h.text()).toBe('The ticked step could not be saved: The database is closed.');
  });

  it('removing a file says how many credentials went with it; a failed removal says it failed', async () => {
    const services = testServices();
    const h = harness(services);
    await h.run(importCredentials, jsonFiles(2));
    const [first] = await services.credentials.summaries();
    if (!first) throw new Error('nothing was imported');
    await h.run(removeFile, { fileSha256: first.fileSha256, fileName: first.fileName });
    expect(h.text()).toBe(`“${first.fileName}” was removed (1 credentials).`);
    expect(h.state.records).toHaveLength(1);

    services.credentials.removeFile = () => Promise.reject(new Error('The database is closed.'));
    await h.run(removeFile, { fileSha256: 'x', fileName: 'x.json' });
    expect(h.text()).toBe('The file could not be removed: The database is closed.');
  });

  it('catches an action that throws before it returns a promise, and anything thrown that is not an Error', async () => {
    const h = harness(testServices());
    const throwsAtOnce: Action<void> = {
      id: 'test-throws',
      busy: 'rechecking',
      failure: 'recheckFailed',
      run: () => {
        throw new Error('at once');
      },
    };
    const rejectsOddly: Action<void> = {
      id: 'test-rejects',
      busy: 'importing',
      failure: 'importFailed',
      run: () => Promise.reject({ toString: () => 'a thing' }),
    };
    await expect(h.run(throwsAtOnce, undefined)).resolves.toBeUndefined();
    expect(h.text()).toBe('Checking again did not finish: at once');
    await expect(h.run(rejectsOddly, undefined)).resolves.toBeUndefined();
    expect(h.text()).toContain('a thing');
    expect(h.busy).toEqual({ importing: 0, rechecking: 0 });
  });

  it('every action says in both languages what went wrong when it fails, and holds only known busy flags', () => {
    const isAction = (v: unknown): v is ActionInfo =>
      typeof v === 'object' && v !== null && 'run' in v && 'failure' in v && 'id' in v;
    const actions = Object.values(walletActions as Record<string, unknown>).filter(isAction);
    expect(new Set(ALL_ACTIONS)).toEqual(new Set(actions));
    expect(actions.length).toBeGreaterThanOrEqual(13);
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    for (const a of actions) {
      // Each failure wording names the reason, in both languages.
      expect(Object.keys(MESSAGE_SPEC[`ui.${a.failure}`]), a.id).toContain('message');
      for (const lang of ['en', 'ja'] as const)
        expect(uiText(a.failure, lang, { message: '<reason>' }), `${a.id} ${lang}`).toContain('<reason>');
      if (a.busy !== undefined) expect(BUSY_FLAGS).toContain(a.busy);
    }
  });
});
