import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../core/errors';
import { startBrowserHost } from '../../browser-host/server';
import { dataDirFrom, openServices, parseCommandArgs, rendererDir, type Command } from '../context';
import { writeFileAtomic } from '../../services/fs-atomic';
import { PORT_FILE, SESSION_FILE } from '../session-file';

function findChromium(): string | undefined {
  // BRIEFING_BROWSER: another Chromium-family browser (it gets --app=… and --user-data-dir=…).
  const chosen = process.env.BRIEFING_BROWSER;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((c) => existsSync(c));
}

/** Writes {url, token, pid} readable by this user only (mode 0600), atomically. */
async function writeSessionFile(dataDir: string, url: string, token: string): Promise<string> {
  const file = join(dataDir, SESSION_FILE);
  const tmp = join(dataDir, `.${SESSION_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, `${JSON.stringify({ url, token, pid: process.pid })}\n`, { mode: 0o600, flag: 'wx' });
  await rename(tmp, file);
  return file;
}

/** The port this data folder's browser mode last listened on, if it left a valid one. */
async function lastPort(dataDir: string): Promise<number | undefined> {
  try {
    const port = Number((await readFile(join(dataDir, PORT_FILE), 'utf8')).trim());
    return Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined;
  } catch {
    return undefined;
  }
}

const isPortTaken = (e: unknown) =>
  (e as NodeJS.ErrnoException).code === 'EADDRINUSE' || (e as NodeJS.ErrnoException).code === 'EACCES';

export const serve: Command = {
  usage: 'serve [--port N] [--no-open]      Run the app in browser mode on 127.0.0.1',
  async run(args) {
    const { values } = parseCommandArgs(
      args,
      { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
      { port: { min: 0, max: 65535 } },
    );
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new AppError('not_built', `The renderer is not built (${rendererDir}). Run: npm run build`);
    }
    const dataDir = dataDirFrom(values.data);
    const services = await openServices(dataDir, {
      holder: 'browser mode (briefing serve)',
      db: values.db,
      isOfflineFirst: true,
      isWatchingTemplates: true,
      isBackingUpDaily: true,
      inUseAdvice: 'Use its window, or stop it and start again.',
    });
    // The saved team library, unless --db names one (its password only in memory: see docs/team-library.md).
    await services.resumeTeam();
    const start = (port: number) =>
      startBrowserHost({
        handlers: services.handlers(),
        rendererDir,
        port,
        uploads: () => services.uploads,
        libraryEvents: services.events,
      });
    // `--port N` is that port (0: any free one). Without it, the port of the last start, when it is free
    // (a tab open across a restart keeps its origin, and with it the draft it kept), else any free one.
    const remembered = values.port === undefined ? await lastPort(dataDir) : undefined;
    const host = await (remembered === undefined
      ? start(Number(values.port ?? 0))
      : start(remembered).catch((e: unknown) => {
          if (!isPortTaken(e)) throw e;
          console.log(`Port ${remembered} (the last start's) is taken: another address this time.`);
          return start(0);
        }));
    if (values.port === undefined)
      await writeFileAtomic(join(dataDir, PORT_FILE), new TextEncoder().encode(`${host.port}\n`));
    // The token goes only into a file only this user can read; what is printed or put on a command line
    // is a one-time launch code.
    const session = await writeSessionFile(dataDir, host.url, host.token);
    console.log(`Briefing Builder is running at ${host.launchUrl()}`);
    console.log(`That link works once. Store: ${services.library.location} — press Ctrl+C to stop.`);
    // The team library refused this app at start (a newer schema, a refused login): said here too.
    const refusal = services.teamStatus().message;
    if (refusal) console.log(refusal);
    const chromium = findChromium();
    const hasDisplay =
      process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    if (!values['no-open'] && chromium && hasDisplay) {
      const profile = await mkdtemp(join(tmpdir(), 'briefing-chromium-'));
      const flags = [
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ];
      const child = spawn(
        chromium,
        [`--app=${host.launchUrl(60_000)}`, `--user-data-dir=${profile}`, ...flags],
        {
          stdio: 'ignore',
          detached: true,
        },
      );
      child.on('error', () =>
        console.log(`Could not open ${chromium}; open the address above in a browser.`),
      );
      child.unref();
    }
    const stop = () => {
      void host.close().then(async () => {
        rmSync(session, { force: true });
        await services.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
};
