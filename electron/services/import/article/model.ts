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

export { LEARNT_CUE } from '../../../core/article-cues';

/** Each unit's probability of being a claim's, and which of the rules' claims hold it. */
export function unitProbabilities(view: ModelView, model: Pick<ArticleModel, 'unit' | 'unheld'>) {
  const holders = holdersOf(view);
  const features = unitFeatures(view, holders);
  const weights = (i: number) => ((holders[i]?.length ?? 0) > 0 ? model.unit : (model.unheld ?? model.unit));
  return { holders, p: features.map((f, i) => probability(weights(i), f)) };
}

/**
 * A unit that only hands the words after it to a speaker: it ends on a colon ("She said:", "X tweeted
 * using her account:"), or on a comma after a frame the rules read ("Rathke stated,"), and the next unit
 * is a rules' claim or carries a quotation. The rules fold it into the claim of those words.
 */
export function introduces(view: ModelView, holders: readonly number[][], i: number): boolean {
  const unit = view.units[i];
  const next = view.units[i + 1];
  if (!unit || !next) return false;
  const end = unit.text.trimEnd();
  if (!/:\s*["“‘]?$/u.test(end) && !(view.framed[i] && /,\s*["“‘]?$/u.test(end))) return false;
  return (holders[i + 1]?.length ?? 0) > 0 || next.quotes.length > 0;
}

/**
 * A unit the model may add: no rules' claim holds it (one the rules folded into a neighbour's claim is
 * held by it), it is the story's own text, and it does not only introduce the next unit's words.
 */
export const addable = (view: ModelView, holders: readonly number[][], i: number): boolean =>
  (holders[i]?.length ?? 0) === 0 && !view.furniture[i] && !introduces(view, holders, i);

/**
 * A rules' claim the model may veto: it carries no quotation (nor does any unit it holds), continues none
 * (its cue is not "quote continued", no quotation runs on into it), no colon hands it its words and it
 * hands none on ("X denied the account:" before the quoted paragraph). The rules read quotations and their
 * runs over paragraphs surely; the model's veto is for their paraphrases.
 */
export function vetoable(view: ModelView, holders: readonly number[][], k: number): boolean {
  const claim = view.claims[k];
  if (!claim || claim.candidate.quote || claim.candidate.cue === 'quote continued') return false;
  if (claim.units.some((u) => (view.units[u]?.quotes.length ?? 0) > 0 || view.units[u]?.runsOn)) return false;
  const first = Math.min(...claim.units);
  const last = Math.max(...claim.units);
  const before = view.units[first - 1];
  return !before?.runsOn && !introduces(view, holders, first - 1) && !introduces(view, holders, last);
}

export interface Decision {
  /** Per rules' claim: kept. */
  keep: boolean[];
  add: Array<{ unit: number; speaker?: string; role?: string; relay?: string }>;
}

export function decide(view: ModelView, model: ArticleModel): Decision {
  const { holders, p } = unitProbabilities(view, model);
  const keep = view.claims.map(
    (c, k) => !vetoable(view, holders, k) || c.units.some((u) => (p[u] ?? 0) >= model.thresholds.veto),
  );
  const add: Decision['add'] = [];
  // A speaker threshold above 1 is one no probability reaches: no added claim is given a speaker, so none
  // is ranked (the candidates read the whole article) unless adding wants a speaker.
  const speakerToAdd = model.thresholds.speakerToAdd ?? 0;
  const ranks = model.thresholds.speaker <= 1 || speakerToAdd > 0;
  let context: ReturnType<typeof speakerContext> | undefined;
  p.forEach((q, i) => {
    if (q < model.thresholds.add || !addable(view, holders, i)) return;
    if (!ranks) return void add.push({ unit: i });
    context ??= speakerContext(view);
    const chosen = rankSpeakers(view, i, model, context);
    if (chosen.p < speakerToAdd) return;
    add.push({ unit: i, ...chooseSpeaker(chosen, model) });
  });
  return { keep, add };
}
