/**
 * The Electron shell: one window, sandboxed, loading the built renderer through the app's
 * own scheme (`app://wallet/`), with every bridge channel registered through the validating
 * dispatcher, and one instance at a time. Security decisions come from security.ts. This
 * file and preload.ts are the only ones that import electron; it never loads a remote page
 * and never serves a file from outside the built renderer folder.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS, CHANNEL_NAMES, EVENTS } from '../../../src-shared/channels';
import { MAX_FILE_BYTES, MAX_FILES_PER_REQUEST, type Handlers } from '../../../src-shared/bridge';
import { base64ToBytes, bytesToBase64 } from '../../../src-shared/bytes';
import { err } from '../../../src-shared/result';
import { dispatch } from '../../bridge/dispatch';
import { createServiceHandlers } from '../../services/handlers';
import { ImportPool } from '../../services/worker-pool';
import { CONTENT_SECURITY_POLICY } from '../security-policy';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appContentType,
  appEntryUrl,
  appRequestFile,
  isAllowedNavigation,
  isTrustedSender,
  MAX_PENDING_OPENED_FILES,
  openedFileArgs,
  permissionDecision,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');
const appUrl = appEntryUrl();

// Before the app is ready: the scheme must be known as standard and secure from the start.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

/** Serves the built renderer on `app://wallet/`, with the CSP on every answer. */
function serveAppScheme(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appRequestFile(request.url, rendererDir);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': appContentType(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

let mainWindow: BrowserWindow | null = null;

// Files the operating system asked the wallet to open, until the page asks for them.
const openedPaths: string[] = openedFileArgs(process.argv, app.isPackaged);

/** Brings the wallet's window to the front (restored if minimised). */
function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function filesOpened(paths: readonly string[]): void {
  if (paths.length === 0) return;
  openedPaths.push(...paths);
  if (openedPaths.length > MAX_PENDING_OPENED_FILES)
    openedPaths.splice(0, openedPaths.length - MAX_PENDING_OPENED_FILES);
  showWindow();
  mainWindow?.webContents.send(EVENTS.filesOpened);
}

/** Hands the page the next opened files: read here (regular files up to MAX_FILE_BYTES), then forgotten. */
async function takeOpenedFiles(): Promise<{
  files: { name: string; bytesBase64: string }[];
  tooLarge: string[];
  more: boolean;
}> {
  const paths = openedPaths.splice(0, MAX_FILES_PER_REQUEST);
  const files: { name: string; bytesBase64: string }[] = [];
  const tooLarge: string[] = [];
  for (const path of paths) {
    try {
      const st = await stat(path);
      if (!st.isFile()) continue;
      if (st.size > MAX_FILE_BYTES) tooLarge.push(basename(path));
      else files.push({ name: basename(path), bytesBase64: bytesToBase64(await readFile(path)) });
    } catch {
      // Gone or unreadable since it was opened: nothing to hand over.
    }
  }
  return { files, tooLarge, more: openedPaths.length > 0 };
}

function electronHandlers(): Handlers {
  const pool = new ImportPool(join(here, 'import-worker.js'));
  // The workers load their libraries now, and practise only when the page says an import is
  // likely (channel app:prepare-import, registered with every other channel below).
  pool.warm();
  const base = createServiceHandlers('electron', pool);
  return {
    ...base,
    // Electron saves the bundle where the learner chooses instead of downloading it.
    [CHANNELS.openedFiles]: takeOpenedFiles,
    [CHANNELS.exportBundle]: async (req) => {
      const built = await base[CHANNELS.exportBundle](req);
      const options = { defaultPath: built.fileName, filters: [{ name: 'Portfolio bundle', extensions: ['zip'] }] };
      const choice = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { fileName: built.fileName, savedTo: null, count: built.count };
      await writeFile(choice.filePath, base64ToBytes(built.bytesBase64 ?? ''));
      return { fileName: built.fileName, savedTo: choice.filePath, count: built.count };
    },
  };
}

function registerChannels(): void {
  const handlers = electronHandlers();
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, appUrl))
        return err('forbidden', 'This request did not come from the wallet.');
      return dispatch(handlers, channel, request);
    });
  }
}

function createWindow(): void {
  const options = {
    width: 1280,
    height: 860,
    title: 'Manabi Wallet',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
  mainWindow = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set by secureWebPreferences (security.ts, unit-tested), which the scanner cannot follow
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appUrl);
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

// One wallet at a time: a second start hands over to the open window instead of opening a
// second copy on the same database.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', (_event, argv) => {
  filesOpened(openedFileArgs(argv, app.isPackaged));
  showWindow();
});
// macOS hands files over as events, also before the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  filesOpened(openedFileArgs(['', '', path], false));
});

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  serveAppScheme();
  registerChannels();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
