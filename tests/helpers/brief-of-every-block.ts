import { type RenderModel } from '../../electron/core/render-model';
import { renderModelOf } from '../../electron/services/export/render';
import { Template } from '../../electron/core/template';
import { block, makeBriefing, makeFact, makeSource } from './builders';
import { templatesDir } from './fixtures';

/** A 1×1 PNG: the template's logo. */
const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * A brief of several pages with every kind of block: paragraphs (long enough to break across pages),
 * a fact table, bullets and numbered items, links in the text, notes at the foot of the page or at
 * the end, a source list, a logo, a reference in the header: what the accessibility tests read back.
 */
export function briefOfEveryBlock(
  placement: 'footnotes' | 'endnotes',
  style: Record<string, unknown> = {},
): RenderModel {
  const template = Template.parse({
    id: 'tagged',
    name: 'Tagged brief',
    version: 1,
    classifications: [{ id: 'o', label: 'OFFICIAL', colour: '#112233' }],
    defaultClassification: 'o',
    sections: [
      { id: 'a', heading: 'Key developments' },
      { id: 't', heading: 'Facts at a glance', kind: 'fact-table' },
      { id: 'b', heading: 'Outlook', kind: 'bullets' },
    ],
    citations: { style: 'briefing-notes', placement },
    style: { logo: { dataUri: LOGO, widthMm: 10 }, header: { banner: true, reference: true }, ...style },
  });
  const sources = [1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
    makeSource(`s${i}`, 'Ministry', { title: `Notice ${i} on the talks`, url: `https://example.org/n${i}` }),
  );
  const facts = sources.map((s, i) => makeFact(`f${i + 1}`, s.id, { statement: `Statement ${i + 1}` }));
  const filler = 'The delegations met again and the talks went on late into the night. '.repeat(16);
  const briefing = makeBriefing('tagged', 'Tagged brief', [
    {
      id: 'a',
      blocks: [1, 2, 3, 4, 5, 6].map((i) =>
        block(`a${i}`, `Paragraph ${i} begins. ${filler}Paragraph ${i} ends.`, [`f${i}`]),
      ),
    },
    { id: 't', blocks: [block('t1', 'Row one fact', ['f7']), block('t2', 'Row two fact', ['f8'])] },
    {
      id: 'b',
      blocks: [
        block('b1', 'First bullet', ['f1']),
        block('b2', 'Second bullet'),
        block('n1', 'First numbered', [], { kind: 'numbered' }),
        block('n2', 'Second numbered', [], { kind: 'numbered' }),
      ],
    },
  ]);
  return renderModelOf(
    {
      briefing: { ...briefing, frontMatter: { reference: 'REF-42' } },
      template,
      facts,
      sources,
    },
    templatesDir,
  );
}
