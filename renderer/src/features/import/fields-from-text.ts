/** What an article's text says about itself (`import:article-candidates`' `says`). */
export interface TextSays {
  title?: string | undefined;
  byline?: string | undefined;
  outlet?: string | undefined;
}

type SourceText = { title: string; byline: string; outlet: string };

/** The fields the text may fill, in the order the note names them, with the words it uses. */
const FIELDS = [
  ['title', 'title (its headline)'],
  ['byline', 'byline'],
  ['outlet', 'outlet (its dateline’s agency)'],
] as const;

/**
 * The source fields a reading of the text fills: each one the analyst left empty, with what the text says
 * of it (a title that is only the opened file's name counts as empty: the headline names the article better).
 * A field typed in is never changed. `note` names what was filled, for the analyst to check.
 */
export function fieldsFromText(
  meta: SourceText,
  says: TextSays | undefined,
  titleFromFileName?: string | null,
): { values: Partial<SourceText>; note?: string } {
  const values: Partial<SourceText> = {};
  const named: string[] = [];
  for (const [key, words] of FIELDS) {
    const said = says?.[key]?.trim();
    if (!said) continue;
    const current = meta[key].trim();
    const isEmpty =
      current === '' || (key === 'title' && titleFromFileName != null && current === titleFromFileName);
    if (!isEmpty || current === said) continue;
    values[key] = said;
    named.push(words);
  }
  if (named.length === 0) return { values };
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return { values, note: `Filled from the article’s text: ${list}. Check them before saving.` };
}
