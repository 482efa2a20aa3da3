// "the report said" with no issuer named before it, where the next paragraphs name it ("the NTB report
// said", "Albescu's letter"): the issuer is the speaker, no relay (the fixtures README, "a report whose
// issuer the text names is the issuer's", settled in session 21), named as the article names it in full.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claimOn = (paragraphs: string[], words: string) => {
  const c = propose(paragraphs).find((x) => x.statement.includes(words));
  expect(c, words).toBeDefined();
  return c!;
};

describe('a paper whose issuer is named after it', () => {
  it('"the report said", then "the NTB report said": the body by its full name', () => {
    const c = claimOn(
      [
        'Nearly half the bridges in the county need repair, the Northfield Transport Board (NTB) has said.',
        'Bridges built before 1960 were "in the worst state", the report said. Repairs should start within two years, the NTB report said.',
      ],
      'in the worst state',
    );
    expect(c.speaker).toBe('Northfield Transport Board');
    expect(c.relayedBy).toBeUndefined();
  });

  it('"the letter said", then the writer\'s letter by surname: the writer by full name', () => {
    const c = claimOn(
      [
        'Parking fines in Carrow rose by a third last year. Rita Albescu has asked the council to review them.',
        'The fines were "out of all proportion", the letter said. Albescu\'s letter was sent on Monday.',
      ],
      'out of all proportion',
    );
    expect(c.speaker).toBe('Rita Albescu');
    expect(c.relayedBy).toBeUndefined();
  });
});
