// Runs first in every npm script and in `npx briefing`: the project needs the Node major of its `node`
// dev dependency (Node 24), which npm puts first on PATH from node_modules/.bin. On any other Node,
// one line says what ran, what is needed and the fix, instead of a native module crashing later
// (better-sqlite3 segfaults on Node 20).
// Keep this file free of syntax and APIs newer than Node 16: it must be able to speak on old Nodes.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Node major the project runs on, read from the `node` dev dependency ("^24.21.0" → 24). */
export function expectedNodeMajor() {
  const pkg = JSON.parse(readFileSync(root + 'package.json', 'utf8'));
  const match = /(\d+)/.exec((pkg.devDependencies && pkg.devDependencies.node) || '');
  if (!match) throw new Error('package.json has no "node" dev dependency to read the Node version from.');
  return Number(match[1]);
}

/** Why this Node is not the project's, with the fix, or null when it is. */
export function nodeProblem(version = process.versions.node, execPath = process.execPath) {
  const expected = expectedNodeMajor();
  const major = Number(version.split('.')[0]);
  if (major === expected) return null;
  const ran = `Briefing Builder needs Node ${expected}, but Node ${version} (${execPath}) ran this.`;
  const bundled = root + 'node_modules/node/bin/node';
  if (!existsSync(root + 'node_modules')) return `${ran} Fix: run \`npm ci\` first.`;
  if (!existsSync(bundled))
    return (
      `${ran} The node@${expected} dev dependency has no binary: its install script did not run ` +
      '(npm older than 11.19 ignores package.json "allowScripts"; or the install was cut short). ' +
      'Fix: `npm ci` with npm 11.19 or newer, or `npm rebuild node`.'
    );
  return `${ran} Fix: run it through npm (\`npm run …\` or \`npx briefing …\`), which puts Node ${expected} from node_modules/.bin first on PATH.`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = nodeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
