import type { z } from 'zod';
import type { CandidateFact, ImportReport, contract } from '../../contract/api';
import { notImplemented } from '../not-implemented';
import type { Store } from '../store/store';

export type ArticleImportInput = z.output<(typeof contract)['import:article']['input']>;

/** Splits an article into sentences and proposes candidate facts where the text attributes a claim. */
export function proposeCandidates(
  _text: string,
  _format: 'text' | 'html',
): { text: string; candidates: CandidateFact[] } {
  return notImplemented('Article import');
}

/** Saves the article as a source and the accepted facts, in one transaction. */
export function importArticle(_store: Store, _input: ArticleImportInput): ImportReport {
  return notImplemented('Article import');
}
