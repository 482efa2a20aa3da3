// Nouns of saying: a claim carried by a noun whose maker is named ("by X", a dated possessive) and whose
// content follows; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (paragraphs: string[]) => propose(paragraphs).map((c) => [c.speaker, c.cue]);

describe('a noun of saying with its maker after "by" or "from"', () => {
  it('"the request by X for …", "Statements by X that …", "Calls from X to …"', () => {
    expect(who(['The request by the mayor’s office for the ferry records was refused.'])).toEqual([
      ['mayor’s office', 'request'],
    ]);
    expect(
      who(['Statements by the Harbour Board that the pier is safe did little to calm residents.']),
    ).toEqual([['Harbour Board', 'statements']]);
    expect(who(['Calls from the Harbour Board to close the pier grew louder.'])).toEqual([
      ['Harbour Board', 'calls'],
    ]);
  });

  it('with no content after the maker it names no claim', () => {
    expect(propose(['The statement by the council was brief.'])).toEqual([]);
    expect(propose(['Calls from residents kept the switchboard busy.'])).toEqual([]);
  });
});

describe('a possessive noun of saying with a date or an occasion', () => {
  it('"Mr. Hale’s Oct. 11 announcement that …" is Hale’s, dated', () => {
    const c = only(['Despite Mr. Hale’s Oct. 11 announcement that the pier would reopen, it stayed shut.'], {
      published: '2024-01-20',
    });
    expect([c.speaker, c.eventDate]).toEqual(['Hale', '2023-10-11']);
  });

  it('"his claim in the same interview that …" is a claim', () => {
    expect(
      propose([
        'Tom Hale spoke to the Dunmore Echo in May.',
        'The photographs contradict his claim in the same interview that the two were not close.',
      ]).map((c) => c.cue),
    ).toContain('claim');
  });
});
