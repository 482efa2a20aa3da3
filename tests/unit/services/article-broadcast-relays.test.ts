// Who relays words told to a broadcaster: a station named after its network ("BBC Radio Five Live"), a
// programme named after its owner's possessive without quotation marks ("BBC Two's Newsnight", "Radio 4's
// Today programme"), an outlet right after "told" with the claim following without "that", the article's
// own web edition (no relay), and "speaking on national television". Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const OPENING = 'Transport minister Ana Ruiz spoke about the rail plan on Monday.';
const relayOf = (sentence: string, outlet = 'BBC News') =>
  propose(['Rail plan', `${OPENING} ${sentence}`], { outlet, model: null }).map((c) => [
    c.speaker,
    c.relayedBy ?? null,
  ]);

describe('a station named after its network', () => {
  it('keeps the network’s name', () => {
    expect(relayOf('Ms Ruiz told BBC Radio Five Live the trains would run on time.')).toEqual([
      ['Ana Ruiz', 'BBC Radio Five Live'],
    ]);
  });
});

describe('a programme after its owner’s possessive', () => {
  it.each([
    ["Ms Ruiz told BBC Radio 4's World at One the trains would run on time.", "BBC Radio 4's World at One"],
    ["Ms Ruiz told BBC Two's Newsnight the trains would run on time.", "BBC Two's Newsnight"],
    [
      "Ms Ruiz told the BBC's Focus on Africa programme the trains would run on time.",
      "BBC's Focus on Africa programme",
    ],
    ["Ms Ruiz told Radio 4's Today programme the trains would run on time.", "Radio 4's Today programme"],
    ["Ms Ruiz told NBC News' Today show the trains would run on time.", "NBC News' Today show"],
  ])('%s', (sentence, relay) => expect(relayOf(sentence)).toEqual([['Ana Ruiz', relay]]));

  it('a person after an outlet’s possessive is its reporter: the outlet relays', () => {
    expect(relayOf("Ms Ruiz told CNN's Jake Tapper the trains would run on time.", 'The Guardian')).toEqual([
      ['Ana Ruiz', 'CNN'],
    ]);
  });

  it('a club after a person’s possessive is no programme', () => {
    expect(relayOf("Ms Ruiz told Ann Smith's Garden Club the trains would run on time.")).toEqual([
      ['Ana Ruiz', null],
    ]);
  });
});

describe('an outlet right after "told", the claim following without "that"', () => {
  it.each([
    ['Ms Ruiz told CNN the trains would run on time.', 'CNN'],
    ['Ms Ruiz told The Observer the trains would run on time.', 'Observer'],
    ['Ms Ruiz told ABC News Hughes had agreed.', 'ABC News'],
  ])('%s', (sentence, relay) => expect(relayOf(sentence, 'The Guardian')).toEqual([['Ana Ruiz', relay]]));

  it('another outlet whose name opens on the article’s own relays whole', () => {
    expect(relayOf('Ms Ruiz told Fox News Latino the trains would run on time.', 'Fox News')).toEqual([
      ['Ana Ruiz', 'Fox News Latino'],
    ]);
  });
});

describe('the article’s own outlet', () => {
  it('its web edition is no relay', () => {
    expect(relayOf('Ms Ruiz told BBC News Online the trains would run on time.')).toEqual([
      ['Ana Ruiz', null],
    ]);
  });

  it('its masthead’s last word alone is no relay', () => {
    expect(relayOf('Ms Ruiz told the Herald the trains would run on time.', 'The Dunmore Herald')).toEqual([
      ['Ana Ruiz', null],
    ]);
  });

  it('a chamber told is no outlet', () => {
    expect(relayOf('Ms Ruiz told the Commons the trains would run on time.')).toEqual([['Ana Ruiz', null]]);
  });
});

describe('words said on the air', () => {
  it('"Speaking on national television" relays the broadcast as written', () => {
    expect(relayOf('Speaking on national television, Ms Ruiz said the trains would run on time.')).toEqual([
      ['Ana Ruiz', 'national television'],
    ]);
  });

  it('"speaking on condition of anonymity" is no broadcast', () => {
    expect(
      relayOf('Speaking on condition of anonymity, an official said the trains would run on time.')[0]?.[1],
    ).toBeNull();
  });
});

describe('"described" with a quotation a few words on', () => {
  it('a paper with no issuer describing a plan in quoted words relays it', () => {
    const claims = propose([
      'Harbour plan',
      'Other reports described a council plan to raise the old “sea wall” by a metre.',
    ]);
    expect(claims.map((c) => [c.speaker ?? null, c.relayedBy ?? null])).toEqual([[null, 'reports']]);
  });

  it('"described" with no quotation or "as" is still no claim', () => {
    expect(propose(['Harbour plan', 'The guide described the old harbour and its sea wall.'])).toEqual([]);
  });
});
