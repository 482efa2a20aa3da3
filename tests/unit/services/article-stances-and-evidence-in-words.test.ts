// A stance or evidence given in words with a plain object: "welcomed the decision" (as "praised", the
// labels' convention), "pointed to the sale as …" (evidence cited), "promised a crackdown" (a promise's
// content as a noun). Each is held to the objects that make it a saying.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('welcomed a move', () => {
  it('a decision welcomed is a stance', () => {
    const c = only(['The Harrow Tenants Union welcomed the decision to freeze rents.'], { model: null });
    expect(c.speaker).toBe('Harrow Tenants Union');
  });

  it('in the perfect, with "efforts"', () => {
    expect(
      propose(['Local farmers have welcomed efforts to restore the canal.'], { model: null }),
    ).toHaveLength(1);
  });

  it('guests welcomed are no words', () => {
    expect(propose(['The Orlov family welcomed guests from six countries.'], { model: null })).toHaveLength(
      0,
    );
  });
});

describe('pointed to evidence', () => {
  it('a named example', () => {
    const c = only(['Mira Kessel pointed to Portugal, where the reform cut waiting times.'], { model: null });
    expect(c.speaker).toBe('Mira Kessel');
  });

  it('a plural group pointing to a trend', () => {
    expect(propose(['Economists pointed to rising wages in the south.'], { model: null })).toHaveLength(1);
  });

  it('a gesture says nothing', () => {
    expect(propose(['Tara Wolfe pointed to the door and left.'], { model: null })).toHaveLength(0);
  });
});

describe('promised a thing', () => {
  it('a promise with an indefinite object', () => {
    const c = only(['Governor Ellis Brandt promised a review of every contract.'], { model: null });
    expect(c.speaker).toBe('Ellis Brandt');
  });

  it('"more" and a comparative', () => {
    expect(
      propose(['The airline has also promised stricter checks on its fleet.'], { model: null }),
    ).toHaveLength(1);
  });
});
