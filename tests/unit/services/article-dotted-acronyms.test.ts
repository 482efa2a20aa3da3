// "The C.D.C. said": an acronym written with stops is the body the article names in full, as "CDC" is.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('acronyms written with stops', () => {
  it('"the C.D.C. said" after "the Centers for Disease Control and Prevention"', () => {
    expect(
      speakers([
        'The Centers for Disease Control and Prevention tracks flu cases every winter.',
        'The C.D.C. said the vaccine was 60 percent effective this year.',
      ]),
    ).toEqual(['Centers for Disease Control and Prevention']);
  });

  it('a dotted acronym the article never spells out stays as written', () => {
    expect(speakers(['The Q.R.B. said the bridge would reopen on Monday.'])).toEqual(['Q.R.B.']);
  });
});
