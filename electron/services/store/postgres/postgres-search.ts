import type { FactHit, SearchResult, SourceSummary } from '../../../contract/api';
import { partialDateBounds } from '../../../core/partial-date';
import { foldText } from '../../../core/text';
import {
  CANDIDATE_WINDOW,
  foldTokens,
  HIT_START,
  parseQueryText,
  toSnippetParts,
  type ParsedFactQuery,
  type QueryTerm,
} from '../../search/search';
import { exactRankLimits } from '../../search/exact-rank';
import { gramQuery, splitQuery, substringSnippet } from '../../search/substring';
import { toFact, type FactRow } from '../store';
import { PG_FACT_SELECT, type PostgresStore } from './postgres-store';

/**
 * ts_rank weights for D, C, B, A: the source's words 0.2, speaker and tags 0.4, quote 0.8, statement 1,
 * in the proportions of the SQLite index's bm25 column weights (source 2, tags 3, speaker 4, quote 8,
 * statement 10; PostgreSQL has four weight classes, so speaker and tags share one).
 */
const RANK_WEIGHTS = '{0.2, 0.4, 0.8, 1.0}';

/**
 * At most this many queries of several terms keep a side list (every write tests the fact against each
 * one); beyond it, a new frequent query is ranked over every match.
 */
const MAX_QUERY_LISTS = 100;

/** Same length as the SQLite snippets. */
const HEADLINE = `StartSel=${HIT_START}, StopSel=\uE001, MaxWords=32, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;

/**
 * The user's words, "phrases" and prefix* terms as a tsquery: each term folded as the index is (lower
 * case, no accents), phrases as `<->` chains, prefixes as `:*`, all ANDed. Only letters and digits reach
 * it, so no tsquery operator the user types can leak through.
 */
export function toTsQuery(terms: readonly QueryTerm[]): string | null {
  const parts = terms.flatMap((term) => {
    const tokens = term.tokens.flatMap((t) => foldTokens(t));
    if (tokens.length === 0) return [];
    const lexemes = tokens.map((t, i) => `'${t}'${term.prefix && i === tokens.length - 1 ? ':*' : ''}`);
    return [`(${lexemes.join(' <-> ')})`];
  });
  return parts.length === 0 ? null : parts.join(' & ');
}

/**
 * The tsquery of the user's text: its words as toTsQuery makes them, and each substring term (unspaced
 * scripts, emoji: search/substring.ts) as its grams (gramQuery), all ANDed. Null without terms.
 */
export function tsQueryOf(text: string): string | null {
  const split = splitQuery(text);
  if (split.substrings.length === 0) return toTsQuery(parseQueryText(text));
  const words = toTsQuery(parseQueryText(split.wordText));
  return [...(words === null ? [] : [words]), ...split.substrings.map(gramQuery)].join(' & ');
}

/** Three letters or digits in a row: what pg_trgm can look a substring up by, whatever the server's locale. */
const TRIGRAM = /[A-Za-z0-9]{3}/;

interface Where {
  sql: string[];
  params: unknown[];
  /** `sql` split: the conditions on the fact's row, and those that read its source's (see textPage). */
  onFact?: string[];
  onSource?: string[];
}

/** SQL conditions over `f` (facts) and `s` (sources) for the query's filters, as the SQLite search has them. */
function filtersOf(q: ParsedFactQuery, params: unknown[]): Where {
  const sql: string[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const onSource: string[] = [];
  const tags = [...new Set(q.tags)];
  if (tags.length > 0) sql.push(`f.tags @> ${p(tags)}::text[]`);
  if (q.sourceId !== undefined) sql.push(`f.source_id = ${p(q.sourceId)}`);
  // The outlet's whole name and a substring of the speaker, case and accents folded on both sides as the
  // local store folds them (core/text.ts foldText; the rows keep theirs folded, 0010).
  if (q.outlet !== undefined && q.outlet.trim() !== '')
    onSource.push(`s.outlet_fold = ${p(foldText(q.outlet.trim()))}`);
  if (q.speaker !== undefined && q.speaker.trim() !== '') {
    const speaker = foldText(q.speaker.trim());
    // The search index holds the folded speaker's trigrams (0010-folded-speaker-and-outlet.sql), so the
    // word and the speaker are intersected in the index. A name without three letters or digits in a row
    // has no trigram to look up, and the index would walk every fact's: such a name is tested on the
    // word's matches instead (an expression the index does not cover).
    const column = TRIGRAM.test(speaker) ? 'f.speaker_fold' : "(f.speaker_fold || '')";
    sql.push(`${column} LIKE ${p(`%${speaker.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  }
  const from = q.from === undefined ? undefined : partialDateBounds(q.from)?.start;
  if (from !== undefined) onSource.push(`coalesce(f.event_end, s.issued_end) >= ${p(from)}`);
  const to = q.to === undefined ? undefined : partialDateBounds(q.to)?.end;
  if (to !== undefined) onSource.push(`coalesce(f.event_start, s.issued_start) <= ${p(to)}`);
  if (q.grades.length > 0) onSource.push(`s.grade = ANY(${p(q.grades)})`);
  if (q.statuses.length > 0) sql.push(`f.status = ANY(${p(q.statuses)})`);
  return { sql: [...sql, ...onSource], params, onFact: sql, onSource };
}

interface Candidate {
  seq: string;
  rank: number;
  date: string | null;
}

/**
 * Full-text search of the team library, with the local search's syntax, filters, sorts and counting:
 * text searches look at the newest CANDIDATE_WINDOW matches (a lower-bound total beyond), rank them by
 * ts_rank (relevance) or date, and page; filter-only browsing counts up to the same cap.
 */
export async function searchPostgres(pg: PostgresStore, q: ParsedFactQuery): Promise<SearchResult> {
  const tsquery = tsQueryOf(q.text);
  const params: unknown[] = [];
  const where = filtersOf(q, params);
  const from = 'FROM facts f JOIN sources s ON s.id = f.source_id';
  const window = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
  let seqs: string[];
  let total: number;
  let totalIsExact = true;
  let rankedAmongNewest: number | undefined;
  if (tsquery === null) {
    const order =
      q.sort === 'oldest'
        ? 'f.seq ASC'
        : q.sort === 'event-date'
          ? 'coalesce(f.event_start, s.issued_start) DESC NULLS LAST, f.seq DESC'
          : 'f.seq DESC';
    const cond = where.sql.length > 0 ? `WHERE ${where.sql.join(' AND ')}` : '';
    seqs = (
      await pg.sql<{ seq: string }>(
        `SELECT f.seq ${from} ${cond} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`,
        params,
      )
    ).map((r) => r.seq);
    if (where.sql.length === 0) {
      // Kept by triggers (0005-fact-count.sql): counting a million rows costs hundreds of milliseconds.
      total = Number((await pg.sql<{ n: string }>('SELECT n FROM fact_count'))[0]?.n ?? 0);
    } else {
      total = Number(
        (
          await pg.sql<{ n: string }>(
            `SELECT count(*) AS n FROM (SELECT 1 ${from} ${cond} LIMIT ${window + 1}) x`,
            params,
          )
        )[0]?.n ?? 0,
      );
      if (total > window) {
        total = window;
        totalIsExact = false;
      }
    }
  } else {
    ({ seqs, total, totalIsExact, rankedAmongNewest } = await pg.inTransaction(async (tx) => {
      // The planner takes a sequential scan for a frequent word under a LIMIT (it expects matches spread
      // evenly and prices @@ cheaply, but each row's vector is read and tested: 155 of 176 ms for
      // 2,001 matches of a word in 9% of facts at 1M); the GIN index finds them without reading a row
      // that does not match. (A larger work_mem, keeping big bitmaps exact, made prefixes slower: the
      // GIN scan of a prefix builds an exact bitmap of every expanded word's facts, 266 → 626 ms.)
      await tx.sql('SET LOCAL enable_seqscan = off');
      const page = await textPage(tx, q, where, params, tsquery, window);
      await tx.sql('RESET enable_seqscan');
      return page;
    }));
  }
  return {
    items: await loadHits(pg, seqs, tsquery, q.text),
    total,
    totalIsExact,
    ...(rankedAmongNewest !== undefined ? { rankedAmongNewest } : {}),
  };
}

interface Page {
  seqs: string[];
  total: number;
  totalIsExact: boolean;
  rankedAmongNewest?: number | undefined;
}

/**
 * The page of a text query (see searchPostgres), on one connection whose planner settings were set.
 */
async function textPage(
  pg: PostgresStore,
  q: ParsedFactQuery,
  where: Where,
  params: unknown[],
  tsquery: string,
  window: number,
): Promise<Page> {
  const from = 'FROM facts f JOIN sources s ON s.id = f.source_id';
  params.push(tsquery);
  const qn = `$${params.length}`;
  const condition = ['f.search @@ query', ...where.sql].join(' AND ');
  // By relevance without filters, a query with a side list of more than the window's facts has more
  // matches than the window (every listed fact is a match: the triggers keep the lists), so its page
  // comes from the list and nothing is counted. Any other query is ranked over every match in one
  // statement that also counts them (count(*) OVER ()): one walk of the matches, where counting them
  // first and then ranking walked them two or three times (each walk of a prefix merges the posting
  // lists of every word it expands to). With filters, few of many matches may pass: their candidates
  // are walked below.
  if (q.sort === 'relevance' && where.sql.length === 0) {
    const key = listKeyOf(q, tsquery);
    if (await listedBeyond(pg, key, window)) {
      const seqs = await exactRelevancePage(pg, q, { sql: [], params: [] }, tsquery);
      return { seqs, total: window, totalIsExact: false };
    }
    const ranked = await pg.sql<{ seq: string; n: string }>(
      `SELECT f.seq, count(*) OVER () AS n FROM facts f, to_tsquery('simple', $1) query
       WHERE f.search @@ query
       ORDER BY ts_rank('${RANK_WEIGHTS}', f.search, query) DESC, f.seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
      [tsquery],
    );
    // A page past the last match has no row to carry the count.
    const matches =
      ranked.length > 0
        ? Number(ranked[0]!.n)
        : Number(
            (
              await pg.sql<{ n: string }>(
                `SELECT count(*) AS n FROM (SELECT 1 FROM facts WHERE search @@ to_tsquery('simple', $1)
                 LIMIT ${window + 1}) x`,
                [tsquery],
              )
            )[0]?.n ?? 0,
          );
    // So many matches that the next search should read a list (built once, after this answer). A prefix's matches
    // are costly to find at all (the GIN scan merges the posting lists of every word it expands to:
    // `rou* dil`, 7,556 matches, 118 ms of server CPU at 1M), so a query with one gets its list as soon
    // as it has more matches than the window.
    const listFrom = /:\*/.test(tsquery) ? window : exactRankLimits.bruteForceMax;
    if (matches > listFrom) buildListLater(pg, key, listFrom);
    return {
      seqs: ranked.map((r) => String(r.seq)),
      total: Math.min(matches, window),
      totalIsExact: matches <= window,
    };
  }
  // By relevance the candidates' order does not matter (they are ranked here, or the window is
  // exceeded and the page comes from the lists): the walk stops at window + 1 passing matches instead
  // of sorting every one by age.
  const order = q.sort === 'relevance' ? '' : `ORDER BY f.seq ${q.sort === 'oldest' ? 'ASC' : 'DESC'}`;
  const onSource = where.onSource ?? [];
  /** The candidates' statement, with a condition on the fact's age (`f.seq`) when one is given. */
  const candidates = (ages: string[], limit: number) =>
    onSource.length === 0
      ? `SELECT f.seq, ts_rank('${RANK_WEIGHTS}', f.search, query) AS rank,
             coalesce(f.event_start, s.issued_start) AS date
           ${from}, to_tsquery('simple', ${qn}) query
           WHERE ${[condition, ...ages].join(' AND ')} ${order} LIMIT ${limit}`
      : // A filter on the source (outlet, grade, dates): the word's matches are found once and joined
        // to the sources. Left to itself the planner took the few sources of an outlet first and scanned
        // the text index again for each (100 scans of "stegobrun" for Reuters' 100 sources: 88–138 ms,
        // against 51 ms for one scan and a hash join, EXPLAIN ANALYZE at a million facts).
        `SELECT f.seq, ts_rank('${RANK_WEIGHTS}', f.search, f.query) AS rank,
             coalesce(f.event_start, s.issued_start) AS date
           FROM (SELECT f.seq, f.search, f.source_id, f.event_start, f.event_end, query
                 FROM facts f, to_tsquery('simple', ${qn}) query
                 WHERE ${['f.search @@ query', ...(where.onFact ?? []), ...ages].join(' AND ')}
                 OFFSET 0) f
           JOIN sources s ON s.id = f.source_id
           WHERE ${onSource.join(' AND ')} ${order} LIMIT ${limit}`;
  const rows =
    q.sort === 'relevance'
      ? await pg.sql<Candidate>(candidates([], window + 1), params)
      : await byAge(pg, q.sort === 'oldest', window + 1, (ages, limit) =>
          pg.sql<Candidate>(candidates(ages, limit), params),
        );
  const totalIsExact = rows.length <= window;
  if (rows.length > window) rows.length = window;
  const total = totalIsExact ? rows.length : window;
  if (!totalIsExact && q.sort === 'relevance') {
    // More matches than the window: the exact top of every match (0003-exact-ranking.sql).
    // (The filters' parameters, without the query text pushed after them.)
    const seqs = await exactRelevancePage(pg, q, { sql: where.sql, params: params.slice(0, -1) }, tsquery);
    return { seqs, total, totalIsExact };
  }
  const ordered = [...rows];
  let rankedAmongNewest: number | undefined;
  if (q.sort === 'relevance')
    ordered.sort((a, b) => b.rank - a.rank || Number(BigInt(b.seq) - BigInt(a.seq)));
  else if (q.sort === 'event-date') {
    // Undated last; the same date newest first (rows come newest first and the sort is stable).
    const key = (r: Candidate) => r.date ?? '';
    ordered.sort((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? 1 : -1));
    if (!totalIsExact) rankedAmongNewest = window;
  }
  return {
    seqs: ordered.slice(q.offset, q.offset + q.limit).map((r) => r.seq),
    total,
    totalIsExact,
    rankedAmongNewest,
  };
}

/**
 * Facts the first age range spans, per candidate wanted (tests lower it, to walk several ranges over a
 * small library).
 */
export const ageWalk = { spanPerCandidate: 4 };

/**
 * The first `limit` matches in age order (newest first, or oldest first), read in ranges of age: the
 * text index and the age index are intersected over the newest (oldest) facts, and the next range is as
 * long as the share of matches found so far says it takes to fill the page (a quarter more). Walking the
 * age index alone tested each fact's vector on the way ("word, newest" at a million facts: 44,258 rows
 * read for 2,001 matches, 51 ms under EXPLAIN ANALYZE); one fixed range of 32,768 facts read 6,000 rows
 * of a word in a fifth of all facts.
 */
async function byAge(
  pg: PostgresStore,
  isOldestFirst: boolean,
  limit: number,
  read: (ages: string[], limit: number) => Promise<Candidate[]>,
): Promise<Candidate[]> {
  const [bounds] = await pg.sql<{ lo: string | null; hi: string | null }>(
    'SELECT min(seq) AS lo, max(seq) AS hi FROM facts',
  );
  if (bounds?.lo == null || bounds.hi == null) return [];
  const lo = Number(bounds.lo);
  const hi = Number(bounds.hi);
  const out: Candidate[] = [];
  let span = Math.max(1, Math.ceil(ageWalk.spanPerCandidate * limit));
  let covered = 0;
  // The range to read: [from, to], both ends in.
  let from = isOldestFirst ? lo : Math.max(lo, hi - span + 1);
  let to = isOldestFirst ? Math.min(hi, lo + span - 1) : hi;
  for (;;) {
    out.push(...(await read([`f.seq BETWEEN ${from} AND ${to}`], limit - out.length)));
    if (out.length >= limit || (isOldestFirst ? to >= hi : from <= lo)) return out;
    // Every match of the ranges read so far is in `out` (each range gave fewer than it was asked for).
    covered += to - from + 1;
    const share = out.length / covered;
    span = share > 0 ? Math.ceil(((limit - out.length) / share) * 1.25) : span * 8;
    if (isOldestFirst) [from, to] = [to + 1, Math.min(hi, to + span)];
    else [from, to] = [Math.max(lo, from - span), from - 1];
  }
}

/** The side list's key of a text query: the folded word for one word, else the tsquery itself. */
type ListKey = { word: string } | { query: string };

function listKeyOf(q: ParsedFactQuery, tsquery: string): ListKey {
  if (splitQuery(q.text).substrings.length > 0) return { query: tsquery };
  const terms = parseQueryText(q.text);
  const word =
    terms.length === 1 && terms[0]!.tokens.length === 1 && !terms[0]!.prefix
      ? foldTokens(terms[0]!.tokens[0])
      : [];
  return word.length === 1 ? { word: word[0]! } : { query: tsquery };
}

/** Whether the query's side list holds more than `window` facts (then so many facts match it). */
async function listedBeyond(pg: PostgresStore, key: ListKey, window: number): Promise<boolean> {
  const [row] = await pg.sql<{ n: string }>(
    'word' in key
      ? `SELECT count(*) AS n FROM (SELECT 1 FROM rank_postings WHERE term = $1 LIMIT ${window + 1}) x`
      : `SELECT count(*) AS n FROM (SELECT 1 FROM rank_query_postings WHERE query = $1 LIMIT ${window + 1}) x`,
    ['word' in key ? key.word : key.query],
  );
  return Number(row?.n ?? 0) > window;
}

/**
 * Builds the side list of a word or query after the search that needed it was answered
 * (PostgresStore.inBackground): planned as the search is (no sequential scan), and by one app at a time
 * (an advisory lock on the key: another app building it already, this one leaves it).
 */
function buildListLater(pg: PostgresStore, key: ListKey, from?: number): void {
  const id = 'word' in key ? `side list of the word "${key.word}"` : `side list of ${key.query}`;
  pg.inBackground(id, async (tx) => {
    await tx.sql('SET LOCAL enable_seqscan = off');
    const [lock] = await tx.sql<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok', [
      id,
    ]);
    if (lock?.ok) await buildList(tx, key, from);
  });
}

/** Whether the word or query has a side list. */
async function hasListOf(pg: PostgresStore, key: ListKey): Promise<boolean> {
  const [listed] = await pg.sql<{ n: number }>(
    'word' in key
      ? 'SELECT 1 AS n FROM rank_terms WHERE term = $1'
      : 'SELECT 1 AS n FROM rank_queries WHERE query = $1',
    ['word' in key ? key.word : key.query],
  );
  return listed !== undefined;
}

/**
 * Builds the side list of a word, or of a query (several terms, a phrase, a prefix), when it has none and
 * more than `from` matches (and fewer than MAX_QUERY_LISTS query lists exist). Run after the search that
 * needed it was answered (PostgresStore.inBackground): that search ranked every match.
 */
async function buildList(
  pg: PostgresStore,
  key: ListKey,
  from = exactRankLimits.bruteForceMax,
): Promise<void> {
  if (await hasListOf(pg, key)) return;
  if ('word' in key) {
    const [count] = await pg.sql<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM facts WHERE search @@ quote_literal($1::text)::tsquery LIMIT ${from + 1}) x`,
      [key.word],
    );
    if (Number(count?.n ?? 0) > from)
      await pg.sql(`SELECT rank_build($1, ${exactRankLimits.listDepth})`, [key.word]);
    return;
  }
  const [count] = await pg.sql<{ n: string; lists: string }>(
    `SELECT (SELECT count(*) FROM (SELECT 1 FROM facts WHERE search @@ to_tsquery('simple', $1)
       LIMIT ${from + 1}) x) AS n, (SELECT count(*) FROM rank_queries) AS lists`,
    [key.query],
  );
  if (Number(count?.n ?? 0) > from && Number(count?.lists ?? 0) < MAX_QUERY_LISTS)
    await pg.sql(`SELECT rank_query_build($1, ${exactRankLimits.listDepth})`, [key.query]);
}

/**
 * The exact page by ts_rank (then newest first) over every match: from the side list of the word, or of
 * the whole query for several terms, phrases and prefixes (built after the first search that needs it),
 * whose k-th best passing the filters is exact when the list has k such facts (every unlisted fact ranks
 * below the list's cutoff); otherwise, ts_rank over every match.
 */
async function exactRelevancePage(
  pg: PostgresStore,
  q: ParsedFactQuery,
  where: Where,
  tsquery: string,
): Promise<string[]> {
  const k = q.offset + q.limit;
  const key = listKeyOf(q, tsquery);
  const params = [...where.params];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  /**
   * The page from a side list (`p`) when the list holds k facts passing the filters (then it is exact);
   * undefined otherwise, with the list's parameter taken back off.
   */
  const listPage = async (list: string, key: string): Promise<string[] | undefined> => {
    const joins =
      where.sql.length > 0 ? ' JOIN facts f ON f.seq = p.seq JOIN sources s ON s.id = f.source_id' : '';
    const top = await pg.sql<{ seq: string }>(
      `SELECT p.seq FROM ${list}${joins} WHERE ${[key, ...where.sql].join(' AND ')}
       ORDER BY p.impact DESC, p.seq DESC LIMIT ${k}`,
      params,
    );
    params.length = where.params.length;
    return top.length === k ? top.slice(q.offset).map((r) => String(r.seq)) : undefined;
  };
  // No list yet: every match is ranked below, and the list is built after this answer.
  const isListed = await hasListOf(pg, key);
  if (!isListed) buildListLater(pg, key);
  const top = !isListed
    ? undefined
    : 'word' in key
      ? await listPage('rank_postings p', `p.term = ${p(key.word)}`)
      : // Several terms, a phrase or a prefix: the query's own side list (0004-query-lists.sql).
        await listPage('rank_query_postings p', `p.query = ${p(key.query)}`);
  if (top) return top;
  return (
    await pg.sql<{ seq: string }>(
      `SELECT f.seq FROM facts f JOIN sources s ON s.id = f.source_id, to_tsquery('simple', ${p(tsquery)}) query
       WHERE ${['f.search @@ query', ...where.sql].join(' AND ')}
       ORDER BY ts_rank('${RANK_WEIGHTS}', f.search, query) DESC, f.seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
      params,
    )
  ).map((r) => String(r.seq));
}

/**
 * The page of a text query by ts_rank over every one of its matches (filters applied), as fact ids: the
 * exact ranking the search's own page is measured against (bench:store). Slow for common terms.
 */
export async function rankEveryMatchPostgres(pg: PostgresStore, q: ParsedFactQuery): Promise<string[]> {
  const tsquery = tsQueryOf(q.text);
  if (tsquery === null) return [];
  const params: unknown[] = [];
  const where = filtersOf(q, params);
  params.push(tsquery);
  const rows = await pg.sql<{ id: string }>(
    `SELECT f.id FROM facts f JOIN sources s ON s.id = f.source_id, to_tsquery('simple', $${params.length}) query
     WHERE ${['f.search @@ query', ...where.sql].join(' AND ')}
     ORDER BY ts_rank('${RANK_WEIGHTS}', f.search, query) DESC, f.seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
    params,
  );
  return rows.map((r) => r.id);
}

interface HitRow extends FactRow {
  seq: string;
  s_title: string;
  s_outlet: string;
  s_grade: string;
  s_published: string | null;
  s_url: string | null;
  s_authors_json: string;
  s_search_text: string;
  h_statement: string | null;
  h_quote: string | null;
  h_speaker: string | null;
  h_source: string | null;
}

/** The facts of a page, in page order, with their source and a ts_headline snippet. */
async function loadHits(
  pg: PostgresStore,
  seqs: readonly string[],
  tsquery: string | null,
  text: string,
): Promise<FactHit[]> {
  if (seqs.length === 0) return [];
  // A query with substring terms: ts_headline knows nothing of their grams, so the snippet is cut here
  // (substringSnippet), as the local store cuts it.
  const split = splitQuery(text);
  const substrings = split.substrings.length > 0 ? split : undefined;
  const headline = (expr: string) =>
    tsquery === null || substrings
      ? 'NULL'
      : `ts_headline('simple', ${expr}, to_tsquery('simple', $2), '${HEADLINE}')`;
  const rows = await pg.sql<HitRow>(
    `SELECT x.*, s.title AS s_title, s.outlet AS s_outlet, s.grade AS s_grade, s.published AS s_published,
       s.url AS s_url, s.authors_json AS s_authors_json, s.search_text AS s_search_text,
       ${headline('x.statement')} AS h_statement,
       ${headline("coalesce(x.quote, '')")} AS h_quote,
       ${headline("concat_ws(' ', x.speaker, x.speaker_role, x.relayed_by)")} AS h_speaker,
       ${headline('s.search_text')} AS h_source
     FROM (${PG_FACT_SELECT.replace('SELECT ', 'SELECT f.seq, ')} WHERE f.seq = ANY($1::bigint[])) x
     JOIN sources s ON s.id = x.source_id`,
    tsquery === null || substrings ? [seqs] : [seqs, tsquery],
  );
  const bySeq = new Map(rows.map((r) => [String(r.seq), r]));
  return seqs.flatMap((seq) => {
    const r = bySeq.get(seq);
    if (!r) return [];
    const source: SourceSummary = {
      id: r.source_id,
      title: r.s_title,
      outlet: r.s_outlet,
      grade: r.s_grade as SourceSummary['grade'],
      authors: JSON.parse(r.s_authors_json) as SourceSummary['authors'],
    };
    if (r.s_published !== null) source.published = r.s_published;
    if (r.s_url !== null) source.url = r.s_url;
    const fact = toFact(r);
    // The statement's own snippet when the statement matches, else the first column that does.
    const marked = substrings
      ? substringSnippet(
          [
            r.statement,
            r.quote,
            [r.speaker, r.speaker_role, r.relayed_by].filter(Boolean).join(' '),
            fact.tags.join(' '),
            r.s_search_text,
          ],
          substrings.substrings,
          parseQueryText(substrings.wordText),
        )
      : [r.h_statement, r.h_quote, r.h_speaker, r.h_source].find((h) => h?.includes(HIT_START));
    const snippet = marked ? toSnippetParts(marked) : [{ text: fact.statement, hit: false }];
    return [{ fact, source, snippet }];
  });
}
