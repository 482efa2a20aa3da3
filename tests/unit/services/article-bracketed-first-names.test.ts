// A first name the writer adds in brackets inside a quotation ("Coach (Frank) Vogel") is the person's full
// name for later surnames; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a bracketed first name after a title', () => {
  it('"Coach (Mara) Lindgren" makes "Lindgren said" Mara Lindgren', () => {
    const c = propose([
      '“Coach (Mara) Lindgren told us to keep shooting,” Okafor said.',
      'Lindgren said the team had earned the win.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Mara Lindgren');
  });

  it('brackets holding no first name ("(R-Texas)", "(AP)") name no one', () => {
    const c = propose(['Sen. (R-Texas) Holt voted no.', 'Holt said the bill was rushed.']);
    expect(c.at(-1)!.speaker).toBe('Holt');
  });
});
