import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../electron/cli/commands/build';
import { search } from '../../electron/cli/commands/search';
import { serve } from '../../electron/cli/commands/serve';
import { AppError } from '../../electron/core/errors';
import { stats } from '../../electron/cli/commands/stats';
import { SearchResult, StoreStats } from '../../electron/contract/api';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { briefing, buildCliIfStale } from '../helpers/cli';

const dataDir = tempDir('briefing-cli-');

beforeAll(() => {
  const services = freshServices(dataDir);
  const { store } = services;
  const source = store.createSource({
    title: 'Berlin talks coverage',
    outlet: 'Reuters',
    published: '2025-12-15',
  });
  store.createFact({
    sourceId: source.id,
    statement: 'Ukraine and Russia agreed to a ceasefire in Berlin.',
    speaker: 'US officials',
    relayedBy: 'Reuters',
    eventDate: '2025-12-14',
    tags: ['ceasefire'],
  });
  store.createFact({
    sourceId: source.id,
    statement: 'Moscow insists that Ukraine stay out of NATO.',
    speaker: 'Dmitry Peskov',
    speakerRole: 'Kremlin spokesman',
    status: 'retracted',
  });
  services.close();
});
afterEach(() => vi.restoreAllMocks());

/** Runs a command and returns what it printed. */
async function output(run: () => Promise<void>): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  await run();
  return lines.join('\n');
}

describe('briefing search', () => {
  it('prints one line per fact with attribution and outlet, marking retracted facts', async () => {
    const text = await output(() => search.run(['ukraine', '--data', dataDir]));
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(text).toContain(
      'Ukraine and Russia agreed to a ceasefire in Berlin. — US officials, cited by Reuters (Reuters, 2025-12-14)',
    );
    expect(text).toContain(
      '[RETRACTED] Moscow insists that Ukraine stay out of NATO. — Dmitry Peskov, Kremlin spokesman (Reuters, 2025-12-15)',
    );
    expect(lines[2]).toBe('2 matching facts.');
  });

  it('prints the SearchResult as JSON with --json, and takes --tag, --status and --limit', async () => {
    const json = SearchResult.parse(
      JSON.parse(await output(() => search.run(['ukraine', '--json', '--limit', '1', '--data', dataDir]))),
    );
    expect(json.items).toHaveLength(1);
    expect(json).toMatchObject({ total: 2, totalIsExact: true });
    const tagged = SearchResult.parse(
      JSON.parse(await output(() => search.run(['--tag', 'ceasefire', '--json', '--data', dataDir]))),
    );
    expect(tagged.items.map((i) => i.fact.speaker)).toEqual(['US officials']);
    const retracted = await output(() => search.run(['ukraine', '--status', 'retracted', '--data', dataDir]));
    expect(retracted.split('\n')[0]).toMatch(/^\[RETRACTED\] Moscow/);
  });

  it('filters by speaker, outlet, grade and dates, and orders as the library pane does', async () => {
    const lines = async (...args: string[]) =>
      (await output(() => search.run([...args, '--data', dataDir]))).split('\n');
    expect(await lines('--speaker', 'peskov')).toEqual([
      '[RETRACTED] Moscow insists that Ukraine stay out of NATO. — Dmitry Peskov, Kremlin spokesman (Reuters, 2025-12-15)',
      '1 matching fact.',
    ]);
    expect((await lines('ukraine', '--outlet', 'reuters', '--grade', 'f')).at(-1)).toBe('2 matching facts.');
    expect((await lines('ukraine', '--grade', 'A')).at(-1)).toBe('0 matching facts.');
    expect(await lines('ukraine', '--from', '2025-12-14', '--to', '2025-12-14')).toEqual([
      'Ukraine and Russia agreed to a ceasefire in Berlin. — US officials, cited by Reuters (Reuters, 2025-12-14)',
      '1 matching fact.',
    ]);
    expect((await lines('ukraine', '--sort', 'event-date'))[0]).toMatch(/^\[RETRACTED\] Moscow/);
    expect((await lines('ukraine', '--sort', 'oldest'))[0]).toMatch(/^Ukraine and Russia/);
    await expect(search.run(['x', '--sort', 'best', '--data', dataDir])).rejects.toThrow(
      '--sort must be one of relevance, newest, oldest, event-date, not "best".',
    );
    await expect(search.run(['x', '--grade', 'Z', '--data', dataDir])).rejects.toThrow(
      '--grade must be one of A, B, C, D, E, F, not "Z".',
    );
    await expect(search.run(['x', '--from', '2025-13', '--data', dataDir])).rejects.toThrow(
      '--from must have a month from 01 to 12 (not 13).',
    );
  });

  it('refuses bad options with a readable message', async () => {
    await expect(search.run(['x', '--limit', 'ten', '--data', dataDir])).rejects.toThrow(
      /--limit must be a whole number/,
    );
    await expect(search.run(['x', '--status', 'lost', '--data', dataDir])).rejects.toThrow(
      '--status must be one of draft, verified, retracted, not "lost".',
    );
    await expect(search.run(['x', '--nope', '--data', dataDir])).rejects.toThrow(/nope/);
  });

  it('refuses a number out of range (a negative one too) with one line naming the option and its range', async () => {
    for (const given of [
      ['--limit', '-3'],
      ['--limit=-3'],
      ['--limit', '0'],
      ['--limit', '501'],
      ['--limit', '2.5'],
    ]) {
      const value = given.length === 2 ? given[1] : given[0]!.slice('--limit='.length);
      await expect(search.run(['x', ...given, '--data', dataDir])).rejects.toThrow(
        new AppError('usage', `--limit must be a whole number from 1 to 500, not "${value}".`),
      );
    }
    // The value may also come first, and a negative number is never taken for an option.
    await expect(search.run(['--limit', '-1', 'x', '--data', dataDir])).rejects.toThrow(
      '--limit must be a whole number from 1 to 500, not "-1".',
    );
    await expect(serve.run(['--port', '-1', '--no-open', '--data', dataDir])).rejects.toThrow(
      '--port must be a whole number from 0 to 65535, not "-1".',
    );
    // A value starting with a dash for an option that takes text: one line saying how to give it.
    await expect(search.run(['x', '--tag', '-war', '--data', dataDir])).rejects.toThrow(
      '--tag needs a value; one that starts with "-" is written --tag=-war.',
    );
  });
});

describe('briefing build', () => {
  it('names the file that is not a briefing file, with a store and without', async () => {
    const file = join(tempDir('briefing-cli-build-'), 'notes.txt');
    writeFileSync(file, 'Not a briefing.');
    const out = join(tempDir('briefing-cli-build-'), 'out.pdf');
    for (const data of [[], ['--data', dataDir]])
      await expect(build.run([file, '--out', out, ...data])).rejects.toThrow(
        `${file}: The briefing file is not valid JSON`,
      );
  });
});

describe('briefing stats', () => {
  it('counts sources, facts and briefings', async () => {
    expect(
      StoreStats.parse(JSON.parse(await output(() => stats.run(['--json', '--data', dataDir])))),
    ).toEqual({
      sources: 1,
      facts: 2,
      briefings: 0,
    });
    expect(await output(() => stats.run(['--data', dataDir]))).toMatch(/^1 source, 2 facts, 0 briefings/);
  });
});

describe('briefing --help', () => {
  it('says its version with --version, as the app’s About does', () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
    for (const flag of ['--version', '-V'])
      expect(
        execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), flag], {
          encoding: 'utf8',
        }).trim(),
      ).toBe(`briefing ${version}`);
  });

  it('names each command once, at the start of its line', () => {
    const help = execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), '--help'], {
      encoding: 'utf8',
    });
    const lines = help.split('\n').filter((l) => /^ {2}\S/.test(l));
    expect(lines.map((l) => l.trim().split(' ')[0])).toEqual(
      expect.arrayContaining([
        'demo',
        'serve',
        'import',
        'search',
        'stats',
        'templates',
        'build',
        'backup',
        'restore',
      ]),
    );
    for (const line of lines) expect(line, line).not.toMatch(/^ {2}(\S+) \1\b/);
  });

  it('gives one command’s usage for `briefing <command> --help`, and names it after a usage error', () => {
    buildCliIfStale();
    const help = briefing('import', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: briefing import article FILE/);
    expect(help.out).toContain('import sources FILE');
    expect(help.out).toContain('--data DIR');
    expect(help.err).toBe('');

    const wrong = briefing('search', 'ukraine', '--colour', 'red');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Unknown option --colour.');
    expect(wrong.err).toContain('Usage: briefing search QUERY');
  });

  it('gives a sub-command’s usage alone: `briefing import facts --help`', () => {
    buildCliIfStale();
    const help = briefing('import', 'facts', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: briefing import facts FILE {3}\(\.csv, \.tsv, \.txt or \.json\)/);
    expect(help.out).not.toContain('import sources');
    expect(help.out).not.toContain('import article');
    expect(briefing('import', 'sources', '--help').out).toMatch(
      /^Usage: briefing import sources FILE [^\n]*\n\n/,
    );
  });

  it('says an unknown option or a missing value in its own words, with the option meant when one is close', () => {
    buildCliIfStale();
    const data = tempDir();
    const typo = briefing('search', 'odesa', '--limt', '3', '--data', data);
    expect(typo.code).toBe(1);
    expect(typo.err).toMatch(/^briefing: Unknown option --limt\. Did you mean --limit\?\n/);
    expect(typo.err).not.toMatch(/positional|'--'/);
    expect(briefing('search', 'odesa', '--zzzzzz', '--data', data).err).toMatch(
      /^briefing: Unknown option --zzzzzz\.\n/,
    );
    const missing = briefing('stats', '--json', '--data');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^briefing: --data needs a value \(a folder\)\.\n/);
    expect(briefing('search', 'x', '--data', data, '--limit').err).toMatch(
      /^briefing: --limit needs a value \(a whole number from \d+ to [\d,]+\)\.\n/,
    );
  });
});
