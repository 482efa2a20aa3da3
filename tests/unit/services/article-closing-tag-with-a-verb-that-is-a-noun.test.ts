// A verb of saying that is as often a noun ("reports", "notes", "states", "estimates") closing the unit as
// the tag of the clause before its comma is the verb: "…, the Harbour Trust notes." says what the clause
// says. So do "concluded" and "ruled" there ("…, the appeals panel concluded."), which elsewhere find or decide.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (sentence: string) => propose([sentence], { model: null });

describe('a closing tag whose verb is also a noun', () => {
  it('reads "…, the Harbour Trust notes on its site." as the trust\'s claim', () => {
    const found = claims('Seals can dive for twenty minutes at a time, the Harbour Trust notes on its site.');
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker).toBe('Harbour Trust');
  });

  it('reads a name before "states" and a plural before "state"', () => {
    expect(claims('The ferry will run twice a day from May, the Coast Board states.')).toHaveLength(1);
    expect(claims('Two pumps failed during the storm, the inspection papers state.')).toHaveLength(1);
  });

  it('reads the subject after the verb: "…, reports the growers league."', () => {
    const found = claims('Apple harvests fell by a fifth this autumn, reports the growers league.');
    expect(found).toHaveLength(1);
  });

  it('leaves a clause with an object, or a noun after an article, alone', () => {
    expect(claims('After loading the page, the widget shows a sticky note in the corner.')).toHaveLength(0);
    expect(claims('Storms hit the coast on Monday, including Dorset, a popular holiday state.')).toHaveLength(
      0,
    );
    expect(claims('The ferry runs twice a day, which the Coast Board reports.')).toHaveLength(0);
  });
});

describe('a closing tag whose verb finds or decides', () => {
  it('reads "…, the appeals panel concluded." and "…, the tribunal has ruled." as claims', () => {
    const concluded = claims(
      'The harbour fees were set without any consultation, the appeals panel concluded.',
    );
    expect(concluded).toHaveLength(1);
    expect(concluded[0]?.speaker).toBe('appeals panel');
    expect(claims('The landlord broke the tenancy rules, the housing tribunal has ruled.')).toHaveLength(1);
  });

  it('leaves "concluded its review" and "ruled the province" alone', () => {
    expect(claims('The panel concluded its review of the fees in May.')).toHaveLength(0);
    expect(claims('The family ruled the province for a century.')).toHaveLength(0);
  });
});
