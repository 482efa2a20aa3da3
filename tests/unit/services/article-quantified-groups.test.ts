// Quantified groups lose their quantifier, as the labels have it; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a group with a quantifier', () => {
  it('"most of the companies reported" → companies', () => {
    expect(who(only(['This quarter, most of the companies reported better results than expected.']))).toEqual(
      ['companies', undefined],
    );
  });

  it('"executives of both companies announced" → companies, role executives', () => {
    expect(who(only(['On Wednesday, executives of both companies announced the order.']))).toEqual([
      'companies',
      'executives',
    ]);
  });

  it('a quantified object ("some of those funds") leaves the subject as it was', () => {
    expect(only(['Prakash said some of those funds could be spent on buses.']).speaker).toBe('Prakash');
  });
});

describe('a poll’s share of a people', () => {
  it('"an overwhelming 70 percent of Americans say" → Americans', () => {
    expect(
      only(['And an overwhelming 70 percent of Americans say that the ferry tax was wrong.']).speaker,
    ).toBe('Americans');
  });
  it('"Seventy percent of voters said" → voters (a spelled number)', () => {
    expect(only(['Seventy percent of voters said the ferry tax was wrong.']).speaker).toBe('voters');
  });
  it('"Britons say" → Britons (a plural people, no noun before "say")', () => {
    expect(only(['In the harbour towns, Britons say the ferry tax is wrong.']).speaker).toBe('Britons');
  });
});

describe('"say" and "note" with a clause after them', () => {
  it.each([
    'Ferry operators across the world say they have no choice.',
    'Many in the harbour community note that the pier is late.',
    'Harbour scientists now say that the seals are back.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(1);
  });
  it('"have a say in", "to say that" say nothing by themselves', () => {
    expect(propose(['Residents want to have a say in the pier plans.'])).toEqual([]);
  });
});

describe('collectives, numbers and places of the unnamed', () => {
  it('"Large crowds of protesters", "all four engineers", "fellow councillors": the plural alone', () => {
    expect(propose(['Large crowds of protesters have called for the mayor to resign.'])[0]!.speaker).toBe(
      'protesters',
    );
    expect(propose(['All four engineers said the bridge was sound.'])[0]!.speaker).toBe('engineers');
    expect(propose(['Fellow councillors warned they had the votes.'])[0]!.speaker).toBe('councillors');
  });

  it('"said someone at the meeting": someone', () => {
    expect(propose(['“We were never asked,” said someone at the meeting.'])[0]!.speaker).toBe('someone');
  });

  it('"Many Tunisians say": the people, not a person named "Many Tunisians"', () => {
    expect(propose(['Many Tunisians say the party failed them.'])[0]!.speaker).toBe('Tunisians');
  });
});

describe('a quantifier that is the whole subject', () => {
  it('"Some said", "One called … a …", "Another added": the claim is found, the quantifier speaks', () => {
    const c = propose([
      'Ferry passengers gathered at the quay in Dunmore on Monday.',
      'Some said they felt cheated by the timetable.',
      'One called the operator a disgrace.',
      'Another added that the cafe had closed too.',
    ]);
    expect(c.map((x) => [x.speaker, x.cue])).toEqual([
      ['Some', 'said'],
      ['One', 'called'],
      ['Another', 'added that'],
    ]);
  });

  it('a determiner before a noun-like verb stays a determiner ("One report said")', () => {
    expect(propose(['One report said the quay was unsafe.']).map((x) => x.relayedBy ?? x.speaker)).toEqual([
      'report',
    ]);
  });
});
