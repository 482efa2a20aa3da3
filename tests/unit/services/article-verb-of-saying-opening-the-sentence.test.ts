// A verb of saying that opens the sentence, its subject after it: "Added Tom Lee, a spokesman …, “…”".
// Sentences written for the test (invented).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraph: string) => propose([paragraph], { model: null }).map((c) => c.speaker ?? null);

describe('a verb of saying opening the sentence', () => {
  it('"Added X, a spokesman …, “…”" and with a colon', () => {
    expect(
      speakers('Added Tom Lee, a spokesman for the ferry firm, “We believe the timetable is right.”'),
    ).toEqual(['Tom Lee']);
    expect(speakers('Added Ana Roe, the harbour master: “The pier will be ready in May.”')).toEqual([
      'Ana Roe',
    ]);
  });

  it('a capitalised word that is no verb of saying opens nothing', () => {
    expect(speakers('Adding Tom Lee to the crew was the best choice the ferry firm made.')).toEqual([]);
  });
});
