// "Apple's guidelines indicate", "the minister's letter said", "Trump's order asserts": a paper or a
// written word named by its owner's possessive speaks for the owner (the fixtures README: a paper that
// says is its issuer's — "according to" a report, or a report that "said", is its issuer's). The owner is
// the speaker, named as the article names them; the paper is no relay (it is the owner's own).
import { PAPER_KINDS } from './lexicon';

/** Written words of one's own beside PAPER_KINDS: "Apple's guidelines", "Blinken's explanations". */
const OWN_WORDS = new Set(
  'guidelines rules policy order orders explanation explanations remarks tweet tweets post posts blog website'.split(
    ' ',
  ),
);

/** A capitalised name, then its possessive, at most one describing word and the paper's noun. */
const POSSESSED_PAPER =
  /^((?:\p{Lu}[\p{L}\p{M}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;

/** The owner's name as written when `name` is "<Name>'s <paper>", else undefined. */
export function ownerOfPaper(name: string): string | undefined {
  const m = POSSESSED_PAPER.exec(name.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const noun = m[2];
  const singular = noun.replace(/s$/u, '');
  if (!PAPER_KINDS.has(noun) && !PAPER_KINDS.has(singular) && !OWN_WORDS.has(noun)) return undefined;
  return m[1];
}
