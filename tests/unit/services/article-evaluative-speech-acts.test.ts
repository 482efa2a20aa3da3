// Evaluative speech acts the labels count as claims (session 14's convention), each held to the object
// that makes it one: "branded X a Y", "attacked X as Y" / "over his …", "paid tribute to". Invented sentences.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('evaluative speech acts with their objects', () => {
  it('"has branded the scheme a waste of money"', () => {
    const c = only(['Party spokesman Tom Ardel has branded the identity scheme a waste of money.'], {
      model: null,
    });
    expect(c.speaker).toBe('Tom Ardel');
  });

  it('"attacked the plan as …" and "attacked Roe over his …"', () => {
    expect(
      only(['Senator Ana Vell attacked the budget as a gift to the rich.'], { model: null }).speaker,
    ).toBe('Ana Vell');
    expect(only(['Mayor Ana Vell attacked Roe over his record on housing.'], { model: null }).speaker).toBe(
      'Ana Vell',
    );
  });

  it('"paid tribute to"', () => {
    expect(only(['Mr Ardel also paid tribute to the rescue teams.'], { model: null }).speaker).toBe('Ardel');
  });

  it('the same verbs doing other things say nothing', () => {
    for (const s of [
      'The shop sells branded goods at a discount.',
      'Rebels attacked the town over the weekend.',
      'The firm paid 20 million to settle the case.',
    ])
      expect(propose([s], { model: null }), s).toHaveLength(0);
  });
});
