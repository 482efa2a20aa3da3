// Deliberately insecure: the electronegativity test asserts these are flagged, proving the scan ran.
import { BrowserWindow, shell } from 'electron';
const win = new BrowserWindow({
  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },
});
win.webContents.on('new-window', (_e, url) => shell.openExternal(url));
