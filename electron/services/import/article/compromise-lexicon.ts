// compromise's lexicon (each word's tags: first names and their gender, places, role nouns …), the only
// part of compromise the importer reads. Loading compromise builds it by conjugating and expanding its
// packed word lists, most of half a second at a worker's start; the built bundles (scripts/build.mjs)
// replace this module with the lexicon it gives, written out when they are built (the same object, read
// with one JSON.parse), so only code run from source (the unit tests) loads compromise.
import nlp from 'compromise';

export type Lexicon = Record<string, string | string[] | undefined>;

export const lexicon: Lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one
  .lexicon;
