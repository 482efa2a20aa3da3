// A heading that names an official and the programme they spoke on, over "On <topic>: “…”" lines;
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2025-04-13', outlet: 'The White House', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    role: c.speakerRole ?? null,
    relay: c.relayedBy ?? null,
    heading: c.sentence.startsWith('Secretary') || c.sentence.startsWith('Harbour'),
  }));

describe('quotation lines under a heading naming the official', () => {
  it('the first line takes the title and holds the heading; every line is relayed by the programme', () => {
    expect(
      rows([
        'This morning, officials went on the Sunday programmes to talk about the ferry.',
        'Here is what you missed:',
        'Secretary of Transport Ana Whitcombe on Morning Harbour Report',
        'On fares: “Fares will fall by a third before the summer.”',
        'On the crews: “We hired forty new deckhands last month.”',
        'Harbour Trust Director Tom Talbot on Face the Tides',
        'On the pier: “The pier came in under budget and on time.”',
      ]),
    ).toEqual([
      {
        speaker: 'Ana Whitcombe',
        role: 'Secretary of Transport',
        relay: 'Morning Harbour Report',
        heading: true,
      },
      { speaker: 'Ana Whitcombe', role: null, relay: 'Morning Harbour Report', heading: false },
      { speaker: 'Tom Talbot', role: 'Harbour Trust Director', relay: 'Face the Tides', heading: true },
    ]);
  });

  it('a heading naming a topic gives the lines their speaker and no relay', () => {
    expect(
      rows([
        'The secretary spoke twice this week.',
        'Secretary Whitcombe on the ferry crossing:',
        'On fares: “Fares will fall by a third before the summer.”',
      ]),
    ).toEqual([{ speaker: 'Whitcombe', role: 'Secretary', relay: null, heading: true }]);
  });

  it('a sentence with a verb and "on" is no such heading', () => {
    expect(
      rows(['Ana Whitcombe spoke on Face the Tides:', 'On fares: “Fares will fall.”']).map((r) => r.role),
    ).toEqual([null]);
  });
});

describe('topic lines after a lead-in that only points to them', () => {
  it('"Here’s what you missed:" hands the lines the person the paragraph before reported', () => {
    expect(
      rows([
        'Ana Whitcombe, the harbour master, says the ferry has “never run better.” In an interview, Whitcombe praised the crews.',
        'Here’s what you missed:',
        'On fares: “Fares will fall by a third before the summer.”',
        'On the crews: “We hired forty new deckhands last month.”',
      ]).map((r) => r.speaker),
    ).toEqual(['Ana Whitcombe', 'Ana Whitcombe', 'Ana Whitcombe', 'Ana Whitcombe']);
  });

  it('with no one reported just before, the lines stay unattributed', () => {
    expect(
      rows([
        'The ferry sails at noon.',
        'Here’s what you missed:',
        'On fares: “Fares will fall by a third.”',
      ]).map((r) => r.speaker),
    ).toEqual([]);
  });
});
