import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { proposeCandidates } from '../../../electron/services/import/article';
import { importFacts } from '../../../electron/services/import/facts';
import { importSources } from '../../../electron/services/import/sources';
import type { Store } from '../../../electron/services/store/store';
import { articleText, freshServices, repoRoot } from '../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', 'import', name), 'utf8');

/** Runs per importer; the total is reported by the test names. */
const RUNS = 500;

/** A fixture with a few random edits: inserted junk, deleted spans, swapped characters. */
const mutated = (text: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: text.length }),
        fc.nat({ max: 8 }),
        fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom('{', '}', '"', ',', '\n', 'TY  - ', 'ER  - ', '@', '\\', '“'),
        ),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((t, [at, remove, insert]) => t.slice(0, at) + insert + t.slice(at + remove), text),
    );

/** Arbitrary text: unicode junk, or bytes decoded as UTF-8 (what reading a binary file as text gives). */
const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('utf8')),
);

const services = freshServices();
afterAll(() => services.close());

/**
 * The import either succeeds and its report matches what the store gained, or throws an AppError and
 * the store is exactly as before. Anything else (a TypeError, a partial write) fails the property.
 */
function checkAtomic(store: Store, run: () => { sourcesCreated: number; factsCreated: number }): void {
  const before = store.stats();
  let report: { sourcesCreated: number; factsCreated: number } | undefined;
  try {
    report = run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
  }
  const after = store.stats();
  expect(after.sources - before.sources).toBe(report?.sourcesCreated ?? 0);
  expect(after.facts - before.facts).toBe(report?.factsCreated ?? 0);
}

describe(`import fuzzing (${RUNS} runs per importer and input kind)`, () => {
  const importers = [
    ['CSL-JSON', (t: string) => importSources(services.store, 'csl-json', t), fixture('sources.json')],
    ['BibTeX', (t: string) => importSources(services.store, 'bibtex', t), fixture('sources.bib')],
    ['RIS', (t: string) => importSources(services.store, 'ris', t), fixture('sources.ris')],
    ['facts CSV', (t: string) => importFacts(services.store, 'csv', t), fixture('facts.csv')],
    [
      'facts JSON',
      (t: string) => importFacts(services.store, 'json', t),
      JSON.stringify([
        { statement: 'One.', quote: 'q', sourceTitle: 'T', sourceOutlet: 'O', tags: ['a'] },
        { statement: 'Two.', eventDate: '2025-01-02', sourceTitle: 'T', sourceOutlet: 'O', credibility: 3 },
      ]),
    ],
  ] as const;

  for (const [name, run, sample] of importers) {
    it(`${name}: mutated files are imported whole or refused with an AppError`, () => {
      fc.assert(
        fc.property(mutated(sample), (text) => checkAtomic(services.store, () => run(text))),
        { numRuns: RUNS },
      );
    });
    it(`${name}: random bytes are refused with an AppError, never half-written`, () => {
      fc.assert(
        fc.property(junk, (text) => checkAtomic(services.store, () => run(text))),
        { numRuns: RUNS },
      );
    });
  }

  it('article candidates never throw on mutated text or HTML', () => {
    const article = articleText().slice(0, 3000);
    fc.assert(
      fc.property(mutated(article), fc.constantFrom('text' as const, 'html' as const), (text, format) => {
        const { candidates } = proposeCandidates(text, format);
        for (const c of candidates) expect(c.sentence.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
