import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';
import { isHardWrapped, textToParagraphs, unwrapLines } from '../../../electron/services/import/plain-text';

// Invented wire copy, wrapped at about 64 characters the way plain-text wire services and e-mail keep it:
// a headline line, paragraphs starting on an indented line, every other line broken mid-sentence.
const WIRE = [
  'PORT AUTHORITY SAYS HARBOUR DREDGING TO RESUME',
  '    SEAHAVEN, May 4 - The Seahaven port authority said on Monday',
  'it would resume dredging the northern channel next month after a',
  'two-year pause forced by a dispute with fishing cooperatives.',
  '    "We have reached terms that protect the spawning grounds and',
  'keep the port open to larger ships. Nobody got everything they',
  'wanted," authority chairwoman Delia Marsh told reporters.',
  "    The cooperatives' spokesman, Tomas Reyes, said members had",
  'voted to accept the compromise but would monitor the well-',
  'known breeding areas closely.',
  ' Reuter',
].join('\n');

describe('plain text is read in the layout it was written in', () => {
  it('joins the lines of a hard-wrapped text into its paragraphs: indented lines start them', () => {
    expect(textToParagraphs(WIRE)).toEqual([
      'PORT AUTHORITY SAYS HARBOUR DREDGING TO RESUME',
      'SEAHAVEN, May 4 - The Seahaven port authority said on Monday it would resume dredging the northern channel next month after a two-year pause forced by a dispute with fishing cooperatives.',
      '"We have reached terms that protect the spawning grounds and keep the port open to larger ships. Nobody got everything they wanted," authority chairwoman Delia Marsh told reporters.',
      "The cooperatives' spokesman, Tomas Reyes, said members had voted to accept the compromise but would monitor the well-known breeding areas closely.",
      'Reuter',
    ]);
  });

  it('ends a paragraph at a short last line when the text is not indented', () => {
    const text = [
      'The regional council said on Tuesday that the new tram line would',
      'open in the spring, a year later than planned, because suppliers',
      'had delivered the rails late.',
      'Opposition councillors said the delay would cost taxpayers more',
      'than the council admitted and demanded an independent audit of',
      'the contracts.',
    ].join('\n');
    expect(textToParagraphs(text)).toEqual([
      'The regional council said on Tuesday that the new tram line would open in the spring, a year later than planned, because suppliers had delivered the rails late.',
      'Opposition councillors said the delay would cost taxpayers more than the council admitted and demanded an independent audit of the contracts.',
    ]);
  });

  it('keeps one paragraph a line when lines are whole paragraphs, and blank-line paragraphs as before', () => {
    const lines = [
      'Lawmakers voted on Thursday to extend the programme by two years after a long debate in the chamber.',
      'The minister said the extension would be funded from existing budgets.',
      'Critics said it was a missed chance.',
    ];
    expect(isHardWrapped(lines)).toBe(false);
    expect(textToParagraphs(lines.join('\n'))).toEqual(lines);
    expect(textToParagraphs('First paragraph\nwrapped once.\n\nSecond paragraph.')).toEqual([
      'First paragraph wrapped once.',
      'Second paragraph.',
    ]);
    // Short lines that each end a sentence (a list, a poem, a transcript) are not wrapped prose.
    expect(isHardWrapped(['Yes.', 'No, not at all.', 'Perhaps later.', 'We will see.'])).toBe(false);
  });

  it('finds a quotation broken over wrapped lines as one claim with its speaker', () => {
    const { candidates } = proposeCandidates(WIRE, 'text', { outlet: 'Reuters' });
    const marsh = candidates.find((c) => c.speaker === 'Delia Marsh');
    expect(marsh?.quote).toBe(
      'We have reached terms that protect the spawning grounds and keep the port open to larger ships. Nobody got everything they wanted',
    );
    expect(marsh?.speakerRole?.toLowerCase()).toContain('chairwoman');
    expect(candidates.some((c) => c.speaker === 'Tomas Reyes')).toBe(true);
  });

  it('reads a paste of hundreds of thousands of lines without blank lines (no limit on arguments)', () => {
    // A long listing pasted whole: far more lines than a function call takes arguments.
    const lines = Array.from(
      { length: 300_000 },
      (_, i) => `${i % 7 === 0 ? '    ' : ''}Entry ${i} of a long list and`,
    );
    expect(() => isHardWrapped(lines)).not.toThrow();
    const paragraphs = unwrapLines(lines);
    // Indented lines start paragraphs: one every seventh line, every line's text kept.
    expect(paragraphs).toHaveLength(Math.ceil(300_000 / 7));
    expect(paragraphs[1]).toBe(
      'Entry 7 of a long list and Entry 8 of a long list and Entry 9 of a long list and Entry 10 of a long list and Entry 11 of a long list and Entry 12 of a long list and Entry 13 of a long list and',
    );
  });
});
