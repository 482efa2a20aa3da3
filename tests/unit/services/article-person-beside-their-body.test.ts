// A person named with their side or body in apposition (session 27, engine S): "Ann Roe, of the nurses'
// union, said" is Ann Roe, not the union; a body's possessive and a long role ("Acme's senior vice
// president responsible for …") describe the name before them. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a person and the body they speak from', () => {
  it('"Name, of the body, said" is the person', () => {
    expect(speakers(['Anna Roberts, of the nurses’ union, said the plan was unfair.'])).toEqual([
      'Anna Roberts',
    ]);
  });

  it('"Name, from the league, said" and "Name, for the Greens, said" are the person', () => {
    expect(
      speakers([
        'Paul Hale, from the league, said the vote was close.',
        'Sarah Gold, for the Greens, said the budget failed.',
      ]),
    ).toEqual(['Paul Hale', 'Sarah Gold']);
  });

  it('a sentence put first on "For the Greens," still speaks through the name after it', () => {
    expect(speakers(['For the Greens, Sarah Gold said the budget failed.'])).toEqual(['Sarah Gold']);
  });

  it('a body’s possessive and a long role after a name are the role, not the speaker', () => {
    expect(
      speakers([
        'Rita Cole, Acme’s Europe president and head of sales, said demand was strong.',
        'Tom Reid, Acme’s senior vice president responsible for exploration, said oil was scarce.',
      ]),
    ).toEqual(['Rita Cole', 'Tom Reid']);
  });
});
