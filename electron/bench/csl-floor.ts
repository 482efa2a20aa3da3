// The floor under `briefing build`: a process that does the citation work of an export and nothing else.
// It reads a portable briefing file (as bench:export writes it, trusted: no validation), takes its
// citation marks in reading order and formats their notes and the source list with the template's style
// through the exporter's own formatter (citeproc-js). bench:export times it as a whole process, beside
// our CLI, so the RESULT shows how much of an export is citeproc.
//   node dist/node/bench-csl-floor.mjs FILE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CitationRef } from '../core/citations';
import type { Briefing, Fact, Source } from '../core/schemas';
import type { Template } from '../core/template';
import { builtInStylesDir, cslFormatter } from '../services/export/csl';

const file = process.argv[2];
if (!file) throw new Error('usage: bench-csl-floor FILE');
const { template, briefing, facts, sources } = JSON.parse(readFileSync(file, 'utf8')) as {
  template: Template;
  briefing: Pick<Briefing, 'sections'>;
  facts: Fact[];
  sources: Source[];
};
const factById = new Map(facts.map((f) => [f.id, f]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const refs: CitationRef[] = [];
for (const section of briefing.sections)
  for (const block of section.blocks)
    for (const run of block.content) {
      if (run.type !== 'cite') continue;
      const fact = factById.get(run.factId);
      const source = fact && sourceById.get(fact.sourceId);
      if (fact && source) refs.push({ fact, source });
    }
const formatter = cslFormatter(template.citations.style, builtInStylesDir(join(process.cwd(), 'templates')));
const notes = formatter.notes(refs);
const list = formatter.bibliography([...new Map(refs.map((r) => [r.source.id, r.source])).values()]);
console.log(`${notes.length} notes, ${list.length} sources`);
