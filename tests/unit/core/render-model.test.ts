import { describe, expect, it } from 'vitest';
import { buildRenderModel, noteNumbers, paragraphText } from '../../../electron/core/render-model';
import type { Briefing, Fact, Source } from '../../../electron/core/schemas';
import { Template } from '../../../electron/core/template';
import { formatLongDate, stripXmlInvalid } from '../../../electron/core/text';
import { makeFact, makeSource } from '../../helpers/builders';

const template: Template = Template.parse({
  id: 't',
  name: 'T',
  version: 1,
  classifications: [{ id: 'official', label: 'OFFICIAL', colour: '#112233' }],
  defaultClassification: 'official',
  sections: [
    { id: 'a', heading: 'Bottom line' },
    { id: 'b', heading: 'Key developments' },
  ],
  citations: { placement: 'footnotes', sourceListTitle: 'Sources' },
  style: {},
});

const source = (id: string, outlet: string, extra: Partial<Pick<Source, 'published' | 'url'>> = {}): Source =>
  makeSource(id, outlet, extra);
const fact = (
  id: string,
  sourceId: string,
  who: Partial<Pick<Fact, 'speaker' | 'speakerRole' | 'relayedBy'>> = {},
): Fact => makeFact(id, sourceId, who);

const sources = [
  source('s1', 'Reuters', { published: '2025-12-15', url: 'https://example.org/r' }),
  source('s2', 'Le Monde'),
];
const facts = [
  fact('f1', 's1', { speaker: 'Dmitry Peskov', speakerRole: 'Kremlin spokesman' }),
  fact('f2', 's2'),
  fact('f3', 's1', { speaker: 'US officials', relayedBy: 'Reuters' }),
];

// Content is stored out of template order on purpose: numbering must follow reading order.
const briefing: Briefing = {
  id: 'b',
  templateId: 't',
  title: 'Brief',
  date: '2025-12-16',
  classification: 'official',
  frontMatter: {},
  createdAt: '',
  updatedAt: '',
  sections: [
    {
      id: 'b',
      blocks: [
        { id: 'p2', text: 'Second.', factIds: ['f2', 'f1'] },
        { id: 'empty', text: '  ', factIds: [] },
      ],
    },
    { id: 'a', blocks: [{ id: 'p1', text: 'First.', factIds: ['f1'] }] },
    { id: 'orphan', blocks: [{ id: 'p3', text: 'Kept after a template change.', factIds: ['f3'] }] },
  ],
};

describe('buildRenderModel', () => {
  const model = buildRenderModel({ briefing, template, facts, sources });

  it('numbers citations in reading order, one note per mark', () => {
    expect(model.sections.map((s) => s.heading)).toEqual(['Bottom line', 'Key developments', 'orphan']);
    expect(model.sections.flatMap((s) => s.paragraphs.map(paragraphText))).toEqual([
      'First.[1]',
      'Second.[2][3]',
      'Kept after a template change.[4]',
    ]);
    expect(model.notes.map((n) => [n.number, n.factId])).toEqual([
      [1, 'f1'],
      [2, 'f2'],
      [3, 'f1'],
      [4, 'f3'],
    ]);
  });

  it('writes who said it and where it was reported in the note', () => {
    expect(model.notes[0]?.text).toBe(
      'Dmitry Peskov, Kremlin spokesman, in Reuters, “Title s1”, 15 December 2025, https://example.org/r.',
    );
    expect(model.notes[1]?.text).toBe('Le Monde, “Title s2”.');
  });

  it('writes the relay chain', () => {
    expect(model.notes[3]?.text).toMatch(/^US officials, cited by Reuters, in Reuters/);
  });

  it('lists each cited source once, sorted by outlet', () => {
    expect(model.sourceList?.entries.map((e) => e.sourceId)).toEqual(['s2', 's1']);
    expect(model.sourceList?.entries[1]?.url).toBe('https://example.org/r');
  });

  it('agrees with the numbers the editor shows', () => {
    const numbers = noteNumbers(template, briefing.sections);
    expect(Object.fromEntries(numbers)).toEqual({ p1: [1], p2: [2, 3], p3: [4] });
  });

  it('refuses a citation of a fact that is gone', () => {
    expect(() => buildRenderModel({ briefing, template, facts: facts.slice(1), sources })).toThrow(
      /no longer exists/,
    );
  });
});

describe('text helpers', () => {
  it('formats dates for readers', () => {
    expect(formatLongDate('2025-12-05')).toBe('5 December 2025');
    expect(formatLongDate('not a date')).toBe('not a date');
  });

  it('strips characters XML cannot hold, keeping real text and surrogate pairs', () => {
    expect(stripXmlInvalid('a\u0000b\u000Bc\uFFFEd\uFFFF\uD800e\tf\n😀 ж')).toBe('abcde\tf\n😀 ж');
  });
});
