import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../electron/core/schemas';
import { Template } from '../../electron/core/template';
import { renderModelOf } from '../../electron/services/export/render';
import { renderDocx } from '../../electron/services/export/docx';
import { importSources } from '../../electron/services/import/sources';
import { block, makeFact } from '../helpers/builders';
import { freshServices, tempDir, templatesDir } from '../helpers/fixtures';

// An analyst's entry dated "spring" was "kept as written" at import, but the APA export printed
// "(n.d.)": a date no reader of ours can read is printed as written, as CSL prints a literal date.
describe('a date that cannot be read, kept as written at import', () => {
  it('is printed as written in an author-date export (in the text and the source list), not as n.d.', async () => {
    const services = freshServices();
    const file = JSON.stringify([
      {
        id: 'bad1',
        type: 'article-journal',
        title: 'Broken date item',
        author: [{ family: 'Mackay', given: 'Ann' }],
        issued: { 'date-parts': [['spring']] },
      },
    ]);
    const report = importSources(services.store, 'csl-json', file);
    expect(report.problems.map((p) => p.message)).toContain('cannot be read as a date; kept as written.');
    const source = services.store.listSources()[0]!;
    services.close();
    const template = Template.parse(
      JSON.parse(readFileSync(join(templatesDir, 'background-note.json'), 'utf8')) as unknown,
    );
    expect(template.citations.placement).toBe('author-date');
    const briefing = {
      id: 'b',
      title: 'Dates',
      date: '2025-12-15',
      templateId: template.id,
      classification: template.defaultClassification,
      frontMatter: {},
      sections: [{ id: 'context', blocks: [block('p', 'Talks stalled.', ['f'])] }],
      createdAt: '',
      updatedAt: '',
    } as unknown as Briefing;
    const model = renderModelOf(
      {
        briefing,
        template,
        facts: [makeFact('f', source.id)],
        sources: [source],
      },
      templatesDir,
    );
    const docx = join(tempDir('briefing-unread-date-'), 'b.docx');
    writeFileSync(docx, await renderDocx(model));
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docx], {
      encoding: 'utf8',
    });
    expect(text).toContain('(Mackay, spring)');
    expect(text).toMatch(/Mackay, A\. \(spring\)\. Broken date item/);
    expect(text).not.toContain('n.d.');
  });
});
