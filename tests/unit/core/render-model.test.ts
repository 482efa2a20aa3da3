import { describe, expect, it } from 'vitest';
import { buildRenderModel, noteNumbers, paragraphText, type Run } from '../../../electron/core/render-model';
import type { Briefing, Fact, Source } from '../../../electron/core/schemas';
import { Template } from '../../../electron/core/template';
import { formatLongDate, stripXmlInvalid } from '../../../electron/core/text';
import { block, makeBriefing, makeFact, makeSource } from '../../helpers/builders';

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
  who: Partial<Pick<Fact, 'speaker' | 'speakerRole' | 'relayedBy' | 'quote'>> = {},
): Fact => makeFact(id, sourceId, who);

const sources = [
  source('s1', 'Reuters', { published: '2025-12-15', url: 'https://example.org/r' }),
  source('s2', 'Le Monde'),
];
const facts = [
  fact('f1', 's1', { speaker: 'Dmitry Peskov', speakerRole: 'Kremlin spokesman', quote: 'No.' }),
  fact('f2', 's2'),
  fact('f3', 's1', { speaker: 'US officials', relayedBy: 'Reuters', quote: 'Yes.' }),
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
      blocks: [block('p2', 'Second.', ['f2', 'f1']), block('empty', '  ')],
    },
    { id: 'a', blocks: [block('p1', 'First.', ['f1'])] },
    { id: 'orphan', blocks: [block('p3', 'Kept after a template change.', ['f3'])] },
  ],
};

describe('buildRenderModel', () => {
  const model = buildRenderModel({ briefing, template, facts, sources });

  it('numbers citations in reading order, one note per mark or per chips side by side', () => {
    expect(model.sections.map((s) => s.heading)).toEqual(['Bottom line', 'Key developments', 'Orphan']);
    // "Second." cites two facts at one place (its chips side by side): one note citing both.
    expect(model.sections.flatMap((s) => s.paragraphs.map(paragraphText))).toEqual([
      'First.[1]',
      'Second.[2]',
      'Kept after a template change.[3]',
    ]);
    expect(model.notes.map((n) => [n.number, n.factId, n.factIds, n.sourceIds])).toEqual([
      [1, 'f1', undefined, undefined],
      [2, 'f2', ['f2', 'f1'], ['s2', 's1']],
      [3, 'f3', undefined, undefined],
    ]);
  });

  it('writes who said it and where it was reported in the note', () => {
    expect(model.notes[0]?.text).toBe(
      'Dmitry Peskov, Kremlin spokesman, quoted in Reuters, “Title s1”, 15 December 2025, https://example.org/r.',
    );
    // A note of two cites: each one's text, joined by a semicolon.
    expect(model.notes[1]?.text).toBe(
      'Le Monde, “Title s2”; Dmitry Peskov, Kremlin spokesman, quoted in Reuters, “Title s1”, 15 December 2025, https://example.org/r.',
    );
  });

  it('flags for the preview a paragraph citing a retracted fact, and only that one', () => {
    const retracted = facts.map((f) => (f.id === 'f3' ? { ...f, status: 'retracted' as const } : f));
    const m = buildRenderModel({ briefing, template, facts: retracted, sources });
    const flags = m.sections.flatMap((s) => s.paragraphs.map((p) => p.citesRetracted === true));
    expect(flags).toEqual([false, false, true]);
    expect(model.sections.flatMap((s) => s.paragraphs).some((p) => p.citesRetracted)).toBe(false);
  });

  it('does not repeat the relay when it is the outlet the note names', () => {
    expect(model.notes[2]?.text).toMatch(/^US officials, quoted in Reuters, “/);
  });

  it('lists each cited source once, sorted by outlet', () => {
    expect(model.sourceList?.entries.map((e) => e.sourceId)).toEqual(['s2', 's1']);
    expect(model.sourceList?.entries[1]?.url).toBe('https://example.org/r');
  });

  it('agrees with the numbers the editor shows', () => {
    const numbers = noteNumbers(template, briefing.sections);
    expect(Object.fromEntries(numbers)).toEqual({ p1: [1], p2: [2, 2], p3: [3] });
  });

  it('refuses a citation of a fact that is gone', () => {
    expect(() => buildRenderModel({ briefing, template, facts: facts.slice(1), sources })).toThrow(
      /no longer exists/,
    );
  });
});

describe('inline content in the render model', () => {
  const rich: Briefing = {
    ...briefing,
    sections: [
      {
        id: 'a',
        blocks: [
          {
            id: 'p1',
            content: [
              { type: 'text', text: '  Reuters reported' },
              { type: 'cite', factId: 'f1' },
              { type: 'text', text: ' while ' },
              { type: 'text', text: 'Le Monde', bold: true },
              { type: 'text', text: ' said ' },
              { type: 'text', text: 'more', italic: true, href: 'https://example.org/\u0001x' },
              { type: 'text', text: '. ' },
              { type: 'cite', factId: 'f2' },
            ],
          },
        ],
      },
      {
        id: 'b',
        blocks: [
          block('i1', 'First item.', ['f3'], { kind: 'bullet' }),
          block('i2', 'Second item.', [], { kind: 'numbered' }),
          block('i3', 'Plain.', ['f1']),
        ],
      },
    ],
  };
  const model = buildRenderModel({ briefing: rich, template, facts, sources });

  it('puts each note marker where its chip stands, numbered in chip order', () => {
    expect(paragraphText(model.sections[0]?.paragraphs[0] ?? { runs: [] })).toBe(
      'Reuters reported[1] while Le Monde said more.[2]',
    );
    expect(model.notes.map((n) => n.factId)).toEqual(['f1', 'f2', 'f3', 'f1']);
    expect(Object.fromEntries(noteNumbers(template, rich.sections))).toEqual({
      p1: [1, 2],
      i1: [3],
      i2: [],
      i3: [4],
    });
  });

  it('carries bold, italic and links on text runs, cleaned of what XML cannot hold', () => {
    expect(model.sections[0]?.paragraphs[0]?.runs).toEqual([
      { kind: 'text', text: 'Reuters reported' },
      { kind: 'note', number: 1 },
      { kind: 'text', text: ' while ' },
      { kind: 'text', text: 'Le Monde', bold: true },
      { kind: 'text', text: ' said ' },
      { kind: 'text', text: 'more', italic: true, href: 'https://example.org/x' },
      { kind: 'text', text: '.' },
      { kind: 'note', number: 2 },
    ]);
  });

  it('says whether a block is a paragraph, a bullet or a numbered item', () => {
    expect(model.sections.flatMap((s) => s.paragraphs.map((p) => p.kind))).toEqual([
      'paragraph',
      'bullet',
      'numbered',
      'paragraph',
    ]);
  });

  it('still refuses a chip whose fact is gone', () => {
    expect(() => buildRenderModel({ briefing: rich, template, facts: facts.slice(1), sources })).toThrow(
      /no longer exists \(f1\)/,
    );
  });

  it('puts author-date citations where the chips are', () => {
    const authorDate = Template.parse({ ...template, citations: { placement: 'author-date' } });
    const m = buildRenderModel({ briefing: rich, template: authorDate, facts, sources });
    const runs = m.sections[0]?.paragraphs[0]?.runs ?? [];
    // The last chip follows the full stop: the stop (a run of its own) moves after the citation.
    expect(runs.map((r) => r.kind)).toEqual(['text', 'cite', 'text', 'text', 'text', 'text', 'cite', 'text']);
    expect(m.notes).toEqual([]);
  });

  it('author-date: a citation typed after the full stop stands before it; note markers stay after', () => {
    const sentence = makeBriefing('t', 'T', [
      {
        id: 'a',
        blocks: [block('p1', 'Talks went on in Berlin.', ['f1', 'f2']), block('p2', 'Why?', ['f1'])],
      },
    ]);
    const authorDate = Template.parse({ ...template, citations: { placement: 'author-date' } });
    const text = (runs: Run[]) =>
      runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'cite' ? '(C)' : '[N]')).join('');
    const m = buildRenderModel({ briefing: sentence, template: authorDate, facts, sources });
    // The two chips side by side are one citation (one cluster: see export-adjacent-citations-one-cluster).
    expect(m.sections[0]?.paragraphs.map((p) => text(p.runs))).toEqual([
      'Talks went on in Berlin(C).',
      'Why(C)?',
    ]);
    const notes = buildRenderModel({ briefing: sentence, template, facts, sources });
    // In notes, the two chips side by side are one note marker, after the stop.
    expect(notes.sections[0]?.paragraphs.map((p) => text(p.runs))).toEqual([
      'Talks went on in Berlin.[N]',
      'Why?[N]',
    ]);
  });

  it('author-date: a chip placed after the space that follows a word keeps one space each side', () => {
    const mid = makeBriefing('t', 'T', [
      {
        id: 'a',
        blocks: [
          {
            id: 'p1',
            content: [
              { type: 'text', text: 'Kyiv refuses ' },
              { type: 'cite', factId: 'f1' },
              { type: 'text', text: 'and Moscow waits.' },
            ],
          },
        ],
      },
    ]);
    const authorDate = Template.parse({ ...template, citations: { placement: 'author-date' } });
    const m = buildRenderModel({ briefing: mid, template: authorDate, facts, sources });
    // The writers print a citation as " (…)": one space before it, and the word's space after it.
    const printed = (m.sections[0]?.paragraphs[0]?.runs ?? [])
      .map((r) => (r.kind === 'text' ? r.text : r.kind === 'cite' ? ' (C)' : ''))
      .join('');
    expect(printed).toBe('Kyiv refuses (C) and Moscow waits.');
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
