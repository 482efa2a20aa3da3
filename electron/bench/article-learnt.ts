// `npm run bench:article-learnt`: does a model learnt from the labelled corpus, with the rule engine's own
// decision as one of its features, find the units of attributed speech better than the rules alone on
// articles it was not trained on? Session 17 named this the next lever after rules written against dev's
// errors stopped transferring; this measures it before anything is built on it.
//
// Each article is cut into the engine's units (segmentation.ts); a unit is a claim's when a labelled
// anchor is in it (the bench's word matching), and the engine's when one of its proposals holds it (since
// session 19 by the units each proposal records, not by matching its sentence's words). The features are
// the import's own (electron/services/import/article/model-features.ts, shared with the learnt claim model
// that session 19 built into the import from this measure; bench:article-model scores that). A logistic regression (plain SGD, L2) over the unit's words and word pairs, the words after a
// capitalised word, whether it quotes, opens its paragraph or is a quotation alone, and the engine's
// decision on it and its neighbours, is trained on dev without one retired split and scored on that
// split, for each split from the seventh on, and trained on all of dev and scored on the test split; and
// once more without the engine's decisions among its features (words alone), to see what the rules carry.
// Unit-level precision and recall, the engine's beside the model's at three thresholds. A unit is not a
// claim (a proposal's sentence may hold several units; the speaker is not scored there), so each split also
// gets what the model would do to the import's claims, scored as bench:article scores them (`claimLevel`).
// Ends with one line `RESULT {json}`.
import { INNER_SPLITS } from './article-model-derive';
import { loadCorpus, type CorpusArticle } from './article-corpus';
import { proposeByRules } from '../services/import/article';
import { holdersOf, unitFeatures } from '../services/import/article/model-features';
import { sigmoid } from '../services/import/article/model-scorer';
import { shuffled } from './article-model-train';
import type { CandidateFact } from '../contract/api';
import {
  addScores,
  emptyScore,
  rates as claimRates,
  scoreArticle,
  words,
  type Proposed,
} from './article-score';

interface UnitRow {
  article: CorpusArticle;
  text: string;
  paragraph: number;
  gold: boolean;
  engine: boolean;
  /** The engine's proposals (indices into its article's) that hold this unit. */
  holders: number[];
  features: string[];
}

/** Each article's proposals from the rule engine, as the bench scores them. */
const proposalsOf = new Map<string, CandidateFact[]>();

function unitsOf(article: CorpusArticle): UnitRow[] {
  // The rules alone, and the import's own features of each unit (model-features.ts, as the learnt claim
  // model in the import reads them since session 19).
  const pass = proposeByRules(article.text, article.format, {
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.published ? { published: article.published } : {}),
  });
  proposalsOf.set(
    article.id,
    pass.claims.map((c) => c.candidate),
  );
  const holders = holdersOf(pass);
  const features = unitFeatures(pass, holders);
  const anchors = article.claims.map((c) => words(c.anchor)).filter(Boolean);
  return pass.units.flatMap((unit, i) => {
    const w = words(unit.text);
    if (w === '') return [];
    return [
      {
        article,
        text: unit.text,
        paragraph: unit.paragraph,
        gold: anchors.some((a) => ` ${w} `.includes(` ${a} `)),
        engine: (holders[i]?.length ?? 0) > 0,
        holders: holders[i] ?? [],
        features: features[i] ?? [],
      },
    ];
  });
}

const score = (w: Map<string, number>, row: UnitRow) =>
  sigmoid(row.features.reduce((z, k) => z + (w.get(k) ?? 0), 0));

function train(rows: readonly UnitRow[]): Map<string, number> {
  const w = new Map<string, number>();
  let rate = 0.2;
  for (let epoch = 0; epoch < 8; epoch++) {
    for (const row of shuffled(rows, epoch + 1)) {
      const g = (row.gold ? 1 : 0) - score(w, row);
      for (const k of row.features) {
        const v = w.get(k) ?? 0;
        w.set(k, v + rate * (g - 1e-5 * v));
      }
    }
    rate *= 0.7;
  }
  return w;
}

function rates(pred: readonly boolean[], rows: readonly UnitRow[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    if (pred[i] && r.gold) tp++;
    else if (pred[i]) fp++;
    else if (r.gold) fn++;
  });
  const round = (x: number) => Math.round(x * 1000) / 10;
  return { precision: round(tp / (tp + fp || 1)), recall: round(tp / (tp + fn || 1)) };
}

const THRESHOLDS = [0.1, 0.2, 0.5] as const;

/**
 * What the model would do to the import's claims, scored as bench:article scores them: the rules' proposals
 * alone; with the model's veto (a proposal none of whose units reaches 0.1 is dropped); with the model's
 * additions (a unit no proposal holds that reaches 0.5 is proposed, its speaker the previous proposal's in its
 * paragraph or the one before, else none); and both.
 */
function claimLevel(rows: readonly UnitRow[], p: readonly number[]) {
  const byArticle = new Map<CorpusArticle, Array<{ row: UnitRow; p: number }>>();
  rows.forEach((row, i) => {
    const list = byArticle.get(row.article) ?? [];
    list.push({ row, p: p[i] ?? 0 });
    byArticle.set(row.article, list);
  });
  const variants = { rules: emptyScore(), veto: emptyScore(), add: emptyScore(), both: emptyScore() };
  for (const [article, units] of byArticle) {
    const candidates = proposalsOf.get(article.id) ?? [];
    const best = candidates.map(() => 0);
    for (const { row, p: q } of units) for (const k of row.holders) best[k] = Math.max(best[k] ?? 0, q);
    const kept = candidates.filter((_, k) => (best[k] ?? 0) >= 0.1);
    const added: Proposed[] = [];
    let last: { speaker?: string; paragraph: number } | undefined;
    for (const { row, p: q } of units) {
      if (row.holders.length > 0) {
        const c = candidates[row.holders[0] as number];
        last = { ...(c?.speaker ? { speaker: c.speaker } : {}), paragraph: row.paragraph };
      } else if (q >= 0.5) {
        const speaker = last && row.paragraph - last.paragraph <= 1 ? last.speaker : undefined;
        added.push({ sentence: row.text, ...(speaker ? { speaker } : {}) });
      }
    }
    variants.rules = addScores(variants.rules, scoreArticle(article.claims, candidates));
    variants.veto = addScores(variants.veto, scoreArticle(article.claims, kept));
    variants.add = addScores(variants.add, scoreArticle(article.claims, [...candidates, ...added]));
    variants.both = addScores(variants.both, scoreArticle(article.claims, [...kept, ...added]));
  }
  const round = (x: number) => Math.round(x * 1000) / 10;
  return Object.fromEntries(
    Object.entries(variants).map(([k, v]) => {
      const r = claimRates(v);
      return [k, { precision: round(r.precision), recall: round(r.recall), speaker: round(r.speaker) }];
    }),
  );
}
const corpus = loadCorpus(process.cwd());
const all = corpus.flatMap(unitsOf);
const dev = all.filter((r) => r.article.split === 'dev');
const heldOut: Array<[string, UnitRow[], UnitRow[]]> = INNER_SPLITS.map((s) => [
  s,
  dev.filter((r) => r.article.retired !== s),
  dev.filter((r) => r.article.retired === s),
]);
const test = all.filter((r) => r.article.split === 'test');
if (test.length > 0) heldOut.push(['test', dev, test]);

const result: Record<string, unknown> = {};
console.log('unit-level precision / recall on units the model was not trained on (see the header)');
for (const [name, trainRows, testRows] of heldOut) {
  const w = train(trainRows);
  const p = testRows.map((r) => score(w, r));
  const engine = rates(
    testRows.map((r) => r.engine),
    testRows,
  );
  const model = Object.fromEntries(
    THRESHOLDS.map((t) => [
      `p${t}`,
      rates(
        p.map((x) => x >= t),
        testRows,
      ),
    ]),
  );
  // The same model without the engine's decisions among its features: how much of it the rules carry.
  const ruleless = (rows: readonly UnitRow[]) =>
    rows.map((r) => ({ ...r, features: r.features.filter((k) => !/ENGINE/.test(k)) }));
  const wordsOnly = train(ruleless(trainRows));
  const withoutRules = rates(
    ruleless(testRows).map((r) => score(wordsOnly, r) >= 0.2),
    testRows,
  );
  const gold = testRows.filter((r) => r.gold).length;
  console.log(
    `${name.padEnd(8)} ${String(testRows.length).padStart(5)} units, ${String(gold).padStart(4)} a claim's: ` +
      `engine P ${engine.precision} R ${engine.recall}; model ` +
      THRESHOLDS.map((t) => `≥${t}: P ${model[`p${t}`]?.precision} R ${model[`p${t}`]?.recall}`).join(', ') +
      `; words alone ≥0.2: P ${withoutRules.precision} R ${withoutRules.recall}`,
  );
  const claims = claimLevel(testRows, p);
  console.log(
    `${''.padEnd(9)}claims: ` +
      Object.entries(claims)
        .map(([k, v]) => `${k} P ${v.precision} R ${v.recall} spk ${v.speaker}`)
        .join('; '),
  );
  result[name] = { units: testRows.length, claimUnits: gold, engine, model, withoutRules, claims };
}
console.log(`RESULT ${JSON.stringify({ bench: 'article-learnt', ...result })}`);
