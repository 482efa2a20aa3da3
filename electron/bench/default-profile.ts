// In-process profile of a warm export with the house style (briefing-notes, British, later notes
// short), stage by stage: the citation work (render model), the DOCX writer and the PDF writer. Not
// part of the build. Bundle and run:
//   esbuild electron/bench/default-profile.ts --bundle --platform=node --format=esm --packages=external \
//     --loader:.sql=text --outfile=/tmp/default-profile.mjs && node /tmp/default-profile.mjs [--runs N]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildRenderModel } from '../core/render-model';
import { builtInStylesDir, cslFormatter } from '../services/export/csl';
import { renderDocx } from '../services/export/docx';
import { renderPdf } from '../services/export/pdf';
import { benchSetup } from './synthetic-briefing';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const root = process.cwd();
const { template, data } = benchSetup(root, { id: 'bench-default', style: 'briefing-notes' });
const house = { ...template, citations: { ...template.citations, convention: 'british' as const } };
const input = {
  briefing: { ...data.briefing, id: 'bench', createdAt: '', updatedAt: '' },
  template: house,
  facts: data.facts,
  sources: data.sources,
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const stages: Record<string, number[]> = { citations: [], docx: [], pdf: [] };
for (let i = 0; i <= Number(values.runs); i++) {
  let t = performance.now();
  const formatter = cslFormatter('briefing-notes', builtInStylesDir(join(root, 'templates')), 'en-GB', {
    emphasis: true,
    repeatedNote: 'short',
  });
  const model = buildRenderModel({ ...input, formatter });
  const citations = performance.now() - t;
  t = performance.now();
  await renderDocx(model);
  const docx = performance.now() - t;
  t = performance.now();
  await renderPdf(model);
  const pdf = performance.now() - t;
  if (i === 0) continue; // the first export of the process loads and builds everything
  stages.citations!.push(citations);
  stages.docx!.push(docx);
  stages.pdf!.push(pdf);
}
for (const [name, times] of Object.entries(stages))
  console.log(
    `${name.padEnd(10)} median ${median(times).toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
