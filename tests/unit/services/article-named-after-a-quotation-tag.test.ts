// A generic noun named next (settled in session 21) also where the next paragraph opens on a quotation whose
// tag names the speaker ("“…,” said Jane Roe, who …"); the run of an interview then reaches the named units.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs, { outlet: 'The Valley Herald', model: null }).map((c) => [
    c.speaker,
    c.speakerRole ?? null,
    c.relayedBy ?? null,
  ]);

describe('a relative named by the quotation tag after her', () => {
  it('is that person, and her interview runs on to her', () => {
    expect(
      claims([
        'Brother missing',
        "The climber's sister told Reuters that he had been training for months.",
        '"He knew every path on that mountain," said Helga Morrow, who flew in from Oslo.',
      ]),
    ).toEqual([
      ['Helga Morrow', 'sister', 'Reuters'],
      ['Helga Morrow', null, 'Reuters'],
    ]);
  });
});
