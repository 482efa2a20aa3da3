// A bare office ("the prime minister said", "the president says") is its holder, not the holder of a lower
// office under it ("Deputy Prime Minister …", "shadow chancellor …", "vice president …") nor, once that
// person has stopped speaking, of the same word's office in another body ("…, the president of the Farmers'
// Union, said"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { isSameOffice } from '../../../electron/services/import/article/resolution';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a lower office is another office', () => {
  it('reads "deputy", "vice" and "shadow" before the office as another office', () => {
    expect(isSameOffice('deputy prime minister', ['prime', 'minister'])).toBe(false);
    expect(isSameOffice('shadow chancellor', ['chancellor'])).toBe(false);
    expect(isSameOffice('vice-president', ['president'])).toBe(false);
    expect(isSameOffice('prime minister', ['prime', 'minister'])).toBe(true);
    expect(isSameOffice('deputy prime minister', ['deputy', 'prime', 'minister'])).toBe(true);
  });

  it('"the prime minister said" is not the deputy prime minister named since', () => {
    expect(
      speakers([
        'Prime Minister Edwin Harrow has rejected claims of a rift in his cabinet.',
        '"We are united," said Deputy Prime Minister Colin Vane, speaking in Leeds on Sunday.',
        'The prime minister said on Friday that the claims were "invented".',
      ]).at(-1),
    ).toBe('Edwin Harrow');
  });
});

describe('the same office in another body', () => {
  it('"the president says" is the president, not a union president who spoke paragraphs before', () => {
    expect(
      speakers([
        'President Martin Okafor has promised a new deal for growers.',
        'Ruth Abbing, the president of the Farmers’ Union, said growers faced a hard winter.',
        'Prices for grain fell sharply over the summer.',
        'Many farms have cut their staff since the spring.',
        'The president says his plan will bring prices back up by March.',
      ]).at(-1),
    ).toBe('Martin Okafor');
  });

  it('keeps the other body’s president while she is the one speaking', () => {
    expect(
      speakers([
        'President Martin Okafor has promised a new deal for growers.',
        'Ruth Abbing, the president of the Farmers’ Union, said growers faced a hard winter.',
        'The president said her members would meet in Lagos next week.',
      ]).at(-1),
    ).toBe('Ruth Abbing');
  });
});
