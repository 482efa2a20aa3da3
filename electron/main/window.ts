import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Options of the main window. Pure so a unit test can assert the security-relevant preferences
 * without loading Electron.
 */
export function mainWindowOptions(
  preloadPath: string,
  { isPackaged }: { isPackaged: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Briefing Builder',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click would open links in new windows; dropped files would navigate the window away.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium on Linux downloads spellcheck dictionaries: an offline app must not reach out.
      spellcheck: false,
      // DevTools are for development: a packaged build has none.
      devTools: !isPackaged,
    },
  };
}
