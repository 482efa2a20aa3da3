// A quotation left open at a paragraph's end continues in the next paragraph only where that paragraph holds a
// quotation mark of its own (the close, or the next opening); a paragraph with none is narration, the closing
// mark having been dropped. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs, { outlet: 'The Valley Herald', model: null }).map((c) => [
    c.speaker,
    c.relayedBy ?? null,
  ]);

describe('a quotation never closed before a paragraph of narration', () => {
  it('does not swallow the next speaker', () => {
    expect(
      claims([
        'Flood in the valley',
        '"The water came in so fast," said Maria Lopez, a nurse at the clinic. "We lost everything in an hour.',
        'Tomas Berg, a farmer near the river, said he moved his cattle to the hills before dawn.',
        '"The bridge was already gone," he told the Valley Radio station.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['Maria Lopez', 'Tomas Berg', 'Tomas Berg']);
  });
});
