// Where a person is from, given after the name with "of" or "from" and a state or country ("Eddie Vale,
// 40, of Opelika, Alabama, who …, said"), is one place: no part of its own, no name, no role. Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a hometown with its state after the name', () => {
  it('before the verb, a relative clause after it: the person speaks, not "Alabama"', () => {
    const c = only([
      'Eddie Vale, 40, of Opelika, Alabama, who has a part-time job, said better jobs are not coming back.',
    ]);
    expect(c.speaker).toBe('Eddie Vale');
  });

  it('after an inverted verb: the person, no role', () => {
    const c = only(['“Jobs are gone,” said Eddie Vale, 40, from Dothan, Alabama.']);
    expect([c.speaker, c.speakerRole]).toEqual(['Eddie Vale', undefined]);
  });

  it('an employer after "of" is still the role', () => {
    const c = only(['“Jobs are gone,” said Eddie Vale, chief economist of Vale Partners.']);
    expect(c.speakerRole).toBe('chief economist of Vale Partners');
  });
});
