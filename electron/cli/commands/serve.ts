import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../core/errors';
import { startBrowserHost } from '../../browser-host/server';
import { dataDirFrom, openServices, parseCommandArgs, rendererDir, type Command } from '../context';

function findChromium(): string | undefined {
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((c) => existsSync(c));
}

export const serve: Command = {
  usage: 'serve [--port N] [--no-open]      Run the app in browser mode on 127.0.0.1',
  async run(args) {
    const { values } = parseCommandArgs(args, { port: { type: 'string' }, 'no-open': { type: 'boolean' } });
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new AppError('usage', `--port must be 0–65535, not "${values.port}".`);
    }
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new AppError('not_built', `The renderer is not built (${rendererDir}). Run: npm run build`);
    }
    const dataDir = dataDirFrom(values.data);
    const services = await openServices(dataDir, {
      holder: 'browser mode (briefing serve)',
      isWatchingTemplates: true,
      inUseAdvice: 'Use its window, or stop it and start again.',
    });
    const host = await startBrowserHost({ handlers: services.handlers(), rendererDir, port });
    console.log(`Briefing Builder is running at ${host.url}`);
    console.log(`Store: ${join(dataDir, 'briefing.sqlite')} — press Ctrl+C to stop.`);
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
      const child = spawn(chromium, [`--app=${host.url}`, `--user-data-dir=${profile}`, ...flags], {
        stdio: 'ignore',
        detached: true,
      });
      child.on('error', () =>
        console.log(`Could not open ${chromium}; open the address above in a browser.`),
      );
      child.unref();
    }
    const stop = () => {
      void host.close().then(() => {
        services.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
};
