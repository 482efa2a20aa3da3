// The speaker's name alone, without what the subject phrase took in around it: a phrase of time or place
// after the name ("said Ana Roe ahead of the final", "the Harbour Authority in its ruling"), an adverb
// ("Roe overall praised …"), a sentence's opening word ("What Roe said"), letters after the name ("Ana Roe
// QC"); unnamed people and where they are ("insiders in key states") stay one description. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('name boundaries', () => {
  it('a phrase of time after the name is cut', () => {
    const c = propose(['"We are ready," said Tomas Reld ahead of the 12 March final.']);
    expect(c.at(-1)!.speaker).toBe('Tomas Reld');
  });

  it('a phrase of place after a body is cut', () => {
    const c = propose(['The ferry was seized, according to the Harbour Authority as part of the inquiry.']);
    expect(c.at(-1)!.speaker).toBe('Harbour Authority');
  });

  it('an adverb after the surname is cut', () => {
    const c = propose([
      'Lawyer Marta Quell argued the case for the city.',
      'Quell overall praised the court for its speed.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Marta Quell');
  });

  it('unnamed people and where they are stay one description', () => {
    const c = propose(['Party insiders in key early states said the vote was close.']);
    expect(c.at(-1)!.speaker).toMatch(/in key early states$/);
  });

  it('a date after a body\'s name is no part of it, and "the school" reaches a university', () => {
    const c = propose([
      'The student left the University of Valdoro Norte on June 10 after a hearing.',
      'The university said Monday that it kept no records of the hearing.',
      'School officials said they had warned the police.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['University of Valdoro Norte', 'University of Valdoro Norte']);
  });

  it('"the club" is the football club named before', () => {
    const c = propose([
      'Harwick United was sold to an American investor on Monday.',
      'Fans protested outside the ground after the club confirmed the sale.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Harwick United');
  });
});
