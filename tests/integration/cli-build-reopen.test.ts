import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticBriefingFile } from '../../electron/bench/synthetic-briefing';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { buildCliIfStale, briefing } from '../helpers/cli';

beforeAll(buildCliIfStale, 120_000);

/** The titles of the store's briefings, sorted. */
const titles = (dataDir: string) => {
  const db = new Database(join(dataDir, 'briefing.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT title FROM briefings ORDER BY title').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
};

describe('briefing build --data with a briefing already in the store', () => {
  it('refuses naming it, unless --replace or --copy says what to do', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const file = JSON.parse(
      syntheticBriefingFile(templatesDir, { paragraphs: 2, words: 8, citations: 2, sourceCount: 1 }),
    ) as { briefing: { id?: string; title: string } };
    file.briefing.id = 'briefing-cli-reopen';
    const path = join(dir, 'b.briefing.json');
    writeFileSync(path, JSON.stringify(file));
    const out = join(dir, 'b.pdf');
    const title = file.briefing.title;

    expect(briefing('build', path, '--out', out, '--data', data).code).toBe(0);
    const again = briefing('build', path, '--out', out, '--data', data);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain(`already in the library as “${title}”`);
    expect(again.err).toContain('--replace');
    expect(titles(data)).toEqual([title]);

    expect(briefing('build', path, '--out', out, '--data', data, '--replace').code).toBe(0);
    expect(titles(data)).toEqual([title]);
    expect(briefing('build', path, '--out', out, '--data', data, '--copy').code).toBe(0);
    expect(titles(data)).toEqual([title, `${title} (copy)`]);

    const both = briefing('build', path, '--out', out, '--data', data, '--replace', '--copy');
    expect(both.code).not.toBe(0);
    expect(both.err).toContain('not both');
    const noData = briefing('build', path, '--out', out, '--copy');
    expect(noData.code).not.toBe(0);
    expect(noData.err).toContain('--data');
  });
});
