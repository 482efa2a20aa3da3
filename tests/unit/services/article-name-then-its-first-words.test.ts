// A person named in full first ("Halima Musa Dankwa") and later by the first words of the name ("Halima
// Musa", then "Musa") is the full name throughout: the fullest form is the speaker. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker ?? null);

describe('a name given in full, then by its first words', () => {
  it('"Halima Musa" and "Musa said" after "Halima Musa Dankwa" are the full name', () => {
    expect(
      speakers([
        'The first student to be found was Halima Musa Dankwa, who reached a village in June.',
        'Halima Musa told reporters in August that she had been held for two years.',
        'Musa said that the guards moved the girls every week.',
      ]),
    ).toEqual(['Halima Musa Dankwa', 'Halima Musa Dankwa']);
  });
});
