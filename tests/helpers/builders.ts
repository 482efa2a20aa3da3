import { inlineFromLegacy } from '../../electron/core/rich-text';
import type { Block, Fact, Source } from '../../electron/core/schemas';

/** A source with every required field; tests override what they are about. */
export const makeSource = (id: string, outlet: string, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Title ${id}`,
  outlet,
  type: 'article-newspaper',
  authors: [],
  grade: 'B',
  createdAt: '',
  updatedAt: '',
  ...extra,
});

/** A verified fact with every required field; tests override what they are about. */
export const makeFact = (id: string, sourceId: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  sourceId,
  statement: `Statement ${id}`,
  credibility: 2,
  tags: [],
  status: 'verified',
  createdAt: '',
  updatedAt: '',
  ...extra,
});

/** A paragraph block: `text` followed by a chip for each of `factIds` (how most tests cite). */
export const block = (
  id: string,
  text: string,
  factIds: readonly string[] = [],
  extra: Partial<Omit<Block, 'id' | 'content'>> = {},
): Block => ({ id, content: inlineFromLegacy(text, factIds), ...extra });
