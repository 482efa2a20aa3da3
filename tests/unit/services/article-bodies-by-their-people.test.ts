// A body named by capitalised words before those who speak for it ("Con Edison officials") is the
// speaker, the people its role; a part of a name the article gives in full widens to it. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('capitalised words before officials or executives', () => {
  it('"Brell Norden officials said": the body speaks, through its officials', () => {
    const c = only(['Brell Norden officials said the pipes would be replaced by June.']);
    expect(c.speaker).toBe('Brell Norden');
    expect(c.speakerRole).toBe('officials');
  });

  it('"Water Safety officials" after "the Department of Water Safety": the name the article gives in full', () => {
    const c = propose([
      'The Department of Water Safety runs the reservoirs.',
      'Water Safety officials said the reservoir was full.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Department of Water Safety');
    expect(c.at(-1)!.speakerRole).toBe('officials');
  });

  it('"Senior Ukrainian officials" stay a group as written', () => {
    expect(only(['Senior Ukrainian officials said the talks had stalled.']).speaker).not.toBe('Ukrainian');
  });
});
