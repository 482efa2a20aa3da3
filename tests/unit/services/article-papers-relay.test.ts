// A study, an analysis, an account or an editorial that names no maker passes words on: no speaker, the
// paper the relay (as "the readout said"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const who = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('papers with no maker named relay', () => {
  it('"a preliminary study in mice hints", "a 2019 study warned", "One account reported"', () => {
    expect(
      who([
        'A preliminary study in mice hints that the drug slows the disease.',
        'A 2019 study warned that the lake would dry out within a decade.',
        'One account reported that the driver tried to flee on foot.',
      ]),
    ).toEqual([
      [null, 'study'],
      [null, 'study'],
      [null, 'account'],
    ]);
  });

  it('"according to previous studies", "according to one analysis"', () => {
    expect(
      who([
        'The effect fades after a year, according to previous studies.',
        'Rents rose by a third, according to one analysis.',
      ]),
    ).toEqual([
      [null, 'studies'],
      [null, 'analysis'],
    ]);
  });
});
