import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRecord } from '../../electron/core/schemas';
import { Template } from '../../electron/core/template';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { inked, pandocPlain, pdfWords } from '../helpers/readers';

/**
 * The tester's digest (Daily news digest): a Reuters fact with no speaker had "reported by Reuters" as
 * who said it (an outlet is no speaker), a regulation had its printer, the Publications Office, as its
 * source (not the European Commission, which wrote it), and on the table's second page the header's
 * "said it" was drawn twice over itself, darker than "Who".
 */
export function digestModel(rows = 3) {
  const template = Template.parse(
    JSON.parse(readFileSync(join(templatesDir, 'daily-news-digest.json'), 'utf8')) as unknown,
  );
  const reuters = makeSource('reuters', 'Reuters', {
    title: 'EU member states split',
    published: '2024-10-04',
  });
  const regulation = sourceRecord('reg', {
    item: {
      id: 'reg',
      type: 'report',
      author: [{ literal: 'European Commission' }],
      title: 'Commission Implementing Regulation (EU) 2024/2754',
      publisher: 'Publications Office of the European Union',
      genre: 'Implementing Regulation',
      number: '2024/2754',
      issued: { 'date-parts': [[2024, 10, 29]] },
    },
    grade: 'A',
  });
  const scmp = makeSource('scmp', 'South China Morning Post', { title: 'Brandy', published: '2025-07-04' });
  const facts = [
    makeFact('vote', 'reuters', { relayedBy: 'Reuters', statement: 'Ten member states backed the duties.' }),
    makeFact('duty', 'reg', { statement: 'The EU imposed definitive duties.' }),
    makeFact('cognac', 'scmp', { speaker: 'Florent Morillon', speakerRole: 'president of BNIC' }),
  ];
  const cited = Array.from({ length: rows }, (_, i) => facts[i % facts.length]!);
  return renderModelOf(
    {
      briefing: {
        ...makeBriefing('daily-news-digest', 'Digest', [
          {
            id: 'reporting',
            blocks: cited.map((f, i) =>
              block(`b${i}`, `${f.statement} The ministry said it would defend the companies' interests.`, [
                f.id,
              ]),
            ),
          },
        ]),
        classification: 'official',
      },
      template,
      facts,
      sources: [reuters, regulation, scmp],
    },
    templatesDir,
  );
}

describe('the digest table', () => {
  it('leaves an outlet no speaker and names the body that wrote a regulation (DOCX, read by pandoc)', async () => {
    const file = join(tempDir('briefing-digest-'), 'digest.docx');
    writeFileSync(file, await renderDocx(digestModel()));
    const plain = pandocPlain(file).replace(/\s+/g, ' ');
    // The table, before the notes (a note names the regulation's publisher, as a citation does).
    const text = plain.slice(0, plain.lastIndexOf('---'));
    expect(text).toContain('Fact Who said it Source Date Grade');
    expect(text).not.toContain('reported by');
    expect(text).not.toContain('Publications Office');
    expect(text).toMatch(/Ten member states backed the duties\.[^|]*?— Reuters 4 October 2024/);
    expect(text).toMatch(/The EU imposed definitive duties\.[^|]*?— European Commission 29 October 2024/);
    expect(text).toContain('Florent Morillon, president of BNIC South China Morning Post');
  });

  it('draws its header in one weight on every page (PDF, its ink read by pdftoppm)', async () => {
    const file = join(tempDir('briefing-digest-'), 'digest.pdf');
    writeFileSync(file, await renderPdf(digestModel(18)));
    const words = pdfWords(file);
    const header = (page: number) => {
      const said = words.find(
        (w) =>
          w.page === page &&
          w.text === 'said' &&
          words.some((o) => o.page === page && o.text === 'Who' && Math.abs(o.yMin - w.yMin) < 1),
      )!;
      expect(said, `the header on page ${page}`).toBeDefined();
      return { xMin: said.xMin, xMax: said.xMax + 12, yMin: said.yMin, yMax: said.yMax };
    };
    const [first, second] = [inked(file, header(1), 1), inked(file, header(2), 2)];
    expect(first).toBeGreaterThan(0.05);
    expect(
      Math.abs(second - first) / first,
      `ink of "said it": page 1 ${first}, page 2 ${second}`,
    ).toBeLessThan(0.08);
  });
});
