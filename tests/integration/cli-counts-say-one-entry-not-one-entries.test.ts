import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { tempDir } from '../helpers/fixtures';

beforeAll(buildCliIfStale, 120_000);

const oneEntryRis =
  'TY  - NEWS\nTI  - Talks resume in Geneva\nPY  - 2025\nUR  - https://example.org/geneva\nER  - \n';

describe('the command line counts in words: "1 entry", "2 sources", never "1 entries" or "source(s)"', () => {
  it('says the singular for one and the plural for others in the import preview and report', () => {
    const data = tempDir();
    const file = join(data, 'one.ris');
    writeFileSync(file, oneEntryRis);
    const dry = briefing('import', 'sources', file, '--dry-run', '--data', data);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^1 entry: 1 source will be added, 0 already in the library/);
    const done = briefing('import', 'sources', file, '--data', data);
    expect(done.out).toMatch(/^Added 1 source and 0 facts; skipped 0 duplicates\./);
    const again = briefing('import', 'sources', file, '--data', data);
    expect(again.out).toMatch(/^Added 0 sources and 0 facts; skipped 1 duplicate\./);
    const all = [dry, done, again].map((r) => r.out + r.err).join('\n');
    expect(all).not.toMatch(/\(s\)|\b1 (entries|sources|facts|duplicates)\b/);
  });
});
