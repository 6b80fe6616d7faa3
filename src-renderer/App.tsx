/**
 * The wallet's single screen: toolbar (add files, export, framework and language
 * switches), a drop target covering the whole window, import progress, the learner's
 * identifiers, the progress map with its filters and picture export, the stackable paths
 * and a details panel. State lives in IndexedDB; this component only mirrors it. Derived
 * data (placements, workloads, pathway evaluations) is computed once per change of what it
 * depends on, never per render, so the map stays smooth with thousands of credentials.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react';
import type { FrameworkId } from '../src-shared/frameworks';
import { parsePathwayFile, suggestLearnerIds } from '../src-shared/pathways';
import type { CreditUnitId } from '../src-shared/workload';
import { CredentialDetails } from './components/CredentialDetails';
import { LearnerSettings } from './components/LearnerSettings';
import { PathwaysPanel } from './components/PathwaysPanel';
import { ProgressMap } from './components/ProgressMap';
import { CredentialRepository, isAchievementEntry } from './db/credential-repository';
import { openWalletDb, type CredentialRecord, type StoredPathway } from './db/database';
import { takeEarlyIndexRead } from './db/early-read';
import type { CredentialView } from './db/credential-view';
import { SettingsRepository, type LearnerSettingsRead, type TickedSteps } from './db/settings-repository';
import { exportBundle } from './features/export-bundle';
import { downloadBlob, svgBlob, svgToPng } from './features/map-download';
import {
  NO_FILTER,
  buildMapModel,
  buildPathwayModel,
  coursesOf,
  fieldTotals,
  filterEntries,
  groupByLevel,
  stacksByRecord,
  pathwaysCountingFor,
  type MapFilter,
} from './features/map-model';
import { buildMapSvg } from './features/map-picture';
import { mapPictureData } from './features/map-text';
import { importFiles, type ImportProgress } from './features/import-files';
import { filesDueForRecheck, reverifyAll } from './features/reverify';
import { useI18n } from './i18n/i18n';

const FRAMEWORK_KEY = 'manabi.framework';

/**
 * A callback whose identity never changes but which always runs the latest `fn`: the map and
 * the path cards are memoised, and a new function each render would redraw them on every
 * import progress tick.
 */
function useStableCallback<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

function initialFramework(): FrameworkId {
  return localStorage.getItem(FRAMEWORK_KEY) === 'eqf' ? 'eqf' : 'jqf';
}

// The repositories are made, and take over the read the entry chunk started (early-read.ts),
// as soon as this code loads, so the first records and settings overlap React's first render.
const walletDb = openWalletDb();
const walletRepo = new CredentialRepository(walletDb);
const walletSettings = new SettingsRepository(walletDb);
const earlyRead = takeEarlyIndexRead();

/** The first read of the credentials and of the learner's settings, each settled (a failure is kept, not thrown). */
export interface FirstRead {
  records: { list: CredentialView[] } | { error: unknown };
  settings: { values: LearnerSettingsRead } | { error: unknown };
}

function settle<T, K extends string>(p: Promise<T>, key: K): Promise<Record<K, T> | { error: unknown }> {
  return p.then(
    (v) => ({ [key]: v }) as Record<K, T>,
    (error: unknown) => ({ error }),
  );
}

/**
 * Settles when both first reads have; start-app.tsx waits for it (for a while) so the app's
 * first render already shows the wallet, instead of an empty map and then, a moment later,
 * the credentials: one render and one paint less on the way to the map.
 */
export const firstRead: Promise<FirstRead> = Promise.all([
  settle(walletRepo.views(earlyRead), 'list'),
  settle(walletSettings.all(earlyRead), 'values'),
]).then(([records, settings]) => {
  performance.mark('records-loaded');
  return { records, settings };
});

/** `first`: the first read when it settled before the app was mounted (otherwise the app waits for it). */
export function App({ first }: { first?: FirstRead | undefined }): ReactNode {
  const { t, lang, setLang } = useI18n();
  const repo = walletRepo;
  const settings = walletSettings;
  const firstList = first && 'list' in first.records ? first.records.list : undefined;
  const firstValues = first && 'values' in first.settings ? first.settings.values : undefined;
  // What the map shows of every credential (the map index); the details panel reads the full record.
  const [records, setRecords] = useState<CredentialView[]>(() => firstList ?? []);
  const [loaded, setLoaded] = useState(firstList !== undefined);
  const [settingsLoaded, setSettingsLoaded] = useState(first !== undefined);
  const [learnerIds, setLearnerIds] = useState<string[]>(() => firstValues?.[0] ?? []);
  const [ticked, setTicked] = useState<TickedSteps>(() => firstValues?.[1] ?? {});
  const [imported, setImported] = useState<StoredPathway[]>(() => firstValues?.[2] ?? []);
  const [pathwayError, setPathwayError] = useState<string | null>(null);
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [highlightedPath, setHighlightedPath] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [framework, setFramework] = useState<FrameworkId>(initialFramework);
  const [selected, setSelected] = useState<string | null>(null);
  const [original, setOriginal] = useState<Uint8Array | undefined>(undefined);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const markedRef = useRef(false);

  const refresh = useCallback(async (): Promise<CredentialView[]> => {
    const list = await repo.views();
    setRecords(list);
    setLoaded(true);
    return list;
  }, [repo]);

  const [rechecking, setRechecking] = useState(false);
  const recheck = useCallback(
    async (announce: boolean, only?: ReadonlySet<string>) => {
      setRechecking(true);
      const r = await reverifyAll(repo, only);
      await refresh();
      setRechecking(false);
      if (r.error) setMessage({ kind: 'error', text: t('recheckFailed', { message: r.error }) });
      else if (announce) setMessage({ kind: 'info', text: t('recheckDone', { count: r.checked }) });
    },
    [refresh, repo, t],
  );

  // At start: show what is stored at once, then, in the background, check again the
  // credentials whose answer may have changed since their last check (a date has passed).
  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    const failed = (e: unknown): void =>
      setMessage({
        kind: 'error',
        text: t('walletReadFailed', { message: e instanceof Error ? e.message : String(e) }),
      });
    // Credentials and settings are shown together: the map and the pathways depend on both
    // (the learner's identifiers decide what is theirs), so one render instead of two. When
    // the app was mounted with them, the state already holds them.
    void firstRead.then(({ records: read, settings: s }) => {
      if ('values' in s) {
        if (!first) {
          const [ids, steps, paths] = s.values;
          setLearnerIds(ids);
          setTicked(steps);
          setImported(paths);
        }
      } else failed(s.error); // the map still shows, with no identifiers set and no steps ticked
      setSettingsLoaded(true);
      if ('error' in read) return failed(read.error);
      if (!first) {
        setRecords(read.list);
        setLoaded(true);
      }
      // The re-check (and finding what needs it) waits until the browser is idle, so it
      // never delays the first paint.
      requestIdleCallback(
        () => {
          const due = filesDueForRecheck(read.list, new Date());
          if (due.size > 0) void recheck(false, due);
        },
        { timeout: 3000 },
      );
    });
  }, [first, recheck, t]);

  // ── Derived data: once per change of its inputs ──
  const model = useMemo(
    () => buildMapModel(records, framework, lang, learnerIds),
    [records, framework, lang, learnerIds],
  );
  const filtered = useMemo(() => filterEntries(model.entries, filter), [model, filter]);
  const courses = useMemo(() => coursesOf(filtered), [filtered]);
  const groups = useMemo(() => groupByLevel(filtered, lang, courses), [filtered, lang, courses]);
  const byField = useMemo(() => fieldTotals(filtered, courses), [filtered, courses]);
  // Pathways are evaluated in the same render as the map: their badges are part of it, and
  // one render costs less than drawing the map and then drawing it again with the badges.
  const pathModel = useMemo(
    () => buildPathwayModel(records, imported, framework, learnerIds, ticked, new Date()),
    [records, imported, framework, learnerIds, ticked],
  );
  const stacks = useMemo(() => stacksByRecord(pathModel, lang), [pathModel, lang]);
  const suggestions = useMemo(
    () => suggestLearnerIds(records.filter(isAchievementEntry).map((r) => r.normalized)),
    [records],
  );
  const recordsByKey = useMemo(() => new Map(records.map((r) => [r.key, r])), [records]);
  const entryByKey = useMemo(() => new Map(model.entries.map((e) => [e.rec.key, e])), [model]);

  // The first complete paint with every stored record: marked once for the benchmark.
  // Complete = every stored credential placed and counted, and the pathways evaluated over
  // them (their badges are on the map), not only the first rows. Marked right after the
  // frame that paints this commit: the layout effect runs before that frame, its animation
  // frame callback at the frame's start (before its layout and paint), and a task queued
  // from there after the paint.
  useLayoutEffect(() => {
    if (!loaded || !settingsLoaded || markedRef.current) return;
    markedRef.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('map-complete');
        setReady(true);
      }, 0),
    );
  }, [loaded, settingsLoaded]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  const selectedSummary = selected !== null ? (recordsByKey.get(selected) ?? null) : null;
  const selectedEntry = selected !== null ? entryByKey.get(selected) : undefined;
  // The selected credential in full (every check with its detail), read again whenever the
  // stored summary changes (a re-check, a new level) so the panel never shows an older state.
  const [fullRec, setFullRec] = useState<CredentialRecord | null>(null);
  useEffect(() => {
    if (!selectedSummary) return setFullRec(null);
    let current = true;
    void repo.get(selectedSummary.key).then((rec) => {
      if (current) setFullRec(rec ?? null);
    });
    return () => {
      current = false;
    };
  }, [repo, selectedSummary]);
  const selectedRec = fullRec !== null && fullRec.key === selected ? fullRec : null;

  const closeDetails = useCallback(() => {
    setSelected((key) => {
      if (key !== null) {
        // Give the keyboard back to the marker that opened the details.
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-testid="credential"][data-key="${CSS.escape(key)}"]`)?.focus(),
        );
      }
      return null;
    });
  }, []);
  useEffect(() => {
    if (selected === null) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') closeDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, closeDetails]);

  const selectPath = useCallback((id: string) => {
    setHighlightedPath(id);
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-testid="path-card"][data-pathway="${CSS.escape(id)}"]`);
      card?.scrollIntoView({ block: 'nearest' });
      card?.focus();
    });
  }, []);

  const saveLearnerIds = (ids: string[]): void => {
    void settings.setLearnerIds(ids).then((clean) => {
      setLearnerIds(clean);
      setMessage({ kind: 'info', text: t('learnerSaved') });
    });
  };

  const tickStep = (pathwayId: string, stepId: string, on: boolean): void => {
    // Show the tick at once; the stored value follows (and wins) when written.
    setTicked((all) => {
      const now = new Set(all[pathwayId] ?? []);
      if (on) now.add(stepId);
      else now.delete(stepId);
      return { ...all, [pathwayId]: [...now] };
    });
    void settings.setStepTicked(pathwayId, stepId, on).then(setTicked);
  };

  const importPathways = async (files: File[]): Promise<void> => {
    setPathwayError(null);
    for (const file of files) {
      const parsed = parsePathwayFile(await file.text(), lang);
      if (!parsed.ok) {
        setPathwayError(t('pathwayImportFailed', { file: file.name, message: parsed.error.message }));
        continue;
      }
      await settings.addPathway(parsed.value, file.name);
      setMessage({ kind: 'info', text: t('pathwayImported', { name: parsed.value.name[lang] }) });
    }
    setImported(await settings.pathways());
  };

  const removePathway = (id: string): void => {
    void settings
      .removePathway(id)
      .then(() => settings.pathways())
      .then(setImported);
  };

  const setCreditUnit = (key: string, unit: CreditUnitId | null): void => {
    void repo.setCreditUnit(key, unit).then(refresh);
  };

  const exportMap = async (kind: 'svg' | 'png'): Promise<void> => {
    const now = new Date();
    const svg = buildMapSvg(mapPictureData(groups, pathModel.views, framework, lang, t, now));
    const fileName = `manabi-map-${now.toISOString().slice(0, 10)}.${kind}`;
    try {
      downloadBlob(kind === 'svg' ? svgBlob(svg) : await svgToPng(svg), fileName);
      setMessage({ kind: 'info', text: t('mapExported', { file: fileName }) });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: t('mapExportFailed', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  useEffect(() => {
    if (!selectedRec) return setOriginal(undefined);
    void repo.originalBytes(selectedRec.key).then(setOriginal);
  }, [repo, selectedRec]);

  const runImport = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      setMessage(null);
      try {
        const outcome = await importFiles(files, repo, setProgress);
        await refresh();
        const notes = outcome.tooLarge.map((name) => t('fileTooLarge', { name }));
        if (outcome.error)
          setMessage({ kind: 'error', text: [t('importFailed', { message: outcome.error }), ...notes].join(' ') });
        else
          setMessage({
            kind: notes.length ? 'error' : 'info',
            text: [t('importDone', { added: outcome.added, already: outcome.alreadyStored }), ...notes].join(' '),
          });
        // A new status list can answer the revocation status of credentials already stored.
        if (!outcome.error && outcome.statusListsAdded > 0) void recheck(false);
      } catch (e) {
        await refresh();
        setMessage({ kind: 'error', text: t('importFailed', { message: e instanceof Error ? e.message : String(e) }) });
      } finally {
        setProgress(null);
      }
    },
    [refresh, recheck, repo, t],
  );

  const onExportMap = useStableCallback((kind: 'svg' | 'png') => void exportMap(kind));
  const onTick = useStableCallback(tickStep);
  const onImportPathways = useStableCallback((files: File[]) => void importPathways(files));
  const onRemovePathway = useStableCallback(removePathway);
  const onSaveLearnerIds = useStableCallback(saveLearnerIds);

  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    void runImport(Array.from(e.dataTransfer.files));
  };

  const onExport = async (): Promise<void> => {
    setMessage(null);
    // The whole map, whatever the filters on screen: a portfolio shows everything.
    const mapSvg = buildMapSvg(
      mapPictureData(groupByLevel(model.entries, lang), pathModel.views, framework, lang, t, new Date()),
    );
    const r = await exportBundle(repo, framework, mapSvg);
    switch (r.kind) {
      case 'downloaded':
        return setMessage({ kind: 'info', text: t('exportDone', { count: r.count, file: r.fileName }) });
      case 'saved':
        return setMessage({ kind: 'info', text: t('exportSavedTo', { path: r.path }) });
      case 'cancelled':
        return setMessage({ kind: 'info', text: t('exportCancelled') });
      case 'empty':
        return setMessage({ kind: 'info', text: t('exportEmpty') });
      case 'error':
        return setMessage({ kind: 'error', text: t('exportFailed', { message: r.message }) });
    }
  };

  const chooseFramework = (fw: FrameworkId): void => {
    localStorage.setItem(FRAMEWORK_KEY, fw);
    setFramework(fw);
  };

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      data-testid="drop-zone"
      onDragEnter={(e) => {
        e.preventDefault();
        dragDepth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="toolbar">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => inputRef.current?.click()}>
            {t('addFiles')}
          </button>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            data-testid="file-input"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              void runImport(files);
            }}
          />
          <button type="button" onClick={() => void recheck(true)} disabled={rechecking} data-testid="recheck">
            {t('recheck')}
          </button>
          <button type="button" onClick={() => void onExport()} data-testid="export">
            {t('exportBundle')}
          </button>
          <label>
            {t('framework')}{' '}
            <select
              value={framework}
              onChange={(e) => chooseFramework(e.target.value === 'eqf' ? 'eqf' : 'jqf')}
              data-testid="framework"
            >
              <option value="jqf">{t('frameworkJqf')}</option>
              <option value="eqf">{t('frameworkEqf')}</option>
            </select>
          </label>
          <label>
            {t('language')}{' '}
            <select
              value={lang}
              onChange={(e) => setLang(e.target.value === 'ja' ? 'ja' : 'en')}
              data-testid="language"
            >
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </select>
          </label>
        </div>
      </header>

      <div className="notices" aria-live="polite">
        {progress ? (
          <div className="progress" data-testid="import-progress">
            <progress max={progress.total} value={progress.done} />
            <span>{t('importing', { done: progress.done, total: progress.total })}</span>
          </div>
        ) : null}
        {rechecking ? (
          <p className="hint" data-testid="rechecking">
            {t('rechecking')}
          </p>
        ) : null}
        {message ? (
          <p
            className={`message message-${message.kind}`}
            data-testid="message"
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        ) : null}
        {!loaded && !message ? (
          <p className="hint" role="status" data-testid="opening">
            {t('walletOpening')}
          </p>
        ) : null}
        {loaded && records.length === 0 && !progress ? <p className="empty">{t('emptyWallet')}</p> : null}
        <p className="hint">{t('dropHint')}</p>
      </div>

      <main className={selectedRec ? 'with-details' : ''}>
        <div className="map-column">
          <LearnerSettings ids={learnerIds} suggestions={suggestions} onSave={onSaveLearnerIds} />
          <ProgressMap
            groups={groups}
            byField={byField}
            stacks={stacks}
            others={model.others}
            framework={framework}
            filter={filter}
            onFilter={setFilter}
            issuers={model.issuers}
            fields={model.fields}
            shown={filtered.length}
            total={model.entries.length}
            paths={pathModel.views}
            selectedKey={selected}
            ready={ready}
            onSelect={setSelected}
            onSelectPath={selectPath}
            onExport={onExportMap}
          />
          <PathwaysPanel
            views={pathModel.views}
            recordKeyOf={pathModel.recordKeyOf}
            recordsByKey={recordsByKey}
            framework={framework}
            highlighted={highlightedPath}
            onSelectCredential={setSelected}
            onTick={onTick}
            onImport={onImportPathways}
            onRemove={onRemovePathway}
            importError={pathwayError}
          />
        </div>
        {selectedRec ? (
          <CredentialDetails
            rec={selectedRec}
            framework={framework}
            original={selectedRec.mediaType.startsWith('image/png') ? undefined : original}
            onClose={closeDetails}
            onOverride={(level) => void repo.setLevelOverride(selectedRec.key, framework, level).then(refresh)}
            workload={selectedEntry?.workload ?? null}
            mine={selectedEntry?.mine ?? true}
            countsToward={pathwaysCountingFor(selectedRec, pathModel.views)}
            onCreditUnit={(unit) => setCreditUnit(selectedRec.key, unit)}
            onSelectPath={selectPath}
            onRemove={() => {
              const { fileSha256, fileName } = selectedRec;
              setSelected(null);
              void repo.removeFile(fileSha256).then(async (count) => {
                await refresh();
                setMessage({ kind: 'info', text: t('removed', { file: fileName, count }) });
              });
            }}
          />
        ) : null}
      </main>

      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropNow')}
        </div>
      ) : null}
    </div>
  );
}
