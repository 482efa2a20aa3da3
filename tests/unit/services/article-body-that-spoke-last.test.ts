// "the group said", "the organisation added", "a spokesman said" with no body of that kind named near and
// no sentence opening on a body: the body that spoke last, in the paragraph or the one before, as "it said"
// is; none when the last to speak was a person, or was no body the text names ("Sources within the
// party"), or spoke two paragraphs back. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('the body that spoke last', () => {
  it('"the group said" after a body spoke is that body', () => {
    const c = propose([
      'Membership of hiking clubs fell last year, the Velmont Institute said.',
      'Rising fees were one cause, the group said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Velmont Institute');
  });

  it('"The organisation added" in the next paragraph', () => {
    const c = propose([
      'The Orrin Heritage Trust said on Monday that it had bought the old mill.',
      'The organisation added that the mill would open to visitors in spring.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Orrin Heritage Trust');
  });

  it('"a spokesman said" after a body spoke is that body, the noun the role', () => {
    const c = propose([
      'On Monday, Karvell Steel Group said it would look at a new tender.',
      '"We would study the terms with great interest," a spokesman said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Karvell Steel Group');
    expect(c.at(-1)!.speakerRole).toBe('spokesman');
  });

  it('a person who spoke last: the noun is kept', () => {
    const c = propose([
      'Membership fell, Ana Velt of the Velmont Institute said.',
      'Rising fees were one cause, the group said.',
    ]);
    expect(c.at(-1)!.speaker).not.toBe('Velmont Institute');
  });

  it('a body that spoke two paragraphs back: the noun is kept', () => {
    const c = propose([
      'Membership of hiking clubs fell last year, the Velmont Institute said.',
      'Trails in the north were closed for most of the summer.',
      'Some paths flooded twice in July.',
      'Rising fees were one cause, the group said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('group');
  });
});
