// A reporters' credit line at a story's foot ("X reported from Lagos, while Y wrote from London.") names who
// reported from where and says nothing: no claim. A report with content stays one. Sentences written for the
// test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const story = 'The port reopened on Monday, the harbour authority said.';

describe('a reporters’ credit line', () => {
  it('is no claim', () => {
    for (const credit of [
      'Daily Post’s Ana Roe reported from Lagos, Nigeria, while Li Wei wrote from London.',
      'Daily Post’s Ana Roe reported and wrote from Atlanta.',
      'Kemal Ozan and photographer Ida Berg reported from Izmir, and Li Wei wrote this story from London.',
      'Ana B. Roe wrote the story in Atlanta.',
      'Ozan reported from Van, Turkey.',
    ]) {
      const claims = propose([story, credit], { model: null });
      expect(claims, credit).toHaveLength(1);
      expect(claims[0]?.speaker, credit).toBe('harbour authority');
    }
  });

  it('leaves a report with content a claim', () => {
    for (const paragraph of [
      'Mayor Ana Roe said in Kyiv that the strikes went on overnight.',
      'Police said the man reported from Boston that the road was closed.',
    ]) {
      const claims = propose([story, paragraph], { model: null });
      expect(claims, paragraph).toHaveLength(2);
    }
  });
});
