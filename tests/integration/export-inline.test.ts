import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inline } from '../../electron/core/rich-text';
import type { BriefingSection } from '../../electron/core/schemas';
import type { Services } from '../../electron/services/services';
import { block } from '../helpers/builders';
import { freshServices, tempDir } from '../helpers/fixtures';
import { pandocNotes, pdfLinks, pdfText } from '../helpers/readers';

/** pandoc's Markdown of a DOCX: emphasis, links, lists and note references as a reader sees them. */
const pandocMarkdown = (file: string) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8' });

let services: Services;
const out = tempDir('briefing-inline-');
const docx = join(out, 'inline.docx');
const pdf = join(out, 'inline.pdf');

beforeAll(async () => {
  services = freshServices();
  const { store } = services;
  const reuters = store.createSource({ title: 'Talks stall', outlet: 'Reuters', grade: 'A' });
  const monde = store.createSource({ title: 'Les garanties', outlet: 'Le Monde', grade: 'B' });
  const r = store.createFact({ sourceId: reuters.id, statement: 'Talks stalled.', speaker: 'US officials' });
  const m = store.createFact({ sourceId: monde.id, statement: 'Guarantees must bind.' });
  const template = services.templates.get('situation-brief');
  const briefing = store.createBriefing(
    { templateId: template.id, title: 'Inline chips', date: '2025-12-16' },
    template,
  );
  const cite = (factId: string): Inline => ({ type: 'cite', factId });
  const sections: BriefingSection[] = [
    {
      id: 'bottom-line',
      blocks: [
        {
          id: 'p1',
          content: [
            { type: 'text', text: 'Reuters reported' },
            cite(r.id),
            { type: 'text', text: ' while ' },
            { type: 'text', text: 'Le Monde', bold: true },
            { type: 'text', text: ' said the guarantees were ' },
            { type: 'text', text: 'binding', italic: true },
            { type: 'text', text: ' (see ' },
            { type: 'text', text: 'the text', href: 'https://example.org/guarantees' },
            { type: 'text', text: ').' },
            cite(m.id),
          ],
        },
      ],
    },
    {
      id: 'key-developments',
      blocks: [
        block('b1', 'Alpha bullet.', [r.id], { kind: 'bullet' }),
        block('b2', 'Beta bullet.', [m.id], { kind: 'bullet' }),
        block('n1', 'First step.', [r.id], { kind: 'numbered' }),
        block('n2', 'Second step.', [m.id], { kind: 'numbered' }),
        block('x', 'A paragraph between the lists.', [r.id]),
        block('n3', 'Again first.', [m.id], { kind: 'numbered' }),
      ],
    },
  ];
  store.updateBriefing(briefing.id, { ...briefing, sections }, template);
  writeFileSync(docx, (await services.exportBriefing(briefing.id, 'docx')).bytes);
  writeFileSync(pdf, (await services.exportBriefing(briefing.id, 'pdf')).bytes);
});
afterAll(() => services.close());

describe('DOCX with inline content, read back by pandoc', () => {
  it('puts the footnote reference right after the word its chip follows, before the rest of the sentence', () => {
    const md = pandocMarkdown(docx);
    expect(md).toMatch(/Reuters reported\[\^1\] while \*\*Le Monde\*\* said/);
    expect(md).toMatch(/\)\.\[\^2\]/);
  });

  it('keeps bold, italic and links', () => {
    const md = pandocMarkdown(docx);
    expect(md).toContain('**Le Monde**');
    expect(md).toContain('*binding*');
    expect(md).toContain('[the text](https://example.org/guarantees)');
  });

  it('writes bullets as a Word bullet list and numbered items as numbered lists restarting after a paragraph', () => {
    const lines = pandocMarkdown(docx).split('\n');
    expect(lines.find((l) => l.includes('Alpha bullet.'))).toMatch(/^-\s+Alpha bullet\.\[\^3\]/);
    expect(lines.find((l) => l.includes('Beta bullet.'))).toMatch(/^-\s+Beta bullet\./);
    expect(lines.find((l) => l.includes('First step.'))).toMatch(/^1\.\s+First step\./);
    expect(lines.find((l) => l.includes('Second step.'))).toMatch(/^2\.\s+Second step\./);
    expect(lines.find((l) => l.includes('A paragraph between'))).toMatch(/^A paragraph between/);
    expect(lines.find((l) => l.includes('Again first.'))).toMatch(/^1\.\s+Again first\./);
  });

  it('numbers the notes in chip order', () => {
    const notes = pandocNotes(docx);
    expect(notes).toHaveLength(8);
    expect(notes[0]).toMatch(/^US officials, cited in Reuters/);
    expect(notes[1]).toMatch(/^Le Monde/);
  });
});

describe('PDF with inline content, read back by poppler', () => {
  it('prints the note marker mid-sentence, where the chip is', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Reuters reported ?1 ?while Le Monde said the guarantees were binding \(see the text\)\. ?2/,
    );
  });

  it('lists bullets and numbers the numbered items, restarting after a paragraph', () => {
    const layout = pdfText(pdf);
    const text = layout.replace(/\s+/g, ' ');
    // pdfmake draws the bullets as shapes, not text: the items are indented under the heading.
    expect(text).toMatch(/Alpha bullet\. ?3 Beta bullet\. ?4/);
    const indent = (needle: string) =>
      /^ */.exec(layout.split('\n').find((l) => l.includes(needle)) ?? '')?.[0].length;
    expect(indent('Alpha bullet.')).toBeGreaterThan(indent('Key developments') ?? 0);
    expect(text).toMatch(
      /1\. First step\. ?5 2\. Second step\. ?6 A paragraph between the lists\. ?7 1\. Again first\. ?8/,
    );
  });

  it('makes the link a live link', () => {
    expect(pdfLinks(pdf)).toContain('https://example.org/guarantees');
  });

  it('carries the same note texts as the DOCX', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const note of pandocNotes(docx)) expect(text).toContain(note.replace(/\s+/g, ' '));
  });
});

describe('a version 1 briefing file (blocks as text + factIds)', () => {
  it('opens with each paragraph’s chips after its text, and exports the same notes, chips side by side as one', async () => {
    const id = services.store.listBriefings()[0]?.id ?? '';
    const file = JSON.parse(
      Buffer.from((await services.handlers()['briefings:export-file']({ id })).dataBase64, 'base64').toString(
        'utf8',
      ),
    ) as { version: number; briefing: { sections: Array<{ id: string; blocks: unknown[] }> } };
    expect(file.version).toBe(3);
    // Written as version 1 would have: plain text, every citation at the end.
    const legacy = {
      ...file,
      version: 1,
      briefing: {
        ...file.briefing,
        sections: file.briefing.sections.map((s) => ({
          ...s,
          blocks: s.blocks.map((b) => {
            const { content, ...rest } = b as { content: Inline[] };
            return {
              ...rest,
              text: content.flatMap((r) => (r.type === 'text' ? [r.text] : [])).join(''),
              factIds: content.flatMap((r) => (r.type === 'cite' ? [r.factId] : [])),
            };
          }),
        })),
      },
    };
    const colleague = freshServices();
    try {
      const opened = await colleague.importBriefingFile(JSON.stringify(legacy));
      const first = opened.sections.find((s) => s.id === 'bottom-line')?.blocks[0];
      expect(first?.content.map((r) => r.type)).toEqual(['text', 'cite', 'cite']);
      expect(first?.content[0]).toEqual({
        type: 'text',
        text: 'Reuters reported while Le Monde said the guarantees were binding (see the text).',
      });
      const theirs = join(out, 'theirs.docx');
      writeFileSync(theirs, (await colleague.exportBriefing(opened.id, 'docx')).bytes);
      // The first paragraph's two chips (mid-sentence and at its end) now stand side by side after its
      // text: one note marker, its note citing both; every other note the same.
      const ours = pandocNotes(docx);
      expect(pandocNotes(theirs)).toEqual([`${ours[0]!.replace(/\.$/, '')}; ${ours[1]!}`, ...ours.slice(2)]);
      expect(pandocMarkdown(theirs)).toMatch(/the text\)\.\[\^1\]\n/);
    } finally {
      colleague.close();
    }
  });
});
