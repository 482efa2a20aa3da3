// A definite description of a body ("the group", "the organization") or of an office ("the governor") that
// the article has filled with one name is that name; with two that fit, or none, it stays as written.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('a body described by its own kind of noun', () => {
  it('"the group said" after a body with no head word in its name spoke is that body', () => {
    expect(
      speakers([
        'The number of river clean-ups rose sharply last year, the Thornbury Wetland Trust said on Monday.',
        'Volunteers removed more plastic than in any year before, the group said.',
      ]),
    ).toEqual(['Thornbury Wetland Trust', 'Thornbury Wetland Trust']);
  });

  it('"the organization" is no ministry that spoke last', () => {
    expect(
      speakers([
        'Fishing quotas will be cut by a fifth, the Ministry of Coastal Affairs said on Tuesday.',
        'The cuts go too far, the organization said.',
      ]),
    ).toEqual(['Ministry of Coastal Affairs', 'organization']);
  });

  it('a name described by a body noun in apposition is a body, whatever its first word reads as', () => {
    expect(
      speakers([
        'The company that runs the festival, Bright Harbour, says the stage will open in May.',
        'The company says tickets will go on sale next week.',
      ]),
    ).toEqual(['Bright Harbour', 'Bright Harbour']);
  });
});

describe('an office held by more than one person named', () => {
  it('"the governor said" is the governor the text spoke of since, not the last one named', () => {
    expect(
      speakers([
        'Gov. Alan Pritchard and Nevada Gov. Carla Mendes met on Monday to discuss water rights.',
        'Pritchard stayed in the capital on Tuesday for the budget talks.',
        'The governor said he would sign the water bill next week.',
      ]),
    ).toEqual(['Alan Pritchard']);
  });

  it('a "foreign minister" is not a prime minister named since', () => {
    expect(
      speakers([
        'Prime Minister Oskar Lind met Foreign Minister Petra Sol on Monday.',
        'Lind then flew to Geneva.',
        'The foreign minister said the talks had gone well.',
      ]),
    ).toEqual(['Petra Sol']);
  });
});
