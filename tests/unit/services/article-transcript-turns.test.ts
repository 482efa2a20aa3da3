// A transcript of remarks or a press briefing: turns opened by a speaker's label in capitals or a
// reporter's "Q"; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { transcriptTurns } from '../../../electron/services/import/article/transcript-turns';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2025-03-04', outlet: 'The White House', model: null }).map((c) => ({
    speaker: c.speaker ?? null,
    role: c.speakerRole ?? null,
    quote: c.quote ?? null,
    date: c.eventDate ?? null,
  }));

const gaggle = [
  'Remarks by Governor Ana Whitcombe Before a Ferry Launch',
  'March 4, 2025',
  'REMARKS BY GOVERNOR WHITCOMBE',
  'Harbour Pier',
  '10:02 A.M. EST',
  'THE GOVERNOR:  Good morning, everybody.  The new ferry sails at noon.',
  'We built the pier in eleven months, and it came in under budget.',
  'Q    Governor, why did the fares go up yesterday?',
  'THE GOVERNOR:  They went up by a dollar.  Is that a lot?',
  '(Laughter.)',
  'Q    The union says the crews are short-staffed.',
  'THE GOVERNOR:  Who says that?',
  'Q    Thank you, Governor.',
  'Q    Thank you, Governor.',
  'MR. TALBOT:  We hired forty new deckhands last month.',
  'END                 10:09 A.M. EST',
];

describe('a transcript’s turns', () => {
  it('each paragraph of a turn is its labelled speaker’s; the title is the role on the turn’s first paragraph', () => {
    const out = rows([
      ...gaggle,
      'Ana Whitcombe thanked the crews, and Harbour Director Tom Talbot spoke after her.',
    ]);
    expect(out.slice(0, 5)).toEqual([
      {
        speaker: 'Ana Whitcombe',
        role: 'Governor',
        quote: 'Good morning, everybody. The new ferry sails at noon.',
        date: null,
      },
      {
        speaker: 'Ana Whitcombe',
        role: null,
        quote: 'We built the pier in eleven months, and it came in under budget.',
        date: null,
      },
      {
        speaker: 'Ana Whitcombe',
        role: 'Governor',
        quote: 'They went up by a dollar. Is that a lot?',
        date: null,
      },
      // A reporter's turn that states something: a claim with no speaker.
      { speaker: null, role: null, quote: 'The union says the crews are short-staffed.', date: null },
      // "MR. TALBOT": the surname the text writes in small letters, named in full where the text does.
      { speaker: 'Tom Talbot', role: null, quote: 'We hired forty new deckhands last month.', date: null },
    ]);
  });

  it('questions, stage directions, repeated turns, the header and the closing line give no claim', () => {
    const quotes = rows(gaggle).map((r) => r.quote);
    expect(
      quotes.some((q) =>
        /why did the fares|Who says that|Thank you, Governor|Laughter|END|REMARKS/u.test(q ?? ''),
      ),
    ).toBe(false);
    expect(quotes).toHaveLength(5);
  });

  it('no transcript without a titled label: a dateline in capitals or a single "Q" stays prose', () => {
    expect(transcriptTurns(['LONDON: The ferry sailed at noon.', 'It was late.']).size).toBe(0);
    expect(transcriptTurns(['Q: Is the ferry late?', 'A: It is on time.']).size).toBe(0);
    expect(
      transcriptTurns(['UPDATE: The ferry sailed.', 'NOTE: Fares rose.', 'Q The crews were short.']).size,
    ).toBe(0);
  });
});
