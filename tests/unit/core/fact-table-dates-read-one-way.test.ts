import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../../electron/core/render-model';
import { simpleFormatter } from '../../../electron/core/citations';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../../helpers/builders';

// A fact table's Date column (the daily digest's) reads one way: a full day in words as a month or a year
// is, not "2025-02-18" above "March 2021".
describe('a fact table’s dates', () => {
  it('are all in words, whatever their precision', () => {
    const template = makeTemplate('t', [{ id: 'a', heading: 'Reporting', kind: 'fact-table' }], {
      placement: 'footnotes',
    });
    const sources = [
      makeSource('s1', 'Reuters', { published: '2025-02-19' }),
      makeSource('s2', 'International Crisis Group', { type: 'report', published: '2021-03' }),
    ];
    const facts = [makeFact('f1', 's1', { eventDate: '2025-02-18' }), makeFact('f2', 's2')];
    const briefing = makeBriefing('t', 'Digest', [
      { id: 'a', blocks: [block('p1', 'Talks stalled.', ['f1']), block('p2', 'Risk rose.', ['f2'])] },
    ]);
    const model = buildRenderModel({ briefing, template, facts, sources, formatter: simpleFormatter });
    const table = model.sections[0]?.table;
    const dates = table?.rows.map((row) =>
      row[table.columns.indexOf('Date')]?.map((r) => ('text' in r ? r.text : '')).join(''),
    );
    expect(dates).toEqual(['18 February 2025', 'March 2021']);
  });
});
