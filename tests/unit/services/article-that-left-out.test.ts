// A that-clause with its "that" left out after a verb of saying: "the board agreed the figures were wrong",
// "assured the judge he did", "bragged she had won" — the verbs read with "that" read it without one too.
// Sentences written for the test (invented).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraph: string) => propose([paragraph], { model: null }).map((c) => c.speaker ?? null);

describe('a that-clause with no "that"', () => {
  it('"agreed the claims were …", "agreed he was …"', () => {
    expect(speakers('Later, the harbour board agreed the claims were based on faulty tide data.')).toEqual([
      'harbour board',
    ]);
    expect(
      speakers('Asked about the new ferry, the captains agreed it was the best they had sailed.'),
    ).toEqual(['captains']);
  });

  it('"assured the judge he did"', () => {
    expect(speakers('Tom Lee assured the judge he did.')).toEqual(['Tom Lee']);
  });

  it('"agreed to" and "agreed" alone still say nothing', () => {
    expect(speakers('The harbour board agreed to buy two new ferries.')).toEqual([]);
    expect(speakers('Ana Roe agreed.')).toEqual([]);
  });
});
