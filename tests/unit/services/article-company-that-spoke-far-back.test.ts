// "The company says" paragraphs after a business spoke, with other people speaking between and no
// business named in view, is that business (the fixtures README: "a body referred to by a common noun
// ("the company said") is that body"), also when the name was read first as a person's but given a body's
// noun ("The group that owns her songs, Red Anvil, says"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('the company that spoke far back', () => {
  it('"the company says" after others spoke is the business that spoke last', () => {
    expect(
      speakers([
        'Zentrol said it would appeal the fine on Monday.',
        'Ana Roe, a lawyer for the families, said the case was weak.',
        'Bob Lee said it was a blow. Ann Kay said she agreed with the ruling.',
        'But the company says it did nothing wrong.',
      ]),
    ).toEqual(['Zentrol', 'Ana Roe', 'Bob Lee', 'Ann Kay', 'Zentrol']);
  });

  it('a name given a body\'s noun ("The group that owns her songs, Red Anvil") is the company', () => {
    expect(
      speakers([
        'The group that owns her songs, Red Anvil, says she may sing them on the tour.',
        'Maria Lopez said last week she had been blocked from singing them.',
        'But the company says she never needed its permission.',
      ]),
    ).toEqual(['Red Anvil', 'Maria Lopez', 'Red Anvil']);
  });

  it('a person who spoke last is never "the company"', () => {
    expect(
      speakers(['Maria Lopez said she had been blocked.', 'The company said it had blocked nothing.']),
    ).toEqual(['Maria Lopez', 'company']);
  });
});
