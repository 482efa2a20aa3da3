// "the pair said", "both men expressed", "All three men said": a counted description of people is the last
// that many named people who spoke (within five paragraphs), joined in the order the article first named
// them; fewer people who spoke leave the noun. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a counted description of people', () => {
  it('"The pair said" after two people spoke is the two of them', () => {
    const c = propose([
      'Tomas Reyel and Ines Garrow opened a bakery in March.',
      '"We wanted a place of our own," Ines Garrow said.',
      '"It took two years to find it," Tomas Reyel said.',
      'The pair said they would open a second shop next year.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tomas Reyel and Ines Garrow');
  });

  it('"All three men said" after three men spoke', () => {
    const c = propose([
      'Piet Vanlo, Oskar Drent and Hugo Malsen spoke at the fair.',
      'Piet Vanlo said prices would fall.',
      'Oskar Drent said sales would rise.',
      'Hugo Malsen said buyers were careful.',
      'All three men said the market would recover.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Piet Vanlo, Oskar Drent and Hugo Malsen');
  });

  it('only one person spoke: the noun is kept', () => {
    const c = propose(['Piet Vanlo said prices would fall.', 'Both men said the market would recover.']);
    expect(c.at(-1)!.speaker).not.toContain('Piet Vanlo');
  });
});
