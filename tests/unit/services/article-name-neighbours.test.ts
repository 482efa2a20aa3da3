// Words next to a name that are neither name nor role: a party and state in commas ("R-Neb."), a country
// the name follows ("ambassador to Britain Liu Xiaming"); sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a party and state between commas', () => {
  it('"Sen. Ana Ruiz, D-Calif., said" names her, the title her role', () => {
    expect(who(only(['Sen. Ana Ruiz, D-Calif., said the bill was dead.']))).toEqual(['Ana Ruiz', 'Sen.']);
    expect(who(only(['Rep. Tom Vance, R-Ohio, said the vote was a disgrace.']))).toEqual([
      'Tom Vance',
      'Rep.',
    ]);
  });
});

describe('a country before the name', () => {
  it('"China’s ambassador to Britain Wei Lan" is Wei Lan, the country in the role', () => {
    expect(who(only(['China’s ambassador to Britain Wei Lan said the talks would go on.']))).toEqual([
      'Wei Lan',
      'China’s ambassador to Britain',
    ]);
  });
});

describe('a word in capitals before a name', () => {
  it('"Rams QB Caleb Moore", "ESPN NFL Insider Dana Kirk": the name starts at the first name', () => {
    expect(who(only(['Rams QB Caleb Moore said the fight was over.']))).toEqual(['Caleb Moore', 'Rams QB']);
    expect(who(only(['ESPN NFL Insider Dana Kirk said the suspension would stand.']))).toEqual([
      'Dana Kirk',
      'ESPN NFL Insider',
    ]);
  });

  it('initials with stops are the name ("J.C. Chandor")', () => {
    expect(only(['J.C. Chandor said the film was done.']).speaker).toBe('J.C. Chandor');
  });
});

describe('a clause before the subject', () => {
  it('"Oil fell after sources told Reuters": the sources, not the clause', () => {
    expect(only(['Oil fell after sources told Reuters that supply was high.']).speaker).toBe('sources');
    expect(only(['Stocks rose after analysts said the worst was over.']).speaker).toBe('analysts');
  });
});
