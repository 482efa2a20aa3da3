// Frames of attribution beyond "X said", and subject phrases where a role and a name stand side by side,
// each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('frames', () => {
  it('"in the words of X": X speaks, a role before the name is the role', () => {
    expect(
      who(only(['In the words of the fire chief, Nadia Brandt, the blaze “was set on purpose”.'])),
    ).toEqual(['Nadia Brandt', 'fire chief']);
    expect(
      who(only(['The deal is, in the words of union leader Karl Ostrom, “a surrender of the docks”.'])),
    ).toEqual(['Karl Ostrom', 'union leader']);
  });

  it('"according to a statement from X" is X’s', () => {
    expect(
      only(['According to a statement from the Ferry Authority, crossings resume on Friday.']).speaker,
    ).toBe('Ferry Authority');
    expect(only(['According to a statement from police, three men were held overnight.']).speaker).toBe(
      'police',
    );
  });

  it('"according to the role, Name," names the person, the role theirs', () => {
    expect(who(only(['According to the club’s captain, Jonas Weber, the team trained for a year.']))).toEqual(
      ['Jonas Weber', 'club’s captain'],
    );
  });

  it('"X’s statement said": the paper speaks for the body that issued it', () => {
    expect(only(['The clinic’s statement said the boy was in a stable condition.']).speaker).toBe('clinic');
  });

  it('an object relative clause is its own subject’s ("which the Treasury describes as")', () => {
    expect(
      only(['Critics point to the bill, which the Treasury describes as “well within budget”.']).speaker,
    ).toBe('Treasury');
    expect(only(['Neighbours oppose the mall, which the developer says will create 300 jobs.']).speaker).toBe(
      'developer',
    );
  });

  it('verbs that say with a that-clause: reasoned, ruled, charge', () => {
    expect(only(['The council reasoned that the levy was within its powers.']).speaker).toBe('council');
    expect(only(['The appeals court ruled that the ban was unlawful.']).speaker).toBe('appeals court');
    expect(only(['Farm groups charge that the scheme was rushed through.']).speaker).toBe('Farm groups');
    // "ruled out" still refuses in words; findings and charges brought are no claims.
    expect(only(['The minister ruled out any new tax.']).speaker).toBe('minister');
    expect(propose(['The report concluded that the bridge was unsafe.'])).toEqual([]);
    expect(propose(['He was charged with fraud in May.'])).toEqual([]);
  });
});

describe('roles beside names', () => {
  it('"Name, role to the body, said …": the name speaks, whatever follows the verb', () => {
    expect(
      who(only(['Marco Ferri, undersecretary to the transport minister, said the line would open in June.'])),
    ).toEqual(['Marco Ferri', 'undersecretary to the transport minister']);
  });

  it('a two-word place ends before the name ("ambassador to the United States Name")', () => {
    expect(
      who(only(['Ghana’s ambassador to the United States Kwame Mensah said the talks went well.'])),
    ).toEqual(['Kwame Mensah', 'Ghana’s ambassador to the United States']);
  });

  it('"Role Mr. Surname": the surname speaks, the honorific is dropped', () => {
    expect(who(only(['Undersecretary for Health Mr. Conti said the clinics would stay open.']))).toEqual([
      'Conti',
      'Undersecretary for Health',
    ]);
  });

  it('post-nominal letters are no role ("Name, QC, said")', () => {
    expect(who(only(['Defence counsel Ruth Adler, KC, said her client would appeal.']))).toEqual([
      'Ruth Adler',
      'Defence counsel',
    ]);
  });
});

describe('a role with a possessive stands for its holder', () => {
  it('"Ruritania’s deputy foreign minister said" is the person named with that role before', () => {
    const c = propose([
      'Ruritania’s deputy foreign minister Ivan Petrov met the envoy in Geneva on Friday.',
      'Ruritania’s deputy foreign minister said on Saturday the talks had gone well.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Ivan Petrov']);
  });

  it('with no holder named, the description stays the speaker', () => {
    expect(
      only(['Ruritania’s deputy foreign minister said on Saturday the talks had gone well.']).speaker,
    ).toBe('Ruritania’s deputy foreign minister');
  });
});

describe('a possessive before a group', () => {
  it('"his lawyers said": the lawyers speak; "his spokesman said" still speaks for him', () => {
    const c = propose([
      'Omar Example was sentenced in Leeds on Monday.',
      'His lawyers have said that he will appeal.',
      'His spokesman said the family was relieved.',
    ]);
    expect(c.map((x) => [x.speaker, x.speakerRole])).toEqual([
      ['lawyers', undefined],
      ['Omar Example', 'spokesman'],
    ]);
  });
});
