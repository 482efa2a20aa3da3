// `npm run bench:article-model`: the import with the learnt claim model (model.ts) against the rules
// alone, on each retired split from the seventh on, the model trained without that split (its thresholds
// chosen leaving out each of the other retired splits in turn, as the shipped model's are): claims scored
// as bench:article scores them. These are the honest figures; bench:article on dev with the shipped model
// includes the model's own training data. Prints aggregate figures only (no split's errors).
// Ends with one line `RESULT {json}`.
//   --speaker-rows all|unheld   which units train the speaker ranker (default all: every claim's unit).
//   --two-unit-models           one unit model for the units the rules' claims hold (the veto's) and one for
//                               the others (the additions'); default one for all (tried: worse, see docs).
//   --min-count n               drop features seen in fewer than n training units (default: the shipped one).
//   --min-weight w              drop trained weights smaller than w (default: the shipped one).
//   --pair-factor n             word pairs need n times the min count (default: the shipped one).
//   --cost c                    what the additions may cost in precision and exact speaker, held out, when
//                               their thresholds are chosen (default: the shipped one, COST).
//   --unheld-weight n           the speaker rows of units no rules' claim holds count n times (default: shipped).
//   --splits a,b,…              score only these retired splits (default seventh to twenty-fifth; while the
//                               model changes, leave out the twenty-fifth: it is scored once, at the end).
import { parseArgs } from 'node:util';
import { loadCorpus } from './article-corpus';
import { INNER_SPLITS } from './article-model-derive';
import {
  type Prepared,
  candidatesWith,
  deriveModel,
  prepare,
  scoreWith,
  setMinCount,
  setMinWeight,
  setPairFactor,
  setSeparateUnheld,
  setCost,
  setSpeakerRows,
  setUnheldWeight,
} from './article-model-train';
import { type Score, addScores, emptyScore, field, rates, scoreArticle } from './article-score';
import { LEARNT_CUE } from '../services/import/article/model';

const { values } = parseArgs({
  options: {
    'speaker-rows': { type: 'string', default: 'all' },
    splits: { type: 'string' },
    'two-unit-models': { type: 'boolean', default: false },
    'min-count': { type: 'string' },
    'min-weight': { type: 'string' },
    'pair-factor': { type: 'string' },
    cost: { type: 'string' },
    'unheld-weight': { type: 'string' },
  },
});
if (values['unheld-weight']) setUnheldWeight(Number(values['unheld-weight']));
if (values.cost) setCost(Number(values.cost));
if (values['two-unit-models']) setSeparateUnheld(true);
if (values['min-count']) setMinCount(Number(values['min-count']));
if (values['min-weight']) setMinWeight(Number(values['min-weight']));
if (values['pair-factor']) setPairFactor(Number(values['pair-factor']));
const splits = values.splits
  ? INNER_SPLITS.filter((s) => values.splits?.split(',').includes(s))
  : INNER_SPLITS;
if (values['speaker-rows'] === 'unheld') setSpeakerRows('unheld');

const started = performance.now();
const dev = loadCorpus(process.cwd())
  .filter((a) => a.split === 'dev')
  .map(prepare);
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);
const line = (s: Score) => {
  const r = rates(s);
  // (right speaker: of all the labelled claims, those proposed with the label's speaker.)
  return `P ${pct(r.precision)} R ${pct(r.recall)} spk ${pct(r.speaker)} role ${pct(r.role)} relay ${pct(r.relay)} quote ${pct(r.quote)} date ${pct(r.date)}; right speaker ${pct(s.speaker / (s.claims || 1))}`;
};
const round = (s: Score) =>
  Object.fromEntries(Object.entries(rates(s)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

const result: Record<string, unknown> = {};
let pooledRules = emptyScore();
let pooledModel = emptyScore();
console.log('claims on each retired split, the model trained without it (see the header)');
for (const held of splits) {
  const train = dev.filter((a) => a.article.retired !== held);
  const test: Prepared[] = dev.filter((a) => a.article.retired === held);
  const model = deriveModel(
    train,
    INNER_SPLITS.filter((s) => s !== held),
  );
  // Of the units the model adds that are a claim's: is the label's speaker among the candidates, and first?
  let addedClaims = 0;
  let covered = 0;
  let first = 0;
  let unnamed = 0;
  for (const s of scoreWith(test, model))
    s.p.forEach((q, i) => {
      const g = s.prepared.gold[i];
      const chosen = s.speakers.get(i);
      if (q < model.thresholds.add || !g || !chosen || chosen.p < (model.thresholds.speakerToAdd ?? 0))
        return;
      addedClaims++;
      if (!g.speaker) unnamed++;
      if ((s.prepared.candidates[i] ?? []).some((c) => field(c.name) === field(g.speaker))) covered++;
      if (field(chosen.name) === field(g.speaker)) first++;
    });
  let rules = emptyScore();
  let learnt = emptyScore();
  let added = 0;
  let vetoed = 0;
  let named = 0;
  for (const a of test) {
    const before = candidatesWith(a, null);
    const after = candidatesWith(a, model);
    const adds = after.filter((c) => c.cue === LEARNT_CUE);
    added += adds.length;
    named += adds.filter((c) => c.speaker).length;
    vetoed += before.length - (after.length - adds.length);
    rules = addScores(rules, scoreArticle(a.article.claims, before));
    learnt = addScores(learnt, scoreArticle(a.article.claims, after));
  }
  pooledRules = addScores(pooledRules, rules);
  pooledModel = addScores(pooledModel, learnt);
  const t = model.thresholds;
  console.log(
    `${held.padEnd(8)} ${String(test.length).padStart(3)} articles, ${String(rules.claims).padStart(4)} claims; ` +
      `thresholds veto ${t.veto} add ${t.add} speaker ${t.speaker} speaker to add ${t.speakerToAdd ?? 0}${model.copyRole ? ', role copied' : ''}` +
      `${model.copyRelay ? ', relay copied' : ''}; ${vetoed} vetoed, ${added} added (${named} with a speaker)\n` +
      `  rules  ${line(rules)}\n  model  ${line(learnt)}\n` +
      `  added units that are a claim's: ${addedClaims}, ${unnamed} of them no one's; the label's speaker among ` +
      `the candidates in ${covered}, ranked first in ${first}`,
  );
  result[held] = {
    claims: rules.claims,
    thresholds: t,
    copyRole: model.copyRole,
    copyRelay: model.copyRelay,
    vetoed,
    added,
    addedWithSpeaker: named,
    rules: round(rules),
    model: round(learnt),
  };
}
console.log(`pooled ${splits.join(', ')}\n  rules  ${line(pooledRules)}\n  model  ${line(pooledModel)}`);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(
  `RESULT ${JSON.stringify({ bench: 'article-model', ...result, pooled: { rules: round(pooledRules), model: round(pooledModel) } })}`,
);
