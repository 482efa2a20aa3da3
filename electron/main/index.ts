import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Services } from '../services/services';
import { registerIpcHandlers } from './ipc';
import { hardenContents, hardenSession } from './security';
import { isTrustedSender } from './sender';
import { mainWindowOptions } from './window';

// The bundle lives in dist/electron/ next to preload.cjs; the renderer is built into dist/renderer/.
const here = import.meta.dirname;
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).href;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same store: focus the first one instead.
  app.quit();
}

let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env.BRIEFING_DATA ?? app.getPath('userData');
  const templatesDir = app.isPackaged
    ? join(process.resourcesPath, 'templates')
    : join(app.getAppPath(), 'templates');
  const services = new Services({
    dataDir,
    templatesDir,
    mode: 'electron',
    version: app.getVersion(),
    isWatchingTemplates: true,
  });
  hardenSession(session.defaultSession);
  // Every web contents, not only the main window's: a future window or devtools page gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl));
  const e2eDownloads = process.env.BRIEFING_E2E_DOWNLOADS;
  if (e2eDownloads) {
    // End-to-end tests cannot answer the native Save dialog: save exports straight into their folder.
    session.defaultSession.on('will-download', (_event, item) =>
      item.setSavePath(join(e2eDownloads, item.getFilename())),
    );
  }

  registerIpcHandlers(ipcMain, services.handlers(), (event) =>
    isTrustedSender(event, mainWindow?.webContents, appUrl),
  );

  mainWindow = new BrowserWindow(mainWindowOptions(join(here, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
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
    services.close();
    app.quit();
  });
}

void start();
