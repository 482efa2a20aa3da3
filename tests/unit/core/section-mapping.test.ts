import { describe, expect, it } from 'vitest';
import { buildRenderModel, noteNumbers } from '../../../electron/core/render-model';
import { BriefingContent, type BriefingSection } from '../../../electron/core/schemas';
import {
  applySectionMapping,
  proposeSectionMapping,
  switchedBriefing,
} from '../../../electron/core/section-mapping';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../../helpers/builders';

const situation = makeTemplate(
  'situation-brief',
  [
    { id: 'bottom-line', heading: 'Bottom line' },
    { id: 'key-developments', heading: 'Key developments' },
    { id: 'positions', heading: 'Positions', kind: 'bullets' },
    { id: 'outlook', heading: 'Outlook' },
  ],
  {},
);
const background = makeTemplate(
  'background-note',
  [
    { id: 'summary', heading: 'Summary' },
    { id: 'context', heading: 'Context' },
    { id: 'key-actors', heading: 'Key actors', kind: 'bullets' },
    { id: 'analysis', heading: 'Analysis' },
    { id: 'outlook', heading: 'OUTLOOK' },
  ],
  {},
);

const sections: BriefingSection[] = [
  { id: 'bottom-line', blocks: [block('b1', 'Talks stall.', ['f1'])] },
  { id: 'key-developments', blocks: [block('b2', 'Berlin talks.', ['f1', 'f2']), block('b3', 'More.')] },
  { id: 'positions', blocks: [block('b4', 'Kyiv refuses.', ['f2'])] },
  { id: 'outlook', blocks: [block('b5', 'Winter.')] },
];

describe('proposeSectionMapping', () => {
  it('matches by id, then by heading, then by meaning ("Bottom line" → "Summary"), then by the nearest meaning, and parks the rest', () => {
    const annex = { id: 'annex', heading: 'Annex', blocks: [block('b6', 'Maps.')] };
    const moves = proposeSectionMapping([...sections, annex], situation, background);
    expect(moves.map((m) => [m.from, m.to, m.reason])).toEqual([
      ['bottom-line', 'summary', 'meaning'],
      ['key-developments', 'context', 'nearest'],
      ['positions', 'key-actors', 'meaning'],
      ['outlook', 'outlook', 'id'],
      ['annex', null, undefined],
    ]);
    // What the dialog says about each: its heading, how much text and how many citations it carries.
    expect(moves[1]).toMatchObject({ heading: 'Key developments', blockCount: 2, citationCount: 2 });
  });

  it('matches an equal heading under another id, ignoring case and punctuation', () => {
    const other = makeTemplate('x', [{ id: 'bl', heading: 'Bottom-line' }], {});
    expect(proposeSectionMapping(sections, situation, other)[0]).toMatchObject({
      to: 'bl',
      reason: 'heading',
    });
  });

  it('gives each target one section: the second section meaning the same is parked', () => {
    const twoSummaries = [
      { id: 'bottom-line', blocks: [block('a', 'A.')] },
      { id: 'key-points', blocks: [block('b', 'B.')] },
    ];
    const moves = proposeSectionMapping(twoSummaries, undefined, background);
    expect(moves.map((m) => m.to)).toEqual(['summary', null]);
  });

  it('prefers a target of the same kind among those meaning the same', () => {
    const to = makeTemplate(
      't',
      [
        { id: 'actors', heading: 'Actors' },
        { id: 'players', heading: 'Players', kind: 'bullets' },
      ],
      {},
    );
    expect(proposeSectionMapping(sections, situation, to).find((m) => m.from === 'positions')?.to).toBe(
      'players',
    );
  });

  it('leaves sections without content out of the proposal', () => {
    expect(
      proposeSectionMapping([{ id: 'summary', blocks: [block('x', '  ')] }], undefined, background),
    ).toEqual([]);
  });
});

describe('applySectionMapping', () => {
  it("puts content where the moves say, in the template's order, and parks the rest with its heading", () => {
    const moves = proposeSectionMapping(sections, situation, background).map((m) =>
      m.from === 'key-developments'
        ? { ...m, to: 'context' }
        : m.from === 'positions'
          ? { ...m, to: null }
          : m,
    );
    const out = applySectionMapping(sections, moves, background);
    expect(out.map((s) => [s.id, s.heading, s.blocks.map((b) => b.id)])).toEqual([
      ['summary', undefined, ['b1']],
      ['context', undefined, ['b2', 'b3']],
      ['key-actors', undefined, []],
      ['analysis', undefined, []],
      ['outlook', undefined, ['b5']],
      ['positions', 'Positions', ['b4']],
    ]);
    // The result is valid briefing content (the heading of parked content is part of the schema).
    expect(() => BriefingContent.parse(makeBriefing(background.id, 'T', out))).not.toThrow();
  });

  it('gives parked content its own id when the new template has a section of that id', () => {
    const moves = [{ from: 'outlook', to: null, heading: 'Outlook' }];
    const out = applySectionMapping([{ id: 'outlook', blocks: [block('o', 'O.')] }], moves, background);
    expect(out.at(-1)).toMatchObject({ id: 'outlook-parked', heading: 'Outlook' });
    expect(out.find((s) => s.id === 'outlook')?.blocks).toEqual([]);
  });

  it('joins two sections moved into one, in the order they came', () => {
    const moves = [
      { from: 'bottom-line', to: 'summary', heading: 'Bottom line' },
      { from: 'outlook', to: 'summary', heading: 'Outlook' },
    ];
    const out = applySectionMapping(sections, moves, background);
    expect(out[0]?.blocks.map((b) => b.id)).toEqual(['b1', 'b5']);
  });

  it('switching there and back with the proposal keeps every block', () => {
    const there = switchedBriefing(
      { templateId: situation.id, classification: 'o', sections },
      situation,
      background,
    );
    const back = switchedBriefing(there, background, situation);
    const ids = (s: BriefingSection[]) => s.flatMap((x) => x.blocks.map((b) => b.id)).sort();
    expect(ids(back.sections)).toEqual(ids(sections));
    expect(back.sections.find((s) => s.id === 'key-developments')?.blocks.map((b) => b.id)).toEqual([
      'b2',
      'b3',
    ]);
  });
});

describe('parked content in the render model', () => {
  it('is printed after the sections under its heading, never numbered', () => {
    const numbered = { ...background, style: { ...background.style, headingNumbering: true } };
    const briefing = makeBriefing(
      numbered.id,
      'T',
      applySectionMapping(
        sections,
        proposeSectionMapping(sections, situation, numbered).map((m) =>
          m.from === 'positions' || m.from === 'key-developments' ? { ...m, to: null } : m,
        ),
        numbered,
      ),
    );
    const model = buildRenderModel({
      briefing,
      template: numbered,
      facts: [makeFact('f1', 's1'), makeFact('f2', 's1')],
      sources: [makeSource('s1', 'Reuters')],
    });
    expect(model.sections.map((s) => s.heading)).toEqual([
      '1. Summary',
      '2. OUTLOOK',
      'Key developments',
      'Positions',
    ]);
    expect(model.sections.at(-1)?.isParked).toBe(true);
    // Its citations are numbered in reading order after the template's sections, as the editor shows
    // (b2's two chips side by side are one note).
    expect(noteNumbers(numbered, briefing.sections).get('b4')).toEqual([3]);
  });
});
