// The learnt claim model in the import (session 19): after the rules, each unit is scored "is this a
// claim's?" by a logistic regression over its words and the rules' decisions (model-features.ts,
// model-scorer.ts). A rules' claim none of whose units reaches the veto threshold is dropped; a unit no
// rules' claim holds that reaches the add threshold is proposed, its speaker chosen among the rules'
// speakers near it (model-speaker.ts). Weights and thresholds: article-model.json, derived from the
// labelled corpus (docs/article-import.md, "Session 19").
import { type ModelView, holdersOf, speakerContext, unitFeatures } from './model-features';
import { type ArticleModel, probability } from './model-scorer';
import { chooseSpeaker, rankSpeakers } from './model-speaker';

export { type ArticleModel, shippedModel } from './model-scorer';

/** The cue of a claim the model adds (the review shows it where the rules show "said", "according to"). */
export const LEARNT_CUE = 'learnt model';

/** Each unit's probability of being a claim's, and which of the rules' claims hold it. */
export function unitProbabilities(view: ModelView, model: Pick<ArticleModel, 'unit' | 'unheld'>) {
  const holders = holdersOf(view);
  const features = unitFeatures(view, holders);
  const weights = (i: number) => ((holders[i]?.length ?? 0) > 0 ? model.unit : (model.unheld ?? model.unit));
  return { holders, p: features.map((f, i) => probability(weights(i), f)) };
}

/** A unit the model may add: no rules' claim holds it, and it is the story's own text. */
export const addable = (view: ModelView, holders: readonly number[][], i: number): boolean =>
  (holders[i]?.length ?? 0) === 0 && !view.furniture[i];

export interface Decision {
  /** Per rules' claim: kept. */
  keep: boolean[];
  add: Array<{ unit: number; speaker?: string; role?: string; relay?: string }>;
}

export function decide(view: ModelView, model: ArticleModel): Decision {
  const { holders, p } = unitProbabilities(view, model);
  const keep = view.claims.map((c) => c.units.some((u) => (p[u] ?? 0) >= model.thresholds.veto));
  const add: Decision['add'] = [];
  let context: ReturnType<typeof speakerContext> | undefined;
  p.forEach((q, i) => {
    if (q < model.thresholds.add || !addable(view, holders, i)) return;
    context ??= speakerContext(view);
    add.push({ unit: i, ...chooseSpeaker(rankSpeakers(view, i, model, context), model) });
  });
  return { keep, add };
}
