// "the TSIU said" after "the Track Safety Inquiry Unit": an acronym the article never defines in brackets
// is the one name of three words or more it spells, also a name with no head word the lexicon lists for
// bodies ("Unit", "Consortium"), as the fixtures README's acronym convention has it. Sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('acronyms of names with no head word', () => {
  it('"the TSIU said" is the Track Safety Inquiry Unit the article named', () => {
    expect(
      speakers([
        'The Track Safety Inquiry Unit said the train was going too fast.',
        'The TSIU said in a statement that the brakes had been checked.',
      ]),
    ).toEqual(['Track Safety Inquiry Unit', 'Track Safety Inquiry Unit']);
  });

  it('an acronym no name spells stays as written', () => {
    expect(
      speakers([
        'The Track Safety Inquiry Unit said the train was late.',
        'The NRB said the line would reopen.',
      ]),
    ).toEqual(['Track Safety Inquiry Unit', 'NRB']);
  });
});
