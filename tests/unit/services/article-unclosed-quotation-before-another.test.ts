// A straight quotation mark left unclosed: the next straight mark shaped to open (a space before it, a word
// after it) is not its close. In one-line copy (paragraphs run together) the quotation before it ends at a
// finished sentence and the narration after is narration again, a claim of its own. Sentences written for
// the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { quoteSpans, segment } from '../../../electron/services/import/article/segmentation';
import { propose } from '../../helpers/article-candidates';

const spans = (text: string) => quoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('quoteSpans: a mark shaped to open inside an unclosed quotation', () => {
  it('narration leading into the new quotation: the first ends with its sentence', () => {
    expect(
      spans(
        'Inspectors said the ferry left at a "speed far above the harbour limit. Crew members also said it was "reckless".',
      ),
    ).toEqual(['speed far above the harbour limit.', 'reckless']);
  });

  it('a stray mark shaped to close opens nothing past its first sentence', () => {
    expect(
      spans(
        'He called it "a mess" for everyone". The board meets on Friday. Its chair urged "patience" in a letter.',
      ),
      // The stray mark after "everyone", shaped to close with nothing open, opens nothing: the narration
      // after it is outside any quotation.
    ).toEqual(['a mess', 'patience']);
  });

  it('a caption run in between two paragraphs of one quotation: the quotation goes on after it', () => {
    expect(
      spans(
        'Ms Vane said: "The roof fell in. We ran for the door. Firefighters at the scene "Nobody was hurt."',
      ),
    ).toEqual(['The roof fell in. We ran for the door.', 'Nobody was hurt.']);
  });

  it('a photo credit between two paragraphs of one quotation', () => {
    expect(spans('Ms Vane said: "The roof fell in. (Photo: Harbour Press) "Nobody was hurt."')).toEqual([
      'The roof fell in.',
      'Nobody was hurt.',
    ]);
  });

  it('with no finished sentence before it, a quotation inside the quotation in the same marks stays in it', () => {
    expect(spans('"We will wait and "see" what happens," he said.')).toEqual([
      'We will wait and "see" what happens,',
    ]);
  });
});

describe('segment and claims: the narration after the unclosed quotation is a sentence of its own', () => {
  const text =
    'Inspectors said the ferry left at a "speed far above the harbour limit. Crew members also said it was "reckless". The captain was questioned on Monday.';

  it('the sentence ends with the unclosed quotation', () => {
    expect(segment([text]).map((u) => u.text)).toEqual([
      'Inspectors said the ferry left at a "speed far above the harbour limit.',
      'Crew members also said it was "reckless".',
      'The captain was questioned on Monday.',
    ]);
  });

  it('both claims are proposed, each with its own quotation', () => {
    const claims = propose(['Ferry inquiry opens', text], { model: null });
    expect(claims.map((c) => [c.speaker, c.quote ?? null])).toEqual([
      ['Inspectors', 'speed far above the harbour limit.'],
      ['Crew members', 'reckless'],
    ]);
  });
});
