// `npm run bench:article-agreement`: how far two annotators agree, each labelling the same articles from
// the written conventions (tests/fixtures/articles/README.md, "Labels") without seeing the other's labels,
// and how the engine scores against each. The second annotation is in tests/fixtures/articles/agreement/
// (`<id>.json`, the label file's shape), the first in labels/. Agreement is scored with the bench's own
// matcher (article-score.ts): one annotator's claims stand as proposals, each read as its unit — the
// sentence holding its anchor, run on while a quotation is open — against the other's anchors; then the
// other way round. Ends with one line `RESULT {json}`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { proposeCandidates } from '../services/import/article';
import { type ArticleLabel, type GoldClaim, loadCorpus } from './article-corpus';
import { type Proposed, type Score, addScores, emptyScore, rates, scoreArticle } from './article-score';

const root = process.cwd();
const dir = join(root, 'tests', 'fixtures', 'articles', 'agreement');
if (!existsSync(dir)) throw new Error(`no second annotation: ${dir} is missing`);
const second = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleLabel]),
);
const corpus = loadCorpus(root).filter((a) => second.has(a.id));
if (corpus.length === 0) throw new Error(`no article of ${dir} is in the corpus`);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const OPENING = /[“‘]|(?:^|[\s(])"/gu;
const CLOSING = /[”’]|"(?=[\s,.;:!?)]|$)/gu;
const opens = (s: string) => (s.match(OPENING)?.length ?? 0) - (s.match(CLOSING)?.length ?? 0);

/** The units of a text: its sentences, a sentence run on into the next while a quotation is left open. */
function units(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const base = paragraph.index;
    let open: { start: number; end: number; depth: number } | null = null;
    for (const s of segmenter.segment(paragraph[0])) {
      const start = base + s.index;
      const end = start + s.segment.length;
      if (open) {
        open.end = end;
        open.depth += opens(s.segment);
      } else open = { start, end, depth: opens(s.segment) };
      if (open.depth <= 0) {
        out.push({ start: open.start, end: open.end });
        open = null;
      }
    }
    if (open) out.push({ start: open.start, end: open.end });
  }
  return out;
}

/** One annotator's claims as proposals: each read as the unit that holds its anchor. */
function asProposals(text: string, claims: readonly GoldClaim[], who: string, id: string): Proposed[] {
  const all = units(text);
  return claims.map((c) => {
    const at = text.indexOf(c.anchor);
    if (at < 0) throw new Error(`${who}, ${id}: anchor not in the text: ${JSON.stringify(c.anchor)}`);
    const end = at + c.anchor.length;
    const covering = all.filter((u) => u.end > at && u.start < end);
    const start = Math.min(...covering.map((u) => u.start));
    const stop = Math.max(...covering.map((u) => u.end));
    return {
      sentence: text.slice(start, stop),
      speaker: c.speaker ?? undefined,
      speakerRole: c.role ?? undefined,
      relayedBy: c.relay ?? undefined,
      quote: c.quote ?? undefined,
      eventDate: c.eventDate ?? undefined,
    };
  });
}

const explain = process.argv.includes('--explain');
const totals = {
  secondVsFirst: emptyScore(),
  firstVsSecond: emptyScore(),
  oursVsFirst: emptyScore(),
  oursVsSecond: emptyScore(),
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, s: Score) => {
  const r = rates(s);
  return `  ${name.padEnd(34)} P ${pct(r.precision)} R ${pct(r.recall)} spk ${pct(r.speaker)} role ${pct(r.role)} relay ${pct(r.relay)} quote ${pct(r.quote)} date ${pct(r.date)}`;
};

for (const article of corpus) {
  const b = second.get(article.id) as ArticleLabel;
  if (b.file !== article.file) throw new Error(`${article.id}: the second annotation names ${b.file}`);
  if (article.format !== 'text') throw new Error(`${article.id}: only text articles are compared`);
  const lines: string[] = [];
  const say = explain ? (l: string) => lines.push(l) : undefined;
  const { candidates } = proposeCandidates(article.text, article.format, {
    outlet: article.outlet,
    published: article.published,
  });
  const scores = {
    secondVsFirst: scoreArticle(
      article.claims,
      asProposals(article.text, b.claims, 'second', article.id),
      say,
    ),
    firstVsSecond: scoreArticle(b.claims, asProposals(article.text, article.claims, 'first', article.id)),
    oursVsFirst: scoreArticle(article.claims, candidates),
    oursVsSecond: scoreArticle(b.claims, candidates),
  };
  for (const k of Object.keys(totals) as Array<keyof typeof totals>)
    totals[k] = addScores(totals[k], scores[k]);
  console.log(
    `${article.id}: first ${article.claims.length} claims, second ${b.claims.length}, both ${scores.secondVsFirst.matched}`,
  );
  for (const l of lines)
    console.log(l.replace(/^ {2}extra:/, '  only the second:').replace(/^ {2}missed:/, '  only the first:'));
}

console.log(`\n${corpus.length} articles`);
console.log(row('second annotator against the first', totals.secondVsFirst));
console.log(row('first annotator against the second', totals.firstVsSecond));
console.log(row('engine against the first', totals.oursVsFirst));
console.log(row('engine against the second', totals.oursVsSecond));
const round = (s: Score) =>
  Object.fromEntries(Object.entries(rates(s)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
console.log(
  `RESULT ${JSON.stringify({
    bench: 'article-agreement',
    articles: corpus.length,
    firstClaims: totals.secondVsFirst.claims,
    secondClaims: totals.firstVsSecond.claims,
    ...Object.fromEntries(Object.entries(totals).map(([k, s]) => [k, round(s)])),
  })}`,
);
