#!/usr/bin/env node
// The CLI is bundled to dist/node/cli.mjs by `npm run build` (run on install by `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeProblem } from '../scripts/require-node.mjs';

const problem = nodeProblem();
if (problem) {
  console.error(`briefing: ${problem}`);
  process.exit(1);
}

const cli = fileURLToPath(new URL('../dist/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('briefing: not built yet. Run: npm run build');
  process.exit(1);
}
// Keep V8's compiled code of the bundle and its dependencies on disk between runs (Node ≥ 22.1): a
// one-shot command such as `briefing build` spends much of its time compiling otherwise.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import(cli);
