// "Her LinkedIn profile said …", "according to Hale's Facebook page": an owner's page or profile on a network
// speaks for its owner, the network relays (the fixtures README: "His LinkedIn page says" → relay LinkedIn, the
// person the speaker). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs, { model: null }).map((c) => [c.speaker, c.relayedBy ?? null]);

describe('a page or profile on a network', () => {
  it('"Her LinkedIn profile said": the owner the pronoun stands for, relay the network', () => {
    expect(
      claims([
        'Ferry crash',
        'Mara Lind, 41, was among the passengers. Her LinkedIn profile said she had worked at the port since 2009.',
      ]),
    ).toEqual([['Mara Lind', 'LinkedIn']]);
  });

  it('"according to Hale\'s Facebook page": the owner named, as the article names him in full', () => {
    expect(
      claims([
        'Ferry crash',
        'Tom Hale was rescued on Monday. According to Hale’s Facebook page, he studied navigation in Ohio.',
      ]),
    ).toEqual([['Tom Hale', 'Facebook']]);
  });

  it('"his Instagram post says": the owner and the network', () => {
    expect(claims(['Ferry crash', 'Bill Roe’s Instagram post says the family had moved in 2001.'])).toEqual([
      ['Bill Roe', 'Instagram'],
    ]);
  });
});
