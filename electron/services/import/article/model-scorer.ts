// The learnt claim model's weights and how a list of features is scored: a logistic regression, its
// weights by feature name. The shipped weights are `article-model.json`, derived from the labelled corpus
// by `npm run derive:article-model` (electron/bench/derive-article-model.ts).
import shipped from './article-model.json';

export interface ArticleModel {
  /** FEATURES_VERSION of model-features.ts the weights were learnt on. */
  featuresVersion: number;
  /** sha256 of what the derivation read (labels, articles, the import's code): see the derivation. */
  inputs?: string;
  /** Is this unit a claim's? (Of the units a rules' claim holds, when `unheld` is given.) */
  unit: Record<string, number>;
  /** Is this unit, which no rules' claim holds, a claim's? */
  unheld?: Record<string, number>;
  /** Is this candidate the unit's speaker? */
  speaker: Record<string, number>;
  thresholds: {
    /** A rules' claim none of whose units reaches this is dropped. */
    veto: number;
    /** A unit no rules' claim holds that reaches this is proposed. */
    add: number;
    /** The best candidate speaker below this leaves the added claim's speaker empty. */
    speaker: number;
    /**
     * A unit the add threshold takes is added only when its best candidate speaker scores this much (0 or
     * absent: whatever its speaker): a claim is somebody's, and a unit no one near it can have said is
     * rarely one.
     */
    speakerToAdd?: number;
  };
  /** An added claim takes its speaker's role (and relay) from the rules' claim the speaker was found in. */
  copyRole: boolean;
  copyRelay: boolean;
}

/** The logistic function, its argument held to ±30 (training and scoring share it). */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

const maps = new WeakMap<Record<string, number>, Map<string, number>>();
const asMap = (weights: Record<string, number>) => {
  let m = maps.get(weights);
  if (!m) {
    m = new Map(Object.entries(weights));
    maps.set(weights, m);
  }
  return m;
};

/** The probability the weights give a list of features. */
export function probability(weights: Record<string, number>, features: readonly string[]): number {
  const w = asMap(weights);
  let z = 0;
  for (const k of features) z += w.get(k) ?? 0;
  return sigmoid(z);
}

/** The model committed with the code. */
export const shippedModel = (): ArticleModel => shipped as ArticleModel;
