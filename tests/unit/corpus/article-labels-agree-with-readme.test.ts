// The labelled article corpus (tests/fixtures/articles) is the measure of the article importer: its README's
// table of articles, its header's totals and its label files must say the same thing, and every claim's
// anchor must pick out one place in its article, or the benchmark scores against something else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleLabel } from '../../../electron/bench/article-corpus';

const dir = join(__dirname, '..', '..', 'fixtures', 'articles');
const readme = readFileSync(join(dir, 'README.md'), 'utf8');
const labels = readdirSync(join(dir, 'labels'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    label: JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as ArticleLabel,
  }));
/** The table's rows: `text/<id>.txt` or `html/<id>.html`, …, the claim count in the last cell. */
const rows = new Map(
  [...readme.matchAll(/^\| `(?:text|html)\/([^`]+)\.(?:txt|html)` \|.*\| (\d+) \|\s*$/gm)].map((m) => [
    m[1]!,
    Number(m[2]),
  ]),
);

describe('the article corpus', () => {
  it('has a README row for every label file, with its claim count', () => {
    const wrong = labels
      .filter(({ id, label }) => rows.get(id) !== label.claims.length)
      .map(({ id, label }) => `${id}: README ${rows.get(id) ?? 'no row'}, labels ${label.claims.length}`);
    expect(wrong).toEqual([]);
  });

  it("gives the corpus's totals in the README's first paragraph", () => {
    const claims = labels.reduce((n, { label }) => n + label.claims.length, 0);
    expect(readme).toContain(`${labels.length} real news articles`);
    expect(readme).toContain(`${claims} hand-labelled attributed claims`);
  });

  it('anchors every claim of a text article on one place in it', () => {
    const wrong = labels
      .filter(({ label }) => label.format === 'text')
      .flatMap(({ id, label }) => {
        const text = readFileSync(join(dir, label.file), 'utf8');
        return label.claims
          .map((c) => ({ anchor: c.anchor, times: text.split(c.anchor).length - 1 }))
          .filter((c) => c.times !== 1)
          .map((c) => `${id}: “${c.anchor}” ${c.times} times`);
      });
    expect(wrong).toEqual([]);
  });
});
