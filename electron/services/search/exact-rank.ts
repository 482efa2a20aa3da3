import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, type Db } from '../store/db';

/**
 * Exact "best match" for words too common to score every match (0009-exact-ranking.sql).
 *
 * FTS5's bm25 of a one-word query is idf·g(f, d) with g = f(k1+1) / (f + k1(1 − b + b·d/avgdl)): f the
 * word's occurrences weighted by column, d the fact's length. idf is the same for every match, so the
 * order is g's, then newest first. A frequent word's side list holds every fact with g at the list's
 * avgdl0 of at least `cutoff`; a fact outside it has g < cutoff at avgdl0, and since g grows with avgdl
 * at most in proportion (g(avgdl) ≤ g(avgdl0)·max(1, avgdl/avgdl0)), g < cutoff·max(1, avgdl/avgdl0) now.
 * So when the k-th best of the list (filters applied) scores above that bound, nothing outside the list
 * can reach the page: the candidates are rescored by FTS5's own bm25() and the page is the exact top k.
 * When it cannot be shown (a narrow filter, a list shrunk by deletions) the caller ranks every match.
 *
 * A word gets its list after the first ranked search of it with more than bruteForceMax matches (one
 * pass over its matches, off the search's path: list-builds.ts); from then on every write keeps it (the triggers' dirty rows, synced after
 * a bulk insert and before a ranked search).
 */

/** FTS5's bm25 constants (fts5_aux.c) and this index's column weights (search.ts BM25). */
const K1 = 1.2;
const B = 0.75;
export const BM25_WEIGHTS = [10, 8, 4, 3, 2] as const;

/**
 * bruteForceMax: up to this many matches, ranking every match is fast enough (bm25(): about a
 * microsecond a match); a word with more gets a side list. listDepth: a list holds at least this many of
 * its word's facts (more when its last group of equal impact is larger), enough for the first pages
 * under most filters. Both engines use these; tests lower them to exercise lists on small corpora.
 */
export const exactRankLimits = { bruteForceMax: 10_000, listDepth: 4_000 };
/** Relative margin for floating-point differences between this file's g and FTS5's. */
const EPSILON = 1e-9;
/** Listed facts whose filters are checked in one statement. */
const FILTER_BATCH = 512;
/** Dirty rows handled per read (the rows of one chunk are held in memory). */
const CHUNK = 20_000;

/** bm25's per-word factor for weighted frequency f and length d (FTS5's expression, same order). */
export const impact = (f: number, d: number, avgdl: number) =>
  (f * (K1 + 1.0)) / (f + K1 * (1 - B + (B * d) / avgdl));

/** SQLite's varint (FTS5 stores its row count and token totals with it). */
function readVarint(buf: Uint8Array, at: number): [number, number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const byte = buf[at + i] ?? 0;
    v = v * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [v, at + i + 1];
  }
  return [v * 256 + (buf[at + 8] ?? 0), at + 9];
}

/** FTS5's own row count and average length (its averages record), as bm25() reads them. */
export function ftsAverages(db: Db): { rows: number; avgdl: number } {
  const block = db.prepare('SELECT block FROM facts_fts_data WHERE id = 1').pluck().get() as
    Uint8Array | undefined;
  if (!block) return { rows: 0, avgdl: 1 };
  const [rows, first] = readVarint(block, 0);
  let at = first;
  let tokens = 0;
  while (at < block.length) {
    const [n, next] = readVarint(block, at);
    tokens += n;
    at = next;
  }
  return { rows, avgdl: rows > 0 && tokens > 0 ? tokens / rows : 1 };
}

// eslint-disable-next-line no-control-regex -- every ASCII character, control ones included
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const FOLDS_TO_ASCII = /^[A-Za-z][\u0300-\u036f]+$/;

/**
 * A column's tokens as the index's unicode61 tokenizer (remove_diacritics 2) makes them, or null when
 * this cannot be sure of that (letters other than ASCII and accented Latin ones, lone combining marks).
 */
function tokensOf(text: string): string[] | null {
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_TOKEN) ?? [];
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let token = '';
    for (const ch of m[0]) {
      if (ch < '\x80') token += ch;
      else {
        const nfd = ch.normalize('NFD');
        if (!FOLDS_TO_ASCII.test(nfd)) return null;
        token += nfd[0];
      }
    }
    out.push(token.toLowerCase());
  }
  return out;
}

/** One fact's words (weighted frequency f each) and length d, or null when unsure (see tokensOf). */
export interface DocTerms {
  d: number;
  f: Map<string, number>;
}

/**
 * One fact's words and, for each of `phrases` (list keys of several words joined by spaces, or a prefix
 * ending in `*`), its weighted count of phrase instances (as FTS5 counts them: every start position,
 * overlapping ones included, within one column; for a prefix, every token starting with it), under the
 * key.
 */
export function docTermsOf(
  columns: readonly (string | null | undefined)[],
  phrases: readonly string[] = [],
): DocTerms | null {
  const f = new Map<string, number>();
  let d = 0;
  const split = phrases.map((p) => (isPrefixKey(p) ? null : p.split(' ')));
  for (let c = 0; c < BM25_WEIGHTS.length; c++) {
    const tokens = tokensOf(columns[c] ?? '');
    if (tokens === null) return null;
    d += tokens.length;
    const w = BM25_WEIGHTS[c]!;
    for (const t of tokens) f.set(t, (f.get(t) ?? 0) + w);
    for (let p = 0; p < split.length; p++) {
      const phrase = split[p];
      const n = phrase ? instances(tokens, phrase) : prefixed(tokens, phrases[p]!.slice(0, -1));
      if (n > 0) f.set(phrases[p]!, (f.get(phrases[p]!) ?? 0) + w * n);
    }
  }
  return { d, f };
}

/** How many positions of `tokens` start the token sequence `phrase`. */
function instances(tokens: readonly string[], phrase: readonly string[]): number {
  let n = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) n++;
  }
  return n;
}

/** How many of `tokens` start with `prefix` (FTS5's instances of a prefix term). */
function prefixed(tokens: readonly string[], prefix: string): number {
  let n = 0;
  for (const t of tokens) if (t.startsWith(prefix)) n++;
  return n;
}

/** A list key of a prefix term (`peni*`): words and phrases never end in `*`. */
export const isPrefixKey = (key: string) => key.endsWith('*');

/** The MATCH expression of a list key: a quoted word or phrase, or a quoted prefix followed by `*`. */
export const matchOfKey = (key: string) => (isPrefixKey(key) ? `"${key.slice(0, -1)}"*` : `"${key}"`);

/**
 * The keys of phrase and prefix lists among the rules (words never hold a space nor end in `*`): their f
 * is counted per fact from its tokens, not read off one token.
 */
const phraseKeys = (keys: Iterable<string>) => [...keys].filter((k) => k.includes(' ') || isPrefixKey(k));

interface ListRule {
  cutoff: number;
  avgdl0: number;
}

const isListed = (rule: ListRule, f: number, d: number) => impact(f, d, rule.avgdl0) >= rule.cutoff;

function loadRules(db: Db): Map<string, ListRule> {
  const rows = db.prepare('SELECT term, cutoff, avgdl0 FROM search_rank_terms').all() as Array<
    ListRule & { term: string }
  >;
  return new Map(rows.map((r) => [r.term, { cutoff: r.cutoff, avgdl0: r.avgdl0 }]));
}

type ColumnsRow = [number, string | null, string, string, string, string, string];

/**
 * Brings the side lists up to date with every change the triggers recorded, in one transaction (or the
 * caller's). Returns false, changing nothing, when the store cannot be written (opened read-only, or
 * another writer holds it): the lists are then stale and must not be used.
 */
export function syncRankIndex(db: Db): boolean {
  if (db.prepare('SELECT 1 FROM search_rank_dirty LIMIT 1').get() === undefined) return true;
  try {
    const run = db.transaction(() => {
      const rules = loadRules(db);
      const phrases = phraseKeys(rules.keys());
      const read = db
        .prepare(
          `SELECT d.fact, d.old, x.statement, x.quote, x.speaker, x.tags, x.source_title
           FROM search_rank_dirty d LEFT JOIN facts_fts x ON x.rowid = d.fact
           WHERE d.fact > ? ORDER BY d.fact LIMIT ${CHUNK}`,
        )
        .raw();
      const addPosting = db.prepare(
        'INSERT OR IGNORE INTO search_rank_postings (term, f, d, fact) VALUES (?, ?, ?, ?)',
      );
      const dropPosting = db.prepare(
        'DELETE FROM search_rank_postings WHERE term = ? AND f = ? AND d = ? AND fact = ?',
      );
      const addUnsure = db.prepare('INSERT OR IGNORE INTO search_rank_unsure (fact) VALUES (?)');
      const dropUnsure = db.prepare('DELETE FROM search_rank_unsure WHERE fact = ?');
      const clear = db.prepare('DELETE FROM search_rank_dirty WHERE fact BETWEEN ? AND ?');
      const recount = db.prepare('UPDATE search_rank_terms SET sure_facts = sure_facts + ? WHERE term = ?');
      // Each listed key's change in the number of (tokenized) facts holding it.
      const counts = new Map<string, number>();
      const add = (term: string, n: number) => counts.set(term, (counts.get(term) ?? 0) + n);
      let after = -Infinity;
      for (;;) {
        const rows = read.all(after) as Array<[number, string | null, ...Array<string | null>]>;
        if (rows.length === 0) break;
        for (const [fact, old, ...current] of rows) {
          dropUnsure.run(fact);
          if (old !== null) {
            const was = docTermsOf(JSON.parse(old) as string[], phrases);
            if (was)
              for (const [term, f] of was.f) {
                const rule = rules.get(term);
                if (rule) add(term, -1);
                if (rule && isListed(rule, f, was.d)) dropPosting.run(term, f, was.d, fact);
              }
          }
          if (current[0] === null) continue; // deleted
          // No lists yet and plain ASCII: nothing to record (the common case of a first import).
          if (rules.size === 0 && current.every((c) => c === null || ASCII.test(c))) continue;
          const now = docTermsOf(current, phrases);
          if (!now) {
            addUnsure.run(fact);
            continue;
          }
          for (const [term, f] of now.f) {
            const rule = rules.get(term);
            if (rule) add(term, 1);
            if (rule && isListed(rule, f, now.d)) addPosting.run(term, f, now.d, fact);
          }
        }
        clear.run(rows[0]![0], rows.at(-1)![0]);
        synced.set(db, (synced.get(db) ?? 0) + rows.length);
        for (const [term, n] of counts) if (n !== 0) recount.run(n, term);
        counts.clear();
        after = rows.at(-1)![0];
      }
    });
    run.immediate();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_READONLY')) return false;
    throw error;
  }
}

/**
 * What a list build reads of each match of its keys: every (f, d, fact) of each key, gathered in one
 * pass over the matches (three numbers a match: ~16 MB for a prefix in two thirds of a million facts), then written by
 * `write`: each key's cutoff so that at least listDepth facts are listed, and the listed facts.
 */
class ListGather {
  readonly wanted: ReadonlySet<string>;
  readonly phrases: readonly string[];
  /** Each key's matches, as flat (f, d, fact) triples. */
  private readonly triples = new Map<string, number[]>();

  constructor(words: readonly string[]) {
    this.wanted = new Set(words);
    this.phrases = phraseKeys(words);
    for (const w of this.wanted) this.triples.set(w, []);
  }

  /** The MATCH expression of every match of the keys. */
  get expression(): string {
    return [...this.wanted].map(matchOfKey).join(' OR ');
  }

  add(fact: number, columns: readonly (string | null)[]): void {
    const doc = docTermsOf(columns, this.phrases);
    if (!doc) return; // a fact this file cannot tokenize: scored by FTS5 (search_rank_unsure)
    for (const [term, f] of doc.f) this.triples.get(term)?.push(f, doc.d, fact);
  }

  /** Writes each key's rule and listed facts, in the caller's transaction. */
  write(db: Db, avgdl: number): void {
    const addPosting = db.prepare(
      'INSERT OR IGNORE INTO search_rank_postings (term, f, d, fact) VALUES (?, ?, ?, ?)',
    );
    const addRule = db.prepare(
      'INSERT OR REPLACE INTO search_rank_terms (term, cutoff, avgdl0, sure_facts) VALUES (?, ?, ?, ?)',
    );
    for (const [term, t] of this.triples) {
      // Facts by (f, d), each group's impact: the cutoff is the impact of the group that takes the
      // list to listDepth facts (0 when the key has fewer: every fact is listed).
      const groups = new Map<number, number>();
      const key = (f: number, d: number) => f * 2 ** 24 + Math.min(d, 2 ** 24 - 1);
      for (let i = 0; i < t.length; i += 3)
        groups.set(key(t[i]!, t[i + 1]!), (groups.get(key(t[i]!, t[i + 1]!)) ?? 0) + 1);
      const ranked = [...groups]
        .map(([k, n]) => ({ g: impact(Math.floor(k / 2 ** 24), k % 2 ** 24, avgdl), n }))
        .sort((a, b) => b.g - a.g);
      let cutoff = 0;
      let listed = 0;
      for (const group of ranked) {
        cutoff = group.g;
        listed += group.n;
        if (listed >= exactRankLimits.listDepth) break;
      }
      if (listed < exactRankLimits.listDepth) cutoff = 0; // every fact of the word is listed
      const rule = { cutoff, avgdl0: avgdl };
      for (let i = 0; i < t.length; i += 3)
        if (isListed(rule, t[i]!, t[i + 1]!)) addPosting.run(term, t[i]!, t[i + 1]!, t[i + 2]!);
      addRule.run(term, rule.cutoff, rule.avgdl0, t.length / 3);
    }
  }
}

/** Every match of a list build's keys, with the columns the lists count (in rowid order). */
const LIST_SCAN_ALL = `SELECT rowid, statement, quote, speaker, tags, source_title FROM facts_fts
  WHERE facts_fts MATCH ? ORDER BY rowid`;
/** The same, a chunk at a time. */
const LIST_SCAN_SQL = LIST_SCAN_ALL.replace('ORDER BY rowid', 'AND rowid > ? ORDER BY rowid LIMIT ?');

/** How a list build off the search's path ended (list-builds.ts). */
export type SlicedBuild = 'built' | 'changed' | 'busy' | 'closed';

/**
 * Builds the side lists of words, phrases (their words joined by single spaces: a one-phrase query is
 * ordered by the same g, with the phrase's instances as f) or prefixes without holding the thread: the
 * matches are read in one pass, giving the thread back (`yieldNow`) whenever a slice has taken `sliceMs`,
 * so that searches and edits are answered meanwhile. The pass reads through a second, read-only connection to the store's
 * file, whose one statement stays open across the slices (one snapshot; re-opening a word's matches at a
 * rowid costs FTS5 a walk of its posting list up to it: 10–50 ms a time for a word in half of a million
 * facts, 40 s for the whole word in 256-row reads); a store in memory is read in chunks on its own
 * connection. Nothing is written until the pass is done; the lists are then written in one short
 * transaction, unless the facts changed since it began ('changed', nothing written) or another writer
 * holds the store ('busy').
 */
export async function buildListsInSlices(
  db: Db,
  words: readonly string[],
  yieldNow: () => Promise<void>,
  sliceMs = 8,
): Promise<SlicedBuild> {
  if (!db.open) return 'closed';
  if (db.readonly || !syncRankIndex(db)) return 'busy';
  const before = changeMark(db);
  // A fact written by another connection since the sync just now: its change is not in the lists yet.
  if (before === null) return 'changed';
  const gather = new ListGather(words);
  const { avgdl } = ftsAverages(db);
  let sliceStart = performance.now();
  /** Gives the thread back when the slice is used up; false when the store was closed meanwhile. */
  const pause = async (): Promise<boolean> => {
    if (performance.now() - sliceStart <= sliceMs) return true;
    await yieldNow();
    sliceStart = performance.now();
    return db.open;
  };
  const reader = readerOf(db);
  try {
    if (reader) {
      const rows = reader
        .prepare(LIST_SCAN_ALL)
        .raw()
        .iterate(gather.expression) as IterableIterator<ColumnsRow>;
      let n = 0;
      for (const [fact, ...columns] of rows) {
        gather.add(fact, columns);
        if (++n % 64 === 0 && !(await pause())) return 'closed';
      }
    } else {
      const read = db.prepare(LIST_SCAN_SQL).raw();
      for (let after = -1; ;) {
        if (!(await pause())) return 'closed';
        const rows = read.all(gather.expression, after, 2_000) as ColumnsRow[];
        if (rows.length === 0) break;
        for (const [fact, ...columns] of rows) gather.add(fact, columns);
        after = rows.at(-1)![0];
      }
    }
  } finally {
    reader?.close();
  }
  if (!db.open) return 'closed';
  try {
    return db
      .transaction((): SlicedBuild => {
        if (changeMark(db) !== before) return 'changed';
        gather.write(db, avgdl);
        return 'built';
      })
      .immediate();
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return 'busy';
    throw error;
  }
}

/** A read-only connection to the store's file, or null for a store in memory (or one it cannot open). */
function readerOf(db: Db): Db | null {
  if (db.memory || !db.name || db.name === ':memory:') return null;
  try {
    return new Database(db.name, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch {
    return null;
  }
}

/**
 * What says that no fact was written since: null when a change waits in the queue the triggers fill (the
 * lists do not hold it yet), else the count of the changes this connection folded into the lists
 * (syncRankIndex) and PRAGMA data_version (any commit by another connection, which also counts writes that
 * are not facts: that only costs a new scan). A fact this connection writes is queued (a non-empty queue)
 * or folded in by a search meanwhile (a new count); one another connection writes changes data_version.
 */
function changeMark(db: Db): string | null {
  if (db.prepare('SELECT 1 FROM search_rank_dirty LIMIT 1').get() !== undefined) return null;
  return `${synced.get(db) ?? 0}:${db.pragma('data_version', { simple: true }) as number}`;
}

/** How many changed facts syncRankIndex has folded into the lists, per connection (changeMark). */
const synced = new WeakMap<Db, number>();

/** Whether a word has a side list (asked for by the first search that needs it: list-builds.ts). */
export function hasList(db: Db, word: string): boolean {
  return db.prepare('SELECT 1 FROM search_rank_terms WHERE term = ?').get(word) !== undefined;
}

export interface ExactTopInput {
  word: string;
  /** The MATCH expression of the word (as the search quotes it). */
  match: string;
  /** Keeps the facts (rowids) that pass the query's filters; absent when there are none. */
  filter?: (rowids: readonly number[]) => Set<number>;
  k: number;
  /** bm25() with the index's weights, as SQL. */
  bm25: string;
}

/**
 * The exact top k of a one-word query by bm25 (then newest first), as rowids, from the word's side list;
 * null when the list cannot show it (see the top of this file). The lists must be up to date.
 */
export function exactTopFromList(db: Db, input: ExactTopInput): number[] | null {
  const rule = loadRule(db, input.word);
  if (!rule) return null;
  const { avgdl } = ftsAverages(db);
  const postings = db
    .prepare('SELECT f, d, fact FROM search_rank_postings WHERE term = ? ORDER BY f, d, fact')
    .raw()
    .all(input.word) as Array<[number, number, number]>;
  // Equal (f, d): equal g. Groups best first; within one, newest first.
  const groups: Array<{ g: number; facts: number[] }> = [];
  let last: [number, number] | undefined;
  for (const [f, d, fact] of postings) {
    if (!last || last[0] !== f || last[1] !== d) {
      groups.push({ g: impact(f, d, avgdl), facts: [] });
      last = [f, d];
    }
    groups.at(-1)!.facts.push(fact);
  }
  groups.sort((a, b) => b.g - a.g);
  const gOf = new Map<number, number>();
  const bound = rule.cutoff * Math.max(1, avgdl / rule.avgdl0);
  const candidates: number[] = [];
  let kept = 0;
  let threshold: number | undefined;
  // The filters are asked about several groups at once (one statement per FILTER_BATCH facts, not one
  // per group: groups of equal impact are often a handful of facts).
  const passing = new Set<number>();
  let filteredTo = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (threshold !== undefined && group.g < threshold * (1 - EPSILON)) break;
    if (input.filter && i >= filteredTo) {
      const batch: number[] = [];
      for (filteredTo = i; filteredTo < groups.length && batch.length < FILTER_BATCH; filteredTo++)
        batch.push(...groups[filteredTo]!.facts);
      for (const fact of input.filter(batch)) passing.add(fact);
    }
    for (const fact of group.facts) {
      if (input.filter && !passing.has(fact)) continue;
      candidates.push(fact);
      gOf.set(fact, group.g);
      kept++;
    }
    if (threshold === undefined && kept >= input.k) threshold = group.g;
  }
  // Fewer than k listed facts pass, or the k-th is not above what an unlisted fact could score.
  if (threshold === undefined || threshold * (1 - EPSILON) <= bound * (1 + EPSILON)) return null;
  // Listed facts are scored here with FTS5's expression (its idf is the same for every match of one
  // word, so g orders them as bm25() does; asking FTS5 per fact costs a posting-list read each).
  const scored = candidates.map((fact) => ({ fact, g: gOf.get(fact)! }));
  const unsure = db.prepare('SELECT fact FROM search_rank_unsure').pluck().all() as number[];
  const unsureCandidates = passingFilters(unsure, input.filter);
  if (unsureCandidates.length > 0 && scored.length > 0) {
    // Facts this file cannot tokenize: FTS5 scores them, with one listed fact to convert its scale.
    const ref = scored[0]!;
    const rows = fts5Scores(db, input, [ref.fact, ...unsureCandidates]);
    const refScore = rows.find((r) => r.rowid === ref.fact)?.s;
    if (refScore === undefined || refScore >= 0) return null;
    const idf = -refScore / ref.g;
    for (const r of rows) if (r.rowid !== ref.fact) scored.push({ fact: r.rowid, g: -r.s / idf });
  }
  scored.sort((a, b) => b.g - a.g || b.fact - a.fact);
  return scored.slice(0, input.k).map((x) => x.fact);
}

/** Of `facts`, those that pass the query's filters (all of them when it has none). */
function passingFilters(
  facts: readonly number[],
  filter: ((rowids: readonly number[]) => Set<number>) | undefined,
): number[] {
  if (!filter || facts.length === 0) return [...facts];
  const passing = filter(facts);
  return facts.filter((fact) => passing.has(fact));
}

/**
 * FTS5's own bm25() (negative: best first when ascending) of those of `rowids` that match the query: for
 * the facts this file cannot tokenize, whatever kind of query (one word, several words, few matches).
 */
function fts5Scores(
  db: Db,
  query: { match: string; bm25: string },
  rowids: readonly number[],
): Array<{ rowid: number; s: number }> {
  if (rowids.length === 0) return [];
  return db
    .prepare(
      `SELECT rowid, ${query.bm25} AS s FROM facts_fts
       WHERE facts_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(query.match, JSON.stringify(rowids)) as Array<{ rowid: number; s: number }>;
}

function loadRule(db: Db, word: string): ListRule | undefined {
  return db.prepare('SELECT cutoff, avgdl0 FROM search_rank_terms WHERE term = ?').get(word) as
    ListRule | undefined;
}

export interface ExactTopOfWordsInput {
  /**
   * The query's terms as list keys, in query order (a term given twice counts twice, as in bm25()):
   * words, phrases (their words joined by spaces) and one-word prefixes (`rou*`). Each is one of FTS5's
   * phrases, scored by its instances in a fact (docTermsOf) with its own idf.
   */
  words: readonly string[];
  /** The MATCH expression of the query (its words ANDed, as the search quotes them). */
  match: string;
  /** Keeps the facts (rowids) that pass the query's filters; absent when there are none. */
  filter?: (rowids: readonly number[]) => Set<number>;
  k: number;
  /** bm25() with the index's weights, as SQL. */
  bm25: string;
}

/** Candidates whose text is read and scored at once. */
const BATCH = 256;
/** Up to this many facts the lists cannot tokenize, a word's count adds them one lookup each. */
const UNSURE_LOOKUPS = 2_000;

/**
 * The exact top k of several words (or phrases, or prefixes) ANDed by bm25 (then newest first), as
 * rowids, from their side lists (every one must have one); null when the lists cannot show it. bm25 of such a query is
 * Σ idf_w·g_w over its words. A fact missing from word w's list has g_w < bound_w, so it scores at most
 * Σ idf_w·(its listed g_w, else bound_w): the candidates (every listed fact) are taken in the order of
 * that upper bound, each scored exactly from its text, until the k-th best score found is above the next
 * candidate's bound; the page is proven when that k-th score is also above Σ idf_w·bound_w, the most a
 * fact in no list can score (threshold algorithm over impact-ordered lists). Scores are computed as
 * FTS5's bm25() computes them (same operations, same order), so ties fall as in ORDER BY bm25(), rowid.
 */
export function exactTopOfWords(db: Db, input: ExactTopOfWordsInput): number[] | null {
  const unique = [...new Set(input.words)];
  const rules = new Map<string, ListRule>();
  for (const word of unique) {
    const rule = loadRule(db, word);
    if (!rule) return null;
    rules.set(word, rule);
  }
  const { avgdl, unsure, idf, score, readDocs } = wordsScorer(db, input.words);
  const bound = input.words.map((w) => {
    const rule = rules.get(w)!;
    return rule.cutoff * Math.max(1, avgdl / rule.avgdl0);
  });
  // Every listed fact, with what its lists say: its length and each listed word's f.
  const listed = new Map<number, { d: number; f: Map<string, number> }>();
  const postings = db.prepare('SELECT f, d, fact FROM search_rank_postings WHERE term = ?').raw();
  for (const word of unique)
    for (const [f, d, fact] of postings.all(word) as Array<[number, number, number]>) {
      const entry = listed.get(fact) ?? { d, f: new Map<string, number>() };
      entry.f.set(word, f);
      listed.set(fact, entry);
    }
  const candidates = [...listed].map(([fact, e]) => {
    let ub = 0;
    for (let i = 0; i < input.words.length; i++) {
      const f = e.f.get(input.words[i]!);
      ub += idf[i]! * (f === undefined ? bound[i]! : impact(f, e.d, avgdl));
    }
    return { fact, ub, complete: input.words.every((w) => e.f.has(w)) };
  });
  candidates.sort((a, b) => b.ub - a.ub);
  const found: Array<{ fact: number; s: number }> = [];
  let kth: number | undefined;
  const kthScore = () => {
    if (found.length < input.k) return undefined;
    found.sort((a, b) => b.s - a.s || b.fact - a.fact);
    found.length = input.k;
    return found[input.k - 1]!.s;
  };
  for (let at = 0; at < candidates.length; at += BATCH) {
    const slice = candidates.slice(at, at + BATCH);
    // Candidates come by decreasing bound: once one cannot reach the k-th score, none after it can.
    const batch = kth === undefined ? slice : slice.filter((c) => c.ub >= kth! * (1 - EPSILON));
    if (batch.length === 0) break;
    const passing = input.filter?.(batch.map((c) => c.fact));
    const kept = passing ? batch.filter((c) => passing.has(c.fact)) : batch;
    const toRead = kept.filter((c) => !c.complete).map((c) => c.fact);
    const read = new Map(readDocs(toRead));
    for (const c of kept) {
      const doc = c.complete ? listed.get(c.fact)! : read.get(c.fact);
      if (!doc) continue; // deleted, or a fact this file cannot tokenize (scored below)
      const f = input.words.map((w) => doc.f.get(w) ?? 0);
      if (f.some((x) => x === 0)) continue; // not a match: a word is missing
      found.push({ fact: c.fact, s: score(f, doc.d) });
    }
    kth = kthScore();
    if (batch.length < slice.length) break;
  }
  const unlisted = input.words.reduce((sum, _, i) => sum + idf[i]! * bound[i]!, 0);
  if (kth === undefined || kth * (1 - EPSILON) <= unlisted * (1 + EPSILON)) return null;
  // Facts this file cannot tokenize: FTS5 scores them (its bm25() is minus the same sum).
  for (const r of fts5Scores(db, input, passingFilters(unsure, input.filter)))
    found.push({ fact: r.rowid, s: -r.s });
  found.sort((a, b) => b.s - a.s || b.fact - a.fact);
  return found.slice(0, input.k).map((x) => x.fact);
}

/**
 * What scoring facts for a query of words (in query order) takes, whichever way the facts are found: FTS5's
 * averages, the facts this file cannot tokenize, each word's idf, fts5_aux.c's bm25 sum (operation for
 * operation) and a reader of facts' words from their indexed text (null for a fact it cannot tokenize).
 */
function wordsScorer(db: Db, words: readonly string[]) {
  const { rows: nRow, avgdl } = ftsAverages(db);
  const unsure = db.prepare('SELECT fact FROM search_rank_unsure').pluck().all() as number[];
  const idfOf = idfOfWords(db, [...new Set(words)], nRow, unsure);
  const idf = words.map((w) => idfOf.get(w)!);
  const score = (f: readonly number[], d: number) => {
    let s = 0;
    for (let i = 0; i < f.length; i++)
      s += idf[i]! * ((f[i]! * (K1 + 1.0)) / (f[i]! + K1 * (1 - B + (B * d) / avgdl)));
    return s;
  };
  const text = db
    .prepare(
      `SELECT rowid, statement, quote, speaker, tags, source_title FROM facts_fts
       WHERE rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw();
  const phrases = phraseKeys(new Set(words));
  const readDocs = (rowids: readonly number[]): Array<[number, DocTerms | null]> =>
    rowids.length === 0
      ? []
      : (text.all(JSON.stringify(rowids)) as ColumnsRow[]).map(([fact, ...columns]) => [
          fact,
          docTermsOf(columns, phrases),
        ]);
  return { avgdl, unsure, idf, score, readDocs };
}

/**
 * bm25()'s idf of each word, from the number of facts holding it: a listed word's count of the facts this
 * file tokenizes, plus those of the others that FTS5 finds it in (one lookup each); FTS5's own count
 * (which walks the word's whole posting list: ~50 ms for a word in 40% of a million facts) for a word
 * without a list, or when there are many facts this file cannot tokenize.
 */
function idfOfWords(
  db: Db,
  words: readonly string[],
  nRow: number,
  unsure: readonly number[],
): Map<string, number> {
  const sureFacts = db.prepare('SELECT sure_facts FROM search_rank_terms WHERE term = ?').pluck();
  const countAll = db.prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?').pluck();
  const ln = db.prepare('SELECT ln(?)').pluck();
  const countUnsure = db
    .prepare(
      `SELECT count(*) FROM facts_fts
       WHERE facts_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
    .pluck();
  return new Map(
    words.map((w) => {
      const sure = sureFacts.get(w) as number | undefined;
      const nHit =
        sure === undefined || unsure.length > UNSURE_LOOKUPS
          ? (countAll.get(matchOfKey(w)) as number)
          : sure +
            (unsure.length > 0 ? (countUnsure.get(matchOfKey(w), JSON.stringify(unsure)) as number) : 0);
      // SQLite's ln() is the C library's log(), as FTS5's: JS's Math.log differs from it in the last bit
      // for about one input in twenty, enough to swap two facts of nearly equal score.
      const idf = ln.get((nRow - nHit + 0.5) / (nHit + 0.5)) as number;
      return [w, idf <= 0 ? 1e-6 : idf];
    }),
  );
}

/**
 * Every one of a few matches of words ANDed (`rowids`: all the matches passing the filters), ordered by
 * bm25 (then newest first), scored here from their text as fts5_aux.c scores them. ORDER BY bm25() would
 * give the same order, but bm25() first counts the facts holding each word over the whole index (its
 * idf): for a word in 40% of a million facts, a walk of its whole posting list on every search. Here a
 * listed word's count comes from its list (idfOfWords). Facts this file cannot tokenize are scored by
 * FTS5's bm25() itself.
 */
export function orderFewMatchesOfWords(
  db: Db,
  input: { words: readonly string[]; match: string; rowids: readonly number[]; bm25: string },
): number[] {
  const { score, readDocs } = wordsScorer(db, input.words);
  const scored: Array<{ fact: number; s: number }> = [];
  const unscored: number[] = [];
  for (const [fact, doc] of readDocs(input.rowids)) {
    if (doc)
      scored.push({
        fact,
        s: score(
          input.words.map((w) => doc.f.get(w) ?? 0),
          doc.d,
        ),
      });
    else unscored.push(fact);
  }
  for (const r of fts5Scores(db, input, unscored)) scored.push({ fact: r.rowid, s: -r.s });
  scored.sort((a, b) => b.s - a.s || b.fact - a.fact);
  return scored.map((x) => x.fact);
}
