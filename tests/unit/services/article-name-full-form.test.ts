// A speaker's name as the article gives it in full: a nickname inside it, a place's dotted capitals before a
// surname, a reflexive pronoun after it, a role word that is the first name of an appositive's name.
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const rules = { model: null } as const;
const speakers = (paragraphs: string[]) => propose(paragraphs, rules).map((c) => c.speaker);

describe('a nickname inside the name', () => {
  it('in quotation marks: \'B.K. "Red" Ambler\' is the name, and "Ambler" later is that person', () => {
    expect(
      speakers([
        'The mill will cut its debt this year, B.K. "Red" Ambler, chairman, told reporters.',
        'Ambler said the mill hopes to raise output.',
      ]),
    ).toEqual(['B.K. "Red" Ambler', 'B.K. "Red" Ambler']);
  });

  it('in curly quotation marks after a first name', () => {
    expect(
      speakers([
        'The harvest was poor, according to Walter “Bud” Tennick, a grower.',
        'Tennick said the rain came late.',
      ]).at(-1),
    ).toBe('Walter “Bud” Tennick');
  });

  it('in brackets after a middle initial: "Carl E. (Chip) Dorsey", not "Carl E."', () => {
    expect(
      speakers([
        'The bank will lend more next year, said Carl E. (Chip) Dorsey, its president.',
        'Dorsey told reporters the loans were safe.',
      ]),
    ).toEqual(['Carl E. (Chip) Dorsey', 'Carl E. (Chip) Dorsey']);
  });
});

describe('a place before a surname', () => {
  it('"In the U.S. Ambler said": the dotted capitals are the fronted phrase’s, no initials', () => {
    expect(
      speakers([
        'Hana Ambler, chairman, told reporters that the mill would grow.',
        'In the U.S. Ambler said the mill hopes to open a plant.',
      ]),
    ).toEqual(['Hana Ambler', 'Hana Ambler']);
  });

  it('a body named with them keeps them ("U.S. Steelworks said")', () => {
    expect(speakers(['U.S. Steelworks said it would cut jobs.'])).toEqual(['U.S. Steelworks']);
  });
});

describe('a reflexive pronoun after the name', () => {
  it('"Ann Roe herself has said" → Ann Roe', () => {
    expect(speakers(['Marta Kellerby herself has said that voters complain too much.'])).toEqual([
      'Marta Kellerby',
    ]);
  });
});

describe('an acronym with a reflexive pronoun after it', () => {
  it('"The WHO itself has warned" is the body the article names in full', () => {
    expect(
      speakers([
        'The Coastal Shipping Authority (CSA) met on Monday.',
        'The CSA itself has warned that fares would rise.',
      ]).at(-1),
    ).toBe('Coastal Shipping Authority');
  });
});

describe('a first name that is a role word, in an appositive after a comma', () => {
  it('"A spokesman for the port, Dean Boyd, said": Dean Boyd, and "Mr Boyd" later is he', () => {
    expect(
      speakers([
        'A spokesman for the Fenwick Port Authority, Dean Boyd, said the cargo was late.',
        'But Mr Boyd pointed out that the cargo was insured.',
      ]),
    ).toEqual(['Dean Boyd', 'Dean Boyd']);
  });

  it('a title "Dean" after a capitalised word stays the role', () => {
    const [c] = propose(['Law School Dean Ana Sample said the exams would move online.'], rules);
    expect([c?.speaker, c?.speakerRole]).toEqual(['Ana Sample', 'Law School Dean']);
  });
});

describe('a surname two people the article names share', () => {
  it('is the one the article last named in full, not the one it introduced last', () => {
    expect(
      speakers([
        'Ruth Calder, the founder of the mill, said the roof would be fixed.',
        'Owen Calder, the plant manager, said the repairs would take a month.',
        'Ruth Calder said the cost would be met from savings.',
        'Calder added that no jobs would go.',
      ]),
    ).toEqual(['Ruth Calder', 'Owen Calder', 'Ruth Calder', 'Ruth Calder']);
  });
});
