import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

// Decks, captions and teasers are the page around the story: their verbs attribute nothing (the corpus
// README's convention). Sentences written for the test, names invented.
const body = 'The council met on Monday, Mayor Ina Castell said.';

describe('article importer: the page around the story', () => {
  it('reads the deck between the headline and the byline as no claim', () => {
    const found = propose([
      'Pellia trims its outlook for next year',
      '“The hard part is still ahead,” chief planner says',
      'By: Ana Roe, The Pellia Courier',
      body,
    ]);
    expect(found.map((c) => c.speaker)).toEqual(['Ina Castell']);
  });

  it('reads a caption under "Enlarge" or opening on a photo credit as no claim', () => {
    expect(
      propose(['[+] Enlarge', 'Tomas Brek denies that he took money from the club.', body]).map(
        (c) => c.speaker,
      ),
    ).toEqual(['Ina Castell']);
    expect(
      propose(['Dana Wirth/Getty Images Tomas Brek says he will stay another season.', body]).map(
        (c) => c.speaker,
      ),
    ).toEqual(['Ina Castell']);
  });

  it('reads the teasers listed under "More On:" as no claims', () => {
    const found = propose([
      body,
      'More On:',
      'Tomas Brek says he had a head start on the new season',
      'Ina Castell shares photos from the harbour festival',
      'The harbour reopened on Tuesday, officials said.',
    ]);
    expect(found.map((c) => c.speaker)).toHaveLength(2);
    expect(found.map((c) => c.speaker)).not.toContain('Tomas Brek');
  });
});
