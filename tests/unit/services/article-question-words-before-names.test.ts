import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('article importer: a question or imperative opening a sentence is no part of the name after it', () => {
  it('leaves a heading’s question word out of the name the article widens to later', () => {
    const c = propose([
      'Why Marta Oyelaran keeps winning',
      'Former mayor Marta Oyelaran said the vote had been fair.',
      'Oyelaran said she would run again.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Marta Oyelaran', 'Marta Oyelaran']);
  });

  it('leaves an auxiliary and an imperative out of the name', () => {
    const c = propose([
      'Is Pavel Grunwald ready for the job?',
      'Ask Pavel Grunwald about the budget and he smiles.',
      'Grunwald said the budget was balanced.',
    ]);
    expect(c.at(-1)?.speaker).toBe('Pavel Grunwald');
  });
});

describe('a verb of saying opening an inverted frame', () => {
  it('"Replied Tomas, with some delicacy, …": the verb is no part of the name; later "Tomas" is Tomas Brandt', () => {
    const c = propose([
      'Tomas Brandt runs the club his father bought.',
      '“Would you sell it?” his father asked.',
      'Replied Tomas, with some delicacy, “Well, I don’t think we would.”',
      '“We took it too far,” Tomas said.',
    ]);
    expect(c.map((x) => x.speaker)).not.toContain('Replied Tomas');
    expect(c.at(-1)!.speaker).toBe('Tomas Brandt');
  });
});
