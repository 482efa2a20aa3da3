// The built bundles carry compromise's lexicon as data written at build time (scripts/prebuilt-modules.mjs)
// in place of compromise-lexicon.ts: the data must be the very lexicon the source module gives, so the
// importer reads every word alike from source (these tests) and from a bundle (the app, the benchmark).
import { describe, expect, it } from 'vitest';
import { compromiseLexiconModule } from '../../../scripts/prebuilt-modules.mjs';
import { lexicon } from '../../../electron/services/import/article/compromise-lexicon';
import { firstNameGender, tagsOf } from '../../../electron/services/import/article/recognition';

const prebuilt = async (): Promise<Record<string, unknown>> => {
  const source = compromiseLexiconModule();
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as {
    lexicon: Record<string, unknown>;
  };
  return module.lexicon;
};

describe('prebuilt compromise lexicon', () => {
  it('is the lexicon compromise gives, word for word and tag for tag, in the same order', async () => {
    const written = await prebuilt();
    expect(Object.keys(written)).toEqual(Object.keys(lexicon));
    expect(written).toEqual(lexicon);
    expect(Object.getPrototypeOf(written)).toBe(Object.getPrototypeOf(lexicon));
  });

  it('answers the importer’s questions alike', async () => {
    const written = await prebuilt();
    for (const word of ['mary', 'john', 'france', 'london']) {
      expect(written[word]).toBeDefined();
      expect([written[word]].flat()).toEqual(tagsOf(word));
    }
    expect(firstNameGender('Mary')).toBe('f');
    expect(firstNameGender('John')).toBe('m');
  });
});
