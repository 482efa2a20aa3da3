// An acronym the article gives in brackets with a small word's letter in lower case ("Transport for Leeds
// (TfL)") names that body, as "(KCNA)" does; the speaker is the full name (the fixtures README: a body named
// by an acronym is named by the full name the article gives it). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakerOf = (paragraphs: string[], words: string) =>
  propose(paragraphs, { model: null }).find((x) => x.statement.includes(words))?.speaker;

describe('an acronym with a small word in lower case', () => {
  it('"TfL said" after "Transport for Leeds (TfL)" is Transport for Leeds', () => {
    expect(
      speakerOf(
        [
          'Trams in the city are run by Transport for Leeds (TfL).',
          'TfL said it was aware of the complaints.',
        ],
        'aware of the complaints',
      ),
    ).toBe('Transport for Leeds');
  });
});
