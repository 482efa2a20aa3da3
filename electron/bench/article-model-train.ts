// How the learnt claim model (electron/services/import/article/model.ts) is trained and its thresholds
// chosen, shared by `npm run derive:article-model` (the shipped weights, from all of dev) and
// `npm run bench:article-model` (each retired split scored by a model trained without it).
//
// Units: a unit is a claim's when a labelled anchor is in it (the bench's word matching). Speakers: for
// each unit that is a claim's, each candidate (model-features.ts) is the speaker when it names the label's
// speaker (case, whitespace and a leading article folded, as bench:article compares them). Both are
// logistic regressions trained by plain SGD (L2), a fixed number of epochs over a seeded shuffle: the same
// weights every run. Features seen fewer than minCount times in training are dropped; weights are rounded.
// Thresholds (veto, add, speaker) and whether an added claim copies its speaker's role and relay are chosen
// by leaving one retired split out at a time among the ones given, on the claims as bench:article scores
// them, pooled: veto and add for F1, the speaker's threshold for right names less wrong ones.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CandidateFact } from '../contract/api';
import { type RulesPass, proposeByRules, withModel } from '../services/import/article';
import { addable, unitProbabilities, vetoable } from '../services/import/article/model';
import {
  FEATURES_VERSION,
  type SpeakerCandidate,
  speakerCandidates,
  speakerContext,
  unitFeatures,
} from '../services/import/article/model-features';
import { type ArticleModel, probability, sigmoid } from '../services/import/article/model-scorer';
import { type ChosenSpeaker, rankSpeakers } from '../services/import/article/model-speaker';
import type { CorpusArticle, RetiredSplit } from './article-corpus';
import {
  type Score,
  addScores,
  emptyScore,
  field,
  rates,
  scoreArticle,
  words,
  type Proposed,
} from './article-score';

/** An article as the rules read it, with the labels brought to its units. */
export interface Prepared {
  article: CorpusArticle;
  pass: RulesPass;
  holders: number[][];
  features: string[][];
  /** Per unit: the label's claim whose anchor is in it, or undefined. */
  gold: Array<{ speaker: string | null; role: string | null; relay: string | null } | undefined>;
  /** Per unit that is a claim's or that the model may add: its candidate speakers. */
  candidates: Array<SpeakerCandidate[] | undefined>;
}

export function prepare(article: CorpusArticle): Prepared {
  const pass = proposeByRules(article.text, article.format, {
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.published ? { published: article.published } : {}),
  });
  const { holders } = unitProbabilities(pass, { unit: {} });
  const features = unitFeatures(pass, holders);
  const anchors = article.claims.map((c) => ({ claim: c, w: words(c.anchor) })).filter((a) => a.w !== '');
  const gold = pass.units.map((u) => {
    const w = ` ${words(u.text)} `;
    if (w.trim() === '') return undefined;
    const c = anchors.find((a) => w.includes(` ${a.w} `))?.claim;
    return c ? { speaker: c.speaker, role: c.role, relay: c.relay } : undefined;
  });
  const context = speakerContext(pass);
  const candidates = pass.units.map((_, i) =>
    gold[i] || addable(pass, holders, i) ? speakerCandidates(pass, i, context) : undefined,
  );
  return { article, pass, holders, features, gold, candidates };
}

/** A seeded shuffle (mulberry32): the same order every run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const EPOCHS = 8;
/** Features seen in fewer training units than this are dropped (the shipped file stays small). */
export let minCount = 3;
export const setMinCount = (n: number) => (minCount = n);
/** Word pairs need this many times minCount. */
export let pairFactor = 1;
export const setPairFactor = (n: number) => (pairFactor = n);
/** Weights smaller than this, once trained, are dropped. */
export let minWeight = 0.05;
export const setMinWeight = (w: number) => (minWeight = w);
/** Weights are kept to three decimals; smaller ones are dropped. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** A logistic regression by SGD over rows of feature names; rare features dropped, weights rounded. */
export function trainLogistic(rows: ReadonlyArray<{ features: readonly string[]; y: boolean }>) {
  const counts = new Map<string, number>();
  for (const r of rows) for (const k of r.features) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [k, n] of counts)
    if (n >= (k.startsWith('b=') ? minCount * pairFactor : minCount)) ids.set(k, ids.size);
  const data = rows.map((r) => ({
    x: Int32Array.from(r.features.flatMap((k) => (ids.has(k) ? [ids.get(k) as number] : []))),
    y: r.y ? 1 : 0,
  }));
  const w = new Float64Array(ids.size);
  let rate = 0.2;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const row of shuffled(data, epoch + 1)) {
      let z = 0;
      for (const k of row.x) z += w[k] as number;
      const g = row.y - sigmoid(z);
      for (const k of row.x) w[k] = (w[k] as number) + rate * (g - 1e-5 * (w[k] as number));
    }
    rate *= 0.7;
  }
  const out: Record<string, number> = {};
  for (const [k, i] of [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const v = round(w[i] as number);
    if (Math.abs(v) >= minWeight) out[k] = v;
  }
  return out;
}

/** Which units train the speaker ranker: every unit that is a claim's, or only those no rules' claim holds. */
export type SpeakerRows = 'all' | 'unheld';
export let speakerRows: SpeakerRows = 'all';
export const setSpeakerRows = (s: SpeakerRows) => (speakerRows = s);

/** One model of units for all, or one for the units the rules' claims hold and one for the others. */
export let separateUnheld = false;
export const setSeparateUnheld = (on: boolean) => (separateUnheld = on);

type Weights = Pick<ArticleModel, 'unit' | 'unheld' | 'speaker'>;

/** The unit and speaker weights learnt from these articles. */
export function trainWeights(prepared: readonly Prepared[]): Weights {
  const unitRowsOf = (held: boolean | undefined) =>
    prepared.flatMap((a) =>
      a.features.flatMap((features, i) =>
        words(a.pass.units[i]?.text) === '' ||
        (held !== undefined && (a.holders[i]?.length ?? 0) > 0 !== held)
          ? []
          : [{ features, y: !!a.gold[i] }],
      ),
    );
  const speakerRowsOf = (a: Prepared) =>
    a.gold.flatMap((g, i) =>
      !g || (speakerRows === 'unheld' && (a.holders[i]?.length ?? 0) > 0)
        ? []
        : (a.candidates[i] ?? []).map((c) => ({
            features: c.features,
            y: field(c.name) === field(g.speaker),
          })),
    );
  const speaker = trainLogistic(prepared.flatMap(speakerRowsOf));
  return separateUnheld
    ? { unit: trainLogistic(unitRowsOf(true)), unheld: trainLogistic(unitRowsOf(false)), speaker }
    : { unit: trainLogistic(unitRowsOf(undefined)), speaker };
}

const VETO = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3] as const;
const ADD = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2] as const;
const SPEAKER = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2] as const;

interface Scored {
  prepared: Prepared;
  p: number[];
  speakers: Map<number, ChosenSpeaker>;
}

const f1 = (s: Score) => {
  const r = rates(s);
  return (2 * r.precision * r.recall) / (r.precision + r.recall || 1);
};

/** The settings chosen on these held-out scorings (each by a model that did not train on it). */
export function chooseSettings(
  scored: readonly Scored[],
): Omit<ArticleModel, 'unit' | 'speaker' | 'featuresVersion'> {
  let best = { veto: 0, add: 2, f: -1 };
  for (const veto of VETO)
    for (const add of ADD) {
      let total = emptyScore();
      for (const s of scored)
        total = addScores(total, scoreArticle(s.prepared.article.claims, proposals(s, veto, add)));
      const f = f1(total);
      if (f > best.f + 1e-9) best = { veto, add, f };
    }
  // Added units that are a claim's, their label and the speaker ranked first.
  const added = scored.flatMap((s) =>
    s.p.flatMap((q, i) => {
      const g = s.prepared.gold[i];
      const chosen = s.speakers.get(i);
      return q >= best.add && g && chosen && addable(s.prepared.pass, s.prepared.holders, i)
        ? [{ g, chosen }]
        : [];
    }),
  );
  let speaker = { t: 2, v: -Infinity };
  for (const t of SPEAKER) {
    let v = 0;
    for (const { g, chosen } of added) {
      const name = chosen.name && chosen.p >= t ? chosen.name : undefined;
      if (field(name) === field(g.speaker)) v++;
      else if (name) v--;
    }
    if (v > speaker.v) speaker = { t, v };
  }
  const named = added.filter(({ chosen }) => chosen.name && chosen.p >= speaker.t);
  const copyRole =
    named.filter(({ g, chosen }) => field(chosen.role) === field(g.role)).length >
    named.filter(({ g }) => field(undefined) === field(g.role)).length;
  const copyRelay =
    named.filter(({ g, chosen }) => field(chosen.relay) === field(g.relay)).length >
    named.filter(({ g }) => field(undefined) === field(g.relay)).length;
  return { thresholds: { veto: best.veto, add: best.add, speaker: speaker.t }, copyRole, copyRelay };
}

/** The rules' proposals kept at `veto` and the units added at `add` (their sentences and speakers). */
function proposals(s: Scored, veto: number, add: number): Proposed[] {
  const { pass, holders } = s.prepared;
  const kept: Proposed[] = pass.claims
    .filter((c, k) => !vetoable(pass, holders, k) || c.units.some((u) => (s.p[u] ?? 0) >= veto))
    .map((c) => c.candidate);
  s.p.forEach((q, i) => {
    if (q >= add && addable(pass, holders, i)) kept.push({ sentence: pass.units[i]?.text ?? '' });
  });
  return kept;
}

/** Scores a split's articles with weights that did not train on them. */
export function scoreWith(prepared: readonly Prepared[], weights: Weights): Scored[] {
  return prepared.map((a) => {
    const p = a.features.map((f, i) =>
      probability((a.holders[i]?.length ?? 0) > 0 ? weights.unit : (weights.unheld ?? weights.unit), f),
    );
    const context = speakerContext(a.pass);
    const speakers = new Map<number, ChosenSpeaker>();
    p.forEach((_, i) => {
      if (addable(a.pass, a.holders, i)) speakers.set(i, rankSpeakers(a.pass, i, weights, context));
    });
    return { prepared: a, p, speakers };
  });
}

/**
 * The model learnt from these articles: thresholds chosen by leaving out each of `inner` (retired splits
 * among them) in turn, then weights trained on all of them.
 */
export function deriveModel(
  prepared: readonly Prepared[],
  inner: readonly RetiredSplit[],
  inputs?: string,
): ArticleModel {
  const scored = inner.flatMap((s) =>
    scoreWith(
      prepared.filter((a) => a.article.retired === s),
      trainWeights(prepared.filter((a) => a.article.retired !== s)),
    ),
  );
  const settings = chooseSettings(scored);
  const weights = trainWeights(prepared);
  return {
    featuresVersion: FEATURES_VERSION,
    ...(inputs ? { inputs } : {}),
    thresholds: settings.thresholds,
    copyRole: settings.copyRole,
    copyRelay: settings.copyRelay,
    unit: weights.unit,
    ...(weights.unheld ? { unheld: weights.unheld } : {}),
    speaker: weights.speaker,
  };
}

/** The import's candidates for an article with a model (the rules' pass read once). */
export const candidatesWith = (a: Prepared, model: ArticleModel | null): CandidateFact[] =>
  model ? withModel(a.pass, model) : a.pass.claims.map((c) => c.candidate);

/** Every file under a directory, sorted, as paths relative to root. */
function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out;
}

/**
 * sha256 of what the derivation reads: the corpus (labels, articles, the split), the import's code and
 * data (the rules' decisions are features), and the training code; not the model it writes.
 */
export function derivationInputs(root: string): string {
  // The test split's articles and labels are never read for training: a new split changes nothing here.
  const testFiles = (
    JSON.parse(readFileSync(join(root, 'tests/fixtures/articles/test-split.json'), 'utf8')) as {
      files: string[];
    }
  ).files;
  const unread = new Set(
    testFiles.flatMap((f) => [
      `tests/fixtures/articles/${f}`,
      `tests/fixtures/articles/labels/${(f.split('/').at(-1) ?? f).replace(/\.(?:txt|html)$/, '')}.json`,
    ]),
  );
  const files = [
    ...filesUnder(root, 'tests/fixtures/articles').filter(
      (f) => !/\/(?:agreement)\//.test(f) && !/README/.test(f) && !unread.has(f.replace(/\\/g, '/')),
    ),
    ...filesUnder(root, 'electron/services/import').filter(
      (f) => /\.(?:ts|json)$/.test(f) && !f.endsWith('article-model.json'),
    ),
    'electron/bench/article-model-train.ts',
    'electron/bench/article-corpus.ts',
    'electron/bench/article-score.ts',
  ];
  const hash = createHash('sha256');
  hash.update(`features ${FEATURES_VERSION}\n`);
  for (const f of files) {
    hash.update(`${f.replace(/\\/g, '/')}\n`);
    hash.update(readFileSync(join(root, f)));
  }
  return hash.digest('hex');
}

/**
 * The model file as committed: keys in a fixed order, one weight a line with no indentation (a small file
 * whose diffs read), a final newline. Generated, so prettier leaves it alone (.prettierignore).
 */
export const modelJson = (model: ArticleModel): string =>
  `${JSON.stringify(model).replace(/,"/g, ',\n"').replace(/\{"/g, '{\n"')}\n`;
