// "promised the state that …", "promises it will …", "revealed she had …", "recommended Ann Roe for the
// job", "recommends calling the desk": promises, revelations and recommendations made in words, with the
// "that" left out or an object before it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('promised, revealed, recommended', () => {
  it('"promised the city that …", "promises it will …"', () => {
    expect(
      speakers([
        'Veltra has now promised the city of Avon that it will cap its fares.',
        'Dana Pike promises she will fix the roads by spring.',
      ]),
    ).toEqual(['Veltra', 'Dana Pike']);
  });

  it('"revealed she had …" with no "that"', () => {
    expect(speakers(['Mira Holt revealed she had left the band in March.'])).toEqual(['Mira Holt']);
  });

  it('"recommended Ann Roe for the job", "recommends calling the desk"', () => {
    expect(
      speakers([
        'Tom Reyes recommended Ann Roe for the job in a letter to the board.',
        'Paul Vick recommends calling the front desk at once.',
      ]),
    ).toEqual(['Tom Reyes', 'Paul Vick']);
  });

  it('a finding that reveals a thing, and "promised land", say nothing', () => {
    expect(
      propose(['The search revealed a gun under the seat.', 'They walked on toward the promised land.']),
    ).toHaveLength(0);
  });
});
