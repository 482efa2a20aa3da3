// Lines that name their speaker, a colon and the quotation, with no verb of saying (the lists of
// statements of government pages and press releases); sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[], published = '2024-05-08') =>
  propose(paragraphs, { published, outlet: 'Harbour Brief' }).map((c) => ({
    speaker: c.speaker,
    role: c.speakerRole,
    relay: c.relayedBy,
    quote: c.quote?.slice(0, 20),
  }));

describe('a speaker label line', () => {
  it('"Title Name (party): “…”": the named person speaks, the title is the role', () => {
    expect(
      rows([
        'The ferry deal drew praise from lawmakers of both parties:',
        'Sen. Ana Roe (D-ME): “The new crossing will serve every island town for decades.”',
        'Harbour Trust CEO Tom Lee: “We are proud to have built the pier in eleven months.”',
        'Resident Carl Moss, 54: “I can reach the mainland in twenty minutes now.”',
      ]).slice(-3),
    ).toEqual([
      { speaker: 'Ana Roe', role: 'Sen.', relay: undefined, quote: 'The new crossing wil' },
      { speaker: 'Tom Lee', role: 'Harbour Trust CEO', relay: undefined, quote: 'We are proud to have' },
      { speaker: 'Carl Moss', role: 'Resident', relay: undefined, quote: 'I can reach the main' },
    ]);
  });

  it('a bare surname of a person the text named is that person', () => {
    expect(
      rows([
        'Harbour Trust economist Dana Whitcombe: “Fares fell by a third.”',
        'Whitcombe: “Traffic on the crossing doubled in April.”',
      ]).map((r) => r.speaker),
    ).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });

  it('the bare name after an outlet’s reporter is the same report, relayed by the outlet', () => {
    expect(
      rows([
        'BBC News’s Dana Whitcombe: “Fares fell by a third.”',
        'Whitcombe: “Traffic on the crossing doubled in April.”',
      ]).map((r) => [r.speaker, r.relay]),
    ).toEqual([
      ['Dana Whitcombe', 'BBC News'],
      ['Dana Whitcombe', 'BBC News'],
    ]);
  });

  it('dates, acronyms, words and topics before a colon name no speaker', () => {
    expect(rows(['May 2021: “The pier will open next spring.”'])).toEqual([]);
    expect(rows(['UPDATE: “The ferry is running again.”'])).toEqual([]);
    expect(rows(['Tides: “High water at noon.”'])).toEqual([]);
    expect(rows(['Warning: “Do not board before the whistle.”'])).toEqual([]);
    // A headline of the same shape has no full stop; the page's own reporters quote their own story.
    expect(rows(['Ana Roe: “We needed that win”', 'The ferry ran late again.'])).toEqual([]);
    expect(rows(['Our Ana Roe and Tom Lee: “Fares rose again in May.”'])).toEqual([]);
  });

  it('names joined after role words speak together, the role words theirs', () => {
    expect(
      rows(['Harbour Trust lawyers Ana Roe and Tom Lee: “The sale was lawful from the first day.”']),
    ).toEqual([
      {
        speaker: 'Ana Roe and Tom Lee',
        role: 'Harbour Trust lawyers',
        relay: undefined,
        quote: 'The sale was lawful ',
      },
    ]);
  });

  it('topic lines after a lead-in that opens on a person are that person’s', () => {
    expect(
      rows([
        'Harbour Minister Nadia Whitcombe then took questions from reporters:',
        'On fares: “Fares will stay where they are until the spring.”',
        'On the pier: “The pier opens in June, as we promised.”',
        'The ferry sails twice a day.',
        'On timetables: “Nobody has told us anything.”',
      ]).map((r) => r.speaker),
    ).toEqual(['Nadia Whitcombe', 'Nadia Whitcombe']);
  });
});

describe('characterising in quoted words', () => {
  it('"smeared X as “…”", "compared X to “…”", "referred to X as “…”", "challenged X to “…”"', () => {
    expect(
      rows([
        'Councillor Ana Roe smeared the harbour board as “a gang of cowards.”',
        'Councillor Tom Lee compared the fare rise to “daylight robbery.”',
        'Mayor Carl Moss referred to the protesters as “hooligans.”',
        'Harbour Minister Nadia Whitcombe challenged the council to “a public debate.”',
      ]).map((r) => r.speaker),
    ).toEqual(['Ana Roe', 'Tom Lee', 'Carl Moss', 'Nadia Whitcombe']);
  });

  it('with no quotation the verbs only compare or name', () => {
    expect(
      rows([
        'The board compared fares to those of last year.',
        'Ana Roe referred to the map before leaving the pier.',
      ]),
    ).toEqual([]);
  });
});
