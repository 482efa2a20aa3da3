// Quotations in single marks, as British copy sets them ('It could have been worse,' Roe said): taken where the
// paragraph sets none in double marks; in a paragraph that quotes in double marks, single marks are terms and
// titles. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('quotations in single marks', () => {
  it("a phrase a paraphrase quotes in single marks is the speaker's quote", () => {
    const c = only(["Mayor Ilse Varga said the flood was 'a once-in-a-century event' and urged calm."], {
      model: null,
    });
    expect(c.speaker).toBe('Ilse Varga');
    expect(c.quote).toBe('a once-in-a-century event');
  });

  it('a quotation handed to its tag, then a quotation paragraph of its own', () => {
    const claims = propose(
      [
        "'We kept the bridge open through the night,' Ilse Varga said.",
        "'It could have gone much worse.'",
        'The river fell on Sunday.',
      ],
      { model: null },
    );
    expect(claims.map((c) => c.quote)).toEqual([
      'We kept the bridge open through the night',
      'It could have gone much worse.',
    ]);
    expect(claims[1]?.speaker).toBe('Ilse Varga');
  });

  it('one capitalised word handed to its tag is words, not a title', () => {
    expect(only(["'Remarkable,' Ilse Varga said of the rescue."], { model: null }).quote).toBe('Remarkable');
  });

  it("a plural's possessive inside the quotation does not close it", () => {
    expect(only(["'The players' union will not back down,' Tomas Lind said."], { model: null }).quote).toBe(
      "The players' union will not back down",
    );
  });

  it('in a paragraph that quotes in double marks, single marks are a title', () => {
    expect(
      only(['Developer Kestrel Games called \'Moon Garden\' "a flagship game for the year."'], {
        model: null,
      }).quote,
    ).toBe('a flagship game for the year.');
  });
});
