// Who speaks in a unit the learnt model takes and the rules did not: the candidates of model-features.ts
// (the rules' speakers near it) ranked by the learnt speaker weights; none when the best scores too little
// (the review shows the speaker empty: a wrong name is worse than none).
import { type ModelView, type SpeakerContext, speakerCandidates } from './model-features';
import { type ArticleModel, probability } from './model-scorer';

export interface ChosenSpeaker {
  /** The candidate ranked first (before the threshold), with its probability; undefined when none. */
  name?: string;
  p: number;
  role?: string;
  relay?: string;
}

/** The best-ranked candidate speaker of a unit, its probability and the role and relay it came with. */
export function rankSpeakers(
  view: ModelView,
  unitIndex: number,
  model: Pick<ArticleModel, 'speaker'>,
  context?: SpeakerContext,
): ChosenSpeaker {
  let best: ChosenSpeaker = { p: 0 };
  for (const c of speakerCandidates(view, unitIndex, context)) {
    const p = probability(model.speaker, c.features);
    if (p > best.p) {
      const from = view.claims[c.claim]?.candidate;
      best = {
        name: c.name,
        p,
        ...(from?.speakerRole ? { role: from.speakerRole } : {}),
        ...(from?.relayedBy ? { relay: from.relayedBy } : {}),
      };
    }
  }
  return best;
}

/** The speaker an added claim is given: the best candidate when it reaches the threshold, else none. */
export function chooseSpeaker(
  chosen: ChosenSpeaker,
  model: Pick<ArticleModel, 'thresholds' | 'copyRole' | 'copyRelay'>,
): { speaker?: string; role?: string; relay?: string } {
  if (!chosen.name || chosen.p < model.thresholds.speaker) return {};
  return {
    speaker: chosen.name,
    ...(model.copyRole && chosen.role ? { role: chosen.role } : {}),
    ...(model.copyRelay && chosen.relay ? { relay: chosen.relay } : {}),
  };
}
