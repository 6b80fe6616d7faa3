/**
 * Every action a learner can take in the wallet, as data (action.ts says what an action is).
 * Each does its work through the context (the bridge, the repositories, the clock, the
 * screen's state) and answers with the notice to show; none catches its own failure to show
 * it, since the runner does that for all of them. None may touch the DOM beyond a download.
 */
import { base64ToBytes } from '../../src-shared/bytes';
import type { FrameworkId } from '../../src-shared/frameworks';
import { readPathwayFile } from '../../src-shared/pathways';
import type { CreditUnitId } from '../../src-shared/workload';
import type { CredentialRecord } from '../db/database';
import { exportBundle } from '../features/export-bundle';
import { importFiles, type ImportOutcome } from '../features/import-files';
import { collectDropped, type DroppedItems } from '../features/import-sources';
import { downloadBlob, svgBlob, svgToPng } from '../features/map-download';
import type { LevelGroup, MapEntry, PathwayView } from '../features/map-model';
import { groupByLevel } from '../features/map-model';
import { buildMapSvg } from '../features/map-picture';
import { mapPictureData } from '../features/map-text';
import { reverifyAll } from '../features/reverify';
import type { Message } from '../../src-shared/i18n';
import type { MessageKey } from '../i18n/i18n';
import { BridgeFailure, info, type Action, type ActionContext, type Notice, type NoticeLine } from './action';

/** Where the learner's choice of framework is remembered on this device. */
export const FRAMEWORK_KEY = 'manabi.framework';

/** Check stored credentials again: all, or the files in `only`; `announce` says how many were checked. */
export const recheck: Action<{ announce: boolean; only?: ReadonlySet<string> }> = {
  id: 'recheck',
  busy: 'rechecking',
  failure: 'recheckFailed',
  async run({ services, wallet }, { announce, only }) {
    const r = await reverifyAll(services.bridge, services.credentials, only);
    await wallet.refresh();
    if (r.error !== undefined) throw new BridgeFailure('internal', r.error);
    return announce ? { notice: info('recheckDone', { count: r.checked }) } : {};
  },
};

/** Read the credentials again even when the action failed, without hiding that failure. */
async function refreshAfter<T>(ctx: ActionContext, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    await ctx.wallet.refresh().catch(() => undefined);
    throw e;
  }
}

/** Names shown of the files an import that stopped did not store; the rest are counted. */
const NOT_STORED_NAMES_SHOWN = 3;

/** An import that stopped: how many files were stored, and the first few that were not ("N more"). */
function stoppedLines(stored: number, total: number, notStored: readonly string[]): NoticeLine[] {
  const more = notStored.length - NOT_STORED_NAMES_SHOWN;
  return [
    { key: 'importStopped', params: { stored, total } },
    ...notStored.slice(0, NOT_STORED_NAMES_SHOWN).map((name) => ({ key: 'fileNotStored' as const, params: { name } })),
    ...(more > 0 ? [{ key: 'moreNotStored' as const, params: { more } }] : []),
  ];
}

/** The one of two wordings a count takes: `one` for exactly one, `many` otherwise (a language without plurals words both alike). */
function countKey<K extends MessageKey>(count: number, one: K, many: K): K {
  return count === 1 ? one : many;
}

/** A count of files, worded when shown. */
function countMessage(count: number, one: MessageKey, many: MessageKey): Message {
  return { code: `ui.${countKey(count, one, many)}`, params: { count } } as Message;
}

/** The import notice's first sentence: the files added by what they are, and those already in the wallet. */
export function importDoneLine(counts: {
  credentials: number;
  supporting: number;
  notCredentials: number;
  already: number;
}): NoticeLine {
  return {
    key: 'importDone',
    params: { already: counts.already },
    messages: {
      credentials: countMessage(counts.credentials, 'countCredentialOne', 'countCredentialMany'),
      supporting: countMessage(counts.supporting, 'countSupportingOne', 'countSupportingMany'),
      notCredentials: countMessage(counts.notCredentials, 'countNotCredentialOne', 'countNotCredentialMany'),
    },
  };
}

/** Archive notes shown by name; the rest are counted. */
const ARCHIVE_NOTES_SHOWN = 3;

/** What an import found in archives: entries left out and archives that could not be opened, with main's reasons. */
function archiveLines(notes: ImportOutcome['archiveNotes']): NoticeLine[] {
  const more = notes.length - ARCHIVE_NOTES_SHOWN;
  return [
    ...notes.slice(0, ARCHIVE_NOTES_SHOWN).map((n): NoticeLine =>
      n.entry === undefined
        ? { key: 'archiveProblem', params: { archive: n.archive }, messages: { message: n.problem } }
        : {
            key: 'archiveEntrySkipped',
            params: { archive: n.archive, entry: n.entry },
            messages: { message: n.problem },
          },
    ),
    ...(more > 0 ? [{ key: countKey(more, 'moreArchiveNotesOne', 'moreArchiveNotesMany'), params: { more } }] : []),
  ];
}

/** Import dropped or chosen files (a zip among them is opened and its entries imported). */
export const importCredentials: Action<readonly File[]> = {
  id: 'import',
  busy: 'importing',
  clearsNotice: true,
  failure: 'importFailed',
  async run(ctx, files) {
    const { services, wallet } = ctx;
    services.importIntent.signal('intent');
    const outcome = await refreshAfter(
      ctx,
      importFiles(files, services.bridge, services.credentials, wallet.setProgress),
    );
    await wallet.refresh();
    const notes: NoticeLine[] = [
      ...archiveLines(outcome.archiveNotes),
      ...outcome.tooLarge.map((name) => ({ key: 'fileTooLarge' as const, params: { name } })),
    ];
    if (outcome.error !== undefined)
      return {
        notice: {
          kind: 'error',
          lines: [
            { key: 'importFailed', params: { message: outcome.error } },
            ...stoppedLines(outcome.storedFiles, files.length - outcome.tooLarge.length, outcome.notStored),
            ...notes,
          ],
        },
      };
    // A new status list can answer the revocation status of credentials already stored.
    // A status list, key, issuer profile or BadgeClass may answer what stored credentials could not.
    if (outcome.heldDocumentsAdded > 0) void ctx.run(recheck, { announce: false });
    // Every file added, by what it is; the copies of credentials already held; what was left out.
    const done = importDoneLine({
      credentials: outcome.credentials,
      supporting: outcome.supporting,
      notCredentials: outcome.notCredentials,
      already: outcome.alreadyStored,
    });
    const merged: NoticeLine[] =
      outcome.merged > 0
        ? [{ key: countKey(outcome.merged, 'importMergedOne', 'importMergedMany'), params: { count: outcome.merged } }]
        : [];
    return { notice: { kind: notes.length > 0 ? 'error' : 'info', lines: [done, ...merged, ...notes] } };
  },
};

/**
 * What the learner dropped: files and folders, each folder walked for every file in it (hidden
 * ones left out), then imported as chosen files are. A file that could not be read is named;
 * the others are imported all the same.
 */
export const importDropped: Action<DroppedItems> = {
  id: 'import-dropped',
  busy: 'importing',
  clearsNotice: true,
  failure: 'importFailed',
  async run(ctx, dropped) {
    ctx.services.importIntent.signal('intent');
    const { files, unreadable } = await collectDropped(dropped);
    const lines = unreadable.map((name): NoticeLine => ({ key: 'fileUnreadable', params: { name } }));
    if (files.length === 0) return lines.length > 0 ? { notice: { kind: 'error', lines } } : {};
    const imported = await importCredentials.run(ctx, files);
    const notice = imported.notice;
    if (!notice || lines.length === 0) return imported;
    return { notice: { kind: 'error', lines: [...notice.lines, ...lines] } };
  },
};

/**
 * Files the learner opened with the wallet from the desktop ("Open with"): asked of main (which
 * read them) and imported as a drop would be; a file too large to read is named.
 */
export const importOpenedFiles: Action<void> = {
  id: 'import-opened',
  busy: 'importing',
  clearsNotice: true,
  failure: 'importFailed',
  async run(ctx) {
    const files: File[] = [];
    const tooLarge: string[] = [];
    for (let more = true; more;) {
      const answer = await ctx.services.bridge.openedFiles({});
      if (!answer.ok) throw new BridgeFailure(answer.error.code, answer.error.message);
      for (const f of answer.value.files) files.push(new File([new Uint8Array(base64ToBytes(f.bytesBase64))], f.name));
      tooLarge.push(...answer.value.tooLarge);
      more = answer.value.more;
    }
    const lines = tooLarge.map((name) => ({ key: 'fileTooLarge' as const, params: { name } }));
    if (files.length === 0) return lines.length > 0 ? { notice: { kind: 'error', lines } } : {};
    const imported = await importCredentials.run(ctx, files);
    const notice = imported.notice;
    if (!notice || lines.length === 0) return imported;
    return { notice: { kind: 'error', lines: [...notice.lines, ...lines] } };
  },
};

/** The portfolio bundle: every stored credential's original file, with the whole map as a picture. */
export const exportPortfolio: Action<{
  entries: readonly MapEntry[];
  paths: readonly PathwayView[];
  framework: FrameworkId;
}> = {
  id: 'export-portfolio',
  clearsNotice: true,
  failure: 'exportFailed',
  async run({ services, lang, t }, { entries, paths, framework }) {
    // The whole map, whatever the filters on screen: a portfolio shows everything.
    const mapSvg = buildMapSvg(mapPictureData(groupByLevel(entries, lang), paths, framework, lang, t, services.now()));
    const r = await exportBundle(services.bridge, services.credentials, framework, mapSvg);
    switch (r.kind) {
      case 'downloaded':
        return { notice: info('exportDone', { count: r.count, file: r.fileName }) };
      case 'saved':
        return { notice: info('exportSavedTo', { path: r.path }) };
      case 'cancelled':
        return { notice: info('exportCancelled') };
      case 'empty':
        return { notice: info('exportEmpty') };
      case 'error':
        throw new BridgeFailure('internal', r.message);
    }
  },
};

/** The map as on screen (filters applied), downloaded as an SVG or PNG picture. */
export const exportMapPicture: Action<{
  kind: 'svg' | 'png';
  groups: readonly LevelGroup[];
  paths: readonly PathwayView[];
  framework: FrameworkId;
}> = {
  id: 'export-map',
  failure: 'mapExportFailed',
  async run({ services, lang, t }, { kind, groups, paths, framework }) {
    const now = services.now();
    const svg = buildMapSvg(mapPictureData(groups, paths, framework, lang, t, now));
    const fileName = `manabi-map-${now.toISOString().slice(0, 10)}.${kind}`;
    // The browser's reason for a failed drawing is not for a learner: say it in their words.
    const picture =
      kind === 'svg'
        ? svgBlob(svg)
        : await svgToPng(svg).catch(() => {
            throw new Error(t('mapPngFailed'));
          });
    downloadBlob(picture, fileName);
    return { notice: info('mapExported', { file: fileName }) };
  },
};

/** Remove a file from the wallet, with every credential it holds. */
export const removeFile: Action<{ fileSha256: string; fileName: string }> = {
  id: 'remove-file',
  failure: 'removeFailed',
  async run(ctx, { fileSha256, fileName }) {
    const count = await refreshAfter(ctx, ctx.services.credentials.removeFile(fileSha256));
    await ctx.wallet.refresh();
    return { notice: info('removed', { file: fileName, count }) };
  },
};

/** The learner's own level for a credential (`null`: back to the level the credential gives). */
export const chooseLevel: Action<{ key: string; framework: FrameworkId; level: number | null }> = {
  id: 'choose-level',
  failure: 'levelSaveFailed',
  async run({ services, wallet }, { key, framework, level }) {
    await services.credentials.setLevelOverride(key, framework, level);
    await wallet.refresh();
    return {};
  },
};

/** The learner's credit unit for a credential (`null`: as stated, or guessed). */
export const chooseCreditUnit: Action<{ key: string; unit: CreditUnitId | null }> = {
  id: 'choose-credit-unit',
  failure: 'creditUnitSaveFailed',
  async run({ services, wallet }, { key, unit }) {
    await services.credentials.setCreditUnit(key, unit);
    await wallet.refresh();
    return {};
  },
};

/** The learner's identifiers (DIDs, e-mail addresses), saved as cleaned by the repository. */
export const saveLearnerIds: Action<string[]> = {
  id: 'save-learner-ids',
  failure: 'learnerSaveFailed',
  async run({ services, wallet }, ids) {
    wallet.setLearnerIds(await services.settings.setLearnerIds(ids));
    return { notice: info('learnerSaved') };
  },
};

/** Tick or untick a pathway step: shown at once, then the stored value follows (and wins). */
export const tickStep: Action<{ pathwayId: string; stepId: string; on: boolean }> = {
  id: 'tick-step',
  failure: 'stepSaveFailed',
  async run({ services, wallet }, { pathwayId, stepId, on }) {
    wallet.setTicked((all) => {
      const steps = new Set(all[pathwayId] ?? []);
      if (on) steps.add(stepId);
      else steps.delete(stepId);
      return { ...all, [pathwayId]: [...steps] };
    });
    try {
      wallet.setTicked(await services.settings.setStepTicked(pathwayId, stepId, on));
    } catch (e) {
      // Not saved: show what is stored again, so the screen does not claim otherwise.
      await services.settings
        .tickedSteps()
        .then(wallet.setTicked)
        .catch(() => undefined);
      throw e;
    }
    return {};
  },
};

/** Pathway files the learner adds; a file that is not a valid pathway is named with the reason, the others are added. */
export const importPathways: Action<readonly File[]> = {
  id: 'import-pathways',
  failure: 'pathwaySaveFailed',
  async run({ services, wallet, lang }, files) {
    wallet.setPathwayError(null);
    let notice: Notice | undefined;
    try {
      for (const file of files) {
        const parsed = readPathwayFile(await file.text());
        if (!parsed.ok) {
          wallet.setPathwayError({ file: file.name, problems: parsed.problems });
          continue;
        }
        await services.settings.addPathway(parsed.value, file.name, services.now());
        notice = info('pathwayImported', { name: parsed.value.name[lang] });
      }
    } finally {
      // Whatever was added before a failure is shown.
      wallet.setPathways(await services.settings.pathways());
    }
    return notice ? { notice } : {};
  },
};

/** Remove a pathway the learner added. */
export const removePathway: Action<string> = {
  id: 'remove-pathway',
  failure: 'pathwayRemoveFailed',
  async run({ services, wallet }, id) {
    await services.settings.removePathway(id);
    wallet.setPathways(await services.settings.pathways());
    return {};
  },
};

/** The framework the map shows; remembered on this device. */
export const chooseFramework: Action<FrameworkId> = {
  id: 'choose-framework',
  failure: 'frameworkSaveFailed',
  async run({ wallet }, framework) {
    wallet.setFramework(framework);
    localStorage.setItem(FRAMEWORK_KEY, framework);
    return {};
  },
};

/** A credential in full for its details panel: every check, and its file's original bytes. */
export const openDetails: Action<string, { rec: CredentialRecord | null; original: Uint8Array | undefined }> = {
  id: 'open-details',
  failure: 'detailsReadFailed',
  async run({ services }, key) {
    const rec = (await services.credentials.get(key)) ?? null;
    // Where the file's bytes are kept is the repository's business: it is asked by key.
    const original = rec === null ? undefined : await services.credentials.originalBytes(rec.key);
    return { value: { rec, original } };
  },
};

/** What is said of an action without running it. */
export type ActionInfo = Pick<Action<never, unknown>, 'id' | 'busy' | 'clearsNotice' | 'failure'>;

/** Every action of this module. */
export const ALL_ACTIONS: readonly ActionInfo[] = [
  recheck,
  importCredentials,
  importDropped,
  importOpenedFiles,
  exportPortfolio,
  exportMapPicture,
  removeFile,
  chooseLevel,
  chooseCreditUnit,
  saveLearnerIds,
  tickStep,
  importPathways,
  removePathway,
  chooseFramework,
  openDetails,
];
