/**
 * The wallet's single screen, as layout: toolbar, a drop target covering the whole window,
 * notices, the learner's identifiers, the progress map, the stackable paths and a details
 * panel. The state is the wallet's (app/use-wallet.ts), derived data the map view's
 * (app/use-map-view.ts), and every learner action runs through the action runner
 * (actions/); this component only wires them to what is on screen and holds no logic of
 * its own.
 */
import { useEffect, type ReactNode } from 'react';
import type { CreditUnitId } from '../src-shared/workload';
import {
  chooseCreditUnit,
  chooseFramework,
  chooseLevel,
  exportMapPicture,
  exportPortfolio,
  importCredentials,
  importDropped,
  importPathways,
  recheck,
  removeFile,
  removePathway,
  saveLearnerIds,
  tickStep,
} from './actions/wallet-actions';
import { Notices } from './app/Notices';
import { Toolbar } from './app/Toolbar';
import type { FirstRead } from './app/first-read';
import { useDetails } from './app/use-details';
import { useDropZone } from './app/use-drop-zone';
import { useFirstPaint } from './app/use-first-paint';
import { useMapView } from './app/use-map-view';
import { useOpenedFiles } from './app/use-opened-files';
import { useStableCallback } from './app/use-stable-callback';
import { useWallet } from './app/use-wallet';
import { CredentialDetails } from './components/CredentialDetails';
import { FileTrays } from './components/FileTrays';
import { LearnerSettings } from './components/LearnerSettings';
import { PathwaysPanel } from './components/PathwaysPanel';
import { ProgressMap } from './components/ProgressMap';
import { folderFiles } from './features/import-sources';
import { pathwaysCountingFor } from './features/map-model';
import { useI18n } from './i18n/i18n';
import { messagesText } from '../src-shared/i18n';

interface Props {
  /** The first read, when it settled before the app was mounted. */
  first?: FirstRead | undefined;
  /** The first read itself, waited for when it had not. */
  firstRead: Promise<FirstRead>;
}

export function App({ first, firstRead }: Props): ReactNode {
  const { t, lang } = useI18n();
  const wallet = useWallet(first, firstRead);
  const { run, framework } = wallet;
  useOpenedFiles(run);
  const view = useMapView(wallet);
  const details = useDetails(run, view.recordsByKey);
  const ready = useFirstPaint(wallet.loaded, wallet.settingsLoaded);
  const selectedEntry = details.selected !== null ? view.entryByKey.get(details.selected) : undefined;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  const importChosen = (files: File[]): void => {
    if (files.length > 0) void run(importCredentials, files);
  };
  const drop = useDropZone((items) => void run(importDropped, items));
  const paths = view.pathModel.views;
  const onExportMap = useStableCallback(
    (kind: 'svg' | 'png') => void run(exportMapPicture, { kind, groups: view.groups, paths, framework }),
  );
  const onTick = useStableCallback((pathwayId: string, stepId: string, on: boolean) => {
    void run(tickStep, { pathwayId, stepId, on });
  });
  const onImportPathways = useStableCallback((files: File[]) => void run(importPathways, files));
  const onRemovePathway = useStableCallback((id: string) => void run(removePathway, id));
  const onSaveLearnerIds = useStableCallback((ids: string[]) => void run(saveLearnerIds, ids));
  const onRemoveFile = useStableCallback((file: { fileSha256: string; fileName: string }) => {
    if (details.rec?.fileSha256 === file.fileSha256) details.select(null);
    void run(removeFile, file);
  });
  const rec = details.rec;

  return (
    <div className={`app${drop.dragging ? ' dragging' : ''}`} data-testid="drop-zone" {...drop.handlers}>
      <Toolbar
        framework={framework}
        rechecking={wallet.busy.rechecking > 0}
        onFiles={importChosen}
        onFolder={(files) => importChosen(folderFiles(files))}
        onRecheck={() => void run(recheck, { announce: true })}
        onExport={() => void run(exportPortfolio, { entries: view.model.entries, paths, framework })}
        onFramework={(fw) => void run(chooseFramework, fw)}
      />
      <Notices
        progress={wallet.progress}
        rechecking={wallet.busy.rechecking > 0}
        notice={wallet.notice}
        loaded={wallet.loaded}
        empty={wallet.records.length === 0}
      />
      <main className={rec ? 'with-details' : ''}>
        <div className="map-column">
          <LearnerSettings ids={wallet.learnerIds} suggestions={view.suggestions} onSave={onSaveLearnerIds} />
          <ProgressMap
            groups={view.groups}
            byField={view.byField}
            stacks={view.stacks}
            others={view.others}
            framework={framework}
            filter={view.filter}
            onFilter={view.setFilter}
            sort={view.sort}
            onSort={view.setSort}
            issuers={view.model.issuers}
            fields={view.model.fields}
            shown={view.filtered.length}
            total={view.model.entries.length}
            paths={paths}
            selectedKey={details.selected}
            ready={ready}
            onSelect={details.select}
            onSelectPath={details.selectPath}
            onExport={onExportMap}
          />
          <FileTrays
            supporting={view.supporting}
            notCredentials={view.notCredentials}
            selectedKey={details.selected}
            onSelect={details.select}
            onRemove={onRemoveFile}
          />
          <PathwaysPanel
            views={paths}
            recordKeyOf={view.pathModel.recordKeyOf}
            recordsByKey={view.recordsByKey}
            framework={framework}
            highlighted={details.highlightedPath}
            onSelectCredential={details.select}
            onTick={onTick}
            onImport={onImportPathways}
            onRemove={onRemovePathway}
            importError={
              wallet.pathwayError === null
                ? null
                : t('pathwayImportFailed', {
                    file: wallet.pathwayError.file,
                    message: messagesText(wallet.pathwayError.problems, lang),
                  })
            }
          />
        </div>
        {rec ? (
          <CredentialDetails
            rec={rec}
            framework={framework}
            original={details.original}
            onClose={details.close}
            onOverride={(level) => void run(chooseLevel, { key: rec.key, framework, level })}
            workload={selectedEntry?.workload ?? null}
            mine={selectedEntry?.mine ?? true}
            countsToward={pathwaysCountingFor(rec, paths)}
            onCreditUnit={(unit: CreditUnitId | null) => void run(chooseCreditUnit, { key: rec.key, unit })}
            onSelectPath={details.selectPath}
            onRemove={() => {
              details.select(null);
              void run(removeFile, { fileSha256: rec.fileSha256, fileName: rec.fileName });
            }}
          />
        ) : null}
      </main>
      {drop.dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropNow')}
        </div>
      ) : null}
    </div>
  );
}
