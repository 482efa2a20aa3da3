import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

// The article's own outlet confirming or verifying is its reporter's own checking, no one's claim; another
// outlet's confirmation stays a source (sentences written for the test, names invented).
describe('article importer: the article’s own outlet checking', () => {
  it('proposes no claim for "The Pellia Courier later confirmed that …" in a Pellia Courier story', () => {
    expect(
      propose(['The Pellia Courier later confirmed that the plane belonged to the coast guard.'], {
        outlet: 'The Pellia Courier',
      }),
    ).toHaveLength(0);
  });

  it('keeps another outlet’s confirmation', () => {
    expect(
      propose(['The Pellia Courier later confirmed that the plane belonged to the coast guard.'], {
        outlet: 'Harbour Weekly',
      }),
    ).toHaveLength(1);
  });
});
