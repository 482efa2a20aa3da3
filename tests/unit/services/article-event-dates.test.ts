// Event dates of attributed claims against the publication date, one test per pattern, on sentences
// written for the test: which date in a sentence is the claim's, and which dates something else.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

/** Published on a Sunday: weekdays fall in the week before. */
const PUBLISHED = '2025-02-23';
const dateOf = (text: string, published = PUBLISHED) => {
  const c = proposeCandidates(text, 'text', { published }).candidates;
  expect(c, text).toHaveLength(1);
  return c[0]?.eventDate ?? null;
};

describe('the claim’s own date', () => {
  it('resolves weekdays, "yesterday" and "last week" against the publication date', () => {
    expect(dateOf('The minister said on Wednesday the border would reopen.')).toBe('2025-02-19');
    expect(dateOf('Speaking to reporters on Tuesday, Ms Lind said the deal was close.')).toBe('2025-02-18');
    expect(dateOf('The ministry said yesterday it would appeal.')).toBe('2025-02-22');
    expect(dateOf('The union said last week that talks had stalled.')).toBe('2025-02-16');
  });

  it('keeps a date after a verb that needs no object ("declined to comment on Tuesday")', () => {
    expect(dateOf('The company said it declined to comment on Tuesday.')).toBe('2025-02-18');
  });

  it('takes the date the verb carries before a date inside what was said', () => {
    expect(
      dateOf(
        'Arrivals after 4am on Saturday must isolate for 14 days, Transport Secretary Ana Lind said on Thursday.',
      ),
    ).toBe('2025-02-20');
    expect(dateOf('The fuel will be loaded on March 21, officials said Friday.')).toBe('2025-02-21');
    expect(dateOf('The fuel will be loaded on March 21, officials told reporters late Friday.')).toBe(
      '2025-02-21',
    );
    expect(dateOf('Ms Lind on Tuesday said the vote would be held on Saturday.')).toBe('2025-02-18');
    // Not a date the verb carries: a possessive, or a verb with none (the content's date stands).
    expect(dateOf('The fuel was loaded on Wednesday, officials said at Friday’s briefing.')).toBe(
      '2025-02-21',
    );
    expect(dateOf('The fuel was loaded on Wednesday, officials said.')).toBe('2025-02-19');
  });

  it('keeps the date of a sentence whose subject is two names ("Smith and Jones said")', () => {
    expect(dateOf('On Friday, Alan Smith and Beth Jones said the talks had failed.')).toBe('2025-02-21');
  });
});

describe('dates of something else', () => {
  it('skips the date line a pasted page opens its paragraph with', () => {
    expect(
      dateOf(
        'Thursday, May 7, 2015 On Tuesday, the city council announced a review of its parks.',
        '2015-05-07',
      ),
    ).toBe('2015-05-05');
  });

  it('skips the date of a clause of its own before "and" and the speaker', () => {
    expect(dateOf('The broadcasts began on February 10 and the army says they will go on.')).toBeNull();
  });

  it('skips the date of what the speaker told someone else to do', () => {
    expect(dateOf('Several agencies told employees not to list their work in the last week.')).toBeNull();
    expect(dateOf('The agency urged residents to stay indoors on Friday.')).toBeNull();
  });

  it('skips the date in a clause about what is yet to come ("after it joins … on April 1, it will …")', () => {
    expect(
      dateOf(
        'The group has said that after it joins the treaty on April 1, it will press charges against the firm.',
      ),
    ).toBeNull();
  });
});

describe('a relative clause after the speaker dates what it tells of them', () => {
  it('"…,” said X, who will testify Thursday.": no date; "X, who said Monday …": Monday', () => {
    const c = proposeCandidates(
      [
        '“We asked who had ordered it,” said Ana Roe, who will testify Thursday.',
        'Tom Hale, who said Monday that the bridge was safe, left the city.',
      ].join('\n\n'),
      'text',
      { published: '2019-11-20' },
    ).candidates;
    expect(c.map((x) => x.eventDate)).toEqual([undefined, '2019-11-18']);
  });
});

describe('a date of what is planned', () => {
  it('"a scheduled Dec. 15 tariff", "talks set for Friday": no date of the claim', () => {
    const c = proposeCandidates(
      [
        'Officials said the deal would cancel a scheduled Dec. 15 tariff.',
        'The ministry said talks set for Friday would go ahead.',
        'The ministry said on Monday that talks would go ahead.',
      ].join('\n\n'),
      'text',
      { published: '2019-11-20' },
    ).candidates;
    expect(c.map((x) => x.eventDate)).toEqual([undefined, undefined, '2019-11-18']);
  });
});

describe('dates told from the day of publication, and spans bounded by "since"', () => {
  it('"this morning", "tonight" are the day of publication, "last night" the day before', () => {
    expect(dateOf('This morning, however, the ministry said the ferries would run.')).toBe('2025-02-23');
    expect(dateOf('The mayor said last night that the roads were clear.')).toBe('2025-02-22');
  });

  it('"published this morning" stamps a paper, not the words', () => {
    expect(
      dateOf('In an interview with the Ledger published this morning, Ann Roe said the plan had failed.'),
    ).toBe(null);
  });

  it('a date inside a "since …" clause bounds a span; the verb of saying keeps its own date', () => {
    expect(
      dateOf(
        'More than a million people have applied since the office began taking claims late on Friday evening, the mayor said on Wednesday.',
      ),
    ).toBe('2025-02-19');
  });
});

describe('the "that" of the claim’s own verb, past its hearers and place (session 14)', () => {
  it('"told reporters at a news conference that officials began … Tuesday" is dated Tuesday', () => {
    expect(
      dateOf(
        'Police Chief Ana Roe told reporters at a news conference that officials began receiving calls Tuesday afternoon.',
      ),
    ).toBe('2025-02-18');
  });

  it('"said backstage that no-one could predict what might happen on Feb. 9" is not dated', () => {
    expect(
      dateOf(
        'Director Ana Roe said backstage that no-one could predict what might happen at the gala on Feb. 9.',
      ),
    ).toBe(null);
  });

  it('a "that" clause of another noun still dates something else', () => {
    expect(dateOf('Ana Roe said the flight that went missing on Tuesday had been found.')).toBe(null);
  });
});

describe('a date of something else before the claim’s own', () => {
  it('a relative clause before an inverted frame yields to the frame’s own date', () => {
    expect(
      dateOf(
        'Guards beat the strikers, who had walked out over pay on 15 February, said the Harbour Union on Thursday, February 20.',
      ),
    ).toBe('2025-02-20');
  });

  it('an opening "In addition to …" phrase yields to the claim verb’s own date', () => {
    expect(
      dateOf(
        'In addition to its order of ten ferries Wednesday, the company announced a new route on Monday.',
      ),
    ).toBe('2025-02-17');
  });

  it('with no date of the claim’s own, the opening phrase’s date stands', () => {
    expect(
      dateOf(
        'In addition to the three deaths at the pier on Tuesday, the harbour board said ten people were hurt.',
      ),
    ).toBe('2025-02-18');
  });
});

describe('a date owned by the noun of an "after …" clause', () => {
  it('dates the event the clause is about, not the claim', () => {
    expect(dateOf('Goalkeeper Ana Roe said she received threats after the Harbour FC’s Feb. 9 loss.')).toBe(
      null,
    );
    expect(dateOf('The mayor said the pier would close before Friday’s vote.')).toBe(null);
    expect(dateOf('The mayor said on Thursday the pier would close after the storm.')).toBe('2025-02-20');
  });
});

describe('a weekday’s event where the words were said', () => {
  it('"said at Tuesday’s hearing", "said of Saturday’s march" date the claim', () => {
    expect(dateOf('“The pier must close,” Ana Roe said at Tuesday’s hearing.')).toBe('2025-02-18');
    expect(dateOf('“This was not just a ferry march,” Roe said of Saturday’s event.')).toBe('2025-02-22');
  });
});

describe('a weekday’s possessive the claim is about (session 17)', () => {
  it('with no other date, "said Friday’s closures …", "condemned Wednesday’s attack" date the claim', () => {
    expect(dateOf('Ana Roe said Friday’s closures affected six piers.')).toBe('2025-02-21');
    expect(dateOf('Harbour master Tom Lee condemned Wednesday’s collision, saying crews were tired.')).toBe(
      '2025-02-19',
    );
    expect(dateOf('Thursday’s toll rise reflects higher costs, the ferry operator said.')).toBe('2025-02-20');
  });

  it('another date in the unit wins; a possessive inside a phrase about something else dates nothing', () => {
    expect(dateOf('Ana Roe weighed in on Thursday’s vote on Monday, saying it was rushed.')).toBe(
      '2025-02-17',
    );
    expect(
      dateOf('His win in Tuesday’s election keeps in place a mayor who has vowed to close the pier.'),
    ).toBe(null);
  });
});

describe('words said after an event the sentence before dated', () => {
  it('"said after the game" after "after Friday night’s loss" is dated that Friday', () => {
    const c = proposeCandidates(
      'Coach Ana Roe knows the playoff hopes are slim after Friday night’s loss to the Gulls.\n\nRoe said after the game that the team had to win the next three.',
      'text',
      { published: PUBLISHED },
    ).candidates;
    expect(c).toHaveLength(1);
    expect(c[0]?.eventDate).toBe('2025-02-21');
  });
  it('with no dated event before, no date', () => {
    expect(dateOf('Coach Ana Roe said after the game that the team had to win the next three.')).toBe(null);
  });
});

describe('dates that name or bound something else (session 17)', () => {
  it('"USA TODAY", "the Today show": "Today" capitalised inside a sentence is a name', () => {
    expect(dateOf('Experts on ferry safety told USA TODAY that the pier was unsafe.')).toBe(null);
    expect(dateOf('Ana Roe told NBC’s Today show the pier was unsafe.')).toBe(null);
    expect(dateOf('Today, Ana Roe said the pier was unsafe.')).toBe('2025-02-23');
  });

  it('"yesterday’s incident" dates its noun; "the quarter ended Sept. 29" bounds a period', () => {
    expect(dateOf('Asked about yesterday’s incident, Ana Roe said there was no link.')).toBe(null);
    expect(dateOf('The ferry firm reported a loss of $3 million in the quarter ended Sept. 29.')).toBe(null);
  });

  it('"between X and Y": neither bound is the event', () => {
    expect(
      dateOf(
        'The charge, which accuses him of theft between Nov. 28, 2024, and Jan. 12, 2025, was read out.',
      ),
    ).toBe(null);
  });

  it('"a trip scheduled for last Wednesday" is a plan’s date', () => {
    expect(dateOf('Ana Roe said she had cancelled her trip to Dunmore scheduled for last Wednesday.')).toBe(
      null,
    );
  });

  it('a clause closed by ", but" before the subject dates its own event', () => {
    expect(
      dateOf(
        'The toll drew ridicule across Dunmore on Monday, but Ana Roe cited the anger as proof that it worked.',
      ),
    ).toBe(null);
  });
});

describe('holidays and "asked by reporters Friday" (session 17)', () => {
  it('"On Thanksgiving", "on Christmas Eve" resolve to the last such day before publication', () => {
    expect(
      dateOf('On Thanksgiving, Sheriff Ana Roe released a statement condemning the protest.', '2024-12-02'),
    ).toBe('2024-11-28');
    expect(dateOf('Ana Roe said on Christmas Eve that the pier would reopen.', '2025-01-03')).toBe(
      '2024-12-24',
    );
  });

  it('a holiday that qualifies a noun is no date ("Christmas shopping")', () => {
    expect(dateOf('Ana Roe said Christmas shopping was slow.', '2025-01-03')).toBe(null);
  });

  it('"asked by reporters Friday" is dated: "by" bounds a time only before it ("by next Friday")', () => {
    expect(dateOf('When Ana Roe was asked by reporters Friday about the pier, she denied the reports.')).toBe(
      '2025-02-21',
    );
    expect(dateOf('Ana Roe said the pier would close by next Friday.')).toBe(null);
  });
});
