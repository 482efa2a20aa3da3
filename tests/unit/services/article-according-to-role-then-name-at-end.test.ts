// "…, according to her uncle, Tom Kell." — a role, then the name in apposition ending the sentence: the name
// speaks and the role is theirs, as when a comma follows the name. Sentences written for the test (invented
// names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('"according to" a role, then a name that ends the sentence', () => {
  it('the name speaks, the role is theirs; "He said" next is the same person', () => {
    const c = propose(
      [
        'Among the injured was a teacher, Ana Roe, 41, of Leeds, according to her uncle, Tom Kellan. He said she had been at dinner.',
      ],
      { model: null },
    );
    expect(c.map((x) => [x.speaker, x.speakerRole ?? null])).toEqual([
      ['Tom Kellan', 'uncle'],
      ['Tom Kellan', null],
    ]);
  });

  it('with a comma after the name, as before', () => {
    const c = propose(['The man was freed on Monday, according to his lawyer, Jim Pellow, who met him.'], {
      model: null,
    });
    expect([c[0]?.speaker, c[0]?.speakerRole]).toEqual(['Jim Pellow', 'lawyer']);
  });
});
