// "Addressing the crowd one woman said", "At one point a man shouted": a short fronted phrase run into an
// unnamed subject without a comma; the indefinite article opens the subject, and what stands before it is
// no part of the speaker. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a fronted phrase before an unnamed subject, no comma between', () => {
  it('"Addressing the crowd one woman said": the woman', () => {
    const c = only(['Addressing the crowd one woman said: “We will not give up this park.”']);
    expect(c.speaker).toBe('woman');
  });

  it('"a spokesman for a charity said" keeps its article after the preposition', () => {
    const c = only(['A spokesman for a charity said the shelter was full.']);
    expect(c.speaker).not.toBe('charity');
  });
});
