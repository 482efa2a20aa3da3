// "Mr Roe, who insists he bears no grudge, said: “…”": a relative clause between the subject and its verb
// that says something of its own is a second claim of the same speaker, given before the main one.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => [c.speaker ?? null, c.cue, c.quote ?? null]);

describe('a relative clause in the subject that says', () => {
  it('"X, who insists …, said: “…”" is two claims of X, the quotation the main one\'s', () => {
    expect(
      claims(['Mr Tovar, who insists he bears no grudge, said: "I have lost two years of my life."']),
    ).toEqual([
      ['Tovar', 'insists', null],
      ['Tovar', 'said', 'I have lost two years of my life.'],
    ]);
  });

  it('"<body>, which says …, said …" is two claims of the body', () => {
    expect(
      claims([
        'Harbor Aid, which says it has worked on the island for a decade, said its teams would set out at dawn.',
      ]).map((c) => c.slice(0, 2)),
    ).toEqual([
      ['Harbor Aid', 'says'],
      ['Harbor Aid', 'said'],
    ]);
  });

  it('a relative clause with no verb of saying, or a main verb that only closes the sentence, is one claim', () => {
    expect(claims(['Ms Ivers, who has run the shelter since 2009, said the beds were full.'])).toHaveLength(
      1,
    );
    expect(
      claims(['The ferry sailed late, the clerk, who said she had seen the crew, told the Harbor Times.']),
    ).toHaveLength(1);
  });
});
