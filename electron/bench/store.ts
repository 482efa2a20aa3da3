// `npm run bench:store`: imports a synthetic corpus shaped like a real desk's store and times search.
// Not a test: it prints figures and ends with one line `RESULT {json}`.
//   --sizes 100000,1000000   fact counts to run (default both); each gets its own temp store.
//   --keep                   keep the temp stores instead of deleting them.
//   --db postgres://…        also load each corpus into that team library (emptied first) and time the
//                            same queries there, printed beside SQLite's (store-postgres.ts). `{size}` in
//                            the URL is replaced by the fact count (one database per size).
//   --store DIR              keep each size's store in DIR and reuse it when it is already there (with
//                            --db: reuse the team library when it holds that many facts), so a machine
//                            builds its 1M-fact corpus once.
//   --only a,b               time only the queries whose names contain one of these (for a quick look;
//                            the p50/p95 of a partial run are not the benchmark's).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { FactQuery } from '../contract/api';
import { FactInput, type Grade } from '../core/schemas';
import { insertFacts, type ParsedFact } from '../services/store/bulk';
import { whenListsBuilt } from '../services/search/list-builds';
import { rankEveryMatch, searchFacts } from '../services/search/search';
import { timeSearch, type Timed } from './store-timed';
import { Store, type SourceRow } from '../services/store/store';
import {
  COMMON_TERM,
  makeCorpus,
  OUTLETS,
  prng,
  SOURCES,
  VOCABULARY,
} from '../../tests/helpers/synthetic-corpus';
import type { PostgresStore } from '../services/store/postgres/postgres-store';
import {
  copySources,
  factCount,
  insertBenchFacts,
  openBenchLibrary,
  timePostgresQuery,
} from './store-postgres';

const CHUNK = 100_000;
const REPEATS = 5;

interface NamedQuery {
  name: string;
  query: FactQuery;
}

/** The fixed set of ordinary queries: words of several frequencies, phrases, prefixes and filters. */
function ordinaryQueries(v: string[], phrase: string[], sourceId: string): NamedQuery[] {
  const w = (rank: number) => v[rank]!;
  return [
    { name: 'word rank 50', query: { text: w(50) } },
    { name: 'word rank 200', query: { text: w(200) } },
    { name: 'word rank 500', query: { text: w(500) } },
    { name: 'word rank 1500', query: { text: w(1500) } },
    { name: 'word rank 5000', query: { text: w(5000) } },
    { name: 'word rank 15000', query: { text: w(15000) } },
    { name: 'two words', query: { text: `${w(300)} ${w(700)}` } },
    { name: 'three words', query: { text: `${w(120)} ${w(900)} ${w(2500)}` } },
    { name: 'common + rare word', query: { text: `${COMMON_TERM} ${w(4000)}` } },
    { name: 'two common words', query: { text: `${COMMON_TERM} ${w(30)}` } },
    { name: 'common term', query: { text: COMMON_TERM } },
    { name: 'phrase', query: { text: `"${phrase.slice(0, 2).join(' ')}"` } },
    { name: 'phrase of three', query: { text: `"${phrase.slice(2, 5).join(' ')}"` } },
    { name: 'prefix', query: { text: `${w(800).slice(0, 4)}*` } },
    { name: 'prefix + word', query: { text: `${w(2000).slice(0, 3)}* ${w(600)}` } },
    { name: 'speaker name', query: { text: 'peskov' } },
    { name: 'word + tag', query: { text: w(400), tags: ['tag-3'] } },
    { name: 'word + speaker', query: { text: w(250), speaker: 'Zelenskyy' } },
    { name: 'word + date range', query: { text: w(350), from: '2024-03-01', to: '2024-06-30' } },
    { name: 'word + grade', query: { text: w(450), grades: ['A', 'B'] } },
    { name: 'word + status', query: { text: w(150), statuses: ['verified'] } },
    { name: 'word + source', query: { text: w(60), sourceId } },
    { name: 'word + outlet', query: { text: w(1000), outlet: 'Reuters' } },
    { name: 'word, newest', query: { text: w(100), sort: 'newest' } },
    { name: 'word, event date', query: { text: w(1200), sort: 'event-date' } },
    { name: 'word, page 3', query: { text: w(180), offset: 100, limit: 50 } },
    { name: 'browse tag', query: { tags: ['tag-10'] } },
    { name: 'browse newest', query: {} },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const timeQuery = (store: Store, query: FactQuery): Promise<Timed> =>
  timeSearch(
    (q) => searchFacts(store.db, q),
    (q) => rankEveryMatch(store.db, q),
    query,
    REPEATS,
    undefined,
    () => whenListsBuilt(store.db),
  );

async function run(size: number) {
  const dir = storeDir ?? mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const file = join(dir, storeDir ? `briefing-${size}.sqlite` : 'briefing.sqlite');
  const reuseSqlite = storeDir !== undefined && existsSync(file);
  let store = new Store(file);
  const pgUrl = dbUrl?.replaceAll('{size}', String(size));
  const pg: PostgresStore | undefined = pgUrl
    ? await openBenchLibrary(pgUrl, storeDir !== undefined ? size : undefined)
    : undefined;
  const reusePg = pg !== undefined && storeDir !== undefined && (await factCount(pg)) === size;
  let pgImportMs = 0;
  try {
    const corpus = makeCorpus(42);
    const rand = prng(7);
    const grades: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
    const sourceIds: string[] = [];
    // A reused store already holds this seeded corpus: its sources (and their ids) are the stored ones.
    if (reuseSqlite)
      sourceIds.push(
        ...(store.db.prepare('SELECT id FROM sources ORDER BY rowid').pluck().all() as string[]),
      );
    for (let i = 0; i < SOURCES && !reuseSqlite; i++) {
      const title = Array.from({ length: 6 }, () => corpus.vocabulary[Math.floor(rand() * 3000)]).join(' ');
      sourceIds.push(
        store.createSource({
          title,
          outlet: OUTLETS[i % OUTLETS.length]!,
          published: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 730) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          grade: grades[i % grades.length]!,
        }).id,
      );
    }
    const sourceRows = store.db.prepare('SELECT * FROM sources').all() as SourceRow[];
    const sourceText = new Map(sourceRows.map((r) => [r.id, r.search_text]));
    if (pg && !reusePg) await copySources(pg, sourceRows);
    let importMs = 0;
    let phrase: string[] = [];
    for (let done = 0; done < size; done += CHUNK) {
      const n = Math.min(CHUNK, size - done);
      const facts: ParsedFact[] = [];
      for (let i = 0; i < n; i++) {
        const { sourceIndex, ...f } = corpus.nextFact();
        facts.push({ ...f, sourceId: sourceIds[sourceIndex]! });
      }
      if (phrase.length === 0) phrase = facts[1234 % n]!.statement.replace('.', '').split(' ').slice(3);
      const t = performance.now();
      if (!reuseSqlite) insertFacts(store, facts);
      importMs += performance.now() - t;
      if (pg && !reusePg) {
        const started = performance.now();
        await insertBenchFacts(pg, facts, sourceText);
        pgImportMs += performance.now() - started;
      }
      process.stdout.write(`  ${size}: ${done + n} facts imported (${(importMs / 1000).toFixed(1)} s)\r`);
    }
    process.stdout.write('\n');

    const queries = ordinaryQueries(corpus.vocabulary, phrase, sourceIds[3]!).filter(
      (q) => only.length === 0 || only.some((name) => q.name.includes(name)),
    );
    const all: number[] = [];
    const pgAll: number[] = [];
    // The exact page may hold fewer than 50 facts (fewer matches): `of` is its size on SQLite; PostgreSQL
    // finds the same matches (the same words, folded the same way).
    const overlaps: Array<{ query: string; sqlite?: number; postgres?: number; of: number }> = [];
    const cpuAll: number[] = [];
    const pgCpuAll: number[] = [];
    const loadBefore = loadavg();
    const overlapText = (t: Timed) =>
      t.overlap === undefined
        ? '       '
        : `${String(t.overlap).padStart(2)}/${String(t.of).padEnd(2)}${t.sameOrder ? '=' : t.amongNewest ? 'n' : ' '}`;
    // A first run far slower than the timed ones ranked every match before a side list was built: shown.
    const firstText = (t: Timed) =>
      (t.firstMs > 10 * Math.max(...t.ms) ? ` first ${round(t.firstMs, 0)} ms` : '') +
      (t.settleMs > 100 ? ` (its list built after it in ${round(t.settleMs / 1000, 1)} s)` : '');
    for (const q of queries) {
      const r = await timeQuery(store, q.query);
      all.push(...r.ms);
      cpuAll.push(r.cpuMs);
      const sorted = [...r.ms].sort((a, b) => a - b);
      let beside = '';
      let pgOverlap: number | undefined;
      if (pg) {
        const p = await timePostgresQuery(pg, q.query, REPEATS);
        pgAll.push(...p.ms);
        pgOverlap = p.overlap;
        if (p.serverCpuMs !== undefined) pgCpuAll.push(p.serverCpuMs);
        const pgSorted = [...p.ms].sort((a, b) => a - b);
        beside =
          `  postgres ${percentile(pgSorted, 50).toFixed(2).padStart(7)} ms p95 ${percentile(pgSorted, 95).toFixed(1).padStart(6)}` +
          (p.serverCpuMs !== undefined ? ` cpu ${p.serverCpuMs.toFixed(1).padStart(5)}` : '') +
          `  total ${(p.exact ? '' : '≥') + p.total}`.padEnd(14) +
          ` exact ${overlapText(p)}` +
          firstText(p);
      }
      if (r.overlap !== undefined)
        overlaps.push({
          query: q.name,
          sqlite: r.overlap,
          ...(pgOverlap !== undefined ? { postgres: pgOverlap } : {}),
          of: r.of ?? r.pageSize,
        });
      console.log(
        `  ${q.name.padEnd(22)} median ${percentile(sorted, 50).toFixed(2).padStart(7)} ms p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} cpu ${r.cpuMs.toFixed(1).padStart(5)}` +
          `  total ${(r.exact ? '' : '≥') + r.total}`.padEnd(14) +
          ` exact ${overlapText(r)}` +
          firstText(r) +
          beside +
          `  ${JSON.stringify(q.query)}`,
      );
    }
    const loadAfter = loadavg();
    pgAll.sort((a, b) => a - b);
    const pgCommon = pg ? await timePostgresQuery(pg, { text: COMMON_TERM }, REPEATS) : undefined;
    const pgCommonMs = [...(pgCommon?.ms ?? [])].sort((a, b) => a - b);
    all.sort((a, b) => a - b);
    const common = await timeQuery(store, { text: COMMON_TERM });
    const commonMs = [...common.ms].sort((a, b) => a - b);
    const countMs = performance.now();
    const commonCount = store.db
      .prepare('SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?')
      .pluck()
      .get(COMMON_TERM) as number;
    const exactCountMs = performance.now() - countMs;
    // What a user waits for at start: opening the store, its integrity check (quick_check reads every
    // page) included. Warm page cache: the file was just written.
    store.close();
    const openStarted = performance.now();
    store = new Store(file);
    const openMs = performance.now() - openStarted;
    const result = {
      facts: size,
      import_s: reuseSqlite ? null : round(importMs / 1000, 2),
      search_p50_ms: round(percentile(all, 50), 2),
      search_p95_ms: round(percentile(all, 95), 2),
      common_term_ms: round(percentile(commonMs, 50), 2),
      common_term_p95_ms: round(percentile(commonMs, 95), 2),
      common_term_matches: commonCount,
      common_term_share: round(commonCount / size, 3),
      ordinary_queries: queries.length,
      search_cpu_p50_ms: round(
        percentile(
          [...cpuAll].sort((a, b) => a - b),
          50,
        ),
        2,
      ),
      // Overlap of each ranked query's first page with the exact ranking of every match (bm25 / ts_rank).
      exact_overlap: overlaps,
      exact_misses: overlaps
        .filter((o) => (o.sqlite ?? o.of) < o.of || (o.postgres ?? o.of) < o.of)
        .map((o) => o.query),
      load_average: [round(loadBefore[0]!, 2), round(loadAfter[0]!, 2)],
      open_with_quick_check_ms: round(openMs, 0),
      db_mb: round(
        ((store.db.pragma('page_count', { simple: true }) as number) *
          (store.db.pragma('page_size', { simple: true }) as number)) /
          1e6,
        0,
      ),
      ...(pg
        ? {
            postgres: {
              import_s: reusePg ? null : round(pgImportMs / 1000, 2),
              search_p50_ms: round(percentile(pgAll, 50), 2),
              search_p95_ms: round(percentile(pgAll, 95), 2),
              common_term_ms: round(percentile(pgCommonMs, 50), 2),
              common_term_p95_ms: round(percentile(pgCommonMs, 95), 2),
              // The server's CPU per query (its backends' time from /proc), when it runs on this machine.
              ...(pgCpuAll.length > 0
                ? {
                    search_cpu_p50_ms: round(
                      percentile(
                        [...pgCpuAll].sort((a, b) => a - b),
                        50,
                      ),
                      2,
                    ),
                    search_cpu_p95_ms: round(
                      percentile(
                        [...pgCpuAll].sort((a, b) => a - b),
                        95,
                      ),
                      2,
                    ),
                  }
                : {}),
            },
          }
        : {}),
    };
    console.log(
      `  ${size} facts: import ${result.import_s} s; ordinary search p50 ${result.search_p50_ms} ms, p95 ${result.search_p95_ms} ms;` +
        ` "${COMMON_TERM}" (${commonCount} matches, ${(100 * result.common_term_share).toFixed(0)}%) ${result.common_term_ms} ms` +
        ` (counting all its matches alone: ${exactCountMs.toFixed(0)} ms); store ${result.db_mb} MB,` +
        ` opened with its quick_check in ${result.open_with_quick_check_ms} ms`,
    );
    if (result.postgres)
      console.log(
        `  ${size} facts on PostgreSQL: import ${result.postgres.import_s} s; ordinary search p50 ${result.postgres.search_p50_ms} ms, p95 ${result.postgres.search_p95_ms} ms; "${COMMON_TERM}" ${result.postgres.common_term_ms} ms`,
      );
    // Last, so that nothing above measures a store with them: facts in Chinese, Japanese and with emoji.
    const substring = only.length === 0 ? substringStage(store, sourceIds, size) : undefined;
    return { ...result, ...(substring ? { substring } : {}) };
  } finally {
    await pg?.close();
    store.close();
    if (storeDir !== undefined) console.log(`  the store stays in ${file} for the next run`);
    else if (keep) console.log(`  kept the store: ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Substring search (search/substring.ts) over the store just measured, grown by a fiftieth of its size in
 * facts written without spaces (Chinese, some Japanese, some with an emoji or a Latin word), imported
 * with insertFacts: what that import costs, and each substring query's median and p95 (5 runs after a
 * warm-up): 1, 2, 3 and 4 characters, kana, an emoji, Latin + CJK, with a filter, newest first.
 */
function substringStage(store: Store, sourceIds: readonly string[], size: number) {
  const rand = prng(11);
  // 3,000 "words" of one to three ideographs of the 2,000 commonest code points, drawn Zipf-like.
  const ideograph = () => String.fromCodePoint(0x4e00 + Math.floor(rand() * rand() * 2000));
  const words = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 3) }, ideograph).join(''),
  );
  const word = () => words[Math.floor(rand() * rand() * words.length)]!;
  const n = Math.max(1000, Math.round(size / 50));
  const facts: ParsedFact[] = Array.from({ length: n }, (_, i) => {
    let statement = Array.from({ length: 10 + Math.floor(rand() * 30) }, word).join('') + '。';
    if (i % 10 === 0) statement = `ウクライナへの支援を継続する。${statement}`;
    if (i % 20 === 0) statement += ' 🔥';
    if (i % 5 === 0) statement = `NATO ${statement}`;
    return FactInput.parse({
      sourceId: sourceIds[i % sourceIds.length]!,
      statement,
      ...(i % 3 === 0 ? { speaker: '吕特' } : {}),
      status: i % 7 === 0 ? 'verified' : 'draft',
    });
  });
  const started = performance.now();
  insertFacts(store, facts);
  const importS = round((performance.now() - started) / 1000, 2);
  const long = facts[n >> 1]!.statement.slice(5, 9);
  const queries: NamedQuery[] = [
    { name: 'cjk 1 char', query: { text: words[40]!.slice(0, 1) } },
    { name: 'cjk 2 chars', query: { text: words.find((w) => w.length === 2)! } },
    { name: 'cjk 3 chars', query: { text: words.find((w) => w.length === 3)! } },
    { name: 'cjk 4 chars', query: { text: long } },
    { name: 'kana', query: { text: 'を継続' } },
    { name: 'emoji', query: { text: '🔥' } },
    { name: 'latin + cjk', query: { text: `NATO ${words.find((w) => w.length === 2)!}` } },
    { name: 'cjk + status', query: { text: words.find((w) => w.length === 2)!, statuses: ['verified'] } },
    { name: 'cjk, newest', query: { text: words.find((w) => w.length === 3)!, sort: 'newest' } },
  ];
  const all: number[] = [];
  const rows = queries.map((q) => {
    const parsed = FactQuery.parse(q.query);
    const first = searchFacts(store.db, parsed);
    const ms = Array.from({ length: REPEATS }, () => {
      const t = performance.now();
      searchFacts(store.db, parsed);
      return performance.now() - t;
    }).sort((a, b) => a - b);
    all.push(...ms);
    console.log(
      `  ${q.name.padEnd(22)} median ${percentile(ms, 50).toFixed(2).padStart(7)} ms p95 ${percentile(ms, 95).toFixed(1).padStart(6)}` +
        `  total ${(first.totalIsExact ? '' : '≥') + first.total}`.padEnd(14) +
        `  ${JSON.stringify(q.query)}`,
    );
    return { query: q.name, median_ms: round(percentile(ms, 50), 2), total: first.total };
  });
  all.sort((a, b) => a - b);
  const result = {
    facts: n,
    import_s: importS,
    search_p50_ms: round(percentile(all, 50), 2),
    search_p95_ms: round(percentile(all, 95), 2),
    queries: rows,
  };
  console.log(
    `  substring search: ${n} CJK facts imported in ${importS} s; p50 ${result.search_p50_ms} ms, p95 ${result.search_p95_ms} ms`,
  );
  return result;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    store: { type: 'string' },
    only: { type: 'string', default: '' },
  },
});
/** --only: names (or parts of names) of the queries to time. */
const only = (values.only ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
/** --db: a team library to measure beside the local store (its tables are emptied first). */
const dbUrl = values.db;
/** --store DIR: where each size's store is kept and, on later runs, reused. */
const storeDir = values.store;
if (storeDir !== undefined) mkdirSync(storeDir, { recursive: true });
/** --keep leaves the temp store in place (for inspecting query plans); by default it is deleted. */
const keep = values.keep === true;
const sizes = (values.sizes ?? '')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
  console.error('bench:store: --sizes takes fact counts, e.g. --sizes 100000,1000000');
  process.exit(1);
}
console.log(`Store benchmark: ${VOCABULARY} Zipf words, ${SOURCES} sources, sizes ${sizes.join(', ')}`);
const results = [];
for (const size of sizes) results.push(await run(size));
console.log(`RESULT ${JSON.stringify(results)}`);
