// The writer's own first person and works written are no claims; "as X put it" and "maintain that" are.
// Sentences written for the test, none taken from the corpus.
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('the writer and the works written', () => {
  it.each([
    'As I wrote at the time, nobody knew what had happened on the pier.',
    'We also boast an active forum about ferries and harbours.',
    'He wrote handbooks for the harbour board and two guides to the coast.',
    'After that, Vell wrote, and wrote, and wrote.',
    'Then Rhea Munk wrote an op-ed for the Harbour Times.',
  ])('%s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it.each([
    'Mara Quist, who wrote more than 40 books on sailing, died on Friday.',
    'In those years he wrote a third, much longer book on the lighthouse keepers.',
    'The student wrote freelance articles for a cycling website last summer.',
    'The clerk wrote her passwords on a card kept in the till.',
    'She wrote individual reports on each of the harbours she inspected.',
  ])('a work counted, described at length or of another kind: %s', (sentence) => {
    expect(propose([sentence])).toHaveLength(0);
  });

  it('writing about something, or in a work, that goes on to say what was written is a claim', () => {
    expect(only(['Rhea Munk wrote in her articles that the pier was doomed.']).speaker).toBe('Rhea Munk');
    expect(only(['Rhea Munk wrote several articles arguing that the pier should close.']).speaker).toBe(
      'Rhea Munk',
    );
  });

  it('a work written that says something is a claim', () => {
    expect(only(['Rhea Munk wrote an op-ed arguing that the pier should close.']).speaker).toBe('Rhea Munk');
    expect(only(['Rhea Munk wrote a book in which she said that the pier was doomed.']).speaker).toBe(
      'Rhea Munk',
    );
  });
});

describe('"as X put it" and "maintain that"', () => {
  it('as X put it', () => {
    const c = only([
      'Tomas Vell runs the ferry.',
      'As Vell put it, “Had the tide turned, we would have sailed.”',
    ]);
    expect(c.speaker).toBe('Tomas Vell');
    expect(c.quote).toBe('Had the tide turned, we would have sailed.');
  });
  it('as an outlet put it', () => {
    expect(only(['The pier was closed, as the Harbour Times put it on Tuesday, “for good.”']).quote).toBe(
      'for good.',
    );
  });
  it('maintain that', () => {
    expect(only(['His lawyers maintain that the charges are baseless.']).speaker).toBe('lawyers');
    expect(propose(['The board needs to maintain that balance for a decade.'])).toHaveLength(0);
  });
});

describe('"began to", "was quick to"', () => {
  it.each([
    ['Harbour readers also began to corroborate the story.', 'Harbour readers'],
    ['Mayor Ana Roe was quick to criticize the ferry board.', 'Ana Roe'],
    ['Harbour experts began to question the cost of the pier.', 'Harbour experts'],
  ])('%s', (sentence, speaker) => {
    expect(only([sentence]).speaker).toBe(speaker);
  });
  it('"began to sail" says nothing', () => {
    expect(propose(['The ferry began to sail again in May.'])).toEqual([]);
  });
});
