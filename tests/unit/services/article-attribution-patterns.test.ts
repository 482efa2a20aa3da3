// One test per kind of failure issue 13 lists, each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';
import { eventDate } from '../../../electron/services/import/article/dates';
import { segment, stripDateline } from '../../../electron/services/import/article/segmentation';

const who = (c: { speaker?: string; speakerRole?: string; relayedBy?: string }) => [
  c.speaker,
  c.speakerRole,
  c.relayedBy,
];

describe('organisations and acronyms speak', () => {
  it('reads an acronym that is also an English word as the body, not the pronoun', () => {
    expect(only(['The WHO says the outbreak in the east is contained.']).speaker).toBe('WHO');
    expect(only(['Rather, the WHO says the risk to travellers remains low.']).speaker).toBe('WHO');
    expect(only(['NATO said its air patrols would continue.']).speaker).toBe('NATO');
    expect(only(['The IRS said refunds would be delayed.']).speaker).toBe('IRS');
  });

  it('keeps bodies named with "the" as speakers', () => {
    expect(only(['The EU said the tariffs broke trade rules.']).speaker).toBe('EU');
    expect(only(['The Kremlin said the call had been constructive.']).speaker).toBe('Kremlin');
    expect(only(['The State Department said the embassy would stay open.']).speaker).toBe('State Department');
  });

  it('"the company said" names the company the article is about when it has named one', () => {
    const c = propose([
      'Northwind Traders, a shipping firm based in Ohio, lost two vessels in the storm.',
      'The company said both crews were safe.',
    ]);
    expect(c).toHaveLength(1);
    expect(c[0]?.speaker).toBe('company');
  });
});

describe('speaker, role, relay and date each in their own field', () => {
  it('"…, a ministry spokesperson Anna Example said on Friday (Feb 25), saying …"', () => {
    const c = only(
      [
        'The border would reopen next month, a ministry spokesperson Anna Example said on Friday (Feb 25), saying that checks would be kept.',
      ],
      { published: '2022-02-26' },
    );
    expect(who(c)).toEqual(['Anna Example', 'ministry spokesperson', undefined]);
    expect(c.eventDate).toBe('2022-02-25');
  });

  it('splits role words from names', () => {
    expect(who(only(['Spokesperson Jane Doe said the vote would go ahead.']))).toEqual([
      'Jane Doe',
      'Spokesperson',
      undefined,
    ]);
    expect(who(only(['Foreign Minister Ivan Petrov said the talks had failed.']))).toEqual([
      'Ivan Petrov',
      'Foreign Minister',
      undefined,
    ]);
    expect(who(only(['Executive John Smith said profits would fall.']))).toEqual([
      'John Smith',
      'Executive',
      undefined,
    ]);
    expect(who(only(["The party's co-founder, U Example, said the boycott would continue."]))).toEqual([
      'U Example',
      "party's co-founder",
      undefined,
    ]);
  });
});

describe('pronouns resolve to compatible people only, or to no one', () => {
  it('never resolves "he" to a place named before', () => {
    const c = propose([
      'The firm is registered at 12 Main Street, Columbus, Ohio.',
      'He said the accounts had been audited.',
    ]);
    expect(c[0]?.speaker).toBeUndefined();
  });

  it('agrees in gender where the text shows it, and leaves the speaker empty rather than guess', () => {
    const twoPeople = propose([
      'Mr Peter Grant chaired the meeting. Mrs Helen Ward presented the budget.',
      'She had said the deficit would shrink.',
    ]);
    expect(twoPeople[0]?.speaker).toBe('Helen Ward');
    const noWoman = propose([
      'Mr Peter Grant chaired the meeting.',
      'She had said the deficit would shrink.',
    ]);
    expect(noWoman[0]?.speaker).toBeUndefined();
  });

  it('resolves a surname to the full name given earlier', () => {
    const c = propose([
      'Olena Kovalenko, the regional governor, visited the site.',
      'Kovalenko said the bridge would be rebuilt.',
    ]);
    expect(c.at(-1)?.speaker).toBe('Olena Kovalenko');
  });
});

describe('datelines and quotations', () => {
  it('strips a dateline, keeping the bracketed agency out of the role and the statement', () => {
    expect(stripDateline('GENEVA (Reuters) - A U.N. envoy, Jan Example, said aid had stalled.')).toBe(
      'A U.N. envoy, Jan Example, said aid had stalled.',
    );
    expect(stripDateline('GREEN BAY, Wis. -- Here we go again.')).toBe('Here we go again.');
    expect(stripDateline('The WHO - the UN health agency - said so.')).toBe(
      'The WHO - the UN health agency - said so.',
    );
    // A hyphen joining words is no dateline's dash; a hyphen right after the agency's bracket is.
    for (const line of [
      'U.S.-backed forces took the town, the Pentagon said.',
      'EU-wide rules apply, it said.',
    ])
      expect(stripDateline(line), line).toBe(line);
    expect(stripDateline('WASHINGTON (Reuters)-The talks resumed.')).toBe('The talks resumed.');
    expect(only(['U.S.-backed forces took the town, the Pentagon said.']).sentence).toBe(
      'U.S.-backed forces took the town, the Pentagon said.',
    );
    const c = only(['GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Monday that aid had stalled.'], {
      outlet: 'Reuters',
    });
    expect(who(c)).toEqual(['Jan Example', 'U.N. envoy', undefined]);
    expect(c.sentence.startsWith('A U.N. envoy')).toBe(true);
  });

  it('strips a dateline that carries a date: "PLACE, Mon DD (Agency) -" and its variants', () => {
    const said = 'A border official said the crossing had reopened.';
    for (const line of [
      'KYIV, Dec 17 (Reuters) - ',
      'KYIV, Dec. 17 (Reuters) — ',
      'ODESA, Ukraine, December 17 (AP) – ',
      'WASHINGTON, March 3, 2025 (Reuters) - ',
      'SURABAYA, Indonesia/JAKARTA, Jan 4 (Reuters) - ',
      'BRUSSELS, 17 December (AFP) - ',
      'LONDON, Dec 17 - ',
      'Kyiv, Dec 17 (Reuters) - ',
      'KYIV, Dec 17 (Reuters)—',
    ])
      expect(stripDateline(`${line}${said}`), line).toBe(said);
    // A sentence that opens with a date and a dash is no dateline, nor is a range of days.
    expect(stripDateline('PARIS, Dec 17-18 summit talks went on.')).toBe(
      'PARIS, Dec 17-18 summit talks went on.',
    );
    expect(stripDateline('On Dec 17 - a Wednesday - the border official spoke.')).toBe(
      'On Dec 17 - a Wednesday - the border official spoke.',
    );
    expect(stripDateline('Talks, Dec 17 - the day they stalled - ended early.')).toBe(
      'Talks, Dec 17 - the day they stalled - ended early.',
    );
    const c = only(
      [
        "KYIV, Dec 17 (Reuters) - Ukraine's foreign minister, Olena Example, said on Wednesday that talks would go on.",
      ],
      { outlet: 'Reuters' },
    );
    expect(c.sentence.startsWith("Ukraine's foreign minister")).toBe(true);
    expect(c.statement).not.toContain('Reuters');
    expect(c.speaker).toBe('Olena Example');
  });

  it('keeps a quotation of several sentences whole, with its speaker', () => {
    const c = only([
      'Aid worker Maria Lopez described the camp.',
      '“We have no fuel. We have no food. The children are sick. It is very urgent,” she told Reuters.',
    ]);
    expect(c.quote).toBe('We have no fuel. We have no food. The children are sick. It is very urgent');
    expect(who(c)).toEqual(['Maria Lopez', undefined, 'Reuters']);
    expect(segment(['“A. B. C,” he said.'])).toHaveLength(1);
  });

  it('gives a quotation that continues after "he said." and into the next paragraph the same speaker', () => {
    const c = propose([
      '“The plan is sound,” said Tom Reed, the finance minister. “It will pass.”',
      '“We have the votes.”',
    ]);
    expect(c).toHaveLength(2);
    expect(c[0]).toMatchObject({ speaker: 'Tom Reed', quote: 'The plan is sound … It will pass.' });
    expect(c[1]).toMatchObject({ speaker: 'Tom Reed', quote: 'We have the votes.' });
  });
});

describe('frames of saying beyond "X said"', () => {
  it('"issued a statement saying", "released a statement saying", "was quoted as saying"', () => {
    expect(only(['The ministry issued a statement saying: “The border is closed.”']).speaker).toBe(
      'ministry',
    );
    expect(only(['Acme Corp released a statement saying the recall was voluntary.']).speaker).toBe('Acme');
    expect(only(['Ivan Petrov was quoted as saying the talks were over.']).speaker).toBe('Ivan Petrov');
  });

  it('skips a relative clause between the name and the verb', () => {
    const c = only([
      'Anna Example, who is barred from office by a provision of the new law, said on Thursday that she would appeal.',
    ]);
    expect(who(c)).toEqual(['Anna Example', undefined, undefined]);
  });

  it('knows verbs of saying beyond "said"', () => {
    for (const verb of [
      'reminded the judge',
      'warned',
      'insisted',
      'argued',
      'cautioned',
      'added',
      'noted',
      'acknowledged',
      'conceded',
      'denied',
      'wrote',
      'tweeted',
    ]) {
      const c = only([`Prosecutors ${verb} that the evidence was sound.`]);
      expect(c.speaker, verb).toBe('Prosecutors');
    }
  });

  it('keeps an outlet named only at the end of the sentence as the relay', () => {
    expect(who(only(['Troops had left the town, Russian news agencies reported.']))).toEqual([
      undefined,
      undefined,
      'Russian news agencies',
    ]);
    expect(who(only(['The minister Ivan Petrov said the troops had left, the agencies reported.']))).toEqual([
      'Ivan Petrov',
      'minister',
      'agencies',
    ]);
    // "the agencies" are the ones named before.
    const later = propose([
      'Troops had left the town, Russian news agencies reported.',
      'The minister Ivan Petrov said the troops had left, the agencies reported.',
    ]);
    expect(later[1]?.relayedBy).toBe('Russian news agencies');
  });

  it('"told X": the outlet told relays; "told reporters" relays nothing', () => {
    expect(who(only(['Jane Doe told the BBC that the strike would go on.']))).toEqual([
      'Jane Doe',
      undefined,
      'BBC',
    ]);
    expect(who(only(['Jane Doe told reporters that the strike would go on.']))).toEqual([
      'Jane Doe',
      undefined,
      undefined,
    ]);
  });
});

describe('event dates relative to the publication date', () => {
  const at = (sentence: string, published = '2024-03-14') => eventDate(sentence, published, () => false);
  it('resolves weekdays to the week before publication, future ones ahead', () => {
    // 14 March 2024 is a Thursday.
    expect(at('The minister said on Wednesday that talks would resume.')).toBe('2024-03-13');
    expect(at('The minister said on Thursday that talks would resume.')).toBe('2024-03-14');
    expect(at('The minister will visit on Saturday.')).toBe('2024-03-16');
  });
  it('resolves "last week", "yesterday" and month-day dates', () => {
    expect(at('Officials said last week that the plan was dead.')).toBe('2024-03-07');
    expect(at('Officials said yesterday that the plan was dead.')).toBe('2024-03-13');
    expect(at('The law took effect on March 1, officials said.')).toBe('2024-03-01');
    expect(at('The fire began on Dec. 28, officials said.', '2024-01-05')).toBe('2023-12-28');
    expect(at('Officials said the plan would run until March 1.')).toBeUndefined();
    expect(
      eventDate('Officials said on Monday that the plan was dead.', undefined, () => false),
    ).toBeUndefined();
  });
  it('gives candidates the event date of their sentence', () => {
    const c = only(['The central bank said on Wednesday that rates would hold.'], {
      published: '2024-03-14',
    });
    expect(c.eventDate).toBe('2024-03-13');
  });
});

describe('papers an outlet saw, programmes, appositive subjects, bodies named with "of", headlines', () => {
  it('takes the outlet that saw the papers as the relay, and the papers for no speaker', () => {
    expect(
      who(
        only([
          'Staff at the port were told to stay home, according to sources and emails reviewed by Reuters.',
        ]),
      ),
    ).toEqual(['sources', undefined, 'Reuters']);
    const email = only(['Staff at the mint were told to stay home, according to an email seen by Reuters.']);
    expect(who(email)).toEqual([undefined, undefined, 'Reuters']);
    const copies = only([
      'Letters went to hundreds of staff in the past week, according to copies that AP viewed.',
    ]);
    expect(copies.relayedBy).toBe('AP');
  });

  it('relays through the programme the words were said on, and keeps "in an email" out of the role', () => {
    expect(only(['“We need help,” Ann Example said on CBS News.']).relayedBy).toBe('CBS News');
    const c = only([
      '“The review is ours,” said Agency Director Jane Doe, in an email to staff seen by Reuters.',
    ]);
    expect(who(c)).toEqual(['Jane Doe', 'Agency Director', 'Reuters']);
  });

  it('reads "The largest union, the Federation of Example Workers, wrote" as the union speaking', () => {
    const c = only([
      'The largest union, the Federation of Example Workers, wrote on Sunday that it would ask for the order to be withdrawn.',
    ]);
    expect(c.speaker).toBe('Federation of Example Workers');
  });

  it('keeps a body named with "of the" whole', () => {
    expect(
      only([
        'Some clerks also received the email, the Administrative Office of the Example Courts confirmed.',
      ]).speaker,
    ).toBe('Administrative Office of the Example Courts');
  });

  it('does not read a passive "were told" as its subject saying something', () => {
    expect(propose(['Workers at three agencies were told not to reply.'])).toHaveLength(0);
  });

  it('proposes nothing from a pasted headline, and reads a quantifier off the speaker', () => {
    const c = only([
      'Agencies tell staff not to reply to the email',
      '“I really wonder when this ends,” one tax office employee told Reuters.',
    ]);
    expect(who(c)).toEqual(['tax office employee', undefined, 'Reuters']);
  });
});

describe('possessive affiliations and roles standing for a named person', () => {
  it('splits a possessive affiliation glued to a name into the role', () => {
    expect(who(only(["American Airlines' Kent Example said the flight was delayed."]))).toEqual([
      'Kent Example',
      'American Airlines',
      undefined,
    ]);
    expect(who(only(["The league will review the play, according to MMQB's Peter King."]))).toEqual([
      'Peter King',
      'MMQB',
      undefined,
    ]);
  });

  it('resolves "the director said" to the person the text named with that role', () => {
    const named = ['Director Ann Example shot the film in May.', '“It was hard,” the director said.'];
    expect(only(named).speaker).toBe('Ann Example');
    const appositive = [
      'Ann Example, the director of the film, spoke first.',
      '“It was hard,” the director said.',
    ];
    expect(only(appositive).speaker).toBe('Ann Example');
  });

  it('resolves "the head of <body> said" to the person the text named so, else lets the body speak', () => {
    const c = propose([
      'Pierre Example, the head of the Red Cross delegation, said on Monday that the talks had stalled.',
      'The head of the Red Cross delegation said the detainees needed medical care.',
    ]);
    expect(who(c[1]!)).toEqual(['Pierre Example', 'head of the Red Cross delegation', undefined]);
    // No one was named so: the body speaks, and the role says who in it.
    expect(who(only(['The head of the Red Cross delegation said the detainees needed care.']))).toEqual([
      'Red Cross delegation',
      'head',
      undefined,
    ]);
  });
});

describe('an inverted "said" closing a long sentence', () => {
  it('"…, said Amnesty International on Tuesday, November 19." is the body\'s, a day after its name', () => {
    const c = only([
      'Footage shows a pattern of beatings by the guards, which have used force to break up the protests, said Amnesty International on Tuesday, November 19.',
    ]);
    expect(c.speaker).toBe('Amnesty International');
  });
});

describe('a second verb after "and" past an opening time', () => {
  it('"On Thursday, Roe took to the radio and accused …" is Roe\'s', () => {
    expect(
      only(['On Thursday, Ana Roe took to the radio and accused the board of hiding the costs.']).speaker,
    ).toBe('Ana Roe');
  });
});

describe('an exclamation mark inside a name', () => {
  it('"according to a new report by E! News" is one sentence', () => {
    const c = only([
      'The singer is unhappy with the label, according to a new report by E! News. The board met on Monday.',
    ]);
    expect(c.relayedBy).toBe('E! News');
    expect(segment(['He left early, a report by E! News said. She stayed.']).map((u) => u.text)).toEqual([
      'He left early, a report by E! News said.',
      'She stayed.',
    ]);
  });
});

describe('a month between the subject and its verb', () => {
  it('"Ana Roe in October revealed plans …" is Ana Roe\'s', () => {
    expect(only(['Ana Roe in October revealed plans for a second ferry.']).speaker).toBe('Ana Roe');
  });
});
