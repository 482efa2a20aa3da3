// "X quoted Y as saying": Y speaks and X passes the words on, also when the article has not named X as an
// outlet: an acronym ("KNB quoted …") or a publication named by its
// noun ("local newspapers quote …", in the present too). Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('quoted as saying, by an outlet the article does not know', () => {
  it('an acronym quoting after the quotation', () => {
    const c = only(['“The harbour will reopen within a week,” BNTA quoted Ilse Varga as saying.'], {
      model: null,
    });
    expect(c.speaker).toBe('Ilse Varga');
    expect(c.relayedBy).toBe('BNTA');
  });

  it('newspapers by their noun, in the present', () => {
    const c = only(['Local newspapers quote Tomas Lind as saying the bridge was never safe.'], {
      model: null,
    });
    expect(c.speaker).toBe('Tomas Lind');
    expect(c.relayedBy).toBe('Local newspapers');
  });

  it('"a quote" with no "as saying" is the noun', () => {
    expect(
      propose(['The poster carries quotes from the mayor about the river.'], { model: null }),
    ).toHaveLength(0);
  });
});
