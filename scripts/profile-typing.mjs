// Sums up what `BENCH_PROFILE=dir node scripts/bench-ui.mjs` recorded while typing in the 40-page
// briefing: the renderer's main-thread time by kind (script, style, layout, paint…) from the DevTools
// trace, and the JavaScript functions taking it (self and total time) from the CPU profile. Build the
// renderer unminified first to see the app's own function names:
//   npx vite build --minify false && BENCH_FACTS=2000 BENCH_PROFILE=/tmp/p node scripts/bench-ui.mjs
//   node scripts/profile-typing.mjs /tmp/p typing   (or `plain`: the plain contenteditable)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name = 'typing'] = process.argv.slice(2);
if (!dir) throw new Error('usage: node scripts/profile-typing.mjs DIR [typing|plain]');
const KEYS = 59;
const ms = (us) => Math.round(us / 100) / 10;

// ---- the trace: main-thread time by kind ----------------------------------------------------------
const { traceEvents } = JSON.parse(readFileSync(join(dir, `${name}-trace.json`), 'utf8'));
const mainThread = traceEvents.find(
  (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid !== undefined,
);
const onMain = traceEvents.filter(
  (e) => e.pid === mainThread?.pid && e.tid === mainThread?.tid && e.ph === 'X' && e.dur,
);
const kinds = [
  'RunTask',
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'ParseHTML',
  'MajorGC',
  'MinorGC',
];
// Wall time, and the thread's own CPU time (tdur): on a loaded machine the wall time includes the waits
// for a core, so compare builds by the CPU column.
console.log(`Main thread while typing ${KEYS} characters (total ms, per key; CPU ms per key):`);
for (const k of kinds) {
  const of = onMain.filter((e) => e.name === k);
  const total = of.reduce((n, e) => n + e.dur, 0);
  const cpu = of.reduce((n, e) => n + (e.tdur ?? e.dur), 0);
  if (total)
    console.log(
      `  ${k.padEnd(18)} ${String(ms(total)).padStart(8)}  ${String(ms(total / KEYS)).padStart(5)}  ${ms(cpu / KEYS)}`,
    );
}
const byEvent = new Map();
for (const e of onMain.filter((x) => x.name === 'EventDispatch')) {
  const type = e.args?.data?.type ?? '?';
  byEvent.set(type, (byEvent.get(type) ?? 0) + e.dur);
}
console.log('  event handlers by type (ms per key):');
for (const [type, total] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 10))
  console.log(`    ${type.padEnd(16)} ${ms(total / KEYS)}`);
// Inside the key's default action (keypress: the browser inserts the character, fires input, where
// ProseMirror reads it; with BENCH_TRACE_CATEGORIES=…,blink,editing the browser's own steps show).
const keypresses = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keypress');
const inside = new Map();
for (const k of keypresses)
  for (const e of onMain)
    if (e !== k && e.ts >= k.ts && e.ts + e.dur <= k.ts + k.dur)
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur);
console.log(`  inside keypress (ms per key; nested steps overlap):`);
for (const [n, total] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 14))
  console.log(`    ${n.padEnd(40)} ${ms(total / KEYS)}`);
const longTasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 16_000).length;
console.log(`  tasks over 16 ms: ${longTasks}`);

// ---- the CPU profile: where the script time goes ---------------------------------------------------
const profile = JSON.parse(readFileSync(join(dir, `${name}.cpuprofile`), 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  const file = f.url.split('/').pop() || '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
};
const self = new Map();
const total = new Map();
let profiled = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const leaf = byId.get(id);
  if (!leaf || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)')
    return;
  profiled += dt;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
  const seen = new Set();
  for (let n = leaf; n; n = byId.get(parent.get(n.id))) {
    const l = label(n);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + dt);
  }
});
console.log(`\nJavaScript (sampled), ${ms(profiled)} ms in all, ${ms(profiled / KEYS)} ms per key`);
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([l, t]) => `  ${String(ms(t / KEYS)).padStart(6)} ms/key  ${l}`)
    .join('\n');
console.log(`By self time:\n${top(self, 30)}`);
console.log(`By total time (the function and what it calls):\n${top(total, 60)}`);
