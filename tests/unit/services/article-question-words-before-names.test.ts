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
