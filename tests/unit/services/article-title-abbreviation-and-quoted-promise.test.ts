// "the Rev. Ana Roe says …": a clergy title's full stop ends no sentence; "has promised to “go after” the
// firm": a promise whose words are quoted. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('abbreviated titles and quoted promises', () => {
  it('"But the Rev. Tomas Vell says …" is one sentence, his claim', () => {
    const c = only(['But the Rev. Tomas Vell says the criticism of the young activists is misplaced.'], {
      model: null,
    });
    expect(c.speaker).toBe('Tomas Vell');
  });

  it('"Msgr. Ana Roe" too', () => {
    expect(only(['Msgr. Tomas Vell said the parish would reopen in May.'], { model: null }).speaker).toBe(
      'Tomas Vell',
    );
  });

  it('"has promised to “go after” the firm"', () => {
    const c = only(['Prime Minister Ana Roe has promised to "go after" the contractor if it fails again.'], {
      model: null,
    });
    expect(c.speaker).toBe('Ana Roe');
    expect(c.quote).toBe('go after');
  });
});
