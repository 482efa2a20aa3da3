// Where the subject phrase is cut: the person's name, not the organisation or place before it, each on
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a name after the organisation or place it belongs to', () => {
  it('"<role> of the <Body> <Name>" names the person, the body goes to the role', () => {
    expect(who(only(['Head of the Harbour Council Ilse Marten said the quay would reopen in May.']))).toEqual(
      ['Ilse Marten', 'Head of the Harbour Council'],
    );
    expect(
      who(only(['Spokeswoman for the Center on Housing Affairs Rita Olsen said rents had doubled.'])),
    ).toEqual(['Rita Olsen', 'Spokeswoman for the Center on Housing Affairs']);
  });

  it('a surname later resolves to the name cut from its place', () => {
    const c = propose([
      'A nurse at University of Ohio Columbus Dana Pruitt saw the queue form before dawn.',
      'Pruitt said the ward had run out of beds by noon.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Dana Pruitt']);
  });
});

describe('coordinated speakers', () => {
  it('"A and B contend" names both, each in full', () => {
    const c = propose([
      'Pia Lund and Omar Haddad run the port authority together.',
      'Lund and Haddad contend that the harbour is too small for cruise ships.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Pia Lund and Omar Haddad']);
  });

  it('two bodies coordinated speak together, with no role taken from the first', () => {
    const c = only(['Both the Ferry Authority and the Port Police have insisted that the boat was safe.']);
    expect(who(c)).toEqual(['Ferry Authority and the Port Police', undefined]);
  });
});

describe('a paper named as the subject relays', () => {
  it('"The Harbor Times noted …" has no speaker; the paper is the relay', () => {
    const c = only(['The Harbor Times noted that the ferry had been late all week.']);
    expect([c.speaker, c.relayedBy]).toEqual([undefined, 'Harbor Times']);
  });

  it('a person whose surname looks like a paper stays the speaker', () => {
    expect(only(['Sarah Post noted that the ferry had been late all week.']).speaker).toBe('Sarah Post');
  });
});

describe('datelines', () => {
  it('a dateline of a place in several words ("Los Angeles — ") is no subject', () => {
    const c = only([
      'Los Angeles — Former Vice President Ana Reyes spoke at the gala on Saturday, calling the charity a pillar of the city.',
    ]);
    expect(c.speaker).toBe('Ana Reyes');
  });

  it('"San Francisco, California — " is stripped as well', () => {
    expect(
      only(['San Francisco, California — Harbour chief Lena Ortiz said the pier would reopen in June.'])
        .speaker,
    ).toBe('Lena Ortiz');
  });
});

describe('adjuncts before and inside the subject', () => {
  it('an opening participle clause ("Calling …, she …") is no name', () => {
    const c = propose([
      'Jane Okafor, councillor',
      'The veteran councillor spoke last on Tuesday. Calling Harbourton a "failing town", she said the council had gone too far.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Jane Okafor']);
  });

  it('"X, for her part, hailed …" keeps X as the subject', () => {
    expect(only(['Minister Ana Reis, for her part, hailed the talks as "useful".']).speaker).toBe('Ana Reis');
  });
});

describe('adverbs before the verb', () => {
  it('"he quietly uttered" resolves "he", the adverb no part of the subject', () => {
    const c = propose([
      'Tomas Berg stood up when the verdict was read.',
      '"I am innocent," he quietly uttered.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Tomas Berg']);
  });
});

describe('an opening participle is no name', () => {
  it('"Blaming Ruritania’s decline …, she" makes no person "Blaming Ruritania" for "she" to reach', () => {
    const c = propose([
      'Dana Example, former Ruritanian finance minister',
      'The former minister spoke for the third year running. Calling Ruritania a “broken state”, she called for new elections.',
      '“We want our country back,” she said to applause.',
      'Blaming Ruritania’s decline on the central bank, she urged a referendum.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Dana Example', 'Dana Example', 'Dana Example']);
  });

  it('a surname that ends in "-ing" still ends a name', () => {
    expect(only(['A lawyer for the family, Helen Fielding, said the ruling was wrong.']).speaker).toBe(
      'Helen Fielding',
    );
  });
});

describe('what a subject is not: a role to come, a trade, an adverb, a day', () => {
  it('"President-elect <Name>", "Minister-designate <Name>": the name speaks, the role is kept', () => {
    expect(who(only(['President-elect Ana Ruiz vowed to cut taxes on bread.']))).toEqual([
      'Ana Ruiz',
      'President-elect',
    ]);
    expect(who(only(['Minister-designate Karl Bode said the budget would wait.']))).toEqual([
      'Karl Bode',
      'Minister-designate',
    ]);
  });

  it('"Realtor <Name>" and later "Realtor <Surname>": the trade is the role, the name the full one', () => {
    expect(
      propose([
        'Realtor Jane Okafor said prices were falling.',
        'Realtor Okafor said sellers should wait.',
      ]).map(who),
    ).toEqual([
      ['Jane Okafor', 'Realtor'],
      ['Jane Okafor', 'Realtor'],
    ]);
  });

  it('"<Name> more recently has said": the adverb is no part of the name', () => {
    expect(only(['Mayor Tom Brandt more recently has said he has an open mind.']).speaker).toBe('Tom Brandt');
  });

  it('"Yesterday, the Post reported": the day is no speaker; the outlet relays', () => {
    const c = only(['Yesterday, the Daily Ledger reported that the talks had failed.']);
    expect([c.speaker, c.relayedBy]).toEqual([undefined, 'Daily Ledger']);
  });
});

describe('unnamed people described by what they know', () => {
  it.each([
    ['People close to Mr. Brandt insisted that he would run again.', 'People close to Mr. Brandt'],
    ['People familiar with his thinking said he was tired.', 'People familiar with his thinking'],
    ['Two sources with knowledge of the talks said a deal was near.', 'sources with knowledge of the talks'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
});

describe('openings and clauses that are no part of the subject', () => {
  it('"Perhaps X has said": the adverb is no name', () => {
    expect(only(['Perhaps Mayor Tom Brandt has said as much already.']).speaker).toBe('Tom Brandt');
  });

  it('"The report, released in response to a records request, affirms that …": the participle clause is no speaker', () => {
    const c = only([
      'The report, released in response to a records request, affirms that the staff acted quickly.',
    ]);
    expect([c.speaker, c.relayedBy]).toEqual([undefined, 'report']);
  });

  it('"In March the Harbour Board forecast …": an opening time with no comma is no part of the subject', () => {
    expect(only(['In March the Harbour Board forecast traffic growth of 4 percent.']).speaker).toBe(
      'Harbour Board',
    );
    expect(only(['Two weeks ago the ferry union warned that fares would rise.']).speaker).toBe('ferry union');
    expect(only(['In 2019 the Dunmore council announced a new toll.']).speaker).toBe('Dunmore council');
  });
});

describe('"his attorney", "her father": a relative or a lawyer speaks in their own voice', () => {
  it.each([
    ['Jon Ruiz was arrested on Monday. His attorney said he received no warning.', 'attorney'],
    ['Ana Ruiz was hurt in the blast, according to her father.', 'father'],
  ])('%s', (text, speaker) => {
    expect(only([text]).speaker).toBe(speaker);
  });

  it('"his attorneys" stay a group as before; "his spokesman" still speaks for him', () => {
    expect(only(['Jon Ruiz was charged. His attorneys said he would plead not guilty.']).speaker).toBe(
      'attorneys',
    );
    expect(only(['Mayor Jon Ruiz was absent. His spokesman said he was ill.']).speaker).toBe('Jon Ruiz');
  });
});

describe('a body and a title before a person (session 14)', () => {
  it.each([
    [
      'American Federation of Harbour Workers President J. Ana Roe Jr. warned against the cuts.',
      'J. Ana Roe Jr.',
      'American Federation of Harbour Workers President',
    ],
    [
      'National Council of Teachers Chairman Tom Berg said the test was unfair.',
      'Tom Berg',
      'National Council of Teachers Chairman',
    ],
    [
      'Civil Defense Authority director General Suleiman al-Amr said the fire was out.',
      'Suleiman al-Amr',
      'Civil Defense Authority director General',
    ],
  ])('%s', (sentence, speaker, role) => {
    const c = only([sentence]);
    expect([c.speaker, c.speakerRole]).toEqual([speaker, role]);
  });

  it('a body named with "of" and no person after it still speaks whole', () => {
    expect(only(['The Inspector General for Veterans Affairs said the audit was late.']).speaker).toBe(
      'Inspector General for Veterans Affairs',
    );
  });
});

describe('subjects around an adverb, a clause opener, a relative clause (session 17)', () => {
  it('"X has since said": "since" after the auxiliary is an adverb', () => {
    expect(only(['Tom Hale has since said that the pier would reopen.']).speaker).toBe('Tom Hale');
  });

  it('"This came after police said …": a speaker noun with no plural "s" opens the clause’s subject', () => {
    expect(only(['This came after police said the protesters had left the pier.']).speaker).toBe('police');
  });

  it('"said Ana Roe who is the harbour master": the relative clause with no comma is no part of the name', () => {
    expect(only(['“The pier will reopen,” said Ana Roe who is the harbour master.']).speaker).toBe('Ana Roe');
  });
});
