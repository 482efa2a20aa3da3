// A paper or written word named by its owner's possessive ("Zapco's guidelines indicate", "Dara Venn's
// letter said", "Venn's order asserts") speaks for its owner, named as the article names them (the fixtures
// README: a report that "said" is its issuer's). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { ownerOfPaper } from '../../../electron/services/import/article/possessed-papers';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('papers of their owner', () => {
  it('"Zapco\'s guidelines indicate" is Zapco', () => {
    expect(
      speakers([
        'Zapco pulled the app on Friday.',
        'Zapco\'s guidelines indicate that "apps must be safe."',
      ]).at(-1),
    ).toBe('Zapco');
  });

  it('"Venn\'s order asserts" is the person named in full before', () => {
    expect(
      speakers([
        'Governor Dara Venn signed the order on Monday.',
        "Venn's order asserts that the plan is lawful.",
      ]).at(-1),
    ).toBe('Dara Venn');
  });

  it('only a paper or written word: "Venn\'s allies", "Venn\'s car" are no paper', () => {
    expect(ownerOfPaper("Venn's allies")).toBeUndefined();
    expect(ownerOfPaper("Venn's car")).toBeUndefined();
    expect(ownerOfPaper("Dara Venn's executive order")).toBe('Dara Venn');
  });
});
