// Verbs that report words only beside a quotation ("asks", "shared", "comments", "emails", "revealed"):
// after or before one they attribute it; away from one they keep their own frames. Sentences written for
// the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('verbs beside a quotation', () => {
  it.each([
    ['“Will you stay for supper?” the ferryman asks.', 'ferryman', 'Will you stay for supper?'],
    ['“Is anyone hurt in the house?” the operator asked.', 'operator', 'Is anyone hurt in the house?'],
    [
      '“Do you want the late tide?” Tomas Vell asks as he steers the boat.',
      'Tomas Vell',
      'Do you want the late tide?',
    ],
    ['“I was such a child then,” Rhea Munk shared.', 'Rhea Munk', 'I was such a child then'],
    ['“Can we sail tonight?” Tomas Vell quietly asked before leaving.', 'Tomas Vell', 'Can we sail tonight?'],
    [
      '“The pier will open in May,” comments Rhea Munk in a statement.',
      'Rhea Munk',
      'The pier will open in May',
    ],
    [
      '“The pier will open in May,” comments Rhea Munk of the harbour board.',
      'Rhea Munk',
      'The pier will open in May',
    ],
    [
      '“I found the old charts in a box,” Tomas Vell emails.',
      'Tomas Vell',
      'I found the old charts in a box',
    ],
    [
      'Rhea Munk revealed, “If the tide turns, we call right away.”',
      'Rhea Munk',
      'If the tide turns, we call right away.',
    ],
  ])('%s', (sentence, speaker, quote) => {
    const c = only([sentence]);
    expect(c.speaker).toBe(speaker);
    expect(c.quote).toBe(quote);
  });

  it('away from a quotation they keep their own frames', () => {
    expect(propose(['Rhea Munk shared a photo of the ferry on Sunday.'])).toHaveLength(0);
    expect(propose(['Tomas Vell teased the new tour during the show.'])).toHaveLength(0);
    expect(propose(['The search revealed a knife in the boat.'])).toHaveLength(0);
    expect(propose(['Tomas Vell asks the ferry fare at the gate every morning.'])).toHaveLength(0);
  });
});

describe('frames of saying with more than one word', () => {
  it('"went on to say", "goes on to say"', () => {
    expect(only(['Rhea Munk went on to say that the ferry was late.']).speaker).toBe('Rhea Munk');
    expect(only(['Rhea Munk goes on to say the pier is unsafe.']).speaker).toBe('Rhea Munk');
  });
  it('"When X asked about …" (not "When asked about …")', () => {
    expect(only(['When Tomas Vell asked about the ferry, the mayor smiled.']).speaker).toBe('Tomas Vell');
    expect(propose(['When asked about the ferry, the crowd went quiet.'])).toHaveLength(0);
  });
  it('"an alibi he cited": a noun of saying, its speaker, the verb closing the clause', () => {
    const c = only([
      'Rhea Munk is the mayor.',
      'She was at a dinner that night, an alibi she cited in the interview.',
    ]);
    expect(c.speaker).toBe('Rhea Munk');
  });
});
