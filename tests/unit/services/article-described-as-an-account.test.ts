// "described the video", "described how the fire spread", "have described feeling unsafe": an account given
// in words, with the object the active verb needs; the bare participle ("a man described as tall") has none.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('described, an account in words', () => {
  it('a plain object', () => {
    const c = only(['Inspector Hana Dahl described the scene at the warehouse in detail.'], { model: null });
    expect(c.speaker).toBe('Hana Dahl');
  });

  it('a how-clause', () => {
    const c = only(['Oskar Brenn described how the water reached the second floor within minutes.'], {
      model: null,
    });
    expect(c.speaker).toBe('Oskar Brenn');
  });

  it('a gerund, in the perfect', () => {
    expect(
      propose(['Several nurses have described feeling unsafe on the night shift.'], { model: null }),
    ).toHaveLength(1);
  });

  it('an object and nothing after it gives no content', () => {
    expect(propose(['Nurse Ida Holm described the ward.'], { model: null })).toHaveLength(0);
  });

  it('the bare participle has no describer', () => {
    expect(propose(['The suspect, described as tall, fled on foot.'], { model: null })).toHaveLength(0);
  });
});
