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
    // French, Spanish, German, Russian: their common abbreviations and words for a page, paragraph,
    // section and chapter ("p.", "para.", "ch." and "§" are read above).
    pág: 'page',
    págs: 'page',
    párr: 'paragraph',
    cap: 'chapter',
    s: 'page',
    seite: 'page',
    seiten: 'page',
    abs: 'paragraph',
    absatz: 'paragraph',
    abschn: 'section',
    abschnitt: 'section',
    kap: 'chapter',
    kapitel: 'chapter',
    с: 'page',
    стр: 'page',
    страница: 'page',
    абз: 'paragraph',
    абзац: 'paragraph',
    разд: 'section',
    раздел: 'section',
    гл: 'chapter',
    глава: 'chapter',
    // Arabic: page (ص، صفحة), paragraph (فقرة), section (قسم), chapter (فصل), with or without the article.
    ص: 'page',
    صفحة: 'page',
    الصفحة: 'page',
    صفحات: 'page',
    الصفحات: 'page',
    فقرة: 'paragraph',
    الفقرة: 'paragraph',
    فقرات: 'paragraph',
    الفقرات: 'paragraph',
    قسم: 'section',
    القسم: 'section',
    فصل: 'chapter',
    الفصل: 'chapter',
    // Hebrew: page (עמ', עמוד), paragraph (פסקה), section (סעיף), chapter (פרק).
    "עמ'": 'page',
    עמוד: 'page',
    עמודים: 'page',
    פסקה: 'paragraph',
    פסקאות: 'paragraph',
    סעיף: 'section',
    סעיפים: 'section',
    פרק: 'chapter',
    פרקים: 'chapter',
  }),
);
/**
 * A locator written with a unit of no kind we read ("annex 2", "الملحق 2", "at 00:12:30"): printed as
 * written, without a label. Not a CSL locator type: citeproc finds no term for it and prints none.
 */
export const UNLABELLED = 'unlabelled';
const SYMBOLS: Record<string, string> = {
  '¶': 'paragraph',
  '¶¶': 'paragraph',
  '§': 'section',
  '§§': 'section',
};

/**
 * A word label: letters (in any script; a Hebrew abbreviation ends in a geresh, `עמ'`), then a full
 * stop or space (or both).
 */
const WORD_LABEL = /^(\p{L}+['׳’]?)(?:\.\s*|\s+)(.+)$/u;
const SYMBOL_LABEL = /^(¶¶?|§§?)\s*(.+)$/;
/**
 * What a label may point at: a number (`9`, `4-5`, `12a`, `3.2`), a roman numeral (`iv`) or a single
 * letter (`A`), so that words that are no label ("line of control", "part of the deal") are no label.
 */
const POINTED_AT =
  /^(?:\p{Nd}|(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})\b|[a-z]\b)/iu;
/** A first word that is a page as written: a roman numeral (`iv`) or a single letter. */
const PAGE_WORD = new RegExp(`${POINTED_AT.source}$`, 'iu');

/**
 * A fact's locator as a CSL label and locator: `para. 9` → paragraph `9`, `pp. 4-5` → page `4-5`,
 * `§ 3` → section `3`, `الفقرة 3` and `פסקה 4` → paragraph, `S. 12` and `с. 12` → page. A bare number
 * (or a numeral, a letter: what a page is written as) stays a page, as every locator was before labels
 * were read. A locator that starts with a word of no kind we read names its unit itself, in some
 * language ("annex 2", "الملحق 2"): it is printed as written, without a label (never "p. الملحق 2").
 */
export function parseLocator(text: string): CslLocator {
  const trimmed = text.trim();
  const symbol = SYMBOL_LABEL.exec(trimmed);
  const symbolLabel = symbol?.[1] ? SYMBOLS[symbol[1]] : undefined;
  if (symbolLabel && symbol?.[2]) return { label: symbolLabel, locator: symbol[2] };
  const word = WORD_LABEL.exec(trimmed);
  const label = word?.[1] ? WORDS.get(word[1].toLowerCase().replace(/[׳’]$/u, "'")) : undefined;
  if (label && word?.[2] && POINTED_AT.test(word[2])) return { label, locator: word[2].trim() };
  if (/^\p{L}/u.test(trimmed) && !PAGE_WORD.test(trimmed.split(/\s/u)[0]!))
    return { label: UNLABELLED, locator: trimmed };
  return { label: 'page', locator: trimmed };
}
