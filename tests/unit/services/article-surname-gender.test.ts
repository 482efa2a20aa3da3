// A one-word name is mostly a surname: that it is also a first name of the other gender ("Graham",
// "Omar") does not keep it from the full name the article gave; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a surname that is also a first name', () => {
  it('"Graham said she …" after "Julie Graham" is Julie Graham', () => {
    const c = propose([
      'The campaign did not appeal to Julie Graham, a public information officer.',
      'Graham said she once faced a backlash over a poster.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Julie Graham');
  });

  it('"she" later still reaches her', () => {
    const c = propose([
      'Rep. Ilhan Omar asked for compassion, Omar said in a letter.',
      'She added that the defendant must be taught love.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Ilhan Omar', 'Ilhan Omar']);
  });

  it('an honorific still tells the gender ("Mr. Graham" is not Julie Graham)', () => {
    const c = propose(['Julie Graham runs the office.', 'Mr. Graham said the plan was sound.']);
    expect(c.at(-1)!.speaker).not.toBe('Julie Graham');
  });
});
