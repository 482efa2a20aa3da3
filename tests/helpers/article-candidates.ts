import { expect } from 'vitest';
import { proposeCandidates } from '../../electron/services/import/article';

/** `model: null`: the rules alone, without the learnt claim model (model.ts). */
type Options = { outlet?: string; published?: string; model?: null };

/** The candidates the article importer proposes for these paragraphs (plain text). */
export const propose = (paragraphs: string[], options: Options = {}) =>
  proposeCandidates(paragraphs.join('\n\n'), 'text', options).candidates;

/** The one candidate proposed for these paragraphs (the test fails, naming them, if there is not exactly one). */
export const only = (paragraphs: string[], options: Options = {}) => {
  const candidates = propose(paragraphs, options);
  expect(candidates, paragraphs.join(' | ')).toHaveLength(1);
  return candidates[0]!;
};
