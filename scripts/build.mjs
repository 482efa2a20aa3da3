// Builds everything the app runs: the renderer (Vite) and the Node-side bundles (esbuild).
//   dist/renderer/        the React renderer (served from file:// in Electron, from 127.0.0.1 in browser mode)
//   dist/electron/        main.mjs and preload.cjs (sandboxed preloads must be CommonJS)
//   dist/node/cli.mjs     the `briefing` CLI, which also runs browser mode
//   dist/node/bench-store.mjs   `npm run bench:store`
//   dist/node/bench-article.mjs `npm run bench:article` (and bench-article-agreement.mjs, `npm run bench:article-agreement`; bench-article-learnt.mjs, `npm run bench:article-learnt`;
//                               bench-article-model.mjs, `npm run bench:article-model`; derive-article-model.mjs,
//                               `npm run derive:article-model`)
//   dist/node/bench-import.mjs  `npm run bench:import`
//   dist/node/bench-html-reading.mjs `npm run bench:html-reading`
//   dist/{node,electron}/article-worker.mjs, read-worker.mjs  worker threads, beside the bundles that start them
//   dist/node/bench-export.mjs  `npm run bench:export` (and bench-csl-floor.mjs, bench-typst-pdf.mjs, which it runs)
// --if-stale skips the build when dist/ is newer than every source file.
import { build as esbuild } from 'esbuild';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { prebuiltModules } from './prebuilt-modules.mjs';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-stale') && existsSync(stamp)) {
  const sources = Math.max(
    newestMtime(join(root, 'electron')),
    newestMtime(join(root, 'renderer')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  if (statSync(stamp).mtimeMs > sources) process.exit(0);
}

const started = Date.now();
// The CLI's chunks are named by content hash: clear the old ones so dist/ holds only this build's.
const nodeDist = join(root, 'dist', 'node');
if (existsSync(nodeDist))
  for (const f of readdirSync(nodeDist)) if (f.startsWith('cli-')) rmSync(join(nodeDist, f));
await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

/**
 * Packages bundled into our bundles rather than loaded from node_modules: zod, which every command
 * loads and which, as ~100 separate ES modules, took ~80 ms of a `briefing build` to load (bundled,
 * ~30 ms). Every other package stays external (native modules, and packages reading files beside
 * their own code).
 */
const BUNDLED_PACKAGES = new Set(['zod']);
const packageName = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      BUNDLED_PACKAGES.has(packageName(path)) ? undefined : { path, external: true },
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  // compromise's lexicon as data, not compromise (scripts/prebuilt-modules.mjs).
  plugins: [prebuiltModules(), externalPackages],
  loader: { '.sql': 'text' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  esbuild({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main.mjs',
    format: 'esm',
    external: ['electron'],
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  // The CLI is split: each command (and each exporter) is its own chunk, loaded when it runs.
  esbuild({
    ...common,
    entryPoints: { cli: 'electron/cli/index.ts' },
    outdir: 'dist/node',
    splitting: true,
    // Next to cli.mjs, so paths relative to the bundle (templates/, dist/renderer/) hold in every chunk.
    chunkNames: 'cli-[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    format: 'esm',
  }),
  // The article proposal's worker thread, beside each bundle that starts it (the app's main, the CLI's
  // browser host and the benchmark).
  ...['dist/electron', 'dist/node'].map((dir) =>
    esbuild({
      ...common,
      entryPoints: ['electron/services/import/article/worker.ts'],
      outfile: `${dir}/article-worker.mjs`,
      format: 'esm',
    }),
  ),
  // The source import's read worker (a large BibTeX file read while its entries are written), likewise.
  ...['dist/electron', 'dist/node'].map((dir) =>
    esbuild({
      ...common,
      entryPoints: ['electron/services/import/read-worker.ts'],
      outfile: `${dir}/read-worker.mjs`,
      format: 'esm',
    }),
  ),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/store.ts'],
    outfile: 'dist/node/bench-store.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/export.ts'],
    outfile: 'dist/node/bench-export.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/article.ts'],
    outfile: 'dist/node/bench-article.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/article-agreement.ts'],
    outfile: 'dist/node/bench-article-agreement.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/article-learnt.ts'],
    outfile: 'dist/node/bench-article-learnt.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/article-model.ts'],
    outfile: 'dist/node/bench-article-model.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/derive-article-model.ts'],
    outfile: 'dist/node/derive-article-model.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/html-reading.ts'],
    outfile: 'dist/node/bench-html-reading.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/import.ts'],
    outfile: 'dist/node/bench-import.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/csl-floor.ts'],
    outfile: 'dist/node/bench-csl-floor.mjs',
    format: 'esm',
  }),
  esbuild({
    ...common,
    entryPoints: ['electron/bench/typst-pdf.ts'],
    outfile: 'dist/node/bench-typst-pdf.mjs',
    format: 'esm',
  }),
]);
writeFileSync(stamp, new Date().toISOString());
console.log(`Built renderer and bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
