// A relative clause whose relative word is the object of its own verb of saying ("…, which the union says
// it cannot accept", "whom she described as …", "what the mayor called a disgrace") names its own speaker:
// that speaker's claim, and a second claim of the sentence when the main clause says something too. Names
// and sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('an object relative clause of saying', () => {
  it('is a second claim after the main one, with its own speaker', () => {
    const cs = propose(['Ana Vell said the bridge would reopen in May, which the contractor denies.'], {
      model: null,
    });
    expect(cs.map((c) => c.speaker)).toEqual(['Ana Vell', 'contractor']);
  });

  it('is a claim of its own subject when the main clause says nothing ("which analysts said …")', () => {
    expect(
      only(['The refinery lost $8m, which analysts said could double next year.'], { model: null }).speaker,
    ).toBe('analysts');
  });

  it('reads a verb that needs its object with the relative word as that object ("whom … described as")', () => {
    expect(
      only(['The council hired a new planner, whom the mayor described as "a safe pair of hands".'], {
        model: null,
      }).speaker,
    ).toBe('mayor');
  });

  it('takes the subject after "what" ("at what Dorland Police called …")', () => {
    expect(
      only(['Two men were arrested at what Dorland Police called an unlicensed street race.'], {
        model: null,
      }).speaker,
    ).toBe('Dorland Police');
  });
});
