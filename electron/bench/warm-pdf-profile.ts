// In-process profile of the app's warm PDF export with the house style, as `bench:export`'s
// `warm_default_pdf_s` runs it: `renderBriefingFormats` after an edit to the first paragraph's text,
// one export after another in one process. Not part of the build. Bundle (inside the repository, so its
// packages resolve; `.prof/` is ignored by git and lint) and run:
//   esbuild electron/bench/warm-pdf-profile.ts --bundle --platform=node --format=esm --packages=external \
//     --loader:.sql=text --outfile=.prof/warm.mjs && node [--cpu-prof] .prof/warm.mjs [--runs N] [--format docx]
//     [--stages] [--out f.pdf]
//   --stages   wall time an export of each of pdfmake's steps (measuring, layout passes, drawing, writing)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { renderBriefingFormats, type renderModelOf } from '../services/export/render';
import { benchSetup, chicagoCsl, houseStyleTemplate } from './synthetic-briefing';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    out: { type: 'string' },
    format: { type: 'string', default: 'pdf' },
    stages: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const { template, data } = benchSetup(root, { id: 'bench-chicago', style: { csl: chicagoCsl(root) } });
const input = {
  briefing: { ...data.briefing, id: 'bench', templateId: 'bench-default', createdAt: '', updatedAt: '' },
  template: houseStyleTemplate(template),
  facts: data.facts,
  sources: data.sources,
};
const format = values.format === 'docx' ? 'docx' : 'pdf';
const edited = (n: number) => {
  const [section, ...sections] = input.briefing.sections;
  const [block, ...blocks] = section?.blocks ?? [];
  if (!section || !block) return input;
  const content = [{ type: 'text' as const, text: `Revision ${n}. ` }, ...block.content];
  const next = [{ ...section, blocks: [{ ...block, content }, ...blocks] }, ...sections];
  return { ...input, briefing: { ...input.briefing, sections: next } };
};
// Time per stage of the PDF writer (wrapping pdfmake's own steps; --stages).
const stageTimes = new Map<string, number>();
const stageCalls = new Map<string, number>();
const timeStage = (name: string, proto: Record<string, unknown>, method: string) => {
  const original = proto[method] as (...args: unknown[]) => unknown;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      stageTimes.set(name, (stageTimes.get(name) ?? 0) + performance.now() - t);
      stageCalls.set(name, (stageCalls.get(name) ?? 0) + 1);
    }
  };
};
if (values.stages) {
  const { createRequire } = await import('node:module');
  const req = createRequire(join(root, 'package.json'));
  const proto = (m: string) =>
    (req(m) as { default: { prototype: Record<string, unknown> } }).default.prototype;
  await renderBriefingFormats(edited(-1), ['pdf'], join(root, 'templates')); // patches installed first
  timeStage('measure', proto('pdfmake/js/DocMeasure.js'), 'measureDocument');
  timeStage('layout (incl. measure)', proto('pdfmake/js/LayoutBuilder.js'), 'layoutDocument');
  timeStage(
    'layout passes (each after a page break for a heading)',
    proto('pdfmake/js/LayoutBuilder.js'),
    'tryLayoutDocument',
  );
  timeStage('render pages', proto('pdfmake/js/Renderer.js'), 'renderPages');
  const pdfkit = createRequire(req.resolve('pdfmake/js/index.js'))('pdfkit') as {
    prototype: Record<string, unknown>;
  };
  timeStage('pdfkit end (fonts, structure, objects, compression)', pdfkit.prototype, 'end');
  const render = (await import('../services/export/render')) as { renderModelOf: typeof renderModelOf };
  const t = performance.now();
  for (let i = 0; i < 3; i++) render.renderModelOf(edited(-2 - i), join(root, 'templates'));
  console.log(`  render model (citations), warm: ${((performance.now() - t) / 3).toFixed(1)} ms`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const wall: number[] = [];
const cpu: number[] = [];
let bytes: Uint8Array = new Uint8Array();
for (let i = 0; i <= Number(values.runs); i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const [file] = await renderBriefingFormats(edited(i), [format], join(root, 'templates'));
  const used = process.cpuUsage(c);
  bytes = file?.bytes ?? bytes;
  if (i === 0) continue; // the first export loads and builds everything
  wall.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
console.log(
  `warm ${format}: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU ` +
    `(${wall.map((t) => t.toFixed(0)).join(', ')}); ${bytes.length} bytes`,
);
const exports = wall.length + 1;
for (const [name, ms] of stageTimes)
  console.log(
    `  ${name}: ${(ms / exports).toFixed(1)} ms an export (${((stageCalls.get(name) ?? 0) / exports).toFixed(1)} calls)`,
  );
if (values.out) writeFileSync(values.out, bytes);
