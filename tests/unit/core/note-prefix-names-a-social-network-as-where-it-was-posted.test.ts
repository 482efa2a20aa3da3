import { describe, expect, it } from 'vitest';
import { notePrefix } from '../../../electron/core/citations';

const source = { authors: [], outlet: 'AFP' };

describe('a note’s prefix for words relayed through a social network', () => {
  it('says where they were posted, quote or paraphrase, not “quoted in X”', () => {
    const embassy = { speaker: 'Chinese embassy in Tokyo', relayedBy: 'social media' };
    expect(notePrefix({ ...embassy, quote: '友好' }, source)).toBe(
      'Chinese embassy in Tokyo, posting on social media, cited in ',
    );
    expect(notePrefix(embassy, source)).toBe('Chinese embassy in Tokyo, posting on social media, cited in ');
    expect(
      notePrefix(
        { speaker: 'Nawaf Salam', speakerRole: 'Prime Minister', relayedBy: 'X', quote: 'q' },
        source,
      ),
    ).toBe('Nawaf Salam, Prime Minister, posting on X, cited in ');
  });

  it('keeps “quoted in” and “as reported by” for an outlet', () => {
    const peskov = { speaker: 'Dmitry Peskov', relayedBy: 'Reuters' };
    expect(notePrefix({ ...peskov, quote: 'q' }, source)).toBe('Dmitry Peskov, quoted in Reuters, cited in ');
    expect(notePrefix(peskov, source)).toBe('Dmitry Peskov, as reported by Reuters, cited in ');
    // "X" is a network only as written: an outlet named "x" in lower case is not taken for it.
    expect(notePrefix({ ...peskov, relayedBy: 'x', quote: 'q' }, source)).toBe(
      'Dmitry Peskov, quoted in x, cited in ',
    );
  });
});
