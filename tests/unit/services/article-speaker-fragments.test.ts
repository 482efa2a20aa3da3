// A subject phrase that cannot be anyone's name — a clause with a modal in it, a phrase cut off after a
// preposition — leaves the claim's speaker empty rather than printing the fragment; a day written as an
// adverb after a body's name ("Acme today said") is no part of the name, nor is a clause read into it after
// the name ("Ann Roe issued regular promises"); a paper "by the country's Planning Office" is the office's;
// a paper with no issuer ("the tweet shown above") relays, speaker none; "Shares in" is no part of a
// company's name. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { proposeCandidates } from '../../../electron/services/import/article';

const claims = (text: string) =>
  proposeCandidates(text, 'text', { model: null }).candidates.map((c) => ({
    speaker: c.speaker ?? null,
    statement: c.statement,
  }));

describe('subject phrases that are no speaker', () => {
  it('keeps the claim but names no speaker when the subject read is a clause with a modal', () => {
    const out = claims(
      'Brightwell will show its first electric van, marking the start of a wave of battery models from big makers during the next three years that market watchers say will lift sales.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.speaker).toBeNull();
  });

  it('keeps the claim but names no speaker when the subject read ends on a preposition', () => {
    const out = claims(
      'Officials said the review would finish soon. The harbour board charged with said the cost was too high.',
    );
    const cut = out.find((c) => c.statement.startsWith('The harbour board'));
    expect(cut).toBeDefined();
    expect(cut?.speaker).toBeNull();
  });
});

describe('a day as an adverb after a name', () => {
  it('reads "Tidewater Freight today said" as Tidewater Freight', () => {
    expect(claims('Tidewater Freight today said the merger would close in June.')[0]?.speaker).toBe(
      'Tidewater Freight',
    );
  });

  it('reads "The Harbour Trust yesterday said" as the Harbour Trust', () => {
    expect(claims('The Harbour Trust yesterday said the pier would close.')[0]?.speaker).toBe(
      'Harbour Trust',
    );
  });
});

describe('a clause read into the name after it', () => {
  it('ends the name before a verb in the past tense ("Dana Whitlock issued regular promises")', () => {
    expect(
      claims(
        'During the mayoral race, Dana Whitlock issued regular promises to “look after” the harbour towns.',
      )[0]?.speaker,
    ).toBe('Dana Whitlock');
  });
});

describe('a paper standing for its issuer', () => {
  it('reads "according to a recent trade study by the country\'s Regional Planning Office" as the office', () => {
    expect(
      claims(
        "Exports to the region will double by 2030, according to a recent trade study by the country's Regional Planning Office.",
      )[0]?.speaker,
    ).toBe('Regional Planning Office');
  });
});

describe('a paper with no issuer', () => {
  it('relays "the tweet shown above" and names no speaker', () => {
    const [only] = proposeCandidates(
      'The tweet shown above claimed the ferry had sunk near the pier.',
      'text',
      {
        model: null,
      },
    ).candidates;
    expect(only?.speaker).toBeUndefined();
    expect(only?.relayedBy).toBe('tweet');
  });

  it('makes no claim of "some studies suggest", findings that only show', () => {
    expect(claims('Some studies suggest that rents in the valley will fall by a third.')).toEqual([]);
  });
});

describe("a market word opening a company's name", () => {
  it('reads "the company" after "Shares in Tidewater Energy rose" as Tidewater Energy', () => {
    expect(
      claims(
        'Shares in Tidewater Energy rose 6% on Monday.\n\nThe company said demand for gas was strong.',
      ).at(-1)?.speaker,
    ).toBe('Tidewater Energy');
  });
});
