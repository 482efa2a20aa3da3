/** A fact's locator as CSL takes it: a locator label (CSL 1.0 "Locators") and what it points at. */
export interface CslLocator {
  label: string;
  locator: string;
}

/**
 * How analysts (and the article importer, which numbers paragraphs `para. 3`) write a locator's kind,
 * singular or plural, abbreviated (the full stop optional) or spelled out, in English, mapped to the
 * CSL 1.0 locator labels every style's locale has a term for.
 */
const WORDS = new Map<string, string>(
  Object.entries({
    p: 'page',
    pp: 'page',
    pg: 'page',
    pgs: 'page',
    page: 'page',
    pages: 'page',
    para: 'paragraph',
    paras: 'paragraph',
    par: 'paragraph',
    pars: 'paragraph',
    paragraph: 'paragraph',
    paragraphs: 'paragraph',
    sec: 'section',
    secs: 'section',
    sect: 'section',
    sects: 'section',
    section: 'section',
    sections: 'section',
    ch: 'chapter',
    chs: 'chapter',
    chap: 'chapter',
    chaps: 'chapter',
    chapter: 'chapter',
    chapters: 'chapter',
    l: 'line',
    ll: 'line',
    line: 'line',
    lines: 'line',
    fig: 'figure',
    figs: 'figure',
    figure: 'figure',
    figures: 'figure',
    vol: 'volume',
    vols: 'volume',
    volume: 'volume',
    volumes: 'volume',
    col: 'column',
    cols: 'column',
    column: 'column',
    columns: 'column',
    n: 'note',
    nn: 'note',
    note: 'note',
    notes: 'note',
    pt: 'part',
    pts: 'part',
    part: 'part',
    parts: 'part',
    bk: 'book',
    bks: 'book',
    book: 'book',
    books: 'book',
    fol: 'folio',
    fols: 'folio',
    folio: 'folio',
    folios: 'folio',
    no: 'issue',
    nos: 'issue',
    issue: 'issue',
    issues: 'issue',
    v: 'verse',
    vv: 'verse',
    verse: 'verse',
    verses: 'verse',
    op: 'opus',
    opus: 'opus',
    sv: 'sub-verbo',
  }),
);
const SYMBOLS: Record<string, string> = {
  '¶': 'paragraph',
  '¶¶': 'paragraph',
  '§': 'section',
  '§§': 'section',
};

/** A word label: letters, then a full stop or space (or both). */
const WORD_LABEL = /^([a-z]+)(?:\.\s*|\s+)(.+)$/i;
const SYMBOL_LABEL = /^(¶¶?|§§?)\s*(.+)$/;
/**
 * What a label may point at: a number (`9`, `4-5`, `12a`, `3.2`), a roman numeral (`iv`) or a single
 * letter (`A`), so that words that are no label ("line of control", "part of the deal") stay as written.
 */
const POINTED_AT =
  /^(?:\d|(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\b|[a-z]\b)/i;

/**
 * A fact's locator as a CSL label and locator: `para. 9` → paragraph `9`, `pp. 4-5` → page `4-5`,
 * `§ 3` → section `3`. A bare number, and any text whose kind is not recognised, stays a page (as
 * every locator was before labels were read), so styles print it as they always did.
 */
export function parseLocator(text: string): CslLocator {
  const trimmed = text.trim();
  const symbol = SYMBOL_LABEL.exec(trimmed);
  const symbolLabel = symbol?.[1] ? SYMBOLS[symbol[1]] : undefined;
  if (symbolLabel && symbol?.[2]) return { label: symbolLabel, locator: symbol[2] };
  const word = WORD_LABEL.exec(trimmed);
  const label = word?.[1] ? WORDS.get(word[1].toLowerCase()) : undefined;
  if (label && word?.[2] && POINTED_AT.test(word[2])) return { label, locator: word[2].trim() };
  return { label: 'page', locator: trimmed };
}
