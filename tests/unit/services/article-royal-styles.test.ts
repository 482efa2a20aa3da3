// A royal style with a given name and no surname ("Prince Edmund", "Queen Adela") is how the press names a
// royal: "Edmund said" later is "Prince Edmund", and the style is no role beside the name. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('royal styles', () => {
  it('"Edmund said" after "Prince Edmund" is Prince Edmund', () => {
    expect(
      claims([
        'Prince Edmund gave a long interview to the network on Saturday.',
        'Edmund said he had never met the banker.',
      ]),
    ).toEqual([['Prince Edmund', null]]);
  });

  it('"Prince Edmund told …" keeps the style in the name, not in the role', () => {
    expect(claims(['Prince Edmund told friends the interview went well.'])).toEqual([
      ['Prince Edmund', null],
    ]);
  });

  it('a name with no style is widened as before', () => {
    expect(claims(['Olaf Berg runs the bakery.', 'Berg said the ovens failed twice that week.'])).toEqual([
      ['Olaf Berg', null],
    ]);
  });
});
