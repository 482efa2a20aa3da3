// The head of a definite description that can stand for the person in view ("said the actor", "the
// 76-year-old said", "the carpet fitter, who …, said"): the lexicon's description nouns, an age, or a noun
// compromise's lexicon knows as a person by what they do (its `Actor` tag: cleaner, fitter, carpenter,
// planner, patriarch …) — the trades an article describes its people by are too many to list, and unseen
// copy brings new ones. Not an office or a role word (`ROLE_WORDS`: "the president", "the diplomat" are
// found through who holds the office), an unnamed speaker's or a relative's noun (`NOT_DESCRIPTIONS`,
// `UNNAMED_ONE_HEADS`: "the man", "the official" bring in someone new), nor a plural ("the researchers").
import { DESCRIPTION_NOUNS, NOT_DESCRIPTIONS, ROLE_WORDS, SPEAKER_NOUNS, UNNAMED_ONE_HEADS } from './lexicon';
import { tagsOf } from './recognition';

/** An age as a description: "the 76-year-old". */
const AGE = /^\d+-year-old$/;

/** People by sex or age alone: "the girl said" is someone new, not the one in view. */
const ANYONE = new Set(
  'man woman men women boy girl boys girls person people child children kid kids guy lady gentleman'.split(
    ' ',
  ),
);

/** A singular noun compromise tags as a person by occupation ("cleaner", "fitter", "carpenter"). */
function isTrade(word: string): boolean {
  const list = tagsOf(word);
  return list.includes('Actor') && !list.includes('Plural') && !/[^s]s$/.test(word);
}

/** Whether a description with this head (lower case) may be the person in view. */
export function isPersonDescriptionHead(head: string): boolean {
  return DESCRIPTION_NOUNS.has(head) || AGE.test(head) || isTradeHead(head);
}

/**
 * A head that is a description only as a trade the lexicon knows, not one of ours: weaker, so its person
 * must be the one the text is on (see `Referents.inView`).
 */
export function isTradeHead(head: string): boolean {
  return (
    !DESCRIPTION_NOUNS.has(head) &&
    isTrade(head) &&
    !ROLE_WORDS.has(head) &&
    !NOT_DESCRIPTIONS.has(head) &&
    !UNNAMED_ONE_HEADS.has(head) &&
    !SPEAKER_NOUNS.has(head) &&
    !ANYONE.has(head)
  );
}
