// How the learnt claim model (electron/services/import/article/model.ts) is trained and its thresholds
// chosen, shared by `npm run derive:article-model` (the shipped weights, from all of dev) and
// `npm run bench:article-model` (each retired split scored by a model trained without it).
//
// Units: a unit is a claim's when a labelled anchor is in it (the bench's word matching). Speakers: for
// each unit that is a claim's, each candidate (model-features.ts) is the speaker when it names the label's
// speaker (case, whitespace and a leading article folded, as bench:article compares them). Both are
// logistic regressions trained by plain SGD (L2), a fixed number of epochs over a seeded shuffle: the same
// weights every run. Features seen fewer than minCount times in training are dropped; weights are rounded.
// Thresholds (veto, add, speaker to add, speaker) and whether an added claim copies its speaker's role and
// relay are chosen by leaving one retired split out at a time among the ones given, on the claims as
// bench:article scores them, pooled: the veto for F1; then the add threshold, the speaker an addition needs
// and the speaker threshold for the most F1 among the settings whose precision and exact speaker are at
// most COST below the rules' (the additions may not cost what they did in session 19).
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
  /** Per unit that is a claim's: its candidate speakers. */
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
  const candidates = pass.units.map((_, i) => (gold[i] ? speakerCandidates(pass, i, context) : undefined));
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

/** How many times the speaker rows of a unit no rules' claim holds (one like those the model adds) count. */
export let unheldWeight = 1;
export const setUnheldWeight = (n: number) => (unheldWeight = n);

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
    a.gold.flatMap((g, i) => {
      const held = (a.holders[i]?.length ?? 0) > 0;
      if (!g || (speakerRows === 'unheld' && held)) return [];
      const rows = (a.candidates[i] ?? []).map((c) => ({
        features: c.features,
        y: field(c.name) === field(g.speaker),
      }));
      return held ? rows : Array.from({ length: unheldWeight }, () => rows).flat();
    });
  const speaker = trainLogistic(prepared.flatMap(speakerRowsOf));
  return separateUnheld
    ? { unit: trainLogistic(unitRowsOf(true)), unheld: trainLogistic(unitRowsOf(false)), speaker }
    : { unit: trainLogistic(unitRowsOf(undefined)), speaker };
}

const VETO = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3] as const;
const ADD = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2] as const;
const SPEAKER = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2] as const;
const SPEAKER_TO_ADD = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] as const;
/**
 * What the additions may cost, held out: the model's pooled precision and exact speaker may fall this far
 * below the rules' (after the veto) on the splits left out; within that, the most F1.
 */
export let COST = 0.005;
export const setCost = (c: number) => (COST = c);

interface Scored {
  prepared: Prepared;
  p: number[];
  speakers: Map<number, ChosenSpeaker>;
}

const f1 = (s: Score) => {
  const r = rates(s);
  return (2 * r.precision * r.recall) / (r.precision + r.recall || 1);
};

/** The rules' kept claims scored as bench:article scores them, with the labelled claims they took. */
function scoreKept(s: Scored, veto: number) {
  const gold = s.prepared.article.claims;
  const taken = new Set<number>();
  let proposed = 0;
  let matched = 0;
  let speaker = 0;
  for (const p of proposals(s, veto, 2)) {
    proposed++;
    const text = ` ${words(p.sentence)} `;
    const g = gold.findIndex((c, i) => !taken.has(i) && text.includes(` ${words(c.anchor)} `));
    if (g < 0) continue;
    taken.add(g);
    matched++;
    if (field(p.speaker) === field(gold[g]?.speaker)) speaker++;
  }
  return { taken, proposed, matched, speaker };
}

/** The settings chosen on these held-out scorings (each by a model that did not train on it). */
export function chooseSettings(
  scored: readonly Scored[],
): Omit<ArticleModel, 'unit' | 'speaker' | 'featuresVersion'> {
  // The veto for F1 of claims, the additions as the add threshold alone gives them.
  let best = { veto: 0, add: 2, f: -1 };
  for (const veto of VETO)
    for (const add of ADD) {
      let total = emptyScore();
      for (const s of scored)
        total = addScores(total, scoreArticle(s.prepared.article.claims, proposals(s, veto, add)));
      const f = f1(total);
      if (f > best.f + 1e-9) best = { veto, add, f };
    }
  // Then what is added and named: the add threshold, the speaker an addition needs and the speaker
  // threshold, for the most F1 among the settings that cost precision and exact speaker at most COST.
  const kept = scored.map((s) => scoreKept(s, best.veto));
  const rules = kept.reduce(
    (t, k) => ({
      proposed: t.proposed + k.proposed,
      matched: t.matched + k.matched,
      speaker: t.speaker + k.speaker,
    }),
    { proposed: 0, matched: 0, speaker: 0 },
  );
  const claims = scored.reduce((n, s) => n + s.prepared.article.claims.length, 0);
  // Each unit the model may add: its probability, its speaker ranked first, the labelled claims it holds.
  const units = scored.map((s) =>
    s.p.flatMap((q, i) => {
      const chosen = s.speakers.get(i);
      if (q < (ADD[0] as number) || !chosen || !addable(s.prepared.pass, s.prepared.holders, i)) return [];
      const text = ` ${words(s.prepared.pass.units[i]?.text)} `;
      const golds = s.prepared.article.claims.flatMap((c, g) =>
        text.includes(` ${words(c.anchor)} `)
          ? [
              {
                g,
                right: field(chosen.name) === field(c.speaker),
                empty: field(undefined) === field(c.speaker),
              },
            ]
          : [],
      );
      return [{ q, chosen, golds }];
    }),
  );
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const rulesP = rate(rules.matched, rules.proposed);
  const rulesSpeaker = rate(rules.speaker, rules.matched);
  let chosen = { add: 2, speakerToAdd: 0, speaker: 2, f: -1, n: 0 };
  for (const add of ADD)
    for (const speakerToAdd of SPEAKER_TO_ADD)
      for (const speaker of SPEAKER) {
        let { proposed, matched, speaker: right } = rules;
        units.forEach((list, a) => {
          const taken = new Set(kept[a]?.taken);
          for (const u of list) {
            if (u.q < add || u.chosen.p < speakerToAdd) continue;
            proposed++;
            const g = u.golds.find((x) => !taken.has(x.g));
            if (!g) continue;
            taken.add(g.g);
            matched++;
            if (u.chosen.name && u.chosen.p >= speaker ? g.right : g.empty) right++;
          }
        });
        const precision = rate(matched, proposed);
        const recall = rate(matched, claims);
        if (precision < rulesP - COST || rate(right, matched) < rulesSpeaker - COST) continue;
        const f = (2 * precision * recall) / (precision + recall || 1);
        if (f > chosen.f + 1e-9) chosen = { add, speakerToAdd, speaker, f, n: proposed };
      }
  // Added units that are a claim's, their label and the speaker ranked first: the role and relay copied?
  const named = scored.flatMap((s) =>
    s.p.flatMap((q, i) => {
      const g = s.prepared.gold[i];
      const c = s.speakers.get(i);
      return q >= chosen.add &&
        g &&
        c?.name &&
        c.p >= Math.max(chosen.speaker, chosen.speakerToAdd) &&
        addable(s.prepared.pass, s.prepared.holders, i)
        ? [{ g, chosen: c }]
        : [];
    }),
  );
  const copyRole =
    named.filter(({ g, chosen }) => field(chosen.role) === field(g.role)).length >
    named.filter(({ g }) => field(undefined) === field(g.role)).length;
  const copyRelay =
    named.filter(({ g, chosen }) => field(chosen.relay) === field(g.relay)).length >
    named.filter(({ g }) => field(undefined) === field(g.relay)).length;
  return {
    thresholds: {
      veto: best.veto,
      add: chosen.add,
      speaker: chosen.speaker,
      ...(chosen.speakerToAdd > 0 ? { speakerToAdd: chosen.speakerToAdd } : {}),
    },
    copyRole,
    copyRelay,
  };
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
      if ((p[i] ?? 0) >= (ADD[0] as number) && addable(a.pass, a.holders, i))
        speakers.set(i, rankSpeakers(a.pass, i, weights, context));
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
