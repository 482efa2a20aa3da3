// A participle of saying after a comma gives the claim when the clause's own verb gives none ("thanked the
// crews on X, writing that …"), as it does with no finite verb at all. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('a participle of saying after a verb that says nothing itself', () => {
  it('"writing that", "posting that", "adding that", "tweeting that"', () => {
    const thanked = only([
      'Senator Ida Vale thanked the firefighters on X, writing that they had “saved the valley”.',
    ]);
    expect(thanked.speaker).toBe('Ida Vale');
    expect(thanked.quote).toBe('saved the valley');
    expect(
      only(['The mayor, Tom Rusk, praised the crews, posting that the roads would reopen by noon.']).speaker,
    ).toBe('Tom Rusk');
    expect(
      only(['Ana Petrova welcomed the ruling in a speech, adding that the court had “done its duty”.'])
        .speaker,
    ).toBe('Ana Petrova');
    expect(
      only(['Coach Dan Merrin congratulated the players, tweeting that they had earned the title.']).speaker,
    ).toBe('Dan Merrin');
  });

  it('"telling them to …", "telling a reporter, “…”"', () => {
    expect(
      only([
        'Coach Dan Merrin gave his players a pep talk on Tuesday, telling them to “believe in yourselves”.',
      ]).speaker,
    ).toBe('Dan Merrin');
    expect(
      only(['Judge Ana Marsh tried to stop the speeches, telling the lawyer to “control your client”.'])
        .speaker,
    ).toBe('Ana Marsh');
  });

  it('a time phrase before the subject is no speaker ("Moments before, the senator …")', () => {
    const c = only([
      'Moments before, Senator Ida Vale used similar words, telling a reporter, “We need a new leader.”',
    ]);
    expect(c.speaker).toBe('Ida Vale');
  });

  it('the same words doing, not saying, give nothing', () => {
    expect(
      propose(['The storm knocked out power to the valley, adding to the misery of the farmers.']),
    ).toHaveLength(0);
    expect(propose(['The vote was a telling sign of the mood in the valley.'])).toHaveLength(0);
    expect(propose(['Ida Vale spent the morning writing letters to the farmers.'])).toHaveLength(0);
  });
});
