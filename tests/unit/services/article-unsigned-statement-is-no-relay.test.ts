// "…, a statement said" with no issuer named anywhere: an unsigned statement is speech, not a channel (the
// fixtures README, settled in session 21), so the claim has no speaker and no relay. Sentences written for
// the test (invented names).
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('an unsigned statement', () => {
  it('"a statement said" with no issuer: no speaker, no relay', () => {
    const c = propose(['The ferry to Kelmby will not sail again before the spring, a statement said.']);
    expect(c).toHaveLength(1);
    expect(c[0]!.speaker).toBeUndefined();
    expect(c[0]!.relayedBy).toBeUndefined();
  });
});
