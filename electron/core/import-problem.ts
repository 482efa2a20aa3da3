import { withoutCslMarkup } from './text';

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
  outlet?: string | undefined;
}

/**
 * An entry to be added as the library will list it, for the preview and `--dry-run`: "Nakamura and
 * World Health Organization (2020). Sanctions and Their Discontents"; with no author, its outlet in
 * the author's place ("Reuters (2025). Port reopens"); with neither, the title and then the year
 * ("Reuters home page (2025)"), never a line starting with the year.
 */
export function entryToAddText(e: EntryToAdd): string {
  const who = e.authors || e.outlet;
  const title = withoutCslMarkup(e.title);
  if (!who) return e.year ? `${title} (${e.year})` : title;
  return `${who}${e.year ? ` (${e.year})` : ''}. ${title}`;
}
