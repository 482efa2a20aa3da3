// `npm start`: the desktop app in Electron where its binary is present, else the same app in browser mode.
// Options after `npm start --`: --browser (force browser mode), --no-open, --port N, --data DIR.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const electron = args.includes('--browser')
  ? { path: null, reason: '--browser was given' }
  : findElectronBinary();

/** How often the launcher looks whether what started it is still there. */
const PARENT_CHECK_MS = 1000;

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root, env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  // `npm start` runs this under a shell, which dies of the SIGTERM npm passes on (kill <npm's pid>) without
  // passing it further: this launcher is left orphaned, and the app with it, holding the store and the port.
  // Node has no parent-death signal, so the launcher notices that it was handed to another parent and
  // stops the app as Ctrl+C would.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) forward('SIGTERM');
  }, PARENT_CHECK_MS);
  watch.unref();
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (electron.path) {
  const dataIndex = args.indexOf('--data');
  const env =
    dataIndex >= 0 && args[dataIndex + 1]
      ? { ...process.env, BRIEFING_DATA: args[dataIndex + 1] }
      : process.env;
  run(electron.path, ['.'], env);
} else {
  console.log(`Electron is not available (${electron.reason}); starting browser mode.`);
  run(process.execPath, ['bin/briefing.mjs', 'serve', ...args.filter((a) => a !== '--browser')]);
}
