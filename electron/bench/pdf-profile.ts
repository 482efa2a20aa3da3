// In-process profile of the PDF exporter alone (not part of the build): builds the bench:export render
// model once, then times `renderPdf` on it. Bundle and run:
//   esbuild electron/bench/pdf-profile.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=/tmp/pdf-profile.mjs && node /tmp/pdf-profile.mjs [--csl] [--runs N] [--out file.pdf] [--docx file.docx]
//   --csl   format citations with the Chicago CSL style (as bench:export does) instead of simpleFormatter
//   --untagged  without the structure tree and marked content (what tagging costs)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildRenderModel } from '../core/render-model';
import { benchSetup, chicagoCsl } from './synthetic-briefing';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    csl: { type: 'boolean', default: false },
    out: { type: 'string' },
    docx: { type: 'string' },
    untagged: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const { template, data } = benchSetup(root, { id: 'bench-chicago', style: { csl: chicagoCsl(root) } });
const formatter = values.csl
  ? (await import('../services/export/csl')).cslFormatter(template.citations.style, join(root, 'templates'))
  : undefined;
const model = buildRenderModel({
  briefing: { ...data.briefing, id: 'bench', createdAt: '', updatedAt: '' },
  template,
  facts: data.facts,
  sources: data.sources,
  ...(formatter ? { formatter } : {}),
});

let t = performance.now();
const { renderPdf } = await import('../services/export/pdf');
console.log(`import pdf.ts (pdfmake not yet loaded): ${(performance.now() - t).toFixed(1)} ms`);
// Wall time, and CPU time (user + system: less disturbed by other work on a busy machine).
const times: number[] = [];
const cpu: number[] = [];
let bytes: Uint8Array = new Uint8Array();
for (let i = 0; i < Number(values.runs); i++) {
  t = performance.now();
  const c = process.cpuUsage();
  bytes = await renderPdf(model, { tagged: !values.untagged });
  const used = process.cpuUsage(c);
  times.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(
  `renderPdf wall: first ${times[0]?.toFixed(0)} ms, median ${median(times).toFixed(0)} ms (${list(times)}); ` +
    `cpu: first ${cpu[0]?.toFixed(0)} ms, median ${median(cpu).toFixed(0)} ms (${list(cpu)}); ${bytes.length} bytes`,
);
if (values.out) writeFileSync(values.out, bytes);
if (values.docx) {
  const { renderDocx } = await import('../services/export/docx');
  writeFileSync(values.docx, await renderDocx(model));
}
