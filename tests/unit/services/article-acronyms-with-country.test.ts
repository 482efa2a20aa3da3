// An acronym defined after a name stands for the name the article gives, a country's letters before the
// spelled part included ("the U.S. Office of Harbor Safety (OHS)"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe("a country's letters before an acronym's name", () => {
  it('"OHS said" is the U.S. Office of Harbor Safety', () => {
    expect(
      propose([
        'The U.S. Office of Harbor Safety (OHS) is reviewing the contracts.',
        'OHS said the ports had been overbilled for years.',
      ]).map((c) => c.speaker),
    ).toEqual(['U.S. Office of Harbor Safety']);
  });
});

describe('an acronym spelling a name with a possessive inside', () => {
  it('"the Marlow County Sheriff\'s Office" … "MCSO said": the office named in full', () => {
    const c = propose([
      'The Marlow County Sheriff’s Office is investigating the theft.',
      'MCSO said a report should have been taken.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Marlow County Sheriff’s Office');
  });
});
