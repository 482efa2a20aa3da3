// Text that says nothing anyone attributed: captions, findings, and the article's own outlet observing,
// each on sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('not attributed claims', () => {
  it('a caption ending in its image credit proposes nothing', () => {
    expect(
      propose([
        'The bridge reopened on Friday.',
        'Governor Lyle Osborne tweeted his thanks to the road crews Image: Twitter / Lyle Osborne.',
        'Crowds cross the bridge on its first morning. Photo: Harbour Council.',
      ]),
    ).toEqual([]);
  });

  it('estimates, reports and comments that suggest or reveal are findings, not speakers', () => {
    expect(propose(['Early estimates suggest that 3,000 homes lost power.'])).toEqual([]);
    expect(propose(['Recent reports have revealed that the mine was unsafe.'])).toEqual([]);
    expect(propose(['Comments after the meeting indicated the talks had gone well.'])).toEqual([]);
  });

  it("the article's own outlet observing is its own reporting", () => {
    expect(
      propose(['Harbour News observed that most stalls had closed by noon.'], { outlet: 'Harbour News' }),
    ).toEqual([]);
  });

  it('a caption credit does not hide a claim in running text', () => {
    expect(propose(['Photo editors said the image had not been altered.'])).toHaveLength(1);
  });
});

describe("an agentless belief is no one's claim", () => {
  it('"is believed to", "are thought to" with no one named: nothing proposed; "is said to" still is', () => {
    const c = propose([
      'The fever is believed to have reached the coast by ship.',
      'Some 300 troops are thought to remain at the base.',
      'The envoy is said to have left the capital.',
    ]);
    expect(c.map((x) => x.statement)).toEqual(['The envoy is said to have left the capital.']);
  });
});

describe('verbs of saying in senses that say nothing (session 14)', () => {
  it.each([
    'Many patients report vivid experiences while taking the drug.',
    'Cafeteria staff reported to their assignments at dawn.',
    'The favourite added wins at the regional awards on Saturday.',
    'The F.B.I., which responded, sent a robot to examine the bag.',
    'European leaders have responded to the remarks by pledging to spend more on defence.',
    'Estimates suggest 8,000 migrants may be at sea in the region.',
    'Ruiz’s tweet could be the start of a negotiation.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it('a possessive with what was said ("Ruiz\'s vow to …") still carries a claim', () => {
    expect(propose(['Ruiz’s vow to abandon the treaty alarmed the allies.'])).toHaveLength(1);
  });

  it.each([
    'The Harbour Trust, as its name suggests, looks after the old docks.',
    'The ferry line, which, as the name implies, crosses the bay, carried 9,000 passengers.',
  ])('what a name suggests is the writer’s aside: %s', (sentence) => {
    expect(propose([sentence], { model: null })).toHaveLength(0);
  });

  it.each([
    'The mill passed to its workers under a buyout deal announced last spring.',
    'The bus pass scheme, announced in March, gives pensioners free travel.',
    'Under new restrictions unveiled two weeks ago, boats must leave the bay by dusk.',
  ])('a thing announced, no one given as announcing it: %s', (sentence) => {
    expect(propose([sentence], { model: null })).toHaveLength(0);
  });

  it('"fretted that …" says, worriedly', () => {
    expect(propose(['In the interview, Ana Roe fretted that the tariffs could cost jobs.'])).toHaveLength(1);
  });
});

describe('findings and the writer being told (session 14)', () => {
  it.each([
    'New research suggests why nurses may lose out at the office.',
    "We're told there is security footage that officers are looking at.",
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });
});

describe('"added" as a rise or a thing put with others', () => {
  it.each([
    'Shares of the ferry company added more than 3% on the first day of trading.',
    'Those gains add to a strong year for the harbour fund.',
    'The port also added two cranes to the container terminal.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it.each([
    ['Harbour master Ana Roe added that the cranes would arrive in May.', 'Ana Roe'],
    ['“The cranes are late,” Harbour master Ana Roe added to the statement.', 'Ana Roe'],
  ])('still a claim: %s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
});

describe('works written and findings of tests', () => {
  it.each([
    'She wrote hundreds of songs that summer and sent the best to a producer.',
    'The harbour master wrote the script for the festival play.',
    'Blood tests revealed that the diver had been poisoned.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it('"wrote in a letter that …" still says', () => {
    expect(only(['Harbour master Ana Roe wrote in a letter that the pier was unsafe.']).speaker).toBe(
      'Ana Roe',
    );
  });
});

describe('a subheading inside the article', () => {
  it('a short paragraph with no stop between full sentences attributes nothing', () => {
    const candidates = propose([
      'The harbour board met on Monday.',
      'Pier closed as harbour master testified before the council',
      'The pier will stay closed until spring, the board said.',
    ]);
    expect(candidates.map((c) => c.speaker)).toEqual(['board']);
  });

  it('a sentence that lost its stop ("… said backstage that …") still attributes', () => {
    const candidates = propose([
      'The festival ended on Sunday.',
      'Director Ana Roe said backstage that no one could predict the awards',
      'The awards are on Friday.',
    ]);
    expect(candidates.map((c) => c.speaker)).toEqual(['Ana Roe']);
  });
});

describe('"maintained" keeps or says', () => {
  it.each([
    'The mayor has maintained a comfortable lead in the polls for months.',
    'The results show the harbour party maintained a majority on the council.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it.each([
    ['Harbour master Ana Roe has maintained that the pier is safe.', 'Ana Roe'],
    ['Harbour master Ana Roe has maintained her innocence.', 'Ana Roe'],
  ])('a claim: %s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
});

describe('comparisons with a claim, and whom one reports to', () => {
  it.each([
    'The toll is higher than the harbour board suggests, but the board is close.',
    'That is smaller than what the harbour master said, but it is a fair estimate.',
    'After Ana Roe left the board, it was Paul Hale who took over, and the pilots reported to him.',
  ])('no claim: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it('"In a speech that lasted more than an hour, Roe predicted that …" still says', () => {
    expect(
      only(['In a speech that lasted more than an hour, Ana Roe predicted that the pier would reopen.'])
        .speaker,
    ).toBe('Ana Roe');
  });
});

describe('an embedded post', () => {
  it('its text and its credit line are no claims, nor continuations of the claim before', () => {
    const candidates = propose([
      'The harbour board said in a statement: “The pier will reopen in spring.”',
      'Pier news',
      '— Harbour Board (@HarbourBoard) May 3, 2024',
      'Who are we as a town if we let the pier fall? pic.twitter.com/abc123',
      'The council meets on Monday.',
    ]);
    expect(candidates.map((c) => c.locator)).toEqual(['para. 1']);
  });
});

describe('a long paragraph that quotes a post link', () => {
  it('stays the article: its claims are proposed', () => {
    const long = `${'The harbour board said the pier would reopen in spring. '.repeat(12)}See pic.twitter.com/abc123 for the plan.`;
    expect(propose([long]).length).toBeGreaterThan(0);
  });
});

describe('verbs of saying in other senses', () => {
  it.each([
    'In those settlements, the Harbour Bank did not admit nor deny any wrongdoing.',
    'The ferry line neither admitted nor denied the charges in the settlement.',
    'But earlier this year Tomas Vell claimed his own reward.',
    'The family claimed Vell’s body and left town.',
    'The Harbour Rovers claimed the title on Sunday.',
    'The tide model, dubbed a “weather vane” for the coast, lets pilots plan their crossings.',
    'He wrote up a company profile and a fact sheet for the harbour board.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toEqual([]);
  });

  it('the same verbs that say are kept', () => {
    expect(only(['The Harbour Bank denied any wrongdoing.']).speaker).toBe('Harbour Bank');
    expect(only(['Mayor Ana Roe has claimed victory in the pier dispute.']).speaker).toBe('Ana Roe');
    expect(only(['Mayor Ana Roe dubbed the pier “a monument to waste.”']).speaker).toBe('Ana Roe');
  });
});

describe('findings and the article’s own figures', () => {
  it.each([
    'Harbour scientists using a telescope have confirmed the presence of water vapor on the moon.',
    'A team led by researchers at the Harbour Institute has confirmed traces of salt on the moon.',
    'Some stories are still suppressed before they ever get reported.',
    'But previous studies have identified ferry decks as vectors for disease.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toEqual([]);
  });

  it('"according to data compiled by" the article’s own outlet is no claim; by another it is', () => {
    const text =
      'Harbour jobs remain 4.6 percent below the peak, according to data compiled by the Harbour Times.';
    expect(propose([text], { outlet: 'Harbour Times' })).toEqual([]);
    expect(propose([text], { outlet: 'Daily Post' })).toHaveLength(1);
  });

  it('a confirmation in words stays a claim', () => {
    expect(only(['The harbour board confirmed that the ferry will stop in May.']).speaker).toBe(
      'harbour board',
    );
  });
});

describe('the site’s own standing notice', () => {
  it('"HarbourMoney.com advises users …" on HarbourMoney is no claim; another site’s advice is one', () => {
    const text =
      'HarbourMoney.com advises users to check with certified experts before taking any decisions.';
    expect(propose([text], { outlet: 'HarbourMoney' })).toEqual([]);
    expect(propose([text], { outlet: 'Daily Post' })).toHaveLength(1);
  });
});

describe('idioms, adjectives and credits that are no saying (session 17)', () => {
  it('"All told, …" is an idiom', () => {
    expect(propose(['All told, the repairs to the pier cost the town $3 million.'])).toEqual([]);
  });

  it('a participle after a possessive qualifies its noun ("the state’s confirmed caseload")', () => {
    expect(propose(['The county’s confirmed caseload is nearly 1,200, of whom 40 have died.'])).toEqual([]);
    expect(propose(['The harbour’s stated capacity is 40 boats.'])).toEqual([]);
  });

  it('"reported from Seoul, and X from Hong Kong" is the reporters’ credit line', () => {
    expect(propose(['Ana Roe reported from Dunmore, and Tom Lee from Kilbride.'])).toEqual([]);
  });

  it('"according to how …", "according to whether …" measure, they name no source', () => {
    expect(propose(['Berths are priced according to how long the boats are.'])).toEqual([]);
  });

  it('findings that suggest or indicate are no one’s words ("the discovery indicates", "those facts suggest")', () => {
    expect(propose(['The discovery of a second quay indicates the port was larger than thought.'])).toEqual(
      [],
    );
    expect(propose(['Those facts suggest that the pier was built twice.'])).toEqual([]);
  });

  it('"demanded how …" is a question in words', () => {
    expect(propose(['Ana Roe repeatedly demanded how the board could be so sure.'])[0]?.speaker).toBe(
      'Ana Roe',
    );
  });
});
