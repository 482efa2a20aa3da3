import type { z } from 'zod';
import { MIN_PREFIX_LENGTH } from '../../core/search-prefix';
import type { FactHit, FactQuery, SearchResult, SnippetPart, SourceSummary } from '../../contract/api';
import { partialDateBounds } from '../../core/partial-date';
import { foldText, straightQuotes } from '../../core/text';
import type { Db } from '../store/db';
import { FACT_SELECT, toFact, type FactRow } from '../store/store';
import {
  exactRankLimits,
  exactTopFromList,
  exactTopOfWords,
  ftsAverages,
  hasList,
  impact,
  isPrefixKey,
  matchOfKey,
  orderFewMatchesOfWords,
  syncRankIndex,
} from './exact-rank';
import { requestList } from './list-builds';
import { foldTerms, snippetOf } from './snippet';
import { charLength, splitQuery, substringScores, substringSnippet, type SplitQuery } from './substring';

export type ParsedFactQuery = z.output<typeof FactQuery>;

/**
 * How many matches, newest first, a text search looks at before it stops counting and ranking.
 *
 * Ranking every match of a very common term (a country name in 40% of a million facts) costs hundreds of
 * milliseconds; walking the posting list newest-first and ranking only its head is bounded, and on a news
 * desk the newest matches are the ones worth ranking. Below this many matches, results and totals are
 * exact; above it, `total` is a lower bound and `totalIsExact` is false.
 */
export const CANDIDATE_WINDOW = 2000;

/**
 * A filter on source or tags that leaves at most this many facts is evaluated first, and only those facts
 * are kept from one walk of the text's matches; otherwise a rare source combined with a common word would
 * join every match of the word to its fact row to find the few from that source.
 */
const FILTER_FIRST_MAX = 1000;

/** bm25 column weights: statement, quote, speaker, tags, source title. */
const BM25 = 'bm25(facts_fts, 10.0, 8.0, 4.0, 3.0, 2.0)';

// Private-use characters mark hits in snippet() output; the text is split on them, never sent as markup.
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';
const SNIPPET_TOKENS = 32;

/** A word or "phrase" of the user's text, as index tokens; `prefix` when it ended with `*`. */
export interface QueryTerm {
  tokens: string[];
  prefix: boolean;
}

// What the unicode61 tokenizer keeps as token characters: letters, numbers, marks, private use.
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * Splits user text into terms: bare words, "quoted phrases" (an unclosed quote runs to the end) and
 * prefix* terms. Punctuation separates tokens exactly as the index tokenizer does, so `col:x` is the
 * phrase "col x", and FTS5 operators (AND, OR, NOT, NEAR, parentheses, column filters) are just words.
 */
export function parseQueryText(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const pieces = /"([^"]*)("?)(\*?)|([^\s"]+)/g;
  for (const m of straightQuotes(text).matchAll(pieces)) {
    const isPhrase = m[1] !== undefined;
    const raw = isPhrase ? (m[1] ?? '') : (m[4] ?? '');
    const tokens = (raw.match(TOKEN) ?? []).map((t) => t.toLowerCase());
    if (tokens.length === 0) continue;
    const starred = isPhrase ? m[3] === '*' && m[2] === '"' : raw.endsWith('*');
    // One-letter prefixes would expand to a large share of the vocabulary: treat them as words (the
    // library pane and the CLI say so: shortPrefixNote).
    const prefix = starred && (tokens.at(-1)?.length ?? 0) >= MIN_PREFIX_LENGTH;
    terms.push({ tokens, prefix });
  }
  return terms;
}

/** The FTS5 MATCH expression for terms: each a quoted string (no operator can leak through), ANDed. */
export function toMatchExpression(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms
    .map((t) => `"${t.tokens.join(' ').replaceAll('"', '""')}"${t.prefix ? '*' : ''}`)
    .join(' AND ');
}

/** Splits snippet()/highlight() output on the private-use hit markers. */
export function toSnippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, hit });
    text = '';
  };
  for (const ch of marked) {
    if (ch === HIT_START || ch === HIT_END) {
      flush();
      hit = ch === HIT_START;
    } else text += ch;
  }
  flush();
  return parts;
}

interface Filters {
  sql: string[];
  params: unknown[];
  needsSource: boolean;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** SQL conditions over `f` (facts) and `s` (sources) for every filter of the query. */
function filtersOf(q: ParsedFactQuery, tagsFirst: boolean): Filters {
  const sql: string[] = [];
  const params: unknown[] = [];
  let needsSource = false;
  for (const tag of new Set(q.tags)) {
    // Browsing starts from the tag's index entries (IN); a text search checks each match (EXISTS),
    // since IN there makes SQLite build the list of every fact with the tag first.
    sql.push(
      tagsFirst
        ? 'f.id IN (SELECT fact_id FROM fact_tags WHERE tag = ?)'
        : 'EXISTS (SELECT 1 FROM fact_tags ft WHERE ft.fact_id = f.id AND ft.tag = ?)',
    );
    params.push(tag);
  }
  if (q.sourceId !== undefined) {
    sql.push('f.source_id = ?');
    params.push(q.sourceId);
  }
  if (q.outlet !== undefined && q.outlet.trim() !== '') {
    // The whole name, case and accents folded: "el pais" finds "El País", "BBC" not "BBC News".
    sql.push('s.outlet_fold = ?');
    params.push(foldText(q.outlet.trim()));
    needsSource = true;
  }
  if (q.speaker !== undefined && q.speaker.trim() !== '') {
    // "Peskov" finds "Dmitry Peskov", "Erdogan" "Recep Tayyip Erdoğan", "лавров" "Сергей Лавров": a
    // substring of the speaker, both folded as the index folds text (core/text.ts foldText).
    sql.push("f.speaker_fold LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(foldText(q.speaker.trim()))}%`);
  }
  // Partial dates cover a span (2019 is all of 2019): a fact is in the window when its span overlaps it.
  const from = q.from === undefined ? undefined : partialDateBounds(q.from)?.start;
  if (from !== undefined) {
    sql.push('coalesce(f.event_end, s.issued_end) >= ?');
    params.push(from);
    needsSource = true;
  }
  const to = q.to === undefined ? undefined : partialDateBounds(q.to)?.end;
  if (to !== undefined) {
    sql.push('coalesce(f.event_start, s.issued_start) <= ?');
    params.push(to);
    needsSource = true;
  }
  if (q.grades.length > 0) {
    sql.push(`s.grade IN (${q.grades.map(() => '?').join(', ')})`);
    params.push(...q.grades);
    needsSource = true;
  }
  if (q.statuses.length > 0) {
    sql.push(`f.status IN (${q.statuses.map(() => '?').join(', ')})`);
    params.push(...q.statuses);
  }
  return { sql, params, needsSource };
}

const EVENT_DATE_ORDER =
  'coalesce(f.event_start, s.issued_start) IS NULL, coalesce(f.event_start, s.issued_start) DESC, f.rowid DESC';

interface Page {
  rowids: number[];
  total: number;
  totalIsExact: boolean;
  /** Set when the order (relevance or event date) covers only this many newest matches. */
  rankedAmongNewest?: number;
}

/** Full-text search over the fact library with filters, ranking, snippets and paging. */
export function searchFacts(db: Db, query: ParsedFactQuery): SearchResult {
  const split = splitQuery(query.text);
  if (split.substrings.length > 0) return substringSearch(db, query, split);
  const terms = parseQueryText(query.text);
  const match = toMatchExpression(terms);
  const page =
    match === null
      ? browse(db, query, filtersOf(query, true))
      : textSearch(db, query, filtersOf(query, false), match, terms);
  return {
    items: loadHits(db, page.rowids, match, terms),
    total: page.total,
    totalIsExact: page.totalIsExact,
    ...(page.rankedAmongNewest !== undefined ? { rankedAmongNewest: page.rankedAmongNewest } : {}),
  };
}

/**
 * The page of a text query by bm25() over every one of its matches (filters applied), as fact ids: the
 * exact ranking the search's own page is measured against (bench:store). Slow for common terms.
 */
export function rankEveryMatch(db: Db, query: ParsedFactQuery): string[] {
  const match = toMatchExpression(parseQueryText(query.text));
  if (match === null) return [];
  const id = db.prepare('SELECT id FROM facts WHERE rowid = ?').pluck();
  return bm25Page(db, query, filtersOf(query, false), match).map((rowid) => id.get(rowid) as string);
}

/** Each tag of the query as an FTS5 phrase in the tags column: a superset of the facts with that tag. */
function tagPhrasesOf(q: ParsedFactQuery): string[] {
  return q.tags.flatMap((tag) => {
    const tokens = (tag.match(TOKEN) ?? []).map((t) => t.toLowerCase());
    return tokens.length > 0 ? [`tags : "${tokens.join(' ').replaceAll('"', '""')}"`] : [];
  });
}

/** Filter-only browsing: no text, so no ranking; newest first unless another order is asked for. */
function browse(db: Db, q: ParsedFactQuery, filters: Filters): Page {
  const tagPhrases = tagPhrasesOf(q);
  if (tagPhrases.length > 0 && q.sort !== 'event-date' && !hasFewFilteredFacts(db, q, filters)) {
    // A common tag: walk the index's tags column in rowid order (no sort, stops at the window) and check
    // the exact tag on each candidate, instead of collecting every fact with the tag first.
    const exact = filtersOf(q, false);
    const window = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
    const rowids = db
      .prepare(
        `SELECT facts_fts.rowid FROM facts_fts JOIN facts f ON f.rowid = facts_fts.rowid${
          exact.needsSource ? ' JOIN sources s ON s.id = f.source_id' : ''
        } WHERE facts_fts MATCH ? AND ${exact.sql.join(' AND ')}
         ORDER BY facts_fts.rowid ${q.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT ?`,
      )
      .pluck()
      .all(tagPhrases.join(' AND '), ...exact.params, window + 1) as number[];
    const totalIsExact = rowids.length <= window;
    return {
      rowids: rowids.slice(q.offset, q.offset + q.limit),
      total: totalIsExact ? rowids.length : window,
      totalIsExact,
    };
  }
  const needsSource = filters.needsSource || q.sort === 'event-date';
  const from = `FROM facts f${needsSource ? ' JOIN sources s ON s.id = f.source_id' : ''}`;
  const where = filters.sql.length > 0 ? `WHERE ${filters.sql.join(' AND ')}` : '';
  const order =
    q.sort === 'oldest' ? 'f.rowid ASC' : q.sort === 'event-date' ? EVENT_DATE_ORDER : 'f.rowid DESC';
  const rowids = db
    .prepare(`SELECT f.rowid ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...filters.params, q.limit, q.offset) as number[];
  let total: number;
  let totalIsExact = true;
  if (filters.sql.length === 0) {
    total = db.prepare('SELECT count(*) FROM facts').pluck().get() as number;
  } else {
    // Counting a broad filter over a large store is a full scan: count up to a cap, then say "at least".
    const cap = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
    total = db
      .prepare(`SELECT count(*) FROM (SELECT 1 ${from} ${where} LIMIT ?)`)
      .pluck()
      .get(...filters.params, cap + 1) as number;
    if (total > cap) {
      total = cap;
      totalIsExact = false;
    }
  }
  return { rowids, total, totalIsExact };
}

/**
 * Text search over a bounded window: walk the matches newest-first (the posting list's own order, so no
 * sort) through the filters, stopping after a window of candidates, and order only that window — by
 * bm25 for relevance, by date for event-date. If the window held every match, result and total are exact.
 *
 * bm25() is computed in the same walk. FTS5's bm25 first counts every row matching each phrase of the
 * query (its IDF); that is cheap for words but costs a full phrase or prefix evaluation over the whole
 * table for "quoted phrases" and prefix* terms (~100 ms each at a million facts), so a query of one such
 * term is scored here instead, with the same BM25 shape minus the IDF (the same for every match).
 */
function textSearch(
  db: Db,
  q: ParsedFactQuery,
  filters: Filters,
  match: string,
  terms: readonly QueryTerm[],
): Page {
  const tagsFirst = filtersOf(q, true);
  if (hasFewFilteredFacts(db, q, tagsFirst)) return filterFirstSearch(db, q, tagsFirst, match, terms);
  const scoreHere = isScoredHere(q, terms);
  // Each tag, as a phrase in the tags column, lets the index intersect instead of checking every match
  // against fact_tags; the exact tag check stays in the filters (the phrase could span two tags). bm25()
  // would count the phrase in the score (and its IDF costs a phrase evaluation over the whole table), so
  // a ranked search of words keeps the tags to the filters.
  if (q.sort === 'relevance' && !scoreHere) return rankedWordSearch(db, q, filters, match, terms);
  const tagPhrases = tagPhrasesOf(q);
  const walk = [match, ...tagPhrases].join(' AND ');
  const window = Math.max(scoreHere ? SCORED_WINDOW : CANDIDATE_WINDOW, q.offset + q.limit);
  const rows = db
    .prepare(
      `SELECT facts_fts.rowid AS rowid${candidateColumns(q, scoreHere)}
       FROM facts_fts${candidateJoins(q, filters)}
       WHERE ${['facts_fts MATCH ?', ...filters.sql].join(' AND ')}
       ORDER BY facts_fts.rowid ${q.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT ?`,
    )
    .all(walk, ...filters.params, window + 1) as CandidateRow[];
  const totalIsExact = rows.length <= window;
  if (!totalIsExact) rows.length = window;
  if (!totalIsExact && q.sort === 'relevance' && terms.length === 1) {
    // One phrase or prefix term with more matches than the window: the exact page, from the phrase's
    // side list, else by bm25() over every match (which pays the term's IDF evaluation over the index).
    return { rowids: exactRelevancePage(db, q, filters, match, terms), total: window, totalIsExact };
  }
  const avgdl = scoreHere ? ftsAverages(db).avgdl : 1;
  const page = orderCandidates(q, rows, terms, scoreHere, totalIsExact, avgdl);
  // Ordered by relevance or date among the newest matches only: the result says so.
  return !totalIsExact && q.sort !== 'newest' && q.sort !== 'oldest'
    ? { ...page, rankedAmongNewest: window }
    : page;
}

/**
 * A search of words by relevance: the exact top of every match by bm25() (then newest first). The
 * matches are counted up to the window (the total, exact below it); the page comes from
 * exactRelevancePage. Tags stay in the filters here: as phrases in the MATCH, bm25() would score them.
 */
function rankedWordSearch(
  db: Db,
  q: ParsedFactQuery,
  filters: Filters,
  match: string,
  terms: readonly QueryTerm[],
): Page {
  const window = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
  // Counting (no score) can let the index intersect the text with each tag as a phrase in the tags
  // column; the exact tag check stays in the filters.
  const counted = db
    .prepare(
      `SELECT count(*) FROM (SELECT 1 FROM facts_fts${candidateJoins(q, filters)}
       WHERE ${['facts_fts MATCH ?', ...filters.sql].join(' AND ')} LIMIT ?)`,
    )
    .pluck()
    .get([match, ...tagPhrasesOf(q)].join(' AND '), ...filters.params, window + 1) as number;
  const totalIsExact = counted <= window;
  // Few matches pass the filters, but the word itself may be frequent: its list gives the page without
  // scoring every match of the word (exactRelevancePage falls back to that when it cannot).
  const filteredWord = filters.sql.length > 0 && terms.length === 1 && terms[0]!.tokens.length === 1;
  const page =
    totalIsExact && !filteredWord
      ? (fewMatchesPage(db, q, filters, match, terms) ?? bm25Page(db, q, filters, match))
      : exactRelevancePage(db, q, filters, match, terms);
  return { rowids: page, total: Math.min(counted, window), totalIsExact };
}

/**
 * The exact first pages by bm25 (then newest first) over every match of a query of words or of one
 * phrase: from the side list of its one word or phrase, or by the threshold algorithm over its words'
 * lists (exact-rank.ts); otherwise by bm25() over every match (FTS5 scores each match: about a microsecond
 * each, so fine up to exactRankLimits.bruteForceMax matches and exact beyond, if slower). A word or
 * phrase with more matches than that and no list yet is ranked so, and its list is asked for: built while
 * the app is idle (list-builds.ts), it serves the searches after.
 */
function exactRelevancePage(
  db: Db,
  q: ParsedFactQuery,
  filters: Filters,
  match: string,
  terms: readonly QueryTerm[],
): number[] {
  const k = q.offset + q.limit;
  const keys = listKeysOf(terms);
  if (keys && syncRankIndex(db)) {
    // A prefix among other terms uses its list when a search of the prefix alone built one; it is not
    // built here: a short prefix can expand to most of the library ("rou*": 666,616 of a million facts,
    // a 20 s build), where bm25() over the query's own matches takes 0.16 s.
    for (const key of new Set(keys)) if (keys.length === 1 || !isPrefixKey(key)) wantList(db, key);
    const filter =
      filters.sql.length > 0
        ? { filter: (rowids: readonly number[]) => passingFilters(db, filters, rowids) }
        : {};
    const top =
      keys.length === 1
        ? exactTopFromList(db, { word: keys[0]!, match, k, bm25: BM25, ...filter })
        : exactTopOfWords(db, { words: keys, match, k, bm25: BM25, ...filter });
    if (top) return top.slice(q.offset, k);
  }
  return bm25Page(db, q, filters, match);
}

/**
 * Each term's side-list key (a word, a phrase's words joined by spaces, or a one-word prefix: `peni*`,
 * ordered like a word by the weighted count of the tokens with the prefix), or null when a term cannot
 * have a list (letters the lists do not tokenize themselves, a phrase ending in a prefix).
 */
function listKeysOf(terms: readonly QueryTerm[]): string[] | null {
  const keys: string[] = [];
  for (const term of terms) {
    const tokens = term.tokens.flatMap((t) => foldTokens(t));
    if (tokens.length === 0 || !tokens.every((t) => /^[a-z0-9]+$/.test(t))) return null;
    if (term.prefix && tokens.length > 1) return null;
    keys.push(term.prefix ? `${tokens[0]!}*` : tokens.join(' '));
  }
  return keys.length > 0 ? keys : null;
}

/**
 * Asks for the side list of a word, phrase or prefix with more matches than bm25() ranks quickly, to be
 * built off the search's path (list-builds.ts); until it is in, searches of it rank every match.
 */
function wantList(db: Db, key: string): void {
  if (hasList(db, key)) return;
  const max = exactRankLimits.bruteForceMax;
  if (countMatches(db, matchOfKey(key), max + 1) > max) requestList(db, key);
}

/**
 * The exact page of a few matches (at most the window) of words of which one at least has a side list:
 * scored here (orderFewMatchesOfWords) with that word's count of facts from its list, where bm25() would
 * count them over the whole index first (~50 ms for a word in 40% of a million facts). Null otherwise.
 */
function fewMatchesPage(
  db: Db,
  q: ParsedFactQuery,
  filters: Filters,
  match: string,
  terms: readonly QueryTerm[],
): number[] | null {
  const keys = listKeysOf(terms);
  if (!keys) return null;
  // A phrase in many facts asks for its list, as it would when ranked over many matches: its count then
  // comes from the list, where bm25() would evaluate the phrase over the whole index on every search.
  // (A prefix keeps to a list a search of it alone built: see exactRelevancePage.)
  const phrases = keys.filter((key) => key.includes(' '));
  for (const key of new Set(phrases)) wantList(db, key);
  if (!keys.some((key) => hasList(db, key))) return null;
  if (!syncRankIndex(db)) return null;
  const rowids = db
    .prepare(
      `SELECT facts_fts.rowid FROM facts_fts${candidateJoins(q, filters)}
       WHERE ${['facts_fts MATCH ?', ...filters.sql].join(' AND ')}`,
    )
    .pluck()
    .all(match, ...filters.params) as number[];
  return orderFewMatchesOfWords(db, { words: keys, match, rowids, bm25: BM25 }).slice(
    q.offset,
    q.offset + q.limit,
  );
}

/** The page of bm25() over every match: FTS5 scores each one (about a microsecond a match). */
function bm25Page(db: Db, q: ParsedFactQuery, filters: Filters, match: string): number[] {
  return db
    .prepare(
      `SELECT facts_fts.rowid FROM facts_fts${candidateJoins(q, filters)}
       WHERE ${['facts_fts MATCH ?', ...filters.sql].join(' AND ')}
       ORDER BY ${BM25}, facts_fts.rowid DESC LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(match, ...filters.params, q.limit, q.offset) as number[];
}

function countMatches(db: Db, match: string, cap: number): number {
  return db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM facts_fts WHERE facts_fts MATCH ? LIMIT ?)')
    .pluck()
    .get(match, cap) as number;
}

/** The given facts that pass the query's filters. */
function passingFilters(db: Db, filters: Filters, rowids: readonly number[]): Set<number> {
  const kept = db
    .prepare(
      `SELECT f.rowid FROM facts f${filters.needsSource ? ' JOIN sources s ON s.id = f.source_id' : ''}
       WHERE f.rowid IN (SELECT value FROM json_each(?)) AND ${filters.sql.join(' AND ')}`,
    )
    .pluck()
    .all(JSON.stringify(rowids), ...filters.params) as number[];
  return new Set(kept);
}

/**
 * A query of one phrase or prefix term, by relevance: scored here rather than by bm25() (see textSearch).
 * Only one term: its idf is the same for every match, so leaving it out keeps bm25()'s order; with several
 * terms it would leave out how rare each is, and such a query is ranked as words are.
 */
const isScoredHere = (q: ParsedFactQuery, terms: readonly QueryTerm[]) =>
  q.sort === 'relevance' && terms.length === 1 && (terms[0]!.prefix || terms[0]!.tokens.length > 1);

/** Joins a candidate query needs for its filters and order. */
function candidateJoins(q: ParsedFactQuery, filters: Filters): string {
  const needsSource = filters.needsSource || q.sort === 'event-date';
  if (filters.sql.length === 0 && !needsSource) return '';
  return ` JOIN facts f ON f.rowid = facts_fts.rowid${needsSource ? ' JOIN sources s ON s.id = f.source_id' : ''}`;
}

/** What a candidate row carries besides its rowid, for the order asked for. */
function candidateColumns(q: ParsedFactQuery, scoreHere: boolean): string {
  if (q.sort === 'event-date') return ', coalesce(f.event_start, s.issued_start) AS date';
  if (q.sort !== 'relevance') return '';
  return scoreHere
    ? ', facts_fts.statement, facts_fts.quote, facts_fts.speaker, facts_fts.tags, facts_fts.source_title'
    : `, ${BM25} AS score`;
}

/** Orders candidate rows (given newest first, or oldest first for 'oldest') and cuts the page. */
function orderCandidates(
  q: ParsedFactQuery,
  rows: CandidateRow[],
  terms: readonly QueryTerm[],
  scoreHere: boolean,
  totalIsExact: boolean,
  avgdl: number,
): Page {
  const page = (ordered: readonly CandidateRow[]) => ({
    rowids: ordered.slice(q.offset, q.offset + q.limit).map((r) => r.rowid),
    total: rows.length,
    totalIsExact,
  });
  if (q.sort === 'event-date') {
    // Undated facts last; on the same date newest first (rows come newest first and the sort is stable).
    const key = (r: CandidateRow) => r.date ?? '';
    return page([...rows].sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? 1 : -1)));
  }
  if (q.sort === 'relevance') {
    // bm25() is better when lower; scores computed here are better when higher.
    const scores = scoreHere ? scoreRows(rows, terms, avgdl) : rows.map((r) => -(r.score ?? 0));
    const order = rows
      .map((_, i) => i)
      .sort((a, b) => scores[b]! - scores[a]! || rows[b]!.rowid - rows[a]!.rowid);
    return page(order.map((i) => rows[i]!));
  }
  return page(rows);
}

interface CandidateRow {
  rowid: number;
  score?: number;
  date?: string | null;
  statement?: string;
  quote?: string;
  speaker?: string;
  tags?: string;
  source_title?: string;
}

/** Fewer candidates for queries scored here: tokenizing their text costs more than bm25() per row. */
const SCORED_WINDOW = 500;
const COLUMN_WEIGHTS = [10, 8, 4, 3, 2] as const;

/** Folds text as the unicode61 tokenizer with remove_diacritics does: lower case, no accents. */
export const foldTokens = (text: string | undefined): string[] => foldText(text ?? '').match(TOKEN) ?? [];

/** How often a term (phrase, maybe ending in a prefix) occurs in a token list. */
function occurrences(tokens: readonly string[], term: QueryTerm): number {
  const n = term.tokens.length;
  let count = 0;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const want = term.tokens[k]!;
      const got = tokens[i + k]!;
      ok = term.prefix && k === n - 1 ? got.startsWith(want) : got === want;
    }
    if (ok) count++;
  }
  return count;
}

/**
 * FTS5's bm25 over the window's rows, without its IDF factor (higher is better): the weighted count of
 * each term's occurrences against the fact's whole length and the index's average length, as bm25()
 * computes them. Used for one phrase or prefix term only (isScoredHere): that is bm25()'s order exactly,
 * its IDF being the same for every match.
 */
function scoreRows(rows: readonly CandidateRow[], terms: readonly QueryTerm[], avgdl: number): number[] {
  const terms2 = terms.map((t) => ({ ...t, tokens: t.tokens.map((x) => foldTokens(x).join('')) }));
  return rows.map((r) => {
    const cols = [r.statement, r.quote, r.speaker, r.tags, r.source_title].map(foldTokens);
    const d = cols.reduce((sum, tokens) => sum + tokens.length, 0);
    return terms2.reduce((score, term) => {
      const f = cols.reduce((sum, tokens, c) => sum + COLUMN_WEIGHTS[c]! * occurrences(tokens, term), 0);
      return score + impact(f, d, avgdl);
    }, 0);
  });
}

/** True when a source or tag filter narrows the library to at most FILTER_FIRST_MAX facts. */
function hasFewFilteredFacts(db: Db, q: ParsedFactQuery, filters: Filters): boolean {
  if (q.sourceId === undefined && q.tags.length === 0) return false;
  const source = filters.needsSource ? ' JOIN sources s ON s.id = f.source_id' : '';
  const [tag] = q.tags;
  // With a tag, the walk starts from that tag's index entries and stops at the cap. `f.id IN (SELECT
  // fact_id …)` would first build the list of every fact with the tag (67,000 ids for a common tag at a
  // million facts: 120–340 ms) before counting the first thousand.
  const count = (
    tag === undefined
      ? db
          .prepare(
            `SELECT count(*) FROM (SELECT 1 FROM facts f${source} WHERE ${filters.sql.join(' AND ')} LIMIT ?)`,
          )
          .pluck()
          .get(...filters.params, FILTER_FIRST_MAX + 1)
      : db
          .prepare(
            `SELECT count(*) FROM (SELECT 1 FROM fact_tags t JOIN facts f ON f.id = t.fact_id${source}
             WHERE t.tag = ? AND ${filtersOf(q, false).sql.join(' AND ')} LIMIT ?)`,
          )
          .pluck()
          .get(tag, ...filtersOf(q, false).params, FILTER_FIRST_MAX + 1)
  ) as number;
  return count <= FILTER_FIRST_MAX;
}

/**
 * Few facts pass the filters: walk the text's matches once, keeping those facts (`+rowid IN` keeps the
 * list a filter, not a per-row lookup: each separate `MATCH … AND rowid = ?` re-reads the posting lists,
 * which for a prefix term means expanding it again, ~50 ms a fact at a million facts). Exact.
 */
function filterFirstSearch(
  db: Db,
  q: ParsedFactQuery,
  filters: Filters,
  match: string,
  terms: readonly QueryTerm[],
): Page {
  const from = `FROM facts f${filters.needsSource ? ' JOIN sources s ON s.id = f.source_id' : ''}`;
  const filtered = db
    .prepare(`SELECT f.rowid ${from} WHERE ${filters.sql.join(' AND ')}`)
    .pluck()
    .all(...filters.params) as number[];
  const scoreHere = isScoredHere(q, terms);
  const rows = db
    .prepare(
      `SELECT facts_fts.rowid AS rowid${candidateColumns(q, scoreHere)}
       FROM facts_fts${q.sort === 'event-date' ? ' JOIN facts f ON f.rowid = facts_fts.rowid JOIN sources s ON s.id = f.source_id' : ''}
       WHERE facts_fts MATCH ? AND +facts_fts.rowid IN (SELECT value FROM json_each(?))
       ORDER BY facts_fts.rowid ${q.sort === 'oldest' ? 'ASC' : 'DESC'}`,
    )
    .all(match, JSON.stringify(filtered)) as CandidateRow[];
  return orderCandidates(q, rows, terms, scoreHere, true, scoreHere ? ftsAverages(db).avgdl : 1);
}

interface SourceSummaryRow {
  id: string;
  title: string;
  outlet: string;
  grade: string;
  published: string | null;
  url: string | null;
  authors_json: string;
}

/**
 * The snippet of each page row, by rowid: computed from the row's indexed text as FTS5's snippet()
 * would choose it (snippet.ts), without asking FTS5, whose `MATCH … AND rowid = ?` lookup re-reads the
 * posting list of every term for each row. A row where no hit is found here (text the tokenizers could
 * split differently) gets FTS5's own snippet(). Such a lookup would expand a prefix term to every
 * indexed term with that prefix (5 ms a row at a million facts), so prefix terms are first replaced by
 * the row's own words that have the prefix, which highlights the same words.
 */
function snippetsOf(
  db: Db,
  rowids: readonly number[],
  match: string,
  terms: readonly QueryTerm[],
): Map<number, string> {
  const text = db
    .prepare('SELECT statement, quote, speaker, tags, source_title FROM facts_fts WHERE rowid = ?')
    .raw();
  // The rowid is cast: bound as a JS number it arrives as a REAL, and FTS5 then drops the `rowid = ?`
  // constraint, so every row got the snippet of the first match (each card showed the first fact's words).
  // The statement's own snippet when the statement matches: FTS5's choice of column (-1) goes to the
  // column with the most hits, which the source column (title, outlet, names) often wins.
  const stmt = db.prepare(
    `SELECT snippet(facts_fts, 0, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}),
       snippet(facts_fts, -1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS})
     FROM facts_fts WHERE facts_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const folded = foldTerms(terms);
  const hasPrefix = terms.some((t) => t.prefix);
  const out = new Map<number, string>();
  for (const rowid of rowids) {
    const columns = (text.get(rowid) as Array<string | null> | undefined) ?? [];
    const own = snippetOf(columns, folded, SNIPPET_TOKENS);
    if (own !== null) {
      out.set(rowid, own);
      continue;
    }
    let expression = match;
    if (hasPrefix) {
      // This row's own words: usually one or two per prefix, so the lookup reads a few short lists.
      const words = new Set(columns.flatMap((c) => foldTokens(c ?? undefined)));
      expression = expandPrefixes(terms, words) ?? match;
    }
    const [inStatement, best] = (stmt.raw().get(expression, rowid) as Array<string | null> | undefined) ?? [];
    const marked = inStatement?.includes(HIT_START) ? inStatement : best;
    if (marked) out.set(rowid, marked);
  }
  return out;
}

/** The snippets of a page's rows for a query with substring terms (substring.ts), by rowid. */
function substringSnippetsOf(
  db: Db,
  rowids: readonly number[],
  substrings: readonly string[],
  terms: readonly QueryTerm[],
): Map<number, string> {
  const text = db
    .prepare(
      'SELECT statement, quote, speaker, tags, source_title FROM facts_fts WHERE rowid = CAST(? AS INTEGER)',
    )
    .raw();
  const out = new Map<number, string>();
  for (const rowid of rowids) {
    const marked = substringSnippet((text.get(rowid) as string[] | undefined) ?? [], substrings, terms);
    if (marked !== null) out.set(rowid, marked);
  }
  return out;
}

const quoted = (tokens: readonly string[]) => `"${tokens.join(' ').replaceAll('"', '""')}"`;

/** The match expression with each prefix term replaced by an OR of the given words it matches. */
function expandPrefixes(terms: readonly QueryTerm[], words: ReadonlySet<string>): string | null {
  const parts: string[] = [];
  for (const term of terms) {
    if (!term.prefix) {
      parts.push(quoted(term.tokens));
      continue;
    }
    const head = term.tokens.slice(0, -1);
    const prefix = foldTokens(term.tokens.at(-1)).join('');
    const matching = [...words].filter((w) => w.startsWith(prefix)).slice(0, 200);
    if (matching.length === 0) return null;
    parts.push(`(${matching.map((w) => quoted([...head, w])).join(' OR ')})`);
  }
  return parts.join(' AND ');
}

/**
 * A query with substring terms (substring.ts): its matches are the facts whose substring index
 * (facts_trgm, 0015-substring-search.sql) holds every term of three characters or more (the phrase of
 * its trigrams), that have a trigram starting with each shorter term, and whose words match the rest of
 * the query in the word index. They are walked newest first (oldest first) through the filters up to the
 * window, as a phrase's are, and ordered by substringScores (relevance) or date; beyond the window the
 * order covers the newest matches and the result says so.
 */
function substringSearch(db: Db, q: ParsedFactQuery, split: SplitQuery): SearchResult {
  const words = parseQueryText(split.wordText);
  const wordMatch = toMatchExpression(words);
  const long = split.substrings.filter((s) => charLength(s) >= 3);
  const short = split.substrings.filter((s) => charLength(s) < 3);
  const filters = filtersOf(q, false);
  const needsSource = filters.needsSource || q.sort === 'event-date';
  const key = long.length > 0 ? 'facts_trgm.rowid' : 'f.rowid';
  const conditions: string[] = [];
  const params: unknown[] = [];
  let from: string;
  if (long.length > 0) {
    const needsFact = needsSource || filters.sql.length > 0;
    from = `facts_trgm${needsFact ? ' JOIN facts f ON f.rowid = facts_trgm.rowid' : ''}`;
    conditions.push('facts_trgm MATCH ?');
    params.push(long.map((s) => `"${s.replaceAll('"', '""')}"`).join(' AND '));
  } else from = 'facts f';
  if (needsSource) from += ' JOIN sources s ON s.id = f.source_id';
  for (const s of short) {
    // The trigrams that start with the term: every place it occurs (each column ends with two U+E002).
    conditions.push(`${key} IN (SELECT doc FROM facts_trgm_terms WHERE term >= ? AND term <= ?)`);
    params.push(s, s + '\u{10FFFF}'.repeat(3 - charLength(s)));
  }
  if (wordMatch !== null) {
    conditions.push(`${key} IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?)`);
    params.push(wordMatch);
  }
  conditions.push(...filters.sql);
  params.push(...filters.params);
  const window = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
  const rows = db
    .prepare(
      `SELECT ${key} AS rowid${q.sort === 'event-date' ? ', coalesce(f.event_start, s.issued_start) AS date' : ''}
       FROM ${from} WHERE ${conditions.join(' AND ')}
       ORDER BY ${key} ${q.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT ?`,
    )
    .all(...params, window + 1) as CandidateRow[];
  const totalIsExact = rows.length <= window;
  if (!totalIsExact) rows.length = window;
  let ordered = rows;
  if (q.sort === 'relevance') {
    const text = db
      .prepare(
        'SELECT statement, quote, speaker, tags, source_title FROM facts_fts WHERE rowid = CAST(? AS INTEGER)',
      )
      .raw();
    const columns = rows.map((r) => (text.get(r.rowid) as string[] | undefined) ?? []);
    const scores = substringScores(columns, split.substrings, words);
    ordered = rows
      .map((_, i) => i)
      .sort((a, b) => scores[b]! - scores[a]! || rows[b]!.rowid - rows[a]!.rowid)
      .map((i) => rows[i]!);
  } else if (q.sort === 'event-date') {
    const date = (r: CandidateRow) => r.date ?? '';
    ordered = [...rows].sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1));
  }
  const rowids = ordered.slice(q.offset, q.offset + q.limit).map((r) => r.rowid);
  return {
    items: loadHits(db, rowids, wordMatch, words, split.substrings),
    total: rows.length,
    totalIsExact,
    ...(!totalIsExact && q.sort !== 'newest' && q.sort !== 'oldest' ? { rankedAmongNewest: window } : {}),
  };
}

/** The facts of a page, in page order, with their source and a highlighted snippet. */
function loadHits(
  db: Db,
  rowids: readonly number[],
  match: string | null,
  terms: readonly QueryTerm[],
  substrings: readonly string[] = [],
): FactHit[] {
  if (rowids.length === 0) return [];
  const factStmt = db.prepare(`${FACT_SELECT} WHERE f.rowid = ?`);
  const sourceStmt = db.prepare(
    'SELECT id, title, outlet, grade, published, url, authors_json FROM sources WHERE id = ?',
  );
  const snippets =
    substrings.length > 0
      ? substringSnippetsOf(db, rowids, substrings, terms)
      : match === null
        ? new Map<number, string>()
        : snippetsOf(db, rowids, match, terms);
  const sources = new Map<string, SourceSummary>();
  const hits: FactHit[] = [];
  for (const rowid of rowids) {
    const row = factStmt.get(rowid) as FactRow | undefined;
    if (!row) continue;
    const fact = toFact(row);
    let source = sources.get(fact.sourceId);
    if (!source) {
      const s = sourceStmt.get(fact.sourceId) as SourceSummaryRow | undefined;
      if (!s) continue;
      source = {
        id: s.id,
        title: s.title,
        outlet: s.outlet,
        grade: s.grade as SourceSummary['grade'],
        authors: JSON.parse(s.authors_json) as SourceSummary['authors'],
      };
      if (s.published !== null) source.published = s.published;
      if (s.url !== null) source.url = s.url;
      sources.set(fact.sourceId, source);
    }
    const marked = snippets.get(rowid);
    const snippet = marked ? toSnippetParts(marked) : [{ text: fact.statement, hit: false }];
    hits.push({ fact, source, snippet });
  }
  return hits;
}
