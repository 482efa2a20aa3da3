// Session 15's convention: one who speaks through a representative named by a possessive or a modifier is
// the speaker, the noun the role ("Swift's rep" → Taylor Swift, rep); sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a possessive holder speaks through its representative', () => {
  it('"X\'s rep" is the person X, widened to the full name; the noun is the role', () => {
    const c = propose([
      'Dana Whitlock left the record label in June.',
      "Whitlock's rep told reporters that the contract had expired.",
    ]);
    expect(who(c.at(-1)!)).toEqual(['Dana Whitlock', 'rep']);
  });

  it('"ESA\'s scientists", "Peru\'s health chiefs": the body or country', () => {
    expect(who(only(['ESA’s scientists have confirmed that the comet holds water.']))).toEqual([
      'ESA',
      'scientists',
    ]);
    expect(who(only(["Peru's health chiefs said the outbreak was over."]))).toEqual([
      'Peru',
      'health chiefs',
    ]);
  });

  it('a lawyer or a relative after a possessive speaks in their own voice', () => {
    expect(only(["The driver's father said the boy was asleep."]).speaker).toBe('father');
    expect(only(["Okafor's lawyer said the plea was fair."]).speaker).toBe('lawyer');
  });
});

describe('a body named as a modifier of its representatives', () => {
  it('"Harbour Authority officials", "DHS officials": the body, role officials', () => {
    expect(who(only(['Harbour Authority officials said the quay would reopen.']))).toEqual([
      'Harbour Authority',
      'officials',
    ]);
  });

  it('nationalities, places and kinds stay groups as written', () => {
    for (const s of [
      'US officials said the talks had stalled.',
      'Ukrainian officials reported damage in five regions.',
      'Beijing officials admitted the risk.',
      'State health officials have said the outbreak is growing.',
      'Health officials say the number is higher.',
    ])
      expect(only([s]).speakerRole, s).toBeUndefined();
  });

  it('"agency officials", "a company spokesperson": the body the noun stands for', () => {
    const c = propose([
      'The European Space Agency picked two landers, the agency said on Monday.',
      'The contracts run to 2028, agency officials said.',
    ]);
    expect(who(c.at(-1)!)).toEqual(['European Space Agency', 'agency officials']);
  });

  it('"Company management said" with no company-headed name: the business named just before', () => {
    const c = propose([
      'Larkspur Outfitters (NYSE: LSO) reported $2.10 in per-share earnings.',
      'Company management said store sales grew 4%.',
    ]);
    expect(who(c.at(-1)!)).toEqual(['Larkspur Outfitters', 'Company management']);
  });

  it('"the company" after a government body named last stays unresolved', () => {
    const c = propose([
      'The Harbour Authority said the quay would reopen.',
      'The company said it would sue.',
    ]);
    expect(c.at(-1)!.speaker).not.toBe('Harbour Authority');
  });
});

describe('a business named by its tail word', () => {
  it('"the brokerage said" after "Harrow Institutional Equities"', () => {
    const c = propose([
      '“We remain sceptical of a quick recovery,” said Harrow Institutional Equities.',
      'A slowdown could last into next year, the brokerage said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Harrow Institutional Equities');
  });
});

describe('a spokesman for a body named by its kind', () => {
  it('"A spokesman for the ambulance service said" after "the Lothian Ambulance Service": that body', () => {
    const c = propose([
      'The Lothian Ambulance Service sent two crews to the contest.',
      'A spokesman for the ambulance service said both men were treated.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Lothian Ambulance Service');
    expect(c.at(-1)!.speakerRole).toBe('spokesman');
  });
});
