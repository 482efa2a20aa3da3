// Words next to a person's name that are none of it: a role to come written apart ("President Elect"), a
// compound of a place of two words ("South Korea-born"), a page's furniture run into the text ("Caption"),
// and a quotation closed by an opening mark after a comma. Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker);

describe('words at the edge of a name', () => {
  it('"Governor Elect Ana Roe": "Elect" is the role’s', () => {
    expect(speakers(['“We start on Monday,” Governor Elect Ana Roe said.'])).toEqual(['Ana Roe']);
  });

  it('"New Zealand-born Kell": the compound of a place is no part of the name', () => {
    expect(speakers(['New Zealand-born Kell said the talks had stalled.'])).toEqual(['Kell']);
  });

  it('"Caption Ana Roe speaks …": a caption’s label is no first name', () => {
    expect(speakers(['Caption Ana Roe speaks in Leeds on Monday. Roe said the vote was close.'])).toEqual([
      'Ana Roe',
    ]);
  });

  it('"from the United Kingdom,“ Roe said": the name ends at the comma and mark', () => {
    const c = speakers([
      '“We will buy more of it from the United Kingdom,“ Roe said, citing the price.',
      '“We need it,” Roe said on Monday, calling it urgent.',
    ]);
    expect(c).toEqual(['Roe', 'Roe']);
  });
});
