// Quote spans and claims (session 29, engine Q): a question or exclamation closed by its mark, then a short
// tag of any case ("The ferry's captain, Ole Brandt, said."), is one sentence with its tag; a second speaker
// after a quotation closed with its comma ("… “was brave,” but Ward said …") is a claim of its own; "Corp."
// closing a name ends the sentence before "He said"; "…, according to X, who said she …" is two claims of X.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a question or exclamation before its tag', () => {
  it('is one sentence with a tag whose subject has lower-case words', () => {
    const claims = propose([
      'The ferry was late again. “What were the passengers supposed to do?” The ferry’s captain, Ole Brandt, said. “Nobody told us the pier was shut.”',
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker).toBe('Ole Brandt');
    expect(claims[0]?.quote).toBe(
      'What were the passengers supposed to do? … Nobody told us the pier was shut.',
    );
  });

  it('is one sentence with "wrote" or "tweeted" after the name', () => {
    const claims = propose([
      'Singer Tove Lund tweeted, “Rest well, old friend!” “We will miss your laugh on every stage!” Lund wrote.',
    ]);
    expect(claims).toHaveLength(2);
    expect(claims[0]?.quote).toBe('Rest well, old friend!');
    expect(claims[1]?.quote).toBe('We will miss your laugh on every stage!');
  });

  it('is not joined to a tag that opens a quotation of its own', () => {
    const claims = propose([
      '“Can we show it in cinemas?” Dana Voss smiles and says, “The studios are still getting used to us.”',
    ]);
    expect(claims.map((c) => c.quote)).not.toContain(
      'Can we show it in cinemas? … The studios are still getting used to us.',
    );
  });
});

describe('a second speaker after a quotation closed with its comma', () => {
  it('is a claim of its own, with its own quote', () => {
    const claims = propose([
      'Judge Mira Holt said the waltz “was brave,” but Otto Ward said the steps were “sloppy.”',
    ]);
    expect(claims).toHaveLength(2);
    expect(claims[0]?.speaker).toBe('Mira Holt');
    expect(claims[0]?.quote).toBe('was brave');
    expect(claims[1]?.speaker).toBe('Otto Ward');
    expect(claims[1]?.quote).toBe('sloppy.');
  });
});

describe('a name closed by an abbreviation', () => {
  it('ends its sentence before a pronoun subject', () => {
    const claims = propose([
      '“The board is still weighing it,” said Ned Lowe of Harbor Trust Corp. He said rates would rise by June.',
    ]);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.speaker).toBe('Ned Lowe');
    expect(claims[1]?.sentence).toMatch(/^He said rates/u);
  });
});

describe('a speaker’s relative clause with "said"', () => {
  it('is a second claim of the same speaker', () => {
    const claims = propose([
      'The fire started in the kitchen, according to a neighbour, Ines Varga, who said she was asleep when the alarm went off.',
    ]);
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.speaker)).toEqual(['Ines Varga', 'Ines Varga']);
  });
});
