import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { LibraryEventsChannel } from '../contract/api';
import { AppError } from '../core/errors';
import { Services } from '../services/services';
import type { PasswordKeeper } from '../services/team-connection';
import { SafeStoragePasswords } from './passwords';
import { APP_SCHEME, APP_URL, appFileFor, contentTypeOf } from './app-protocol';
import { registerIpcHandlers } from './ipc';
import { hardenContents, hardenSession } from './security';
import { isTrustedSender } from './sender';
import { mainWindowOptions } from './window';

// The bundle lives in dist/electron/ next to preload.cjs; the renderer is built into dist/renderer/.
const here = import.meta.dirname;
const rendererDir = join(here, '..', 'renderer');
const appUrl = APP_URL;

app.enableSandbox();
// app:// behaves as a secure standard origin (relative URLs, fetch, CSP 'self'); must precede ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

/** Serves the built renderer on app://bundle/, never a file outside its folder (links included). */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(rendererDir, request.url);
    try {
      if (!file) throw new Error('outside');
      const root = await realpath(rendererDir);
      const real = await realpath(file);
      if (!real.startsWith(root + sep)) throw new Error('outside');
      return new Response(await readFile(real), { headers: { 'Content-Type': contentTypeOf(real) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** The services over this user's store, or null (after saying why) when another process writes it. */
function openServices(dataDir: string, templatesDir: string, passwords: PasswordKeeper): Services | null {
  try {
    return new Services({
      passwords,
      dataDir,
      templatesDir,
      mode: 'electron',
      version: app.getVersion(),
      isWatchingTemplates: true,
      isBackingUpDaily: true,
      holder: 'the desktop app',
      inUseAdvice: 'Close it (or stop browser mode), then start Briefing Builder again.',
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'store_in_use') throw error;
    dialog.showErrorBox('Briefing Builder is already open', error.message);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env.BRIEFING_DATA ?? app.getPath('userData');
  const templatesDir = app.isPackaged
    ? join(process.resourcesPath, 'templates')
    : join(app.getAppPath(), 'templates');
  const services = openServices(dataDir, templatesDir, await SafeStoragePasswords.open(dataDir));
  if (!services) {
    app.quit();
    return;
  }
  // The saved team library, if any (offline-first: a server out of reach does not hold the window up).
  void services.resumeTeam();
  serveRenderer();
  hardenSession(session.defaultSession);
  // Every web contents, not only the main window's: a future window or devtools page gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
  // A test hook: never in a packaged build.
  const e2eDownloads = app.isPackaged ? undefined : process.env.BRIEFING_E2E_DOWNLOADS;
  if (e2eDownloads) {
    // End-to-end tests cannot answer the native Save dialog: save exports straight into their folder.
    session.defaultSession.on('will-download', (_event, item) =>
      item.setSavePath(join(e2eDownloads, item.getFilename())),
    );
  }

  registerIpcHandlers(ipcMain, services.handlers(), (event) =>
    isTrustedSender(event, mainWindow?.webContents, appUrl),
  );

  mainWindow = new BrowserWindow(
    mainWindowOptions(join(here, 'preload.cjs'), { isPackaged: app.isPackaged }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // Library changes (a colleague's retraction, templates) reach the window as they happen.
  const libraryEvents: LibraryEventsChannel = 'events:library';
  services.events.subscribe((event) => mainWindow?.webContents.send(libraryEvents, event));
  // A window (re)loaded while the team library is out of reach shows the banner at once.
  mainWindow.webContents.on('did-finish-load', () => {
    const outOfReach = services.events.outOfReach;
    if (outOfReach) mainWindow?.webContents.send(libraryEvents, outOfReach);
  });
  // The renderer refuses to unload while a change is not saved (a beforeunload handler); Electron
  // would then silently keep the window open, so ask: leaving loses the unsaved changes.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const window = mainWindow;
    if (!window) return;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      detail: 'Some changes to the briefing are not saved. If you leave now, they are lost.',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault() here lets the page unload anyway.
    if (choice === 0) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(appUrl);

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    void services.close().finally(() => app.quit());
  });
}

if (app.requestSingleInstanceLock()) {
  void start();
} else {
  // Another instance has this user's app open: it focuses its window (second-instance); this one ends
  // here, before it touches the store.
  app.quit();
}
