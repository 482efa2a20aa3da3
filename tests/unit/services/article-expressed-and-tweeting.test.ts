// Verbs of saying held to their frames: "expressed" with any stance or feeling as its object ("expressed
// his deepest condolences on the radio", "expressed outrage and sympathy in an interview"), and "writing",
// "posting", "tweeting" after a comma with a colon before the words. Sentences written for the test, none
// from the corpus.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (sentence: string) =>
  propose(['Storm in Dunmore', 'A storm flooded the harbour of Dunmore on Sunday.', sentence], {
    model: null,
  }).map((c) => c.speaker);

describe('"expressed" + a stance or a feeling', () => {
  it.each([
    'Mayor Ann Roe expressed her deepest condolences on the radio.',
    'Mayor Ann Roe expressed outrage and sympathy in an interview with a local station.',
    'Mayor Ann Roe also expressed joy over the rescue of the crew.',
  ])('%s', (sentence) => expect(claims(sentence)).toEqual(['Ann Roe']));

  it('"expressed her condolences." with nothing after it says nothing to cite', () => {
    expect(claims('Mayor Ann Roe expressed her condolences.')).toEqual([]);
  });
});

describe('", tweeting: “…”" after another verb', () => {
  it('the club’s words are its claim', () => {
    const [claim] = propose(
      [
        'Storm in Dunmore',
        'Dunmore Rovers also sent sympathy to those affected, tweeting: "Our thoughts are with everyone in the harbour."',
      ],
      { model: null },
    );
    expect([claim?.speaker, claim?.quote]).toEqual([
      'Dunmore Rovers',
      'Our thoughts are with everyone in the harbour.',
    ]);
  });

  it('"tweeting photos" says nothing', () => {
    expect(
      propose(['Storm in Dunmore', 'Residents walked the sea wall, tweeting photos of the waves.'], {
        model: null,
      }),
    ).toEqual([]);
  });
});
