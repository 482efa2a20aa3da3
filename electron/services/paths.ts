import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Briefing Builder';

/**
 * Where the store lives when no `--data` is given: `BRIEFING_DATA`, else the same user-data folder
 * Electron's `app.getPath('userData')` gives, so the desktop app, browser mode and CLI share one store.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.BRIEFING_DATA) return env.BRIEFING_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
}
