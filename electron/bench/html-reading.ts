// `npm run bench:html-reading`: how the article importer reads saved HTML pages (articleParagraphs, i.e.
// htmlToParagraphs), measured on the pages of Zyte's article-extraction benchmark
// (tests/fixtures/html-reading/, README there) against their hand-made article body, beside Mozilla's
// Readability (Firefox's reader view) on a jsdom DOM of the same page and a baseline: the text of every <p>.
// Per page: precision, recall and F1 of the words read against the gold's words (a bag of word tokens
// with their counts, lower-cased; a token is a run of letters, digits and "_", the dataset's own `\w+`),
// averaged over the pages, F1 from the mean P and R as the dataset's evaluate.py does; beside it the
// dataset's own score (4-word shingles, case kept) to compare with its published table. Then how often
// the page's headline (<h1>) and a byline line ("By …") are read when the gold has neither.
// The pages are split by a fixed hash of their file name: dev (two thirds) to tune the reader on, test (one
// third) only reported. Ends with one line `RESULT {json}`.
//   --split dev|test|all   which pages to score (default all); the worst pages are listed for dev only.
//   --page ID              print one page as each reader reads it (a dev page while fixing).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { articleParagraphs } from '../services/import/article';

const { values } = parseArgs({
  options: { split: { type: 'string', default: 'all' }, page: { type: 'string' } },
});
const root = join(process.cwd(), 'tests', 'fixtures', 'html-reading');
const gold = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url?: string }
>;

type Split = 'dev' | 'test';
/** A fixed split by the file name's SHA-256: a third of the pages are test, whatever their order or count. */
export const splitOf = (file: string): Split =>
  Number.parseInt(createHash('sha256').update(file).digest('hex').slice(0, 8), 16) % 3 === 0 ? 'test' : 'dev';

const READERS = ['ours', 'readability', 'baseline'] as const;
type Reader = (typeof READERS)[number];

/** Word tokens, lower-cased: `\w+` over letters and digits of every script. */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
/** The dataset's own tokens: `\w+`, case kept. */
const caseTokens = (text: string) => text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
function bagMatch(truth: string[], read: string[]): Counts {
  const bag = (ws: string[]) => ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const t = bag(truth);
  const r = bag(read);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...r.keys()])) {
    const a = t.get(key) ?? 0;
    const b = r.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  return { tp, fp, fn };
}
/** 4-word shingles as evaluate.py builds them (a text shorter than four words is one shingle). */
const shingles = (text: string) => {
  const ws = caseTokens(text);
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, ws.length - 3); i++) {
    const s = ws.slice(i, i + 4);
    if (s.length > 0) out.push(s.join(' '));
  }
  return out;
};

/** Precision and recall as evaluate.py scores one page (both 1 when nothing is wrong, 0 when nothing is right). */
const pr = ({ tp, fp, fn }: Counts) => ({
  p: fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? null : tp / (tp + fp),
  r: fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? null : tp / (tp + fn),
});
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

interface PageScore {
  p: number | null;
  r: number | null;
  f1: number;
  shingleP: number | null;
  shingleR: number | null;
  headline: boolean;
  byline: boolean;
}

const quiet = new VirtualConsole();
function readersOn(html: string): Record<Reader, string> {
  const ours = articleParagraphs(html, 'html').join('\n\n');
  const dom = () =>
    new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: quiet }).window.document;
  const baseline = [...dom().querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n\n');
  let readability: string;
  try {
    readability = new Readability(dom()).parse()?.textContent ?? '';
  } catch {
    // A page Readability cannot read scores as read empty.
    readability = '';
  }
  return { ours, readability, baseline };
}

/** The page's headline: its first <h1> of three words or more. */
function headlineOf(html: string): string | null {
  const m = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) return null;
  const words = tokens((m[1] ?? '').replace(/<[^>]*>/g, ' '));
  return words.length >= 3 ? words.join(' ') : null;
}
const contains = (text: string, phrase: string) => ` ${tokens(text).join(' ')} `.includes(` ${phrase} `);
const BYLINE = /^\s*by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:,.{0,40})?$/imu;

function scorePage(read: string, truth: string, headline: string | null): PageScore {
  const words = pr(bagMatch(tokens(truth), tokens(read)));
  const sh = pr(bagMatch(shingles(truth), shingles(read)));
  return {
    p: words.p,
    r: words.r,
    f1: f1(words.p ?? 0, words.r ?? 0),
    shingleP: sh.p,
    shingleR: sh.r,
    headline: headline !== null && contains(read, headline) && !contains(truth, headline),
    byline: BYLINE.test(read) && !BYLINE.test(truth),
  };
}

const mean = (xs: Array<number | null>) => {
  const ys = xs.filter((x): x is number => x !== null);
  return ys.length === 0 ? 0 : ys.reduce((a, b) => a + b, 0) / ys.length;
};
function summary(scores: PageScore[]) {
  const p = mean(scores.map((s) => s.p));
  const r = mean(scores.map((s) => s.r));
  const sp = mean(scores.map((s) => s.shingleP));
  const sr = mean(scores.map((s) => s.shingleR));
  return {
    p,
    r,
    f1: f1(p, r),
    shingleF1: f1(sp, sr),
    headline: scores.filter((s) => s.headline).length,
    byline: scores.filter((s) => s.byline).length,
  };
}

const ids = Object.keys(gold).sort();
if (values.page !== undefined) {
  const id = ids.find((i) => i.startsWith(values.page as string));
  if (!id) throw new Error(`no page ${values.page}`);
  const html = gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8');
  const read = readersOn(html);
  console.log(`${id} (${splitOf(`${id}.html.gz`)}) ${gold[id]?.url ?? ''}`);
  for (const reader of ['ours', 'readability'] as const) {
    const s = scorePage(read[reader], gold[id]?.articleBody ?? '', headlineOf(html));
    console.log(
      `\n=== ${reader}: P ${s.p?.toFixed(3)} R ${s.r?.toFixed(3)} F1 ${s.f1.toFixed(3)}\n${read[reader]}`,
    );
  }
  console.log(`\n=== gold\n${gold[id]?.articleBody ?? ''}`);
  process.exit(0);
}

const wanted: Split[] = values.split === 'all' ? ['dev', 'test'] : [values.split as Split];
if (!wanted.every((s) => s === 'dev' || s === 'test')) throw new Error('--split takes dev, test or all');
const scores: Record<Split, Record<Reader, PageScore[]>> = {
  dev: { ours: [], readability: [], baseline: [] },
  test: { ours: [], readability: [], baseline: [] },
};
const devPages: Array<{ id: string; url: string; ours: PageScore; readability: PageScore }> = [];
const started = Date.now();
let ourMs = 0;
for (const id of ids) {
  const split = splitOf(`${id}.html.gz`);
  if (!wanted.includes(split)) continue;
  const html = gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))).toString('utf8');
  const truth = gold[id]?.articleBody ?? '';
  const t0 = performance.now();
  articleParagraphs(html, 'html');
  ourMs += performance.now() - t0;
  const read = readersOn(html);
  const headline = headlineOf(html);
  const page = Object.fromEntries(READERS.map((r) => [r, scorePage(read[r], truth, headline)])) as Record<
    Reader,
    PageScore
  >;
  for (const r of READERS) scores[split][r].push(page[r]);
  if (split === 'dev')
    devPages.push({ id, url: gold[id]?.url ?? '', ours: page.ours, readability: page.readability });
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const result: Record<string, number> = {};
for (const split of wanted) {
  const n = scores[split].ours.length;
  console.log(`\n${split}: ${n} pages`);
  console.log('  reader          P      R     F1   shingle F1   headline read   byline read');
  for (const r of READERS) {
    const s = summary(scores[split][r]);
    console.log(
      `  ${r.padEnd(12)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}      ${pct(s.shingleF1)}     ${String(s.headline).padStart(5)}          ${String(s.byline).padStart(5)}`,
    );
    const prefix = r === 'ours' ? '' : `${r}_`;
    result[`${prefix}${split}_p`] = Number(pct(s.p));
    result[`${prefix}${split}_r`] = Number(pct(s.r));
    result[`${prefix}${split}_f1`] = Number(pct(s.f1));
    result[`${prefix}${split}_shingle_f1`] = Number(pct(s.shingleF1));
    if (r === 'ours') {
      result[`${split}_headline_read`] = s.headline;
      result[`${split}_byline_read`] = s.byline;
    }
  }
  result[`pages_${split}`] = n;
}
if (wanted.includes('dev')) {
  const worse = devPages
    .filter((d) => d.readability.f1 - d.ours.f1 >= 0.2)
    .sort((a, b) => b.readability.f1 - b.ours.f1 - (a.readability.f1 - a.ours.f1));
  console.log(
    `\ndev pages where ours is much worse than Readability (F1 at least 20 points lower): ${worse.length}`,
  );
  for (const d of worse)
    console.log(
      `  ${d.id.slice(0, 12)}  ours P ${pct(d.ours.p ?? 0)} R ${pct(d.ours.r ?? 0)} F1 ${pct(d.ours.f1)}  readability F1 ${pct(d.readability.f1)}  ${d.url}`,
    );
}
result.ours_ms_per_page = Number((ourMs / Math.max(1, devPages.length + scores.test.ours.length)).toFixed(1));
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`RESULT ${JSON.stringify(result)}`);
