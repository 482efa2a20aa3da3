// Relays: an outlet named with an exclamation mark, "the outlet" for the one named before, and words
// "claimed to" / "confirmed to" an outlet; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('an outlet the words went to', () => {
  it('"a report by E! News" is one sentence, E! News the relay; "the outlet" later is E! News', () => {
    const c = propose([
      'The singer is unhappy with her label, according to a new report by E! News.',
      '“She is frustrated,” an insider told the outlet on Monday.',
    ]);
    expect(c.map((x) => x.relayedBy)).toEqual(['E! News', 'E! News']);
    expect(c[1]!.speaker).toBe('insider');
  });

  it('"claimed to the outlet", "confirmed to Reuters": the outlet relays', () => {
    const c = propose([
      'The band split in March, according to the Valley Gazette.',
      'The drummer had quit first, a source claimed to the paper.',
      'The label confirmed to Reuters that the tour was off.',
    ]);
    expect(c.map((x) => x.relayedBy)).toEqual(['Valley Gazette', 'Valley Gazette', 'Reuters']);
  });

  it('"said to be", "wrote to the agency": no relay', () => {
    const c = propose(['The mayor wrote to the agency that the bridge was unsafe.']);
    expect(c[0]!.relayedBy).toBeUndefined();
  });
});

describe('an outlet that asked', () => {
  it('"said a spokesperson when contacted by Reuters": Reuters relays', () => {
    const c = propose(['“We cooperate fully,” said a Larkspur spokesperson when contacted by Reuters.']);
    expect(c[0]!.relayedBy).toBe('Reuters');
  });
});

describe('an outlet by its short name or local station', () => {
  it('"The Gazette says" after "the Valley Gazette" relays, however the short name reads', () => {
    const c = propose([
      'A man was arrested, the Valley Gazette reported.',
      'The Gazette says he was arrested a block away.',
    ]);
    expect(c.map((x) => [x.speaker, x.relayedBy])).toEqual([
      [undefined, 'Valley Gazette'],
      [undefined, 'Valley Gazette'],
    ]);
  });

  it('"CBS DFW reports": a network and its market’s letters relay', () => {
    const c = propose(['CBS DFW reports the man was sentenced to life.']);
    expect([c[0]!.speaker, c[0]!.relayedBy]).toEqual([undefined, 'CBS DFW']);
  });

  it('an outlet’s name run into a person’s ("… Daily News Lina Roe") is cut before the person', () => {
    const c = propose([
      'Photo by Kevin Downs/for New York Daily News Lina Roe suffered scars from the attack.',
      'Roe is alleging that the guard attacked her, she said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Lina Roe');
  });
});

describe('"according to" a paper with no issuer', () => {
  it('evidence, an estimate, a case report, an affidavit filed in …: the paper relays, no one speaks', () => {
    const c = propose([
      'According to evidence presented at trial, the man took the girl from her bed.',
      'The toll is far higher, according to one estimate.',
      'The patient had slept on a feather duvet for years, according to a case report.',
      'The domains were used to steal passwords, according to an affidavit filed in support of the warrant.',
    ]);
    expect(c.map((x) => [x.speaker, x.relayedBy])).toEqual([
      [undefined, 'evidence'],
      [undefined, 'estimate'],
      [undefined, 'case report'],
      [undefined, 'affidavit'],
    ]);
  });

  it('"a readout released by Chinese state media": the outlet relays, as before', () => {
    const c = propose(['The two sides agreed to talk again, according to a readout released by Xinhua.']);
    expect(c[0]!.relayedBy).toBe('Xinhua');
  });
});

describe('an outlet’s unnamed reporter', () => {
  it('"an Associated Press journalist in the area reported" relays through the outlet, no speaker', () => {
    const c = propose(['An Associated Press journalist in the area also reported hearing gunfire.']);
    expect([c[0]!.speaker, c[0]!.relayedBy]).toEqual([undefined, 'Associated Press']);
  });

  it('"a freelance journalist said" speaks as written', () => {
    expect(propose(['A freelance journalist said the road was closed.'])[0]!.speaker).toBe(
      'freelance journalist',
    );
  });
});

describe('a masthead by its last word', () => {
  it('"told the Gazette" after "The Valley Gazette" is The Valley Gazette', () => {
    const c = propose([
      'The Valley Gazette first reported the closure in May.',
      'Ana Roe told the Gazette that she still receives threats.',
    ]);
    expect(c.at(-1)!.relayedBy).toBe('The Valley Gazette');
  });

  it('"told The Gazette" in the Valley Gazette\'s own article relays nothing', () => {
    const c = propose(['Ana Roe told The Gazette that she still receives threats.'], {
      outlet: 'Valley Gazette',
    });
    expect(c[0]!.relayedBy).toBeUndefined();
  });
});

describe('magazines that interview the people they cover', () => {
  it('"she explains to Vogue", "told Esquire": the magazine relays', () => {
    expect(propose(['Mina Kovac explains to Vogue that she writes every morning.'])[0]!.relayedBy).toBe(
      'Vogue',
    );
    expect(propose(['Ivo Ruml told Esquire that he never reads reviews.'])[0]!.relayedBy).toBe('Esquire');
  });
});

describe('a masthead read as a name', () => {
  it('"…, the Korvia Times reported": the paper relays; "Sarah Post said" is a person', () => {
    const c = propose([
      'The poll put the president at 13 percent, the Korvia Times reported, down from 19 percent.',
    ]);
    expect(c[0]!.speaker).toBeUndefined();
    expect(c[0]!.relayedBy).toBe('Korvia Times');
    expect(propose(['Sarah Post said the poll was wrong.'])[0]!.speaker).toBe('Sarah Post');
  });
});
