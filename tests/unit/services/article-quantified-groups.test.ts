// Quantified groups lose their quantifier, as the labels have it; sentences written for the test.
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

const who = (c: { speaker?: string; speakerRole?: string }) => [c.speaker, c.speakerRole];

describe('a group with a quantifier', () => {
  it('"most of the companies reported" → companies', () => {
    expect(who(only(['This quarter, most of the companies reported better results than expected.']))).toEqual(
      ['companies', undefined],
    );
  });

  it('"executives of both companies announced" → companies, role executives', () => {
    expect(who(only(['On Wednesday, executives of both companies announced the order.']))).toEqual([
      'companies',
      'executives',
    ]);
  });

  it('a quantified object ("some of those funds") leaves the subject as it was', () => {
    expect(only(['Prakash said some of those funds could be spent on buses.']).speaker).toBe('Prakash');
  });
});
