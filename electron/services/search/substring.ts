import { isSubstringPiece, PICTOGRAPHIC, UNSPACED } from '../../core/substring-chars';
import { straightQuotes } from '../../core/text';

export { isSubstringPiece, SYMBOL_RANGES, UNSPACED_RANGES } from '../../core/substring-chars';
import { impact } from './exact-rank';
import { foldTokens, HIT_END, HIT_START, type QueryTerm } from './search';

/**
 * Substring search for text the word index cannot split: scripts written without spaces between words
 * (Chinese, Japanese, Korean particles glued to their nouns, Thai, Lao, Khmer, Myanmar, Tibetan, Yi) and
 * emoji and other pictographic symbols, which the unicode61 tokenizer drops. The word index takes a whole
 * run of such letters as one token (北约秘书长表示 is one word, so 北约 in it was never found) and has no
 * token at all for 🔥. A query term with such a character is a **substring term**: it finds the facts whose
 * indexed text (statement, quote, speaker, tags, source) contains it, as Ctrl+F would, case and Latin
 * accents folded. The rest of the query (Latin, Cyrillic, Greek… words, "phrases", prefix*) keeps the
 * word index's meaning, and a fact must match every term.
 *
 * The local store finds substrings with FTS5's trigram tokenizer (0015-substring-search.sql), and terms of
 * one or two characters, too short for a trigram, by the trigrams that start with them; the team library
 * with bigrams of such text in its search vector (PostgreSQL 0011), ranked there by ts_rank as its
 * words are; the local store ranks its matches with substringScores. Both cut their snippets here.
 */

/** Characters never part of a substring term: the snippets' hit markers and the index's column end. */
// eslint-disable-next-line no-control-regex -- control characters are dropped from substring terms
const DROPPED = /[\uE000-\uE002\u0000-\u001f]/gu;
const LATIN = /\p{sc=Latin}/u;
const MARK = /\p{M}/u;

/**
 * One character folded as FTS5's trigram tokenizer folds it (case_sensitive 0, remove_diacritics 1):
 * lower case, and Latin letters without their accents (a combining mark after a Latin letter dropped);
 * kana keep their voicing marks, Hangul syllables stay syllables (NFD would split them into jamo).
 */
function foldChar(ch: string, afterLatin: boolean): string {
  if (ch < '\u0080') return ch.toLowerCase();
  if (MARK.test(ch)) return afterLatin ? '' : ch;
  if (!LATIN.test(ch)) return ch.toLowerCase();
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\p{M}/gu, '');
}

/**
 * Text folded for substring matching, and where each folded code unit came from in the text (for
 * snippets): `at[i]` is the index in `text` of the character folded into `folded[i]`.
 */
export function foldWithOffsets(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let afterLatin = false;
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch, afterLatin);
    if (!MARK.test(ch)) afterLatin = LATIN.test(ch);
    for (let k = 0; k < f.length; k++) at.push(i);
    folded += f;
    i += ch.length;
  }
  return { folded, at };
}

/** Text folded for substring matching (foldWithOffsets without the offsets). */
export const foldSubstring = (text: string): string => foldWithOffsets(text).folded;

/** A user's query split: its substring terms (folded), and the rest, to be parsed as words. */
export interface SplitQuery {
  substrings: string[];
  /** The word part of the query, in the query syntax (parseQueryText reads it). */
  wordText: string;
}

/**
 * Splits user text into substring terms and the rest. Pieces are read as parseQueryText reads them
 * (bare words, "quoted phrases", a trailing `*`); a phrase is split on its spaces, its substring words
 * taken out and its other words kept together as phrases. A substring term's `*` means nothing (it
 * already matches inside longer text). Text without a substring piece is returned whole, untouched.
 */
export function splitQuery(text: string): SplitQuery {
  const substrings: string[] = [];
  const rest: string[] = [];
  const pieces = /"([^"]*)("?)(\*?)|([^\s"]+)/g;
  for (const m of straightQuotes(text).matchAll(pieces)) {
    if (m[1] === undefined) {
      const word = m[4] ?? '';
      if (isSubstringPiece(word)) substrings.push(word.replace(/\*+$/, ''));
      else rest.push(word);
      continue;
    }
    const words = m[1].split(/\s+/).filter((w) => w !== '');
    if (!words.some(isSubstringPiece)) {
      rest.push(m[0]);
      continue;
    }
    let run: string[] = [];
    const flush = (last: boolean) => {
      if (run.length > 0) rest.push(`"${run.join(' ')}"${last && m[2] === '"' ? m[3] : ''}`);
      run = [];
    };
    for (const w of words) {
      if (isSubstringPiece(w)) {
        flush(false);
        substrings.push(w);
      } else run.push(w);
    }
    flush(true);
  }
  const folded = substrings.map((s) => foldSubstring(s.replace(DROPPED, ''))).filter((s) => s !== '');
  return { substrings: [...new Set(folded)], wordText: rest.join(' ') };
}

/** Length in characters (code points), as FTS5's trigram tokenizer counts them. */
export const charLength = (s: string): number => [...s].length;

/** Every start of `term` in `text`, overlapping ones included (FTS5 counts each as an instance). */
function startsOf(text: string, term: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(i);
  return out;
}

/** Column weights, as the word search's bm25(): statement, quote, speaker, tags, source. */
const COLUMN_WEIGHTS = [10, 8, 4, 3, 2] as const;

/** Every instance of the word terms (token sequences, the last a prefix for prefix terms) in tokens. */
function wordInstances(tokens: readonly string[], term: QueryTerm): number {
  const want = term.tokens.map((t) => foldTokens(t).join(''));
  let count = 0;
  for (let i = 0; i + want.length <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < want.length && ok; k++) {
      const got = tokens[i + k]!;
      ok = term.prefix && k === want.length - 1 ? got.startsWith(want[k]!) : got === want[k];
    }
    if (ok) count++;
  }
  return count;
}

/**
 * Relevance of the matches of a query with substring terms (higher is better): bm25's term part for each
 * term — its instances weighted by column (10/8/4/3/2, as the word search) against the fact's length in
 * characters and the matches' average length — summed over the terms. No idf: every match holds every
 * term.
 */
export function substringScores(
  rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>,
  substrings: readonly string[],
  words: readonly QueryTerm[],
): number[] {
  const prepared = rows.map((columns) => {
    const folded = columns.map((c) => foldSubstring(c ?? ''));
    return {
      folded,
      tokens: words.length > 0 ? columns.map((c) => foldTokens(c ?? undefined)) : [],
      d: folded.reduce((sum, c) => sum + charLength(c), 0),
    };
  });
  const avgdl = prepared.length > 0 ? prepared.reduce((s, r) => s + r.d, 0) / prepared.length || 1 : 1;
  return prepared.map(({ folded, tokens, d }) => {
    let score = 0;
    for (const term of substrings) {
      const f = folded.reduce((sum, c, i) => sum + (COLUMN_WEIGHTS[i] ?? 1) * startsOf(c, term).length, 0);
      score += impact(f, d, avgdl);
    }
    for (const term of words) {
      const f = tokens.reduce((sum, c, i) => sum + (COLUMN_WEIGHTS[i] ?? 1) * wordInstances(c, term), 0);
      score += impact(f, d, avgdl);
    }
    return score;
  });
}

/** Characters of a snippet cut from a longer column (about the 32 tokens of a Latin snippet). */
const SNIPPET_CHARS = 80;
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** The hits of the query in one column's text, as [start, end) ranges of the text, in order, merged. */
function hitsIn(text: string, substrings: readonly string[], words: readonly QueryTerm[]): number[][] {
  const ranges: number[][] = [];
  const { folded, at } = foldWithOffsets(text);
  const endOf = (i: number) => {
    const start = at[i]!;
    const cp = text.codePointAt(start) ?? 0;
    let end = start + (cp > 0xffff ? 2 : 1);
    // A Latin letter's combining marks belong to it.
    while (end < text.length && MARK.test(text[end]!)) end++;
    return end;
  };
  for (const term of substrings)
    for (const s of startsOf(folded, term)) ranges.push([at[s]!, endOf(s + term.length - 1)]);
  if (words.length > 0) {
    const tokens = [...text.matchAll(WORD)].flatMap((m) => {
      const f = foldTokens(m[0]).join('');
      return f === '' ? [] : [{ start: m.index, end: m.index + m[0].length, f }];
    });
    const folds = tokens.map((t) => t.f);
    for (const term of words) {
      const want = term.tokens.map((t) => foldTokens(t).join(''));
      for (let i = 0; i + want.length <= tokens.length; i++) {
        let ok = true;
        for (let k = 0; k < want.length && ok; k++)
          ok =
            term.prefix && k === want.length - 1
              ? folds[i + k]!.startsWith(want[k]!)
              : folds[i + k] === want[k];
        if (ok) ranges.push([tokens[i]!.start, tokens[i + want.length - 1]!.end]);
      }
    }
  }
  ranges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  const merged: number[][] = [];
  for (const r of ranges) {
    const top = merged.at(-1);
    if (top && r[0]! <= top[1]!) top[1] = Math.max(top[1]!, r[1]!);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * The snippet of a fact for a query with substring terms, marked as the word search marks its snippets
 * (HIT_START/HIT_END around each hit, `…` where cut): the statement's when it has a hit, else the column
 * with hits of the most terms; a column longer than the snippet is cut around its first hit, at a space
 * where one is near. Null when no column has a hit.
 */
export function substringSnippet(
  columns: ReadonlyArray<string | null | undefined>,
  substrings: readonly string[],
  words: readonly QueryTerm[],
): string | null {
  let best: { text: string; hits: number[][] } | null = null;
  for (let c = 0; c < columns.length; c++) {
    const text = columns[c] ?? '';
    const hits = hitsIn(text, substrings, words);
    if (hits.length === 0) continue;
    if (c === 0) {
      best = { text, hits };
      break;
    }
    if (!best || hits.length > best.hits.length) best = { text, hits };
  }
  if (!best) return null;
  const { text, hits } = best;
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_CHARS) {
    start = Math.max(0, hits[0]![0]! - Math.floor(SNIPPET_CHARS / 4));
    const space = text.lastIndexOf(' ', hits[0]![0]!);
    if (start > 0 && space >= start - 20 && space < hits[0]![0]!) start = space + 1;
    end = Math.min(text.length, start + SNIPPET_CHARS);
    if (end < text.length) {
      const cut = text.lastIndexOf(' ', end);
      if (cut > start + SNIPPET_CHARS / 2 && cut > hits[0]![1]!) end = cut;
    }
    // Never cut a surrogate pair or a hit in two.
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
    for (const [a, b] of hits) if (a! < end && b! > end) end = b!;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of hits) {
    if (a! < start || a! >= end) continue;
    out += text.slice(at, a) + HIT_START + text.slice(a, b) + HIT_END;
    at = b!;
  }
  out += text.slice(at, end);
  return end < text.length ? `${out}…` : out;
}

/**
 * The team library's substring index: the text's runs of non-space characters that hold a substring
 * character (🔥, 北约秘书长表示, NATO北约), folded, as ASCII words a PostgreSQL text search parser keeps
 * whole whatever the server's locale: each bigram of a run, in order (so consecutive positions: a longer
 * term is the phrase of its bigrams), then each character, a run ended by a word of its own so two runs
 * never make a phrase. Appended to the text of the search vector's column.
 */
export function substringGrams(text: string | null | undefined): string {
  if (!text) return '';
  const out: string[] = [];
  for (const run of text.split(/\s+/)) {
    if (!UNSPACED.test(run) && !PICTOGRAPHIC.test(run)) continue;
    const chars = [...foldSubstring(run.replace(DROPPED, ''))];
    if (chars.length === 0) continue;
    for (let i = 0; i + 1 < chars.length; i++) out.push(gramWord(chars[i]!, chars[i + 1]!));
    out.push(RUN_END);
    for (const ch of new Set(chars)) out.push(gramWord(ch));
    out.push(RUN_END);
  }
  return out.join(' ');
}

const RUN_END = 'zqz';
/** One or two characters as a gram word: `zq` and their code points in hex, `x` between. */
const gramWord = (...chars: string[]) => `zq${chars.map((c) => c.codePointAt(0)!.toString(16)).join('x')}`;

/**
 * A substring term as a tsquery over substringGrams' words: one or two characters, their gram; longer,
 * the phrase of its bigrams (consecutive, so exactly the text's runs that contain it).
 */
export function gramQuery(term: string): string {
  const chars = [...term];
  if (chars.length <= 2) return `'${gramWord(...chars)}'`;
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(`'${gramWord(chars[i]!, chars[i + 1]!)}'`);
  return `(${bigrams.join(' <-> ')})`;
}
