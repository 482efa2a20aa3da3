// Passages a page quotes from an outlet under a lead-in naming it: the people the passage reports are its
// speakers, relayed by the outlet; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { unwrapped } from '../../../electron/services/import/article/quoted-passages';

const rows = (paragraphs: string[], published = '2024-05-08') =>
  propose(paragraphs, { published, outlet: 'Harbour Brief' }).map((c) => ({
    speaker: c.speaker,
    relay: c.relayedBy,
    sentence: c.sentence.slice(0, 24),
  }));

describe('a passage quoted from an outlet', () => {
  it('paragraphs wrapped whole in quotation marks: their speakers speak, the outlet relays', () => {
    expect(
      rows([
        'The new ferry is filling the island’s shops, writes The New York Times.',
        'Here are a few examples from the story:',
        '“‘We cannot keep the shelves full,’ said Ana Whitcombe, owner of the Pier Bakery. Whitcombe said her sales had doubled.”',
      ]).slice(-2),
    ).toEqual([
      { speaker: 'Ana Whitcombe', relay: 'New York Times', sentence: '“We cannot keep the shel' },
      { speaker: 'Ana Whitcombe', relay: 'New York Times', sentence: 'Whitcombe said her sales' },
    ]);
  });

  it('"From Outlet:" before a passage with words of its own is the outlet’s claim', () => {
    expect(
      rows([
        'From The Washington Post:',
        '“The crossing now takes twenty minutes. The harbour board said fares would stay low.”',
      ]),
    ).toEqual([
      { speaker: undefined, relay: 'Washington Post', sentence: 'From The Washington Post' },
      { speaker: 'harbour board', relay: 'Washington Post', sentence: 'The harbour board said f' },
    ]);
  });

  it('single marks become double, apostrophes stay; a paragraph with marks inside stays', () => {
    expect(unwrapped('“‘It’s full,’ said Roe. Roe’s shop is busy.”')).toBe(
      '“It’s full,” said Roe. Roe’s shop is busy.',
    );
    expect(unwrapped('“A,” he said. “B.”')).toBe('“A,” he said. “B.”');
  });
});
