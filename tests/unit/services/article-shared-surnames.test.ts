// Two people of one family name: a bare surname is the person the article is about, not the relative it
// introduced by the relation ("his son, Omar Example"). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a surname shared with a relative', () => {
  it('"Harwell said" after "his son, Dario Harwell" is the father named first', () => {
    expect(
      speakers([
        'Amos Kent Harwell runs a radio show from his garage in Tulsa.',
        'Harwell told reporters on Monday that his son, Dario Harwell, had left home in May.',
        'In a video posted on Tuesday, Harwell said he did not know where his son was.',
      ]),
    ).toEqual(['Amos Kent Harwell', 'Amos Kent Harwell']);
  });

  it('"Lund said" after "her husband Pavel Lund" is the woman the story is about', () => {
    expect(
      speakers([
        'Greta Lund opened the gallery with her husband Pavel Lund in 2004.',
        'Lund said the gallery would close in the spring.',
      ]),
    ).toEqual(['Greta Lund']);
  });

  it('with no relation given, the surname is the full name named last before', () => {
    expect(
      speakers([
        'Tom Berg won the first race.',
        'Anna Berg won the second.',
        'Berg said the course was slippery.',
      ]),
    ).toEqual(['Anna Berg']);
  });
});

describe('a surname coordinated with a group', () => {
  it('"Pagano and his team wrote" is the person named in full, and his team', () => {
    expect(
      speakers([
        'Lead author Lucas Pagano, a scientist at the institute, spoke on Monday.',
        '“We suggest it is rare,” Pagano and his team wrote in the paper.',
      ]),
    ).toEqual(['Lucas Pagano and his team']);
  });

  it('a body\'s own "and" is left whole', () => {
    expect(speakers(['The Department of Health and Human Services said the rule would change.'])).toEqual([
      'Department of Health and Human Services',
    ]);
  });
});

describe('a name the person goes by', () => {
  it('"Rowan wrote" after "R.J. Tallis aka “Rowan”" is R.J. Tallis', () => {
    expect(
      speakers([
        'A forum user who goes by the name Rowan posted a story about a flood.',
        '“The water came at night,” Rowan wrote.',
        'The local station later spoke with R.J. Tallis aka “Rowan”, who started the story.',
      ]),
    ).toEqual(['R.J. Tallis']);
  });
});
