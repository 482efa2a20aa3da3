import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticBriefing } from '../../electron/bench/synthetic-briefing';
import { type RenderModel } from '../../electron/core/render-model';
import { renderModelOf } from '../../electron/services/export/render';
import { Template } from '../../electron/core/template';
import { renderPdf } from '../../electron/services/export/pdf';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { pdfText } from '../helpers/readers';

function model(placement: 'footnotes' | 'endnotes'): RenderModel {
  const base = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const template = Template.parse({
    ...base,
    sections: [
      { id: 'a', heading: 'Key developments' },
      { id: 'b', heading: 'Outlook' },
    ],
    citations: { style: 'briefing-notes', placement, showGrades: true },
  });
  const data = syntheticBriefing({
    templateId: template.id,
    sectionIds: ['a', 'b'],
    paragraphs: 60,
    words: 18,
    citations: 90,
    sourceCount: 30,
  });
  return renderModelOf(
    {
      briefing: { ...data.briefing, id: 'b', createdAt: '', updatedAt: '' },
      template,
      facts: data.facts,
      sources: data.sources,
    },
    templatesDir,
  );
}

/** `pdfinfo -dests`: destination name → page. */
function destinations(file: string): Map<string, number> {
  const out = execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
  return new Map(
    [...out.matchAll(/^\s*(\d+)\s+\[.*?\]\s+"([^"]+)"/gm)].map((m) => [m[2] ?? '', Number(m[1])]),
  );
}

describe('PDF footnotes over many pages', () => {
  const dir = tempDir('briefing-footnotes-');

  it('puts each note on the page of its marker, every note whole, title and author in the info', async () => {
    const m = model('footnotes');
    const file = join(dir, 'footnotes.pdf');
    writeFileSync(file, await renderPdf(m));
    const dests = destinations(file);
    const pages = Math.max(...dests.values());
    expect(pages).toBeGreaterThan(3);
    // Each note is on the page of its marker: pdftotext prints a marker right after the word it
    // follows ("grain.25"), and that word with that number is on the note's page. Chips stand
    // anywhere in a paragraph, so a paragraph may run on to the next page after its marker.
    const pageTexts = pdfText(file)
      .split('\f')
      .map((t) => t.replace(/\s+/g, ' '));
    let checked = 0;
    for (const section of m.sections)
      for (const p of section.paragraphs)
        p.runs.forEach((run, i) => {
          if (run.kind !== 'note') return;
          const page = dests.get(`note-${run.number}`) ?? 0;
          const before = p.runs[i - 1];
          if (before?.kind !== 'text') return;
          const word = before.text.trimEnd().split(/\s+/).pop() ?? '';
          expect(pageTexts[page - 1], `note ${run.number} on page ${page}`).toContain(`${word}${run.number}`);
          checked++;
        });
    expect(checked).toBeGreaterThan(m.notes.length / 2);
    // Each note's number links back to its own marker, on the note's page, also when the citing
    // paragraph started on the page before (the back-link used to land on the paragraph's start).
    for (const n of m.notes)
      expect(dests.get(`ref-${n.number}`), `ref-${n.number}`).toBe(dests.get(`note-${n.number}`));
    const starts = new Map<number, number>();
    for (const section of m.sections)
      for (const p of section.paragraphs) {
        const numbers = p.runs.flatMap((r) => (r.kind === 'note' ? [r.number] : []));
        for (const n of numbers) starts.set(n, numbers[0] ?? n);
      }
    const split = m.notes.filter(
      (n) => dests.get(`ref-${starts.get(n.number)}`) !== dests.get(`ref-${n.number}`),
    );
    expect(split.length, "notes whose marker is on a later page than its paragraph's first").toBeGreaterThan(
      0,
    );
    // Long URLs wrap at a slash: compare without white space.
    const text = pdfText(file).replace(/\s+/g, '');
    for (const n of m.notes) expect(text).toContain(`${n.number}.${n.text}`.replace(/\s+/g, ''));
    // No "Notes" list at the end when notes are footnotes.
    expect(text).not.toContain('Notes1.');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Synthetic briefing/);
    expect(info).toMatch(/Author:\s+Bench Analyst/);
  });

  it('keeps endnotes as a list at the end for endnote templates', async () => {
    const file = join(dir, 'endnotes.pdf');
    writeFileSync(file, await renderPdf(model('endnotes')));
    const dests = destinations(file);
    const last = Math.max(...dests.values());
    expect(dests.get('note-90')).toBe(last);
    expect(dests.get('ref-1')).toBe(1);
    expect(pdfText(file)).toMatch(/\bNotes\b/);
  });
});
