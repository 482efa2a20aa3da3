// The speaker's span (session 26, engine A): the right speaker, its words as the labels give them. A
// paper's issuer named inside its phrase speaks ("an annual Harlow Institute report"); counts before a
// group are no part of it ("Nearly six in 10 Kent voters"); an official of no named body is the whole
// phrase ("a law enforcement official"); unnamed people described after their noun keep the description
// ("Experts on prison reform"). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

const speaker = (sentence: string) => only([sentence], { model: null }).speaker;

describe('a paper names its issuer', () => {
  it('"an annual X report", "a X in Y statement", "her X biography" are X', () => {
    expect(speaker('Crime fell by a third, according to an annual Harlow Institute report.')).toBe(
      'Harlow Institute',
    );
    expect(speaker('The nurses were sent home, according to a Friends in Need statement.')).toBe(
      'Friends in Need',
    );
    expect(speaker('According to her NASA biography, Lane first flew in 1991.')).toBe('NASA');
    expect(
      speaker("That's according to an annual Harlow Institute report that says the number of groups fell."),
    ).toBe('Harlow Institute');
    expect(speaker('Rents rose 4%, according to the current Brightline forecast.')).toBe('Brightline');
  });

  it('a paper "by" its issuer, with a date or a time between', () => {
    expect(
      speaker('According to a March 3 press release by the Coastal Fisheries Agency, the quota was cut.'),
    ).toBe('Coastal Fisheries Agency');
    expect(
      speaker(
        'The stadium lost $2 million, according to a report issued last year by the Office of the City Auditor.',
      ),
    ).toBe('Office of the City Auditor');
    expect(speaker('Spending rose 12%, according to 2019 figures provided by Tarrow Analytics.')).toBe(
      'Tarrow Analytics',
    );
  });

  it('a message or an email whose issuer heads its subject', () => {
    expect(speaker('The Northern Front message warned that more attacks would follow.')).toBe(
      'Northern Front',
    );
    expect(
      speaker('Staff were told to stay home, according to the Pilots Guild email seen by Reuters.'),
    ).toBe('Pilots Guild');
  });
});

describe('counts before a group are no part of it', () => {
  it('amounts, "other", "many", "at least one", an ordinal', () => {
    expect(speaker('Nearly six in 10 Kent voters said they backed the plan.')).toBe('Kent voters');
    expect(speaker('Just under three-quarters of respondents said they wanted change.')).toBe('respondents');
    expect(speaker('Other public sector unions have said they will strike.')).toBe('public sector unions');
    expect(speaker('But many EU leaders have said the plan is too costly.')).toBe('EU leaders');
    expect(speaker('At least one Danish minister described the plan as reckless.')).toBe('Danish minister');
    expect(speaker('The plan is dead, a second person briefed on the talks said.')).toBe(
      'person briefed on the talks',
    );
  });
});

describe('an official of no named body', () => {
  it('is the whole phrase; a ministry or a named body still speaks', () => {
    expect(speaker('The fund will run dry, a federal pension official said.')).toBe(
      'federal pension official',
    );
    expect(speaker('The man was armed, a law enforcement official said.')).toBe('law enforcement official');
    const c = only(['The talks failed, a foreign trade ministry official said.'], { model: null });
    expect(c.speaker).toBe('foreign trade ministry');
    expect(c.speakerRole).toBe('official');
  });
});

describe('unnamed people described after their noun', () => {
  it('keep the description, not the place or the name inside it', () => {
    expect(speaker('Experts on prison reform told reporters that the rule was wrong.')).toBe(
      'Experts on prison reform',
    );
    expect(speaker('Health officials in Tikal said 20 people died.')).toBe('Health officials in Tikal');
    expect(speaker('Backers of the levy say that it helps small farms.')).toBe('Backers of the levy');
    expect(speaker('Residents of Mosul told reporters the city was calm.')).toBe('Residents of Mosul');
    expect(speaker('Still, scholars of Byzantium say he never visited.')).toBe('scholars of Byzantium');
  });

  it('a representative of a body named speaks for the body; a group of people is the people', () => {
    const c = only(['A spokesman for the ministry said the talks were over.'], { model: null });
    expect(c.speaker).toBe('ministry');
    expect(speaker('According to a group of parents, the school was closed.')).toBe('parents');
  });
});
