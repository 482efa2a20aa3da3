// Which reference format a text is in, from its content first and its file name second.
import { withoutBom } from '../../../core/decode-text';
import { AppError } from '../../../core/errors';
import { FORMAT_LABELS, type ImportFormat } from './types';

// Not `urldate`: Zotero's and JabRef's BibTeX exports write it too (and so does ours).
const BIBLATEX_ONLY =
  /^\s*(?:date|journaltitle|eprinttype|location|langid|maintitle|eventtitle|xdata)\s*=|@(?:online|mvbook|mvcollection|bookinbook|suppbook|xdata|set|dataset|software)\s*\{/im;

export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const head = withoutBom(text).slice(0, 64 * 1024);
  const start = head.trimStart();
  const ext = fileName?.toLowerCase().split('.').pop() ?? '';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^<\?xml[\s\S]{0,400}<xml>\s*<records>|^<xml>\s*<records>|<records>\s*<record>/.test(start))
    return 'endnote-xml';
  if (/^(?:\uFEFF)?TY {1,2}- ?/m.test(head) && /^ER {1,2}-/m.test(text)) return 'ris';
  if (/^\s*TY {1,2}-/.test(start)) return 'ris';
  if (/@[A-Za-z]+\s*[{(]/.test(head))
    return BIBLATEX_ONLY.test(head) || ext === 'biblatex' ? 'biblatex' : 'bibtex';
  if (ext === 'ris') return 'ris';
  if (ext === 'bib' || ext === 'bibtex') return 'bibtex';
  if (ext === 'json') return 'csl-json';
  if (ext === 'xml') return 'endnote-xml';
  return null;
}

/** A BibTeX or BibLaTeX entry opening the text (after comment lines): `@book{key,`. */
const BIB_ENTRY_FIRST = /^(?:\s*%[^\n]*\n)*\s*@[A-Za-z]+\s*[{(]\s*[^\s,{}()]+\s*,/;

/**
 * The reference format a text given as an ARTICLE is plainly in, by its opening alone (a BibTeX entry, a
 * RIS record, an EndNote XML export, CSL-JSON items): such a file is a library of sources, not an
 * article, and reading it as prose would propose its fields as facts. Stricter than `detectFormat`, which
 * is asked only of files given as libraries: an article quoting "@POTUS (" is not mistaken.
 */
export function libraryFormatOfArticle(text: string): ImportFormat | null {
  const start = withoutBom(text)
    .slice(0, 64 * 1024)
    .trimStart();
  if (BIB_ENTRY_FIRST.test(start)) return BIBLATEX_ONLY.test(start) ? 'biblatex' : 'bibtex';
  if (/^TY {1,2}- ?\S/.test(start) && /^ER {1,2}-/m.test(text)) return 'ris';
  if (/^(?:<\?xml[^>]*>\s*)?<xml>\s*<records>/.test(start)) return 'endnote-xml';
  if (/^[[{]/.test(start)) {
    try {
      const json = JSON.parse(withoutBom(text)) as unknown;
      const items = Array.isArray(json) ? json : [json];
      const isItem = (x: unknown) =>
        typeof x === 'object' && x !== null && 'type' in x && ('title' in x || 'id' in x);
      if (items.length > 0 && items.every(isItem)) return 'csl-json';
    } catch {
      // Not JSON: prose that opens with a bracket.
    }
  }
  return null;
}

/**
 * The refusal of a reference library given where an article or a facts file was asked for, naming its
 * format and where sources are imported; null for any other text.
 */
export function libraryRefusal(text: string, givenAs: 'an article' | 'a facts file'): AppError | null {
  const library = libraryFormatOfArticle(text);
  return library
    ? new AppError(
        'invalid_file',
        `This is a ${FORMAT_LABELS[library]} library, not ${givenAs}: its entries are sources. Import it under Import & backup → Import sources (or briefing import sources FILE).`,
      )
    : null;
}
