// The labelled article corpus (tests/fixtures/articles/): its manifest, labels and split, shared by
// `npm run bench:article` and the corpus test.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One attributed claim as the labeller read it. */
export interface GoldClaim {
  /** A piece of the claim's sentence, verbatim, that no other claim's sentence contains. */
  anchor: string;
  speaker: string | null;
  role: string | null;
  relay: string | null;
  /** The quoted words, verbatim, several quotes joined by " … "; null for a paraphrase. */
  quote: string | null;
  /** ISO date of the event the claim reports, when the text dates it; null when it does not. */
  eventDate: string | null;
}

export interface ArticleLabel {
  file: string;
  format: 'text' | 'html';
  outlet?: string;
  /** ISO publication date, from the page or the text. */
  published?: string;
  claims: GoldClaim[];
}

export interface CorpusArticle extends ArticleLabel {
  id: string;
  split: 'dev' | 'test';
  text: string;
}

const hashOf = (name: string) => createHash('sha1').update(name).digest('hex');

/**
 * The split, fixed before any tuning: the third of the articles whose file names hash lowest (sha1) are
 * the test split, kept for reporting only; the rest are the development split.
 */
export function testFiles(fileNames: readonly string[]): Set<string> {
  const sorted = [...fileNames].sort((a, b) => (hashOf(a) < hashOf(b) ? -1 : 1));
  return new Set(sorted.slice(0, Math.ceil(fileNames.length / 3)));
}

export function loadCorpus(root: string): CorpusArticle[] {
  const dir = join(root, 'tests', 'fixtures', 'articles');
  const labels = join(dir, 'labels');
  const entries = readdirSync(labels)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      label: JSON.parse(readFileSync(join(labels, f), 'utf8')) as ArticleLabel,
    }));
  const baseName = (label: ArticleLabel) => label.file.split('/').at(-1) ?? label.file;
  const test = testFiles(entries.map((e) => baseName(e.label)));
  return entries.map(({ id, label }) => ({
    ...label,
    id,
    split: test.has(baseName(label)) ? 'test' : 'dev',
    text: readFileSync(join(dir, label.file), 'utf8'),
  }));
}
