// The shipped model's derivation, callable from the derive script and from the unit test that holds the
// committed file to it.
import { type CorpusArticle, RETIRED_SPLITS, type RetiredSplit } from './article-corpus';
import { deriveModel, derivationInputs, modelJson, prepare } from './article-model-train';

/** The retired splits the thresholds are chosen on, one left out at a time: the seventh and every later one. */
export const INNER_SPLITS: readonly RetiredSplit[] = RETIRED_SPLITS.slice(RETIRED_SPLITS.indexOf('seventh'));

/** The model file the corpus and code give: trained on dev alone (never the test split). */
export function deriveShipped(root: string, corpus: readonly CorpusArticle[]): string {
  const dev = corpus.filter((a) => a.split === 'dev').map(prepare);
  return modelJson(deriveModel(dev, INNER_SPLITS, derivationInputs(root)));
}
