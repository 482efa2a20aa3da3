import { describe, expect, it } from 'vitest';
import { freshServices } from '../../helpers/fixtures';

describe('updateFact with a partial patch', () => {
  it('changes only the fields given: status, credibility and tags stay as they were', () => {
    const s = freshServices();
    try {
      const src = s.store.createSource({ title: 'Talks resume', outlet: 'Reuters' });
      const f = s.store.createFact({
        sourceId: src.id,
        statement: 'Talks resumed on Monday.',
        status: 'verified',
        credibility: 2,
        tags: ['talks', 'berlin'],
        locator: 'para. 4',
      });
      const updated = s.store.updateFact(f.id, { statement: 'Talks resumed on Tuesday.' });
      expect(updated.statement).toBe('Talks resumed on Tuesday.');
      expect(updated).toMatchObject({ status: 'verified', credibility: 2, locator: 'para. 4' });
      expect([...updated.tags].sort()).toEqual(['berlin', 'talks']);
      // A field given is changed, and only that one.
      const retagged = s.store.updateFact(f.id, { tags: ['talks'] });
      expect(retagged).toMatchObject({ status: 'verified', credibility: 2, tags: ['talks'] });
    } finally {
      s.close();
    }
  });
});
