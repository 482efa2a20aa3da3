import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';
import { startBrowserHost } from '../browser-host/server';
import { writeFileAtomic } from '../services/fs-atomic';
import { defaultDataDir } from '../services/paths';
import { createSampleBriefing } from '../services/sample';
import { Services } from '../services/services';

// The bundle lives in dist/node/; the repository (or installed package) root is two levels up.
const appRoot = fileURLToPath(new URL('../../', import.meta.url));
const templatesDir = join(appRoot, 'templates');
const rendererDir = join(appRoot, 'dist', 'renderer');

const HELP = `Usage: briefing <command> [options]

Commands:
  demo --out DIR [--article FILE]   Import the sample article, build a situation brief, write DIR/brief.docx and DIR/brief.pdf
  serve [--port N] [--no-open]      Run the app in browser mode on 127.0.0.1

Every command that uses the store takes --data DIR (or the BRIEFING_DATA environment variable);
the default is the app's user-data folder (${defaultDataDir()}).`;

function openServices(dataDir: string, mode: 'browser' | 'electron' = 'browser'): Services {
  mkdirSync(dataDir, { recursive: true });
  return new Services({ dataDir, templatesDir, mode, version: __APP_VERSION__ });
}

async function demo(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, data: { type: 'string' }, article: { type: 'string' } },
  });
  if (!values.out)
    throw new AppError('usage', 'demo needs --out DIR (the folder to write brief.docx and brief.pdf into).');
  // The demo never touches the user's own store unless asked: a fresh temp store by default.
  const dataDir =
    values.data ?? process.env.BRIEFING_DATA ?? (await mkdtemp(join(tmpdir(), 'briefing-demo-')));
  const articleFile = values.article ?? join(appRoot, 'tests', 'fixtures', 'berlin-talks-article.txt');
  if (!existsSync(articleFile)) throw new AppError('not_found', `Article not found: ${articleFile}`);
  const services = openServices(dataDir);
  try {
    const id = createSampleBriefing(services, readFileSync(articleFile, 'utf8'));
    const out = resolve(values.out);
    mkdirSync(out, { recursive: true });
    for (const format of ['docx', 'pdf'] as const) {
      const file = await services.exportBriefing(id, format);
      const path = join(out, `brief.${format}`);
      await writeFileAtomic(path, file.bytes);
      console.log(path);
    }
  } finally {
    services.close();
  }
}

function findChromium(): string | undefined {
  const candidates = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
  ];
  return candidates.find((c) => existsSync(c));
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, data: { type: 'string' }, 'no-open': { type: 'boolean' } },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AppError('usage', `--port must be 0–65535, not "${values.port}".`);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new AppError('not_built', `The renderer is not built (${rendererDir}). Run: npm run build`);
  }
  const dataDir = values.data ?? defaultDataDir();
  const services = openServices(dataDir);
  const host = await startBrowserHost({ handlers: services.handlers(), rendererDir, port });
  console.log(`Briefing Builder is running at ${host.url}`);
  console.log(`Store: ${join(dataDir, 'briefing.sqlite')} — press Ctrl+C to stop.`);
  const chromium = findChromium();
  if (
    !values['no-open'] &&
    chromium &&
    (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  ) {
    const profile = await mkdtemp(join(tmpdir(), 'briefing-chromium-'));
    const child = spawn(
      chromium,
      [
        `--app=${host.url}`,
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      { stdio: 'ignore', detached: true },
    );
    child.on('error', () => console.log(`Could not open ${chromium}; open the address above in a browser.`));
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
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'demo') await demo(rest);
    else if (command === 'serve') await serve(rest);
    else if (command === undefined || command === 'help' || command === '--help' || command === '-h')
      console.log(HELP);
    else throw new AppError('usage', `Unknown command "${command}".\n\n${HELP}`);
    return 0;
  } catch (error) {
    console.error(`briefing: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
if (exitCode !== 0) process.exit(exitCode);
