// Proves the quick start on a machine like a user's: installs the project with no C/C++ compiler, make or
// Python on PATH and with npm's strict install-script policy (an install script not reviewed in
// package.json's "allowScripts" fails the install), then runs `npx briefing demo` and reads back its
// DOCX and PDF. Runs on the machine's own Node and npm, as a user's first `npm ci` does.
//
//   node scripts/install-check.mjs                 a fresh clone of HEAD in a temporary folder
//   node scripts/install-check.mjs --dir DIR       install in DIR (CI: its own clean clone)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const scratch = mkdtempSync(join(tmpdir(), 'briefing-install-check-'));

/** Tools a compiler-less machine lacks: a native build (node-gyp) needs every one of them. */
const BUILD_TOOL =
  /^(cc|c\+\+|cpp|gcc|g\+\+|clang|clang\+\+|make|gmake|cmake|ninja|python[0-9.]*|node-gyp)(-[\w.]+)?$/;
const isBuildTool = (name) => BUILD_TOOL.test(name) || /-linux-gnu-(gcc|g\+\+|cpp|cc|c\+\+)/.test(name);

/** A PATH with every program of the machine's PATH except the build tools (each linked into one folder). */
function pathWithoutBuildTools() {
  const bin = join(scratch, 'bin');
  mkdirSync(bin);
  const seen = new Set();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || !existsSync(dir) || dir.includes('.pyenv')) continue;
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      continue; // an unreadable folder on PATH has nothing to offer either
    }
    for (const name of names) {
      if (seen.has(name) || isBuildTool(name)) continue;
      seen.add(name);
      symlinkSync(join(dir, name), join(bin, name));
    }
  }
  return bin;
}

function run(command, commandArgs, options) {
  console.log(`$ ${command} ${commandArgs.join(' ')}`);
  const r = spawnSync(command, commandArgs, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...options,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) {
    console.error(output);
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${r.status ?? r.signal}`);
  }
  return output;
}

function fail(message) {
  console.error(`install-check: FAILED: ${message}`);
  process.exit(1);
}

const dir = dirIndex >= 0 ? resolve(args[dirIndex + 1]) : join(scratch, 'clone');
if (dirIndex < 0) run('git', ['clone', '--quiet', '--no-hardlinks', repo, dir]);
if (existsSync(join(dir, 'node_modules'))) fail(`${dir} already has node_modules: give a clean folder.`);

const bin = pathWithoutBuildTools();
const env = {
  ...process.env,
  PATH: bin,
  // A user's machine has neither a browser download nor Electron's binary to fetch here.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  // node-gyp would fall back to these to find Python: a compiler-less machine has none.
  npm_config_python: join(scratch, 'no-python'),
  PYTHON: join(scratch, 'no-python'),
};
for (const tool of ['cc', 'c++', 'make', 'python3', 'g++']) {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { env, encoding: 'utf8' });
  if (found.status === 0) fail(`${tool} is still on the PATH (${found.stdout.trim()})`);
}
console.log(
  `Machine: Node ${process.version}, npm ${run('npm', ['--version'], { env }).trim()}; no compiler, make or Python on PATH.`,
);

const started = Date.now();
const log = run('npm', ['ci', '--strict-allow-scripts', '--no-audit', '--no-fund', '--foreground-scripts'], {
  cwd: dir,
  env,
});
console.log(`npm ci --strict-allow-scripts: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (/node-gyp rebuild|gyp (info|ERR)/.test(log)) fail('npm ran node-gyp: a dependency was compiled');
if (existsSync(join(dir, 'node_modules', 'better-sqlite3', 'build')))
  fail('better-sqlite3 was rebuilt (node_modules/better-sqlite3/build exists): its prebuilds should serve');

const bundled = run(join(dir, 'node_modules', '.bin', 'node'), ['--version'], { env }).trim();
const expected = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.node;
if (!bundled.startsWith(`v${/\d+/.exec(expected)[0]}.`))
  fail(`node_modules/.bin/node is ${bundled}, expected ${expected}`);

const out = join(scratch, 'demo');
const demo = run('npx', ['--no-install', 'briefing', 'demo', '--out', out], { cwd: dir, env });
for (const file of ['brief.docx', 'brief.pdf']) {
  if (!demo.includes(join(out, file))) fail(`briefing demo did not write ${file}:\n${demo}`);
}
// Read back by real readers where the machine has them (the test tools are the system's packages).
const readers = { PATH: process.env.PATH };
const docxText = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', join(out, 'brief.docx')], {
  encoding: 'utf8',
  env: readers,
});
const pdfText = spawnSync('pdftotext', [join(out, 'brief.pdf'), '-'], { encoding: 'utf8', env: readers });
for (const [name, r] of [
  ['pandoc (DOCX)', docxText],
  ['pdftotext (PDF)', pdfText],
]) {
  if (r.error) console.log(`${name}: not installed, skipped`);
  else if (r.status !== 0 || !/Donbas/.test(r.stdout))
    fail(`${name} could not read the demo brief:\n${r.stderr}`);
  else console.log(`${name}: read the demo brief (${r.stdout.length} characters)`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(
  `install-check: OK (${bundled} from node_modules, better-sqlite3 from its prebuild, demo DOCX and PDF read back)`,
);
