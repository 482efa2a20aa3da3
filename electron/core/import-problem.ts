/** An import problem's parts (the contract's ImportProblem has these). */
interface Problem {
  line?: number | undefined;
  key?: string | undefined;
  field?: string | undefined;
  message: string;
}

/**
 * Where an import problem is and what it is, in the words the CLI prints and the preview lists:
 * "Line 83 (Jensen2022), field year: the year "submitted" is not a year: kept as written". The entry's
 * own key names it in a file where line numbers are hard to follow.
 */
export function problemText(p: Problem): string {
  const line = p.line === undefined ? '' : `Line ${p.line}${p.key ? ` (${p.key})` : ''}`;
  const where = [line || (p.key ? `Entry ${p.key}` : ''), p.field ? `field ${p.field}` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/** An entry a source import would add, as its preview names it. */
interface EntryToAdd {
  line?: number | undefined;
  title: string;
  authors: string;
  year: string;
}

/**
 * An entry to be added as the library will list it, for the preview and `--dry-run`: "Nakamura and
 * World Health Organization (2020). Sanctions and Their Discontents".
 */
export function entryToAddText(e: EntryToAdd): string {
  const who = [e.authors, e.year ? `(${e.year})` : ''].filter(Boolean).join(' ');
  return who ? `${who}. ${e.title}` : e.title;
}
