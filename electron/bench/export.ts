// `npm run bench:export`: a synthetic 40-page briefing (300 citations over 120 sources, Chicago notes)
// exported by whole processes, as a user would run them (and again on the default briefing-notes style):
//   DOCX: our CLI (`briefing build`) vs `pandoc --citeproc` from equivalent Markdown + CSL-JSON;
//   PDF:  our CLI vs LibreOffice converting our DOCX, and vs Typst (typst.ts's Node compiler) compiling
//         the same briefing written as Typst markup (its notes as our CSL formatting gave them): our
//         tagged PDF against Typst's, whole process and warm, their structure types, and what tagging
//         adds to the file's size.
// Not a test: it prints medians and ratios and ends with one line `RESULT {json}`.
//   --runs N   timed runs of each (default 5), after one untimed warm-up.
//   --keep     keep the inputs and outputs (the briefing file, for profiling) and print where.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Inline } from '../core/rich-text';
import { notePrefix } from '../core/citations';
import { sourceToCsl } from '../services/export/library';
import { renderPdf } from '../services/export/pdf';
import { renderBriefingFormats, renderModelOf } from '../services/export/render';
import { benchSetup, briefingFileText, chicagoCsl, houseStyleTemplate } from './synthetic-briefing';
import { typstMarkup } from './typst-markup';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs));
const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-export-'));
const chicagoPath = join(root, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl');
const { template, data } = benchSetup(root, { id: 'bench-chicago', style: { csl: chicagoCsl(root) } });

// The same briefing on the template's default note style (templates/csl/briefing-notes.csl), for
// both tools: what most of the app's users export; Chicago above is the calibration.
// As the built-in templates set it: the British house convention, later notes short.
const notesStylePath = join(root, 'templates', 'csl', 'briefing-notes.csl');
const defaultTemplate = houseStyleTemplate(template);
const defaultFile = join(dir, 'bench-default.briefing.json');
const defaultData = { ...data, briefing: { ...data.briefing, templateId: 'bench-default' } };
writeFileSync(defaultFile, briefingFileText(defaultTemplate, defaultData));
const defaultInput = {
  briefing: { ...defaultData.briefing, id: 'bench', createdAt: '', updatedAt: '' },
  template: defaultTemplate,
  facts: data.facts,
  sources: data.sources,
};

// Typst's input: the briefing-notes briefing as Typst markup (Typst formats no CSL: its notes are ours).
const defaultModel = renderModelOf(defaultInput, join(root, 'templates'));
const typFile = join(dir, 'bench.typ');
writeFileSync(typFile, typstMarkup(defaultModel));
const typstBench = join(root, 'dist', 'node', 'bench-typst-pdf.mjs');

// Our input: a portable briefing file.
const briefingFile = join(dir, 'bench.briefing.json');
writeFileSync(briefingFile, briefingFileText(template, data));

// The same briefing with its sources of four item types (news 70%, reports 20%, web pages and speeches
// 5% each) instead of all news articles: the style is specialised to the cited types (csl-specialise.ts),
// so each type cited makes more of Chicago's macros to build.
const MIXED_TYPES = ['report', 'report', 'webpage', 'speech'];
const mixedFile = join(dir, 'bench-mixed-types.briefing.json');
writeFileSync(
  mixedFile,
  briefingFileText(template, {
    ...data,
    sources: data.sources.map((s, i) => ({
      ...s,
      type: i % 20 < 14 ? s.type : (MIXED_TYPES[(i % 20) % 4] ?? s.type),
    })),
  }),
);

// pandoc's input: the same text as Markdown, each citation mark its own note with who said it, placed
// where its chip is.
const factById = new Map(data.facts.map((f) => [f.id, f]));
const sourceById = new Map(data.sources.map((s) => [s.id, s]));
const md: string[] = [`---\ntitle: "${data.briefing.title}"\nauthor: "Bench Analyst"\n---\n`];
const markdown = (content: readonly Inline[]) =>
  content
    .map((run) => {
      if (run.type === 'cite') {
        const fact = factById.get(run.factId);
        const source = fact && sourceById.get(fact.sourceId);
        return `[${fact && source ? notePrefix(fact, source) : ''}@${fact?.sourceId ?? ''}]`;
      }
      let text = run.text;
      if (run.bold) text = `**${text}**`;
      if (run.italic) text = `*${text}*`;
      return run.href ? `[${text}](${run.href})` : text;
    })
    .join('');
for (const section of data.briefing.sections) {
  md.push(`# ${template.sections.find((s) => s.id === section.id)?.heading ?? section.id}\n`);
  for (const block of section.blocks) {
    const bullet = block.kind === 'bullet' ? '- ' : block.kind === 'numbered' ? '1. ' : '';
    md.push(`${bullet}${markdown(block.content)}\n`);
  }
}
md.push('# Sources\n\n::: {#refs}\n:::\n');
const mdFile = join(dir, 'bench.md');
writeFileSync(mdFile, md.join('\n'));
const bibFile = join(dir, 'refs.json');
writeFileSync(bibFile, JSON.stringify(data.sources.map(sourceToCsl)));

const cli = join(root, 'bin', 'briefing.mjs');
const profile = `file://${join(dir, 'lo-profile')}`;
const pandoc = (csl: string, out: string) =>
  ['pandoc', mdFile, '--citeproc', '--bibliography', bibFile, '--csl', csl, '-o', out] as const;
const commands = {
  docx_s: [process.execPath, cli, 'build', briefingFile, '--out', join(dir, 'ours.docx')],
  // The citation work alone (notes and source list, through the exporter's formatter): the floor.
  csl_only_s: [process.execPath, join(root, 'dist', 'node', 'bench-csl-floor.mjs'), briefingFile],
  pandoc_docx_s: pandoc(chicagoPath, join(dir, 'pandoc.docx')),
  pdf_s: [process.execPath, cli, 'build', briefingFile, '--out', join(dir, 'ours.pdf')],
  docx_mixed_types_s: [process.execPath, cli, 'build', mixedFile, '--out', join(dir, 'ours-mixed.docx')],
  docx_default_s: [process.execPath, cli, 'build', defaultFile, '--out', join(dir, 'ours-default.docx')],
  pandoc_docx_default_s: pandoc(notesStylePath, join(dir, 'pandoc-default.docx')),
  pdf_default_s: [process.execPath, cli, 'build', defaultFile, '--out', join(dir, 'ours-default.pdf')],
  typst_pdf_s: [process.execPath, typstBench, typFile, join(dir, 'typst.pdf')],
  libreoffice_pdf_s: [
    'soffice',
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(dir, 'lo'),
    join(dir, 'ours.docx'),
  ],
} as const;

/**
 * CPU time (user + system) of the children this process has waited for, in seconds: Linux's
 * /proc/self/stat (cutime, cstime, in clock ticks of 1/100 s). Less disturbed by other work on a busy
 * machine than wall time. NaN elsewhere.
 */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Wall and CPU seconds of one whole process. */
function time([command, ...args]: readonly string[]): { wall: number; cpu: number } {
  const cpuBefore = childrenCpu();
  const started = process.hrtime.bigint();
  const r = spawnSync(command ?? '', args, { stdio: 'pipe', encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.error?.message}`);
  return { wall, cpu: childrenCpu() - cpuBefore };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const chicagoInput = {
  briefing: { ...data.briefing, id: 'bench', createdAt: '', updatedAt: '' },
  template,
  facts: data.facts,
  sources: data.sources,
};
const result: Record<string, number> = {};
for (const [name, command] of Object.entries(commands)) {
  time(command); // warm-up: disk cache, LibreOffice's first-run profile
  const measured = Array.from({ length: runs }, () => time(command));
  const times = measured.map((m) => m.wall);
  const cpu = measured.map((m) => m.cpu);
  result[name] = Number(median(times).toFixed(3));
  result[name.replace(/_s$/, '_cpu_s')] = Number(median(cpu).toFixed(3));
  console.log(
    `${name.padEnd(18)} median ${median(times).toFixed(3)} s  (${times.map((t) => t.toFixed(2)).join(', ')}); ` +
      `CPU ${median(cpu).toFixed(2)} s (${cpu.map((t) => t.toFixed(2)).join(', ')})`,
  );
}
// In the desktop app an export runs in a process that has exported before: engines and modules are
// already loaded. Not the comparison (whole processes); printed for what a user of the app sees.
// Each export follows an edit, so no two are alike: `text` changes the first paragraph's words (as
// writing does; the citation engine keeps its registered sources, see csl.ts `engineOver`), `source`
// changes a source's title (every source is registered again, as on a first export of a briefing).
type Edit = 'text' | 'source';
type Input = typeof chicagoInput;
const edited = (input: Input, edit: Edit, n: number): Input => {
  if (edit === 'source') {
    const [first, ...rest] = input.sources;
    const title = `${String(first?.item?.title ?? '')} (rev. ${n})`;
    return first ? { ...input, sources: [{ ...first, item: { ...first.item, title } }, ...rest] } : input;
  }
  const [section, ...sections] = input.briefing.sections;
  const [block, ...blocks] = section?.blocks ?? [];
  if (!section || !block) return input;
  const content = [{ type: 'text' as const, text: `Revision ${n}. ` }, ...block.content];
  return {
    ...input,
    briefing: {
      ...input.briefing,
      sections: [{ ...section, blocks: [{ ...block, content }, ...blocks] }, ...sections],
    },
  };
};
let revision = 0;
const warm = async (format: 'docx' | 'pdf', input = chicagoInput, edit: Edit = 'text') => {
  const once = async () => {
    const next = edited(input, edit, ++revision);
    const started = process.hrtime.bigint();
    await renderBriefingFormats(next, [format], join(root, 'templates'));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return Number(median(times).toFixed(3));
};
result.warm_docx_s = await warm('docx');
result.warm_pdf_s = await warm('pdf');
result.warm_default_docx_s = await warm('docx', defaultInput);
result.warm_default_pdf_s = await warm('pdf', defaultInput);
result.warm_default_docx_source_edited_s = await warm('docx', defaultInput, 'source');
result.warm_default_pdf_source_edited_s = await warm('pdf', defaultInput, 'source');
const typstWarm = JSON.parse(
  execFileSync(process.execPath, [typstBench, typFile, join(dir, 'typst-warm.pdf'), '--warm', String(runs)], {
    encoding: 'utf8',
  }),
) as { warm_s: number };
result.warm_typst_pdf_s = Number(typstWarm.warm_s.toFixed(3));
console.log(
  `in the running app (an export after the first): Chicago DOCX ${result.warm_docx_s} s, PDF ${result.warm_pdf_s} s; ` +
    `briefing-notes DOCX ${result.warm_default_docx_s} s, PDF ${result.warm_default_pdf_s} s ` +
    `(targets: under 0.15 s and 0.3 s); Typst ${result.warm_typst_pdf_s} s. Each after an edit to the text; ` +
    `after an edit to a source: DOCX ${result.warm_default_docx_source_edited_s} s, PDF ${result.warm_default_pdf_source_edited_s} s`,
);

// What tagging costs in time: the PDF writer alone (render model to bytes) in this process, warm,
// tagged and not, wall and CPU.
const renderTimes = async (tagged: boolean) => {
  await renderPdf(defaultModel, { tagged });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const before = process.cpuUsage();
    await renderPdf(defaultModel, { tagged });
    const used = process.cpuUsage(before);
    wall.push(Number(process.hrtime.bigint() - started) / 1e9);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { wall: Number(median(wall).toFixed(3)), cpu: Number(median(cpu).toFixed(3)) };
};
for (const tagged of [true, false]) {
  const { wall, cpu } = await renderTimes(tagged);
  result[`render_pdf_${tagged ? 'tagged' : 'untagged'}_s`] = wall;
  result[`render_pdf_${tagged ? 'tagged' : 'untagged'}_cpu_s`] = cpu;
}
console.log(
  `renderPdf alone, warm (briefing-notes): tagged ${result.render_pdf_tagged_s} s (CPU ${result.render_pdf_tagged_cpu_s} s), ` +
    `untagged ${result.render_pdf_untagged_s} s (CPU ${result.render_pdf_untagged_cpu_s} s)`,
);

// What tagging costs in size: the same Latin-only brief, tagged and not.
const taggedBytes = (await renderPdf(defaultModel)).length;
const untaggedBytes = (await renderPdf(defaultModel, { tagged: false })).length;
result.pdf_tagged_kb = Math.round(taggedBytes / 1024);
result.pdf_untagged_kb = Math.round(untaggedBytes / 1024);
result.tagging_size_growth = Number((taggedBytes / untaggedBytes - 1).toFixed(3));

// Structure types of our tagged PDF and Typst's, read by pikepdf (as the tests read them).
type Element = { type: string; children?: Element[] };
const structureTypes = (file: string) => {
  const { tree } = JSON.parse(
    execFileSync('/usr/bin/python3', [join(root, 'tests', 'helpers', 'pdf-structure.py'), file], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    }),
  ) as { tree: Element[] };
  const counts = new Map<string, number>();
  const walk = (e: Element) => {
    if (e.type) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    e.children?.forEach(walk);
  };
  tree.forEach(walk);
  return counts;
};
const ours = structureTypes(join(dir, 'ours-default.pdf'));
const typst = structureTypes(join(dir, 'typst.pdf'));
const show = (counts: Map<string, number>) => [...counts].map(([type, n]) => `${type} ${n}`).join(', ');
const missing = [...typst.keys()].filter((t) => !ours.has(t));
console.log(`structure, ours:  ${show(ours)}`);
console.log(`structure, Typst: ${show(typst)}`);
console.log(`Typst's types that ours lacks: ${missing.length ? missing.join(', ') : 'none'}`);
result.structure_types_ours = ours.size;
result.structure_types_typst = typst.size;
result.structure_types_missing = missing.length;

const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
console.log(
  `\nbriefing: ${data.briefing.sections.reduce((n, s) => n + s.blocks.length, 0)} paragraphs, ` +
    `${data.facts.length} citations, ${data.sources.length} sources; our PDF ${pages(join(dir, 'ours.pdf'))} pages, ` +
    `LibreOffice's PDF of our DOCX ${pages(join(dir, 'lo', 'ours.pdf'))} pages`,
);
const ratio = (a: number | undefined, b: number | undefined) => ((a ?? 0) / (b || 1)).toFixed(2);
console.log(`Chicago notes (targets: DOCX ≥ 8×, PDF ≥ 3× faster than the peer, each under 0.5 s):`);
console.log(
  `  citeproc alone (notes and source list, nothing else): ${result.csl_only_s} s; ` +
    `the targets allow ${((result.pandoc_docx_s ?? 0) / 8).toFixed(3)} s (DOCX), ` +
    `${((result.libreoffice_pdf_s ?? 0) / 3).toFixed(3)} s (PDF)`,
);
console.log(`  DOCX: ours / pandoc --citeproc = ${ratio(result.docx_s, result.pandoc_docx_s)}`);
console.log(`  PDF:  ours / LibreOffice (DOCX→PDF) = ${ratio(result.pdf_s, result.libreoffice_pdf_s)}`);
console.log(
  `  DOCX with sources of four item types instead of one: ${result.docx_mixed_types_s} s ` +
    `(ours / pandoc = ${ratio(result.docx_mixed_types_s, result.pandoc_docx_s)})`,
);
console.log(
  `briefing-notes (the templates' default style; targets: DOCX ≥ 3× faster than pandoc, PDF ≥ 3× than LibreOffice):`,
);
console.log(
  `  tagged PDF: ours / Typst = ${ratio(result.pdf_default_s, result.typst_pdf_s)} (whole process, wall), ` +
    `${ratio(result.pdf_default_cpu_s, result.typst_pdf_cpu_s)} (whole process, CPU), ` +
    `${ratio(result.warm_default_pdf_s, result.warm_typst_pdf_s)} (warm); ` +
    `tagging adds ${((result.tagging_size_growth ?? 0) * 100).toFixed(1)}% ` +
    `(${result.pdf_untagged_kb} → ${result.pdf_tagged_kb} KB)`,
);
console.log(
  `  DOCX: ours / pandoc --citeproc = ${ratio(result.docx_default_s, result.pandoc_docx_default_s)}`,
);
console.log(
  `  PDF:  ours / LibreOffice (DOCX→PDF) = ${ratio(result.pdf_default_s, result.libreoffice_pdf_s)}`,
);
if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
console.log(`RESULT ${JSON.stringify({ runs, ...result })}`);
