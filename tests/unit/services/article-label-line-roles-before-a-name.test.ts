// A label line ("… Name: “…”") whose role holds a body's capitalised name and a role word, or two titles
// joined by "and" with an acronym: the name after the role words speaks, every word before it is the role.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rows = (paragraphs: string[]) =>
  propose(paragraphs, { published: '2024-05-08', outlet: 'Harbour Brief' }).map((c) => ({
    speaker: c.speaker,
    role: c.speakerRole,
  }));

describe('the role words before a label line’s name', () => {
  it('"Body of Place Chief Name": the name speaks, the body and title are the role', () => {
    expect(
      rows([
        'Officials praised the new levee:',
        'Velmont Division of Flood Management Chief R. Ana Tarrow: “The levee held through the worst storm in a century.”',
      ]).at(-1),
    ).toEqual({ speaker: 'R. Ana Tarrow', role: 'Velmont Division of Flood Management Chief' });
  });

  it('"Company President and COO Name": the titles joined by "and" are the role, not part of the name', () => {
    expect(
      rows([
        'Executives welcomed the ruling:',
        'Orrin Freight President and COO Tomas Ferrow: “We will hire four hundred drivers this spring.”',
      ]).at(-1),
    ).toEqual({ speaker: 'Tomas Ferrow', role: 'Orrin Freight President and COO' });
  });
});
