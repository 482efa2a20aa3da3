// `npm run bench:article`: the article importer on the labelled corpus (tests/fixtures/articles/), beside
// the simple baseline scored the same way. Per article and per split (dev / test): claim
// precision and recall; of the matched claims, exact speaker (case and whitespace folded, a leading
// article dropped), role, relay, quote span (same words) and event date. Then speed: ms per KB over the
// corpus and the time to propose on 1 MB inputs. Ends with one line `RESULT {json}`.
//   --split dev|test|all   which articles to score and print (default all). `dev` leaves the test split
//                          unread, as while the engine changes; the test split is scored only to report.
//   --quiet                no per-article lines.
//   --explain              under each printed article, every disagreement with the labels.
//   --accuracy-only        the corpus scores alone, no speed runs (a quick loop while fixing dev errors).
//   --hold-out [split]     neither print nor explain one retired test split (`first` … `twenty-fifth`;
//                          `second`, session 9's, when no split is named): it is scored apart, beside dev
//                          without it, to check a change made on the rest of dev.
//   --only p1,p2           score only the articles whose id starts with one of these prefixes (a round's
//                          new stories, e.g. `--only wn-`); the splits are kept.
//   --rules-only           the rules alone, without the learnt claim model (model.ts) the import runs after
//                          them. With the model, dev and its retired splits include the model's training
//                          data: `npm run bench:article-model` gives its held-out figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleParagraphs, proposeCandidates } from '../services/import/article';
import { cancelProposal, prepareProposals, proposeOffThread } from '../services/import/article/off-thread';
import { baselineCandidates } from './article-baseline';
import {
  type CorpusArticle,
  RETIRED_SPLITS,
  RETIRED_SPLIT_NAMES,
  type RetiredSplit,
  loadCorpus,
} from './article-corpus';
import { type Score, addScores, emptyScore, rates, scoreArticle } from './article-score';

// A bare `--hold-out` (its meaning before it took a split) holds out the second retired split.
const args = process.argv
  .slice(2)
  .flatMap((arg, i, all) =>
    arg === '--hold-out' && (i + 1 === all.length || all[i + 1]?.startsWith('-'))
      ? ['--hold-out', 'second']
      : [arg],
  );
const { values } = parseArgs({
  args,
  options: {
    split: { type: 'string', default: 'all' },
    quiet: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'accuracy-only': { type: 'boolean', default: false },
    only: { type: 'string' },
    'hold-out': { type: 'string' },
    'rules-only': { type: 'boolean', default: false },
  },
});
/** The import as shipped (rules, then the learnt claim model), or the rules alone. */
const model = values['rules-only'] ? { model: null } : {};
const heldOut = values['hold-out'];
if (heldOut !== undefined && !(RETIRED_SPLITS as readonly string[]).includes(heldOut))
  throw new Error(`--hold-out takes one of ${RETIRED_SPLITS.join(', ')}, not ${heldOut}`);
/** An article whose errors stay unprinted: in the held-out retired split. */
const isHeldOut = (a: CorpusArticle) => heldOut !== undefined && a.retired === heldOut;
/** An article printed (and explained, with --explain): in the split asked for, and not held out. */
const isShown = (a: CorpusArticle) => (values.split === 'all' || values.split === a.split) && !isHeldOut(a);
const root = process.cwd();
const prefixes = values.only?.split(',').filter((p) => p.length > 0) ?? [];
const corpus = loadCorpus(root).filter(
  (a) =>
    (prefixes.length === 0 || prefixes.some((p) => a.id.startsWith(p))) &&
    (values.split === 'all' || values.split === a.split),
);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const line = (s: Score) => {
  const r = rates(s);
  return `P ${pct(r.precision)} R ${pct(r.recall)} spk ${pct(r.speaker)} role ${pct(r.role)} relay ${pct(r.relay)} quote ${pct(r.quote)} date ${pct(r.date)}`;
};

interface Run {
  ours: Score;
  base: Score;
  ms: number;
  kb: number;
}

const explanations: string[] = [];
const explained = (line: string) => explanations.push(line);

function run(article: CorpusArticle): Run {
  const started = performance.now();
  const { candidates } = proposeCandidates(article.text, article.format, {
    outlet: article.outlet,
    published: article.published,
    ...model,
  });
  const ms = performance.now() - started;
  const base = baselineCandidates(articleParagraphs(article.text, article.format));
  return {
    ours: scoreArticle(
      article.claims,
      candidates,
      values.explain && isShown(article) ? explained : undefined,
    ),
    base: scoreArticle(article.claims, base),
    ms,
    kb: Buffer.byteLength(article.text) / 1024,
  };
}

// One untimed pass warms compromise's lexicon and the JIT.
proposeCandidates(corpus[0]?.text ?? 'x', 'text');

interface Totals {
  ours: Score;
  base: Score;
}
const empty = (): Totals => ({ ours: emptyScore(), base: emptyScore() });
const add = (t: Totals, r: Run) => {
  t.ours = addScores(t.ours, r.ours);
  t.base = addScores(t.base, r.base);
};
const perRetired = <T>(make: () => T) =>
  Object.fromEntries(RETIRED_SPLITS.map((s) => [s, make()])) as Record<RetiredSplit, T>;
const totals = { dev: empty(), test: empty() };
/** Each retired split, and dev without it. */
const retiredTotals = perRetired(empty);
const withoutTotals = perRetired(empty);
let ms = 0;
let kb = 0;
for (const article of corpus) {
  const r = run(article);
  add(totals[article.split], r);
  if (article.retired) add(retiredTotals[article.retired], r);
  if (article.split === 'dev')
    for (const split of RETIRED_SPLITS) if (article.retired !== split) add(withoutTotals[split], r);
  ms += r.ms;
  kb += r.kb;
  if (!values.quiet && isShown(article)) {
    console.log(
      `${article.split.padEnd(4)} ${article.id.padEnd(26)} ${String(article.claims.length).padStart(3)} claims ${r.ms.toFixed(0).padStart(5)} ms\n` +
        `     ours ${line(r.ours)}\n     base ${line(r.base)}`,
    );
    for (const e of explanations.splice(0)) console.log(e);
  }
}

function printSplits() {
  console.log('');
  console.log(
    values['rules-only']
      ? 'the rules alone (--rules-only): no learnt claim model'
      : 'the import as shipped: the rules, then the learnt claim model, which was TRAINED ON ALL OF DEV — dev and ' +
          'its retired splits below include its training data; held-out figures: npm run bench:article-model',
  );
  const print = (heading: string, n: number, t: Totals) => {
    console.log(`${heading}: ${n} articles, ${t.ours.claims} claims`);
    if (n === 0) return;
    console.log(`  ours     ${line(t.ours)}`);
    console.log(`  baseline ${line(t.base)}`);
  };
  const dev = corpus.filter((a) => a.split === 'dev');
  print('dev split', dev.length, totals.dev);
  for (const split of RETIRED_SPLITS) {
    const held = split === heldOut ? ', held out' : '';
    const of = dev.filter((a) => a.retired === split).length;
    print(`  of which ${RETIRED_SPLIT_NAMES[split]}${held}`, of, retiredTotals[split]);
    if (split !== 'first')
      print(`  dev without ${RETIRED_SPLIT_NAMES[split]}`, dev.length - of, withoutTotals[split]);
  }
  print('test split (never tuned on)', corpus.filter((a) => a.split === 'test').length, totals.test);
}
if (values['accuracy-only']) {
  printSplits();
  process.exit(0);
}

// Speed on 1 MB: the two saved pages over a megabyte, and a megabyte of plain article text.
const big = corpus.filter((a) => Buffer.byteLength(a.text) >= 1024 * 1024);
// Each article as the importer reads it alone (its paragraphs, up to where its page starts listing other
// stories): a "Top Stories" heading ends an article, so joined whole, the first one past the megabyte's
// first third would end the megabyte there and leave the rest of it unread.
const textParts = corpus
  .filter((a) => a.format === 'text')
  .map((a) => articleParagraphs(a.text, 'text').join('\n\n'));
let megabyte = '';
for (let i = 0; Buffer.byteLength(megabyte) < 1024 * 1024; i++)
  megabyte += `${textParts[i % textParts.length]}\n\n`;
const timeIt = (text: string, format: 'text' | 'html') => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const n = proposeCandidates(text, format, model).candidates.length;
  const used = process.cpuUsage(cpu);
  return {
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    candidates: n,
    kb: Math.round(Buffer.byteLength(text) / 1024),
  };
};
const oneMb = [
  ...big.map((a) => ({ id: a.id, ...timeIt(a.text, a.format) })),
  { id: '1 MB of article text', ...timeIt(megabyte, 'text') },
];
// The same megabyte pasted with no paragraph breaks: one paragraph (once read in a time that grew with
// the paragraph's square).
const oneParagraph = { id: '1 MB as one paragraph', ...timeIt(megabyte.replace(/\s*\n\s*/g, ' '), 'text') };

// The app's path: the same megabyte on the worker thread, from the call to its answer (the worker's
// start and its own lexicon warm-up included), the longest stall of this thread meanwhile (it answers
// the app's other calls), the progress events it got, and how soon a Cancel ends a run.
async function offThread() {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  let events = 0;
  const timed = async () => {
    const started = performance.now();
    let cpuMs = -1;
    const r = await proposeOffThread(
      { text: megabyte, format: 'text' },
      { onProgress: () => events++, onCpu: (ms) => (cpuMs = ms) },
    );
    return { ms: Math.round(performance.now() - started), cpuMs, candidates: r.candidates.length };
  };
  // The first article on a worker started with it (cold: the lexicon loaded and the code compiled then).
  const cold = await timed();
  // Cancel once a tenth is done: the time from Cancel to the call's refusal (the worker is ended).
  let cancelMs = -1;
  let cancelledAt = 0;
  const id = 'bench-cancel';
  await proposeOffThread(
    { text: megabyte, format: 'text' },
    {
      id,
      onProgress: (done) => {
        if (done >= 0.1 && cancelledAt === 0) {
          cancelledAt = performance.now();
          cancelProposal(id);
        }
      },
    },
  ).catch((e: unknown) => {
    if ((e as { code?: string }).code === 'cancelled') cancelMs = Math.round(performance.now() - cancelledAt);
  });
  // As the app runs it: a worker made ready when the import panel opens (given the few seconds an analyst
  // takes to paste), then the next article on the same worker.
  prepareProposals();
  await new Promise((r) => setTimeout(r, 3000));
  const prepared = await timed();
  const next = await timed();
  clearInterval(timer);
  return { cold, prepared, next, events: events / 3, stallMs: Math.round(stall), cancelMs };
}
const worker = await offThread();

printSplits();
console.log(`speed: ${(ms / kb).toFixed(2)} ms/KB over ${kb.toFixed(0)} KB`);
// Wall time depends on what else the machine runs; CPU time of this process is the steadier figure.
for (const o of [...oneMb, oneParagraph])
  console.log(`  ${o.id}: ${o.kb} KB in ${o.ms} ms wall, ${o.cpuMs} ms CPU (${o.candidates} candidates)`);
console.log(
  `  on the worker thread (as the app runs it), 1 MB: ${worker.prepared.ms} ms wall (${worker.prepared.cpuMs} ms ` +
    `of the worker's CPU) on a worker made ready when the panel opens; ${worker.next.ms} ms ` +
    `(${worker.next.cpuMs} ms CPU) on the next article; ${worker.cold.ms} ms (${worker.cold.cpuMs} ms CPU) on a ` +
    `worker started with it; ${worker.next.candidates} candidates, ${Math.round(worker.events)} progress events ` +
    `each; this thread's longest stall meanwhile ${worker.stallMs} ms; Cancel at 10% answered in ${worker.cancelMs} ms`,
);

const round = (r: ReturnType<typeof rates>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
console.log(
  `RESULT ${JSON.stringify({
    bench: 'article',
    version: pkg.version,
    model: values['rules-only']
      ? 'rules only'
      : 'shipped (trained on dev: dev figures include its training data)',
    articles: corpus.length,
    dev: {
      claims: totals.dev.ours.claims,
      ours: round(rates(totals.dev.ours)),
      baseline: round(rates(totals.dev.base)),
    },
    ...Object.fromEntries(
      RETIRED_SPLITS.flatMap((split) => {
        const name = split[0]?.toUpperCase() + split.slice(1);
        const entry = (t: Totals) => ({
          claims: t.ours.claims,
          ours: round(rates(t.ours)),
          baseline: round(rates(t.base)),
        });
        return [
          [`retired${name}`, entry(retiredTotals[split])],
          [`devWithout${name}`, entry(withoutTotals[split])],
        ];
      }),
    ),
    test: {
      claims: totals.test.ours.claims,
      ours: round(rates(totals.test.ours)),
      baseline: round(rates(totals.test.base)),
    },
    msPerKb: Math.round((ms / kb) * 100) / 100,
    oneMegabyteMs: Math.max(...oneMb.map((o) => o.ms)),
    oneMegabyteCpuMs: Math.max(...oneMb.map((o) => o.cpuMs)),
    oneParagraphMegabyteMs: oneParagraph.ms,
    oneParagraphMegabyteCpuMs: oneParagraph.cpuMs,
    workerOneMegabyteMs: worker.prepared.ms,
    workerOneMegabyteNextMs: worker.next.ms,
    workerOneMegabyteColdMs: worker.cold.ms,
    workerOneMegabyteCpuMs: worker.prepared.cpuMs,
    workerOneMegabyteNextCpuMs: worker.next.cpuMs,
    workerMainThreadStallMs: worker.stallMs,
    workerProgressEvents: Math.round(worker.events),
    workerCancelMs: worker.cancelMs,
  })}`,
);
