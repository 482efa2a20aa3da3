import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceRecord, type Briefing, type Fact, type Source } from '../../electron/core/schemas';
import { Template } from '../../electron/core/template';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { block } from '../helpers/builders';
import { pdfText } from '../helpers/readers';

// pandoc's JSON of a document with three 10 000-character notes outgrows execFileSync's default 1 MB.
const pandoc = (file: string, to: string) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', to, '--wrap=none', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
const noteCount = (file: string) => (pandoc(file, 'json').match(/"t":"Note"/g) ?? []).length;

/** Text a user could paste: emoji, RTL scripts, controls, noncharacters, lone surrogates, long runs. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '👩🏽‍💻 🇺🇦 emoji',
    'مرحبا بالعالم — Arabic',
    'שלום עולם — Hebrew',
    '\u202Eright-to-left override\u202C',
    'controls \u0000\u0001\u0008\u000B\u001F\u007F end',
    'nonchar \uFFFE\uFFFF end',
    'lone \uD800 surrogate \uDC00',
  ),
);
/** Paragraphs may also be long: a 10 000-character run with no space, or 5 000 short words. */
const paragraph = fc.oneof(nasty, fc.constantFrom('x'.repeat(10_000), 'w '.repeat(5_000)));

const template = (placement: 'footnotes' | 'endnotes') =>
  Template.parse({
    id: 'u',
    name: 'Unicode',
    version: 1,
    classifications: [{ id: 'o', label: 'OFFICIAL', colour: '#112233' }],
    defaultClassification: 'o',
    frontMatter: { fields: ['subtitle', 'author', 'recipients', 'reference'] },
    sections: [
      { id: 'a', heading: 'Paragraphs' },
      { id: 'b', heading: 'Bullets', kind: 'bullets' },
      { id: 'c', heading: 'Table', kind: 'fact-table' },
    ],
    citations: { style: 'briefing-notes', placement, showGrades: true },
    // Given explicitly: the schema's default for `style` is a bare {} without the inner defaults.
    style: {},
  });

describe('any Unicode in any field', () => {
  const dir = tempDir('briefing-unicode-');

  it('gives a DOCX pandoc opens and a PDF pdftotext reads', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(nasty, { minLength: 12, maxLength: 12 }),
        paragraph,
        fc.constantFrom('footnotes' as const, 'endnotes' as const),
        async (t, para, placement) => {
          const field = (i: number) => t[i] ?? '';
          const title = field(0);
          const subtitle = field(1);
          const author = field(2);
          const outlet = field(3);
          const sourceTitle = field(4);
          const speaker = field(5);
          const role = field(6);
          const quote = field(7);
          const bullet = field(8);
          const cell = field(9);
          const heading = field(10);
          const ref = field(11);

          const source: Source = sourceRecord('s1', {
            title: sourceTitle || 'untitled',
            outlet: outlet || 'outlet',
            type: 'article-newspaper',
            authors: [{ literal: author || 'x' }],
            published: '2025-12-15',
            url: 'https://example.org/a',
            grade: 'B',
          });
          const fact: Fact = {
            id: 'f1',
            sourceId: 's1',
            statement: para || 'statement',
            quote,
            speaker,
            speakerRole: role,
            locator: ref,
            credibility: 2,
            tags: [],
            status: 'verified',
            createdAt: '',
            updatedAt: '',
          };
          const tpl = template(placement);
          const briefing: Briefing = {
            id: 'b',
            templateId: 'u',
            title: title || 'untitled',
            date: '2025-12-16',
            classification: 'o',
            frontMatter: { subtitle, author, recipients: heading, reference: ref },
            createdAt: '',
            updatedAt: '',
            sections: [
              { id: 'a', blocks: [block('p', para, ['f1'])] },
              { id: 'b', blocks: [block('q', bullet, ['f1'])] },
              { id: 'c', blocks: [block('r', cell, ['f1'])] },
              {
                id: heading.slice(0, 60) || 'extra',
                blocks: [block('s', 'MARKER tail')],
              },
            ],
          };
          const model = renderModelOf(
            {
              briefing,
              template: tpl,
              facts: [fact],
              sources: [source],
            },
            templatesDir,
          );
          run++;
          const docx = join(dir, `u${run}.docx`);
          const pdf = join(dir, `u${run}.pdf`);
          writeFileSync(docx, await renderDocx(model));
          writeFileSync(pdf, await renderPdf(model));
          expect(pandoc(docx, 'plain')).toContain('MARKER');
          expect(noteCount(docx)).toBe(3);
          expect(pdfText(pdf)).toContain('MARKER');
          execFileSync('pdfinfo', [pdf], { stdio: 'pipe' });
        },
      ),
      { numRuns: 20, seed: 20251216 },
    );
  }, 120_000);
});
