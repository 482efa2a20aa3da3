// "the company", "the firm" with no body of that kind named in full and no business the lead is about: the
// one business the sentence or the one or two before it name (nearest first), named more than once in the
// article; none when two are named there or none is (the noun is kept: an empty guess is better than a wrong
// one). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('the company named in view', () => {
  it('"The company said" right after a sentence naming one business is that business', () => {
    const c = propose([
      'Tessary sells garden tools in twelve countries.',
      'Regulators fined Tessary on Monday over a faulty mower. The company said it would appeal.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Tessary');
  });

  it('"the firm said" in the sentence that names the business before it', () => {
    const c = propose([
      'Dorvanix makes parts for trains.',
      'Dorvanix earned more than expected in the spring, the firm said on Tuesday.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Dorvanix');
  });

  it('two businesses named in view: the noun as written', () => {
    const c = propose([
      'Tessary sued Dorvanix last year, and Dorvanix sued Tessary back.',
      'Tessary lost the first round to Dorvanix in court. The company said it would appeal.',
    ]);
    expect(c.at(-1)!.speaker).toBe('company');
  });

  it('a business named once in passing is not taken for the company', () => {
    const c = propose(['Investors sold shares of Tessary on Monday. The company said it would appeal.']);
    expect(c.at(-1)!.speaker).toBe('company');
  });

  it('a person named in view is no company', () => {
    const c = propose([
      'Maria Ostrova founded a bakery chain. Maria Ostrova was fined on Monday.',
      'Inspectors fined Ostrova again. The company said it would appeal.',
    ]);
    expect(c.at(-1)!.speaker).toBe('company');
  });

  it('a product’s number is no company', () => {
    const c = propose([
      'The T-90 mower was recalled. Owners of the T-90 complained.',
      'Owners returned the T-90 on Monday. The company said it would pay them back.',
    ]);
    expect(c.at(-1)!.speaker).toBe('company');
  });

  it('a definite noun of another kind of body is not replaced by the business', () => {
    const c = propose([
      'Tessary sells garden tools in twelve countries.',
      'Regulators fined Tessary on Monday. The ministry said the fine was fair.',
    ]);
    expect(c.at(-1)!.speaker).toBe('ministry');
  });

  it('"She said" after a business alone is no one (a pronoun stands only for a person)', () => {
    const c = propose([
      'Tessary sells garden tools in twelve countries.',
      'Regulators fined Tessary on Monday. She said the fine was unfair.',
    ]);
    expect(c.at(-1)?.speaker ?? null).not.toBe('Tessary');
  });
});
