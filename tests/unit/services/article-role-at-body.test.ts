// "X, <role> at/of <Body>, says": the person speaks, the role keeps the body they serve; sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a role with its body after a name', () => {
  it('"X, equity analyst at Firm, says" names X, not the firm', () => {
    expect(who(only(['Lena Osei, credit analyst at Harrow Partners, says the bonds are cheap.']))).toEqual([
      'Lena Osei',
      'credit analyst at Harrow Partners',
    ]);
  });

  it('a capitalised title and "of" ("CEO of …", "Head of Research at …")', () => {
    expect(who(only(['Piet Vandam, CEO of Northwind, adds that the launch slipped.']))).toEqual([
      'Piet Vandam',
      'CEO of Northwind',
    ]);
    expect(
      who(only(['Ravi Menon, Head of Research at Coral Securities, pointed out that volumes fell.'])),
    ).toEqual(['Ravi Menon', 'Head of Research at Coral Securities']);
  });

  it('a body’s possessive before the role ("the agency’s deputy director of …")', () => {
    const c = only([
      '“We will fly in May,” Ada Brandt, ESA’s deputy director of the Human Spaceflight Directorate, said in the statement.',
    ]);
    expect(who(c)).toEqual(['Ada Brandt', 'ESA’s deputy director of the Human Spaceflight Directorate']);
  });

  it('a body whose name lists its fields with commas stays in the role', () => {
    const c = only([
      'Tom Reyes, senior vice president at Orbital Defense, Space, and Security, said the rocket was ready.',
    ]);
    expect(who(c)).toEqual(['Tom Reyes', 'senior vice president at Orbital Defense, Space, and Security']);
    const d = only([
      '“The wind turned,” Mira Das, an analyst at the Council on Energy, Environment and Water think tank told reporters.',
    ]);
    expect(who(d)).toEqual([
      'Mira Das',
      'analyst at the Council on Energy, Environment and Water think tank',
    ]);
  });

  it('a list of names is not joined into one', () => {
    expect(only(['Smith, Jones and Brown said the deal was done.']).speaker).not.toMatch(/^Smith, /);
  });
});

describe('a capitalised title in the appositive', () => {
  it('"X, Senior Vice President of Sales for Firm, Inc., says" names X', () => {
    const c = only(['Tom Reyes, Senior Vice President of Sales for Larkspur, Inc., says the system works.']);
    expect(who(c)).toEqual(['Tom Reyes', 'Senior Vice President of Sales for Larkspur, Inc.']);
  });
});
