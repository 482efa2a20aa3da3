// "A generic noun named next" (the fixtures README, settled in session 21): an unnamed speaker ("One
// economist said …") whom the next sentence or paragraph names, opening on a person's full name given
// there for the first time, is that person, the noun the role; one named only later, a body's name, or a
// person named before keeps the noun. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claimsOf = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('a generic noun named next', () => {
  it('"One economist said" then "Dustin Harrow, a fellow at …, said" is Dustin Harrow', () => {
    expect(
      claimsOf([
        'One economist said he believed the talks had reached an end point.',
        'Dustin Harrow, a fellow at the Lantern Institute, said the aim was a calm handover.',
      ])[0],
    ).toEqual(['Dustin Harrow', 'economist']);
  });

  it('a body named next is no one: the noun stays', () => {
    expect(
      claimsOf([
        '"Nobody is coming any more," one local reporter said.',
        'Harbor Charities says it sees only two families a week.',
      ])[0],
    ).toEqual(['local reporter', null]);
  });

  it('a person named before is no one named next: the noun stays', () => {
    expect(
      claimsOf([
        'Dustin Harrow met the envoy on Monday.',
        'One economist said the talks had stalled.',
        'Dustin Harrow said the aim was a calm handover.',
      ])[0],
    ).toEqual(['economist', null]);
  });
});
