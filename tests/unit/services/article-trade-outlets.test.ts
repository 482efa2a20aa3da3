// Trade papers, magazines and journals relay what they report, as newspapers do: "Deadline reports that
// …", "according to Box Office Mojo", "a paper in Nature argued", a hyphenated masthead ("the Millbrook
// News-Register"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const fields = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.relayedBy ?? null]);

describe('trade papers and journals relay', () => {
  it('"Deadline reports that …" has no speaker, Deadline relays', () => {
    expect(fields(['Deadline reports that the studio is in talks with the writer.'])).toEqual([
      [null, 'Deadline'],
    ]);
  });

  it('"according to Box Office Mojo" relays', () => {
    expect(fields(['The sequel made $40 million, according to Box Office Mojo.'])).toEqual([
      [null, 'Box Office Mojo'],
    ]);
  });

  it('"a paper in Nature argued" relays through the journal', () => {
    expect(fields(['A paper in Nature in May argued that the glacier is thinning.'])).toEqual([
      [null, 'Nature'],
    ]);
  });

  it('a speaker who "told Variety" keeps the speaker, Variety relays', () => {
    expect(fields(['“We start in June,” the director Ana Brill told Variety.'])).toEqual([
      ['Ana Brill', 'Variety'],
    ]);
  });
});
