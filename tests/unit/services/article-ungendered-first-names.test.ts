// First names the lexicon tags with no gender ("Sue", "Casey", "Kendall") open a person's name as gendered
// ones do: "Deputy Mayor Sue Dorset" is Sue Dorset, role Deputy Mayor, not a body named after the county,
// and a later "She said" finds her. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('first names with no gender in the lexicon', () => {
  it('a title before the name is the role, the name with a place for surname a person', () => {
    const c = propose(['Deputy Mayor Sue Dorset said the new bridge would open in May.']);
    expect(c[0]!.speaker).toBe('Sue Dorset');
    expect(c[0]!.speakerRole).toBe('Deputy Mayor');
  });

  it('a pronoun after a group speaking finds the person', () => {
    const c = propose([
      'Deputy Mayor Sue Dorset said the new bridge would open in May. But opposition parties said it was late. She said the cost had not risen.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Sue Dorset', 'opposition parties', 'Sue Dorset']);
  });
});
