// A capitalised word that is not the speaker's name read as the speaker: a body's role phrase set off
// after the name ("Ana Roe, ERAA director of air transport, said"), the role's body before the name
// ("The chief executive of Acme, Ana Roe, said"), a function word opening the sentence glued to a
// surname ("Without Roe, …"). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

const rules = { model: null } as const;

describe('a role phrase after the name is the role, the name the speaker', () => {
  it('"Andy Marlowe, ERAA director of air transport, said" is Andy Marlowe', () => {
    const c = only(
      ['Andy Marlowe, ERAA director of air transport, said the advice misled customers.'],
      rules,
    );
    expect(c.speaker).toBe('Andy Marlowe');
  });

  it('"Hilda Braymore, USI associate professor of art history, said" is Hilda Braymore', () => {
    const c = only(
      ['Hilda Braymore, USI associate professor of art history, said the prints were rare.'],
      rules,
    );
    expect(c.speaker).toBe('Hilda Braymore');
  });

  it('a body\'s possessive: "Mick Wolton, Aid Vision\'s national director in Ruritania, told"', () => {
    const c = only(
      [
        '"The wind is terrifying," Mick Wolton, Aid Vision\'s national director in Ruritania, told reporters.',
      ],
      rules,
    );
    expect(c.speaker).toBe('Mick Wolton');
  });
});

describe('a role of a body or person, then the name that holds it', () => {
  it('"The chief executive of Acme Global, Nick Bucklow, has acknowledged" is Nick Bucklow', () => {
    const c = only(
      ['The chief executive of Acme Global, Nick Bucklow, has acknowledged that his company failed.'],
      rules,
    );
    expect([c.speaker, c.speakerRole]).toEqual(['Nick Bucklow', 'chief executive of Acme Global']);
  });

  it('"An uncle of Yasin Labedi, Abdel Malik Labedi, told" is the uncle, not the nephew', () => {
    const c = only(
      ['An uncle of Yasin Labedi, Abdel Malik Labedi, told reporters that no one had seen signs of trouble.'],
      rules,
    );
    expect(c.speaker).toBe('Abdel Malik Labedi');
  });

  it('"Her mother, Fiona, said" is unchanged: Fiona, role mother', () => {
    const c = only(['Her mother, Fiona, said the school was fine.'], rules);
    expect([c.speaker, c.speakerRole]).toEqual(['Fiona', 'mother']);
  });
});

describe('an acronym the article never defines, spelling a body it names', () => {
  it('"the USDA said" after "the U.S. Department of Agriculture said": a word in capitals gives its letters', () => {
    const c = propose(
      [
        'Milk from Nevada showed a new strain, the U.S. Department of Agriculture said on Wednesday.',
        'The strain was found in poultry too, the USDA said.',
      ],
      rules,
    );
    expect(c.map((x) => x.speaker)).toEqual([
      'U.S. Department of Agriculture',
      'U.S. Department of Agriculture',
    ]);
  });

  it('"the NIH said" after "the National Institutes of Health in Bethesda": the place is no part of the name', () => {
    const c = only(
      [
        'The patient is being treated at the National Institutes of Health in Bethesda.',
        'The worker was in serious condition Friday, the NIH said.',
      ],
      rules,
    );
    expect(c.speaker).toBe('National Institutes of Health');
  });
});

describe('a function word opening the sentence is no part of the name', () => {
  it('"Not Munnery" is not a name: the later "Munnery" is the full name given before', () => {
    const c = only(
      [
        'Olivia Munnery wrote a book about school.',
        'Not Munnery herself, though: she stayed home.',
        '"I joined a new clique every month," says Munnery.',
      ],
      rules,
    );
    expect(c.speaker).toBe('Olivia Munnery');
  });
});

describe('where a body or a town is, after it, is no speaker', () => {
  it('"The Joint Storm Warning Centre in Pearl Harbor, Hawaii, said" is the centre', () => {
    const c = only(
      ['The Joint Storm Warning Centre in Pearl Harbor, Hawaii, said the cyclone had weakened.'],
      rules,
    );
    expect(c.speaker).toBe('Joint Storm Warning Centre');
  });

  it('a short body keeps its place: "the Health Ministry in Gaza"', () => {
    const c = only(['Most hospitals have shut down, according to the Health Ministry in Gaza.'], rules);
    expect(c.speaker).toBe('Health Ministry in Gaza');
  });

  it('"Wray Grimley of the University of Otago in Dunedin, New Zealand, said" is Wray Grimley', () => {
    const c = only(
      [
        '"The effects will not be small," Wray Grimley of the University of Otago in Dunedin, New Zealand, said.',
      ],
      rules,
    );
    expect(c.speaker).toBe('Wray Grimley');
  });

  it('"en route to Vilseck, Germany, a U.S. Army Europe spokesman told" is no "Germany"', () => {
    const c = only(
      ['The convoy will travel en route to Vilseck, Germany, a U.S. Army Europe spokesman told the paper.'],
      rules,
    );
    expect(c.speaker).toBe('U.S. Army Europe');
  });
});
