// A personal pronoun stands for a person, never for a thing or a body whose name opens on a country's
// ("the Panama Papers", "Kenya Airways"): "He says" after such a name goes on with the person who spoke,
// or stays empty. A name with a first name the lexicon knows ("Chad Roe") is still a person's. Sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs).map((c) => c.speaker ?? null);

describe('pronouns never a thing named after a country', () => {
  it('"He says" after a leak named after a country is the person who spoke', () => {
    expect(
      speakers([
        'The Malta Ledgers exposed the accounts of dozens of officials.',
        'Malta was blindsided, says Tomas Verrin, an economist at a local bank. He says the Malta Ledgers give a false picture.',
        '"Most of those firms were never registered here," he notes.',
      ]),
    ).toEqual(['Tomas Verrin', 'Tomas Verrin', 'Tomas Verrin']);
  });

  it('a first name that is also a country\'s ("Chad") still opens a person\'s name', () => {
    expect(
      speakers(['Chad Rennick, a farmer, met the minister on Monday.', 'He said the talks went well.']),
    ).toEqual(['Chad Rennick']);
  });
});
