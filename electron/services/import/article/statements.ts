// A claim's statement as it stands alone out of the article: an opening "He" or "She" names the speaker,
// and its quotation marks are balanced as one text. Apart because both the rules' claims and the learnt
// model's added ones are written so, after the speaker is known.

/**
 * The statement as a fact stands alone, out of the article: a sentence opening on "He" or "She" names the
 * speaker it was resolved to. The sentence itself is kept as written.
 */
export function namedStatement(sentence: string, speaker: string | undefined): string {
  const opening = /^(He|She)\s/.exec(sentence);
  return opening && speaker ? `${speaker}${sentence.slice(opening[1]?.length ?? 0)}` : sentence;
}

/**
 * The statement with its quotation marks balanced, read as one text. A quotation that runs on over a
 * paragraph break keeps its opening mark open at the break and opens the next paragraph with a mark again
 * (the printed convention): joined into one statement, that second opening mark is dropped; a statement
 * that ends inside a quotation (the words go on in the next paragraph, another claim's) is closed; a closing
 * mark with no opening one (the quotation began in an earlier claim) is dropped. Single marks are left as
 * written (they are also apostrophes). The verbatim quote is not touched.
 */
export function balancedMarks(statement: string): string {
  if (!/[“”"]/u.test(statement)) return statement;
  let out = '';
  let open: 'curly' | 'straight' | undefined;
  for (let i = 0; i < statement.length; i++) {
    const ch = statement[i] as string;
    const family = ch === '“' || ch === '”' ? 'curly' : ch === '"' ? 'straight' : undefined;
    // Any other character, or a mark of the other family inside a quotation (a quotation within it).
    if (!family || (open && family !== open)) {
      out += ch;
      continue;
    }
    const before = statement[i - 1] ?? ' ';
    const after = statement[i + 1] ?? ' ';
    // A straight mark opens at the start, after a space, a bracket or a dash; inside a quotation, after a
    // space and before a word, it opens again (the break's mark).
    const opens =
      family === 'curly'
        ? ch === '“'
        : open
          ? /\s/u.test(before) && /[\p{L}\p{N}‘'(]/u.test(after)
          : /[\s([{—–-]/u.test(before);
    if (opens) {
      // Already inside the quotation: the mark that opens it again after a break is dropped.
      if (open) continue;
      open = family;
    } else {
      // A closing mark with no opening one: the quotation began before the statement.
      if (!open) continue;
      open = undefined;
    }
    out += ch;
  }
  return open ? `${out.trimEnd()}${open === 'curly' ? '”' : '"'}` : out;
}
