// A definite noun of an office ("the governor said") that the article gave to more than one person is the
// one the text spoke of since; the person so found takes the noun as the role ("the president said" →
// the president named, role president). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const claims = (paragraphs: string[]) =>
  propose(paragraphs).map((c) => [c.speaker ?? null, c.speakerRole ?? null]);

describe('an office held by more than one person named', () => {
  it('"the governor said" is the governor the text spoke of since, not the last one named', () => {
    expect(
      claims([
        'Gov. Alan Pritchard and Nevada Gov. Carla Mendes met on Monday to discuss water rights.',
        'Pritchard stayed in the capital on Tuesday for the budget talks.',
        'The governor said he would sign the water bill next week.',
      ]),
    ).toEqual([['Alan Pritchard', 'governor']]);
  });

  it('a "foreign minister" is not a prime minister named since', () => {
    expect(
      claims([
        'Prime Minister Oskar Lind met Foreign Minister Petra Sol on Monday.',
        'Lind then flew to Geneva.',
        'The foreign minister said the talks had gone well.',
      ]),
    ).toEqual([['Petra Sol', 'foreign minister']]);
  });
});

describe('a military command named in full', () => {
  it('"the command said" is the command', () => {
    expect(
      claims([
        'Two sailors were hurt in a fire aboard a supply ship on Friday, the U.S. Arctic Command said.',
        'The fire was put out within an hour, the command said in a statement.',
      ]).map((c) => c[0]),
    ).toEqual(['U.S. Arctic Command', 'U.S. Arctic Command']);
  });
});
