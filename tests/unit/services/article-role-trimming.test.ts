// A role is what the speaker is, not what the sentence goes on to say of them: a relative clause, the
// body's own description, a party and state, a clause word the subject ran over; sentences written for
// the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a role stops where the description of the person does', () => {
  it('"a professor who has written …": the relative clause is no part of the role', () => {
    const c = only([
      '“The bridge will hold,” said Mara Lindqvist, a Halden University engineer who has studied it for years.',
    ]);
    expect(c.speaker).toBe('Mara Lindqvist');
    expect(c.speakerRole).toBe('Halden University engineer');
  });

  it('"director for Wellspring Aid, a Geneva-based relief group": the body\'s description is the body\'s', () => {
    const c = only([
      '“Supplies are short,” said Teo Varga, country director for Wellspring Aid, a Geneva-based relief group.',
    ]);
    expect(c.speakerRole).toBe('country director for Wellspring Aid');
  });

  it('"Senator Ana Roe, a Vermont Democrat": the party and state are no role', () => {
    const c = only(['“The money is gone,” said Senator Ana Roe, a Vermont Democrat.']);
    expect(c.speaker).toBe('Ana Roe');
    expect(c.speakerRole).toBe('Senator');
  });

  it('"…, as he sets down his cup": a clause of the moment is no role', () => {
    const c = only([
      "“We built it twice,” admits Piet Kroon, the studio's head of design, as he sets down his cup.",
    ]);
    expect(c.speakerRole).toBe("studio's head of design");
  });

  it('"in what coach Dan Bright called …": the clause word is no part of the role', () => {
    const c = only(['The team lost in what coach Dan Bright called “a long afternoon.”']);
    expect(c.speaker).toBe('Dan Bright');
    expect(c.speakerRole).toBe('coach');
  });

  it('"Ivo Ruml, another resident, said": "another" is no part of the role', () => {
    const c = only(['Ivo Ruml, another resident, said the water had risen overnight.']);
    expect(c.speakerRole).toBe('resident');
  });

  it('"said Professor Ana Roe, a scholar at Halden University": the appositive\'s role, not the title before', () => {
    const c = only(['“It will pass,” said Professor Ana Roe, a scholar of elections at Halden University.']);
    expect(c.speakerRole).toBe('scholar of elections at Halden University');
  });

  it('"Rep. Ana Roe, D-Md., the top Democrat on …": the state is no role either', () => {
    const c = only([
      '“It is a scare tactic,” added Rep. Ana Roe, Md., the top Democrat on the oversight panel.',
    ]);
    expect(c.speakerRole).toBe('top Democrat on the oversight panel');
  });
});
