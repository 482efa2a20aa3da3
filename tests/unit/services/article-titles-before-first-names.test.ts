import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('article importer: a capitalised title before a first name and surname is no part of the name', () => {
  it('keeps the first name and surname after two title words', () => {
    const c = propose([
      'Investor Liaison Brian Tolkowsky said the fund would close.',
      'Tolkowsky said investors had been told.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Brian Tolkowsky', 'Brian Tolkowsky']);
  });

  it('keeps a three-word name whose first word is no known first name', () => {
    const c = propose(['Kwabena Anthony Mensah said the talks had failed.']);
    expect(c[0]?.speaker).toBe('Kwabena Anthony Mensah');
  });
});
