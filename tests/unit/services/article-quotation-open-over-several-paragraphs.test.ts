// A quotation left open at the end of each of several paragraphs (no closing mark, the next paragraph opening
// with a mark again) is one quotation and one claim however many paragraphs it runs over, and whether the
// paragraph before was the claim's own or one already taken into it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => ({
    locator: c.locator,
    speaker: c.speaker,
    quote: c.quote,
  }));

describe('a quotation open over several paragraphs', () => {
  it('"X said: “A.” / “B.” / “C.” / “D.”" with no closing mark until the last: one claim', () => {
    const c = rows([
      'Bridge closure',
      'Harbour engineer Ines Varga said: "The cables have lost a fifth of their strength since spring.',
      '"We cannot let lorries across until every anchor has been tested.',
      '"The ferries will run an extra crossing each hour in the meantime.',
      '"Nobody will be stranded on either bank."',
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]?.speaker).toBe('Ines Varga');
    expect(c[0]?.quote).toContain('Nobody will be stranded on either bank.');
  });

  it('a quotation split by its tag and left open goes on into the next paragraph', () => {
    const c = rows([
      'Orchard frost',
      '"Half the blossom went in one night," fruit grower Malik Osei said. "The pears are worse than the apples.',
      '"We will know by June whether any fruit has set."',
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]?.speaker).toBe('Malik Osei');
    expect(c[0]?.quote).toContain('We will know by June whether any fruit has set.');
  });

  it('the speaker of the quotation run on stays near: "He said …" after it is theirs', () => {
    const c = rows([
      'Orchard frost',
      'Fruit grower Malik Osei said: "Half the blossom went in one night.',
      '"The pears are worse than the apples.',
      '"We will know by June whether any fruit has set."',
      'He said the co-operative would buy in fruit from the south if the harvest failed.',
    ]);
    expect(c.map((x) => [x.locator, x.speaker])).toEqual([
      ['para. 1', 'Malik Osei'],
      ['para. 4', 'Malik Osei'],
    ]);
  });

  it('a paragraph read as going on only through a mismatched mark, opening with no mark, is not taken in', () => {
    const c = rows([
      'Orchard frost',
      'Fruit grower Malik Osei said: "Half the blossom went in one night.',
      '"The pears are worse than the apples,\u2019 he said.',
      'He pointed out that the orchard supplies three cider makers, who need "a steady crop every year".',
    ]);
    expect(c.some((x) => x.locator === 'para. 3')).toBe(true);
  });
});
