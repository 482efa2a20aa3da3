// A surname written alone is given a gender by the text ("Varga said he …", "Varga herself"): no full name
// of the other gender that shares it is that person ("Ilona Varga", named later as someone's wife, is no
// "Varga said he"); with none left the surname stays as written. Of two full names that share it, the one
// of that gender. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('a surname alone, of the gender the text gives it', () => {
  it('"President Varga said he …" is no "Ilona Varga" named later', () => {
    const got = speakers([
      'Varga meets the new mayor',
      'President Varga said he and the mayor had a useful meeting on Thursday.',
      'Varga said his first task was to settle the budget.',
      'Later, Varga said he would visit the flooded towns.',
      'His wife, Ilona Varga, toured a school in the capital.',
    ]);
    expect(got).not.toContain('Ilona Varga');
    expect(got.filter((s) => s === 'Varga').length).toBeGreaterThanOrEqual(2);
  });

  it('"Varga herself" makes a later "Varga said" the woman of two sharing the surname', () => {
    expect(
      speakers([
        'Varga campaigns in the north',
        'Marta Varga spoke to voters in the capital, while her husband, former minister Peter Varga, applauded.',
        'Neither her aides nor Varga herself explained the delay.',
        'Varga has said the decision was a mistake.',
      ]).at(-1),
    ).toBe('Marta Varga');
  });
});
