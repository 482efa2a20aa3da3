import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('article importer: role words run into a name where a person is first named', () => {
  it('keeps an organisation and a title in capitals out of the name, and later surnames widen to the name', () => {
    const c = propose([
      'Acmetel CIO Varun Oskarsdottir said the network would be rebuilt next year.',
      'Oskarsdottir said the cost would be shared with partners.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Varun Oskarsdottir', 'Varun Oskarsdottir']);
  });

  it('takes a capitalised job noun opening the sentence as no part of the name', () => {
    const c = propose(['Plumber Tom Hollis said the price of copper had doubled since the spring.']);
    expect(c[0]?.speaker).toBe('Tom Hollis');
  });

  it('takes the two words after a job noun as the name in a long run opening on capitals', () => {
    const c = propose([
      'Senior Lecturer QMU Urban Transport Policy Consultant Hamish Oyelowo said the fares were too high.',
    ]);
    expect(c[0]?.speaker).toBe('Hamish Oyelowo');
  });
});
