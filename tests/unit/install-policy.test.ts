import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script (it must run on old Nodes), without type declarations
import { expectedNodeMajor, nodeProblem } from '../../scripts/require-node.mjs';
import { repoRoot } from '../helpers/fixtures';

interface PackageJson {
  scripts: Record<string, string>;
  allowScripts: Record<string, boolean>;
  devDependencies: Record<string, string>;
}
interface LockEntry {
  version: string;
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const checkNode = nodeProblem as (version?: string, execPath?: string) => string | null;

/** Name of a lockfile entry ("node_modules/a/node_modules/@s/b" → "@s/b"). */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install-script policy (package.json allowScripts)', () => {
  it('reviews every dependency that has an install script, so npm 12 and --strict-allow-scripts agree', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => nameOf(path));
    expect(withScripts.length).toBeGreaterThan(0);
    const unreviewed = withScripts.filter((name) => !(name in pkg.allowScripts));
    expect(unreviewed, 'add each to allowScripts (true only if the project needs its script)').toEqual([]);
  });

  it('allows only the Node 24 binary install, and denies the better-sqlite3 rebuild that needs a compiler', () => {
    expect(Object.entries(pkg.allowScripts).filter(([, allowed]) => allowed)).toEqual([['node', true]]);
    // npm adds an implicit `node-gyp rebuild` for a package with a binding.gyp; the lockfile does not
    // flag it, so the denial is checked by name, and the prebuilds it relies on are checked to exist.
    expect(pkg.allowScripts['better-sqlite3']).toBe(false);
    const prebuilds = join(repoRoot, 'node_modules', 'better-sqlite3', 'prebuilds');
    for (const target of ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'])
      expect(existsSync(join(prebuilds, `${target}.node`)), target).toBe(true);
  });

  it('starts every npm script with the Node version check', () => {
    const unchecked = Object.entries(pkg.scripts).filter(
      ([, command]) => !command.startsWith('node scripts/require-node.mjs && '),
    );
    expect(unchecked).toEqual([]);
  });
});

describe('Node version check', () => {
  it('expects the major of the node dev dependency', () => {
    expect(expectedNodeMajor()).toBe(Number(/\d+/.exec(pkg.devDependencies.node ?? '')?.[0]));
  });

  it('accepts that major and names what ran, what is needed and the fix otherwise', () => {
    const major = expectedNodeMajor() as number;
    expect(checkNode(`${major}.3.1`, '/x/node')).toBeNull();
    const problem = checkNode('20.20.2', '/usr/bin/node');
    expect(problem).toContain(`needs Node ${major}`);
    expect(problem).toContain('Node 20.20.2 (/usr/bin/node)');
    expect(problem).toMatch(/Fix: /);
  });

  // The machine's own Node, where it is not the project's (Node 20 here), must get the message, never a segfault.
  const system = ['/usr/bin/node', '/usr/local/bin/node'].find(existsSync);
  const systemVersion = system && spawnSync(system, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const isOtherNode = Boolean(system && !systemVersion?.startsWith(`v${expectedNodeMajor() as number}.`));
  it.skipIf(!isOtherNode)('stops `briefing` on the machine’s other Node with one line', () => {
    const r = spawnSync(system as string, [join(repoRoot, 'bin', 'briefing.mjs'), 'stats'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^briefing: Briefing Builder needs Node \d+, but Node /);
  });
});
