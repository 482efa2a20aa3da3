// Words as Unicode letters. JavaScript's \b and \w know only ASCII letters, even with the u flag: in
// "Erdoğan" the "ğ" is no letter to them, so the name reads as "Erdo" and "an", and a pattern asking
// whether a verb follows the article "an" ("an added benefit") found one in "Erdoğan said" and dropped
// the claim. The same held for any name with a letter outside ASCII before a tail that is a small
// word ("Oğan", "Doğan"), and for a name written with combining marks (NFD "Nguyễn").

/** A letter of a word: any script's letter or combining mark, a digit, or "_" (as \w has). */
const WORD = String.raw`\p{L}\p{M}\p{N}_`;
const BOUNDARY = String.raw`(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
// Where the pattern shows that a word letter is matched just after \b (or just before it), the boundary
// is the one lookbehind (or lookahead): the same words, found as fast as ASCII \b finds them.
const WORD_STARTS = `(?<![${WORD}])`;
const WORD_ENDS = `(?![${WORD}])`;

/** An atom that matches one word letter, at the start of this text, and is not optional. */
const WORD_ATOM_AHEAD =
  /^(?:[A-Za-z0-9_]|\\[dw]|\\p\{(?:L[lu]?|N|M)\}|\[(?:[a-zA-Z0-9_]|\\p\{(?:L[lu]?|N|M)\}|\\d)(?:[a-zA-Z0-9_]|-(?=[a-zA-Z0-9])|\\p\{(?:L[lu]?|N|M)\}|\\d)*\])(?![?*]|\{0)/;
/** The same, ending this text (a quantifier of at least one allowed after it). */
const WORD_ATOM_BEHIND =
  /(?:(?<!\\)[A-Za-z0-9_]|\\[dw]|\\p\{(?:L[lu]?|N|M)\}|\[(?:[a-zA-Z0-9_]|\\p\{(?:L[lu]?|N|M)\}|\\d)(?:[a-zA-Z0-9_]|-(?=[a-zA-Z0-9])|\\p\{(?:L[lu]?|N|M)\}|\\d)*\])(?:\+|\{[1-9]\d*(?:,\d*)?\})?$/;

/** The alternatives of the group whose "(" is at `open` (top level only), and the index after its ")". */
function groupAt(s: string, open: number): { alternatives: string[]; end: number } | undefined {
  let depth = 0;
  let inClass = false;
  let from = open + 1;
  const alternatives: string[] = [];
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0)
      return { alternatives: [...alternatives, s.slice(from, i)], end: i + 1 };
    else if (c === '|' && depth === 1) {
      alternatives.push(s.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

/** The "(" that opens the group whose ")" is at `close`. */
function groupOpening(s: string, close: number): number | undefined {
  for (let open = close - 1; open >= 0; open--)
    if (s[open] === '(' && s[open - 1] !== '\\' && groupAt(s, open)?.end === close + 1) return open;
  return undefined;
}

/** Whether the pattern text from `i` must first match a word letter. */
function wordAhead(s: string, i: number): boolean {
  if (WORD_ATOM_AHEAD.test(s.slice(i))) return true;
  if (s[i] !== '(' || /^\((?:\?[=!]|\?<[=!])/.test(s.slice(i))) return false;
  const group = groupAt(s, i);
  if (!group || !group.alternatives.every((a) => wordAhead(a.replace(/^\?(?::|<\w+>)/, ''), 0))) return false;
  // An optional group ("(?:Vice\s+)?\p{Lu}…"): a word letter first whether it is matched or skipped, when
  // what follows it must also start with one.
  const optional = /^(?:[?*]|\{0(?:,\d*)?\})\??/.exec(s.slice(group.end));
  return !optional || wordAhead(s, group.end + optional[0].length);
}

/** Whether the pattern text before `i` has just matched a word letter. */
function wordBehind(s: string, i: number): boolean {
  const before = s.slice(0, i);
  if (WORD_ATOM_BEHIND.test(before)) return true;
  const close = before.replace(/(?:\+|\{[1-9]\d*(?:,\d*)?\})$/, '').length - 1;
  if (s[close] !== ')' || s[close - 1] === '\\') return false;
  const open = groupOpening(s, close);
  const group = open === undefined ? undefined : groupAt(s, open);
  if (!group || /^\?(?:[=!]|<[=!])/.test(s.slice((open ?? 0) + 1))) return false;
  return group.alternatives.every((a) => wordBehind(a, a.length));
}

const cache = new Map<string, RegExp>();

/**
 * The same pattern with \b, \w and \W read over Unicode letters (and the u flag set): "\ban\s+$" no
 * longer matches the end of "Erdoğan ", and "\b[a-z]+\b" no longer finds "an" inside it.
 */
export function unicodeWords(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const key = `${flags}/${pattern.source}`;
  const known = cache.get(key);
  // A pattern without the g or y flag keeps no state between uses: the one compiled is shared.
  if (known) return /[gy]/.test(flags) ? new RegExp(known) : known;
  let source = '';
  let inClass = false;
  const s = pattern.source;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\') {
      const escaped = s.slice(i, i + 2);
      if (escaped === '\\w') source += inClass ? WORD : `[${WORD}]`;
      else if (escaped === '\\W' && !inClass) source += `[^${WORD}]`;
      else if (escaped === '\\W' || (escaped === '\\b' && inClass))
        throw new Error(`unicodeWords: ${escaped} inside a class in /${s}/`);
      else if (escaped === '\\b')
        source += wordAhead(s, i + 2) ? WORD_STARTS : wordBehind(s, i) ? WORD_ENDS : BOUNDARY;
      else source += escaped;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    source += c;
  }
  const out = new RegExp(source, flags);
  cache.set(key, out);
  return /[gy]/.test(flags) ? new RegExp(out) : out;
}

/** Text as precomposed letters (NFC): "Nguyễn" typed or saved with combining marks reads as one word. */
export const composed = (text: string) => text.normalize('NFC');

const wholeWords = new Map<string, RegExp>();

/**
 * A word as a pattern of itself whole, case folded (its letters and hyphens only): "official" →
 * /\bofficial\b/iu over Unicode letters. Made once a word: resolution asks for the same few words for
 * every mention of a long article.
 */
export function wholeWord(word: string): RegExp {
  const known = wholeWords.get(word);
  if (known) return known;
  const pattern = unicodeWords(new RegExp(`\\b${word.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu'));
  wholeWords.set(word, pattern);
  return pattern;
}

const WORD_BEFORE = new RegExp(`[${WORD}]$`, 'u');
const WORD_AFTER = new RegExp(`^[${WORD}]`, 'u');
const wordBodies = new Map<string, RegExp>();

/**
 * `text.search(wholeWord(word))`, without making a pattern of word letters for each word: compiling
 * the Unicode classes of a new pattern costs milliseconds, and resolution asks this of every name
 * of a long article. The word alone, case folded, is found; the letters either side are then read.
 */
export function wholeWordIndex(text: string, word: string): number {
  const bare = word.replace(/[^\p{L}-]/gu, '');
  // Only a word that starts and ends with a letter: its \b are then exactly "no word letter before,
  // none after".
  if (!/^\p{L}(?:[\p{L}-]*\p{L})?$/u.test(bare)) return text.search(wholeWord(word));
  let body = wordBodies.get(bare);
  if (!body) {
    body = new RegExp(bare, 'giu');
    wordBodies.set(bare, body);
  }
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    const at = m.index;
    if (!WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at))) {
      const end = at + m[0].length;
      if (!WORD_AFTER.test(text.slice(end, end + 2))) return at;
    }
    // The next try starts one letter on (a match may overlap this one).
    body.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  }
  return -1;
}

/** A phrase without its leading article: "the Kremlin" → "Kremlin", "an official" → "official". */
export const withoutArticle = (phrase: string): string => phrase.replace(/^(?:the|a|an)\s+/iu, '');

/** A string as a pattern that matches it literally ("U.S." → /U\.S\./). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
