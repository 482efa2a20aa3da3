// "according to" a paper: the body that issued it speaks, however the paper is phrased ("a Larkin
// Economics report in June", "a Harrow Institute analysis", "a 2016 report from the Ocean Council",
// "Trade Department data compiled by …"); when it came out is no part of the issuer. Sentences written
// for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('the issuer of a paper named before its noun', () => {
  it('"a Larkin Economics report in April" is Larkin Economics, not April', () => {
    expect(speakers(['Exports fell by a third, according to a Larkin Economics report in April.'])).toEqual([
      'Larkin Economics',
    ]);
  });

  it('"a Harrow Institute analysis" is the institute', () => {
    expect(
      speakers(['Rents rose fastest in small towns, according to a Harrow Institute analysis.']),
    ).toEqual(['Harrow Institute']);
  });

  it('"Trade Department data compiled by …" is the department', () => {
    expect(
      speakers([
        'Shipments grew in 31 states, according to Trade Department data compiled by the Daily Ledger.',
      ]),
    ).toEqual(['Trade Department']);
  });
});

describe('the issuer named after the paper', () => {
  it('"a 2016 report from the Ocean Council" is the council', () => {
    expect(
      speakers(['Reefs could vanish by 2050, according to a 2016 report from the Ocean Council.']),
    ).toEqual(['Ocean Council']);
  });

  it('"figures released by the Port Authority in August" is the Port Authority', () => {
    expect(
      speakers(['Cargo volumes doubled, according to figures released by the Port Authority in August.']),
    ).toEqual(['Port Authority']);
  });
});
