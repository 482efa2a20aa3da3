import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/main/window';

// window.ts imports only Electron's types, so its options can be checked without Electron.
describe('main window', () => {
  it('runs the renderer isolated and sandboxed, without Node', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', { isPackaged: true }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    // Offline: no dictionary downloads. Packaged: no DevTools (a development run keeps them).
    expect(prefs).toMatchObject({ spellcheck: false, devTools: false });
    expect(mainWindowOptions('/app/preload.cjs', { isPackaged: false }).webPreferences?.devTools).toBe(true);
    expect(prefs).not.toHaveProperty('experimentalFeatures');
  });
});
