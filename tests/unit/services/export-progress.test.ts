import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticBriefing } from '../../../electron/bench/synthetic-briefing';
import { ExportProgress } from '../../../electron/contract/api';
import { Template } from '../../../electron/core/template';
import {
  renderBriefing,
  renderBriefingFormats,
  type ExportProgressUpdate,
  type RenderInput,
} from '../../../electron/services/export/render';
import { templatesDir } from '../../helpers/fixtures';

const base = JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as object;
const template = Template.parse({
  ...base,
  sections: [
    { id: 'a', heading: 'Key developments' },
    { id: 'b', heading: 'Outlook' },
  ],
  citations: { style: 'briefing-notes', placement: 'footnotes', sourceList: true },
});
const data = syntheticBriefing({
  templateId: template.id,
  sectionIds: ['a', 'b'],
  paragraphs: 40,
  words: 20,
  citations: 60,
  sourceCount: 20,
});
const input: RenderInput = {
  ...data,
  briefing: { ...data.briefing, id: 'b', createdAt: '', updatedAt: '' },
  template,
};

/** Every event is one the contract accepts once the host adds the export's id. */
const valid = (events: ExportProgressUpdate[]) =>
  events.every((e) => ExportProgress.safeParse({ ...e, exportId: 'test-export-1' }).success);

describe('export progress', () => {
  it('says what an author-date brief cites by its source list, not as "0 notes"', async () => {
    const events: ExportProgressUpdate[] = [];
    const authorDate = {
      ...template,
      citations: { ...template.citations, placement: 'author-date' as const },
    };
    const file = await renderBriefing({ ...input, template: authorDate }, 'docx', templatesDir, (e) =>
      events.push(e),
    );
    expect(file.noteCount).toBe(0);
    expect(file.citations).toBe('20 sources in the source list');
    expect(events.at(-1)?.message).toBe('Exported DOCX with 20 sources in the source list.');
  });

  it('DOCX: check, citations, layout, write, done; done counts steps and reaches total', async () => {
    const events: ExportProgressUpdate[] = [];
    const file = await renderBriefing(input, 'docx', templatesDir, (e) => events.push(e));
    expect(events.map((e) => e.stage)).toEqual(['check', 'citations', 'layout', 'write', 'done']);
    expect(events.map((e) => e.done)).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(events.map((e) => e.total))).toEqual(new Set([4]));
    expect(events[1]?.message).toBe('Formatting 60 citations…');
    expect(events.at(-1)?.message).toBe(`Exported DOCX with ${file.noteCount} notes.`);
    expect(events.filter((e) => e.stage === 'layout' || e.stage === 'write').map((e) => e.format)).toEqual([
      'docx',
      'docx',
    ]);
    expect(valid(events)).toBe(true);
  });

  it('PDF: the write step moves with what pdfmake has drawn, never backwards', async () => {
    const events: ExportProgressUpdate[] = [];
    await renderBriefing(input, 'pdf', templatesDir, (e) => events.push(e));
    const stages = events.map((e) => e.stage);
    expect(stages.slice(0, 3)).toEqual(['check', 'citations', 'layout']);
    expect(stages.at(-1)).toBe('done');
    const writes = events.filter((e) => e.stage === 'write');
    // pdfmake's progress callback is heard: more than one step of drawing, each in (3, 4).
    expect(writes.length).toBeGreaterThan(1);
    expect(writes[0]?.done).toBe(3);
    for (const w of writes) expect(w.done >= 3 && w.done < 4).toBe(true);
    const dones = events.map((e) => e.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ done: 4, total: 4 });
    expect(valid(events)).toBe(true);
  });

  it('both formats: one check and one citations stage, then a layout and a write per format', async () => {
    const events: ExportProgressUpdate[] = [];
    const files = await renderBriefingFormats(input, ['docx', 'pdf'], templatesDir, (e) => events.push(e));
    expect(files.map((f) => f.fileName)).toEqual([
      'Synthetic-briefing-the-state-of-the-talks.docx',
      'Synthetic-briefing-the-state-of-the-talks.pdf',
    ]);
    expect(files[0]?.noteCount).toBe(60);
    expect(files[1]?.noteCount).toBe(60);
    // Stages in order, each change once (the PDF's write step reports several times).
    const changes = events
      .map((e) => `${e.stage}${e.format ? `:${e.format}` : ''}`)
      .filter((s, i, all) => s !== all[i - 1]);
    expect(changes).toEqual([
      'check',
      'citations',
      'layout:docx',
      'write:docx',
      'layout:pdf',
      'write:pdf',
      'done',
    ]);
    expect(new Set(events.map((e) => e.total))).toEqual(new Set([6]));
    const dones = events.map((e) => e.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(events.at(-1)).toMatchObject({ stage: 'done', done: 6, total: 6 });
    expect(events.at(-1)?.message).toBe('Exported DOCX and PDF with 60 notes.');
    expect(valid(events)).toBe(true);
  });

  it('a blocked export stops after the check', async () => {
    const strict = Template.parse({
      ...base,
      sections: [{ id: 'a', heading: 'Key developments' }],
      frontMatter: { fields: ['recipients'], required: ['recipients'] },
    });
    const events: ExportProgressUpdate[] = [];
    const blocked = renderBriefing({ ...input, template: strict }, 'docx', templatesDir, (e) =>
      events.push(e),
    );
    await expect(blocked).rejects.toThrow('does not allow export');
    expect(events.map((e) => e.stage)).toEqual(['check']);
  });
});
