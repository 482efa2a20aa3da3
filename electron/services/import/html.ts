// HTML saved from a browser → plain paragraphs. There is no DOM in Node, and the article body is all we
// need, so this is a small tolerant converter rather than a parser: drop non-content elements, turn block
// boundaries into paragraph breaks, strip the remaining tags, decode entities.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  shy: '',
  zwj: '',
  zwnj: '',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
};

/** Decodes numeric and common named character references; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and out-of-range code points are not characters: replace, as browsers do.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named ?? whole;
  });
}

const DROPPED = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'nav', 'form'];
const BLOCK =
  'p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|article|section|header|footer|aside|main|figure|figcaption|pre|hr|dd|dt|title';

/** Plain paragraphs of an HTML page, one per array item, whitespace collapsed. */
export function htmlToParagraphs(html: string): string[] {
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const tag of DROPPED) {
    s = s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), '\n\n');
  }
  s = s.replace(new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n\n');
  s = s.replace(/<[^>]*>/g, '');
  // A stray "<" with no closing ">" (truncated file) would otherwise swallow nothing; keep it as text.
  return s
    .split(/\n\s*\n/)
    .map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Plain paragraphs of a text: blank-line separated when the text has blank lines, else one per line. */
export function textToParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const tidy = (parts: string[]) => parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const byBlankLines = tidy(normalised.split(/\n[ \t]*\n/));
  // A text with no blank lines between paragraphs (as pasted from many pages) has one paragraph a line.
  return byBlankLines.length > 1 ? byBlankLines : tidy(normalised.split('\n'));
}
