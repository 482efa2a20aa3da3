// A quotation over several paragraphs opens each paragraph with a mark and closes only at its end. Text
// whose paragraphs were run together into one line keeps those marks: `… we will. "Then we …` goes on with
// the quotation already open rather than closing it. Sentences written for the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { quoteSpans, segment } from '../../../electron/services/import/article/segmentation';
import { propose } from '../../helpers/article-candidates';

const spans = (text: string) => quoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('quoteSpans: an opening mark after a finished sentence inside a quotation', () => {
  it.each([
    [
      'Keane said: "The shelves are full. "The wing opens in May."',
      ['The shelves are full.', 'The wing opens in May.'],
    ],
    [
      'Keane said: “The shelves are full. “The wing opens in May.”',
      ['The shelves are full.', 'The wing opens in May.'],
    ],
    ['"Are we ready? "We are," she said.', ['Are we ready?', 'We are,']],
  ])('%s', (text, expected) => expect(spans(text)).toEqual(expected));

  it('a closed quotation and a new one are two quotations as before', () => {
    expect(spans('She called it "reckless." "We will fight," she said.')).toEqual([
      'reckless.',
      'We will fight,',
    ]);
  });

  it('a mark with a space after it closes, as before', () => {
    expect(spans('He added, "The rate stays. " Reserves are ample.')).toEqual(['The rate stays. ']);
  });

  it("a quotation inside the quotation, in the same straight marks, stays in it (session 19: words quoted inside a quotation are the speaker's)", () => {
    expect(spans('"We will wait and "see" what happens," he said.')).toEqual([
      'We will wait and "see" what happens,',
    ]);
  });
});

describe('segment: the run-together quotation is one unit and ends where its last mark closes', () => {
  it('the sentence after the closing mark is a unit of its own, quoting nothing', () => {
    const units = segment([
      'Keane said: "The shelves are full. "The wing opens in May." The council met on Monday.',
    ]);
    expect(units.map((u) => u.text)).toEqual([
      'Keane said: "The shelves are full. "The wing opens in May."',
      'The council met on Monday.',
    ]);
    expect(units[1]?.quotes).toEqual([]);
  });

  it('a unit of run-together quotation alone is quotation alone', () => {
    const units = segment(['"It rained," Keane said. "The roads flooded. "The bus did not come."']);
    expect(units.map((u) => [u.text, u.isQuoteOnly])).toEqual([
      ['"It rained," Keane said.', false],
      ['"The roads flooded. "The bus did not come."', true],
    ]);
  });

  it('the next paragraph is not taken for a quotation left open', () => {
    const units = segment([
      'Keane said: "The shelves are full. "The wing opens in May."',
      'The council met on Monday.',
    ]);
    expect(units.map((u) => u.isQuoteOnly)).toEqual([false, false]);
  });
});

describe('the claim: every piece of the run-together quotation is its speaker’s', () => {
  const OPENING = 'Orla Keane, the chief librarian of Dunmore, opened the new wing on Saturday.';

  it('"X said: "A. "B."": one claim quoting A and B', () => {
    const claims = propose([
      OPENING,
      'Keane said: "We waited nine years. "Every school in the county will use it." The wing cost £2m.',
    ]);
    expect(claims.map((c) => [c.speaker, c.quote ?? null])).toEqual([
      ['Orla Keane', 'We waited nine years. … Every school in the county will use it.'],
    ]);
  });

  it('""A," X said. "B. "C."": the words after the verb go on with the same claim', () => {
    const claims = propose([
      OPENING,
      '"We waited nine years," Keane said. "Every school will use it. "The county paid for half of it."',
    ]);
    expect(claims.map((c) => [c.speaker, c.quote ?? null])).toEqual([
      ['Orla Keane', 'We waited nine years … Every school will use it. … The county paid for half of it.'],
    ]);
  });
});
