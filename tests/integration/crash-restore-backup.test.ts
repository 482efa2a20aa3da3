import Database from 'better-sqlite3';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrashChild, mapLimit, runChild } from '../helpers/crash-runner';
import { freshServices, tempDir, templatesDir } from '../helpers/fixtures';
import { addTemplatesToBackup } from '../../electron/services/store/backup-templates';
import { storeWithFacts } from '../helpers/stores';

// Fault injection: a restore and a backup are SIGKILLed at every one of their file operations in turn
// (each write, fsync, link, rename and unlink), not at random moments. After each kill the folder must
// hold a complete store that passes SQLite's integrity check, holding exactly the old or exactly the new
// content, never a mix and never nothing.

let child = '';
let remove = () => {};
beforeAll(async () => {
  ({ child, remove } = await buildCrashChild());
}, 60_000);
afterAll(() => remove());

/** The statements of a store, read straight from its file (no recovery, no migration). */
function statementsIn(file: string): string[] {
  const scratch = tempDir('briefing-peek-');
  copyFileSync(file, join(scratch, 'peek.sqlite'));
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, join(scratch, 'peek.sqlite-wal'));
  const db = new Database(join(scratch, 'peek.sqlite'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('SELECT statement FROM facts ORDER BY statement').pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** The statements of the store in `dir` as the app sees it at its next start (recovery included). */
function statementsAtStart(dir: string): string[] {
  const services = freshServices(dir);
  try {
    expect(services.store.status.isReadOnly).toBe(false);
    expect(services.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    return services.store
      .listFacts()
      .map((f) => f.statement)
      .sort();
  } finally {
    services.close();
  }
}

const pointsOf = (stdout: string) => [...stdout.matchAll(/^point (\S+)$/gm)].map((m) => m[1] ?? '');
const ALLOWED =
  /^(briefing\.sqlite(-wal|-shm)?|briefing\.lock(\.json)?|facts\.csv|briefing-before-restore-[\d-]+\.sqlite(-wal)?|templates)$/;

/** The user's templates folder of a data folder: file name → text. */
function templatesOf(dir: string): Record<string, string> {
  const folder = join(dir, 'templates');
  if (!existsSync(folder)) return {};
  return Object.fromEntries(readdirSync(folder).map((n) => [n, readFileSync(join(folder, n), 'utf8')]));
}

describe.each([
  { mode: 'restore', sent: 'as bytes (the CLI)', first: 'restore:incoming:written', withTemplates: false },
  {
    mode: 'restore-upload',
    sent: 'as an upload (the UI)',
    first: 'restore:incoming:moved',
    withTemplates: false,
  },
  {
    mode: 'restore-upload',
    sent: 'holding the user’s templates, as an upload',
    first: 'restore:incoming:moved',
    withTemplates: true,
  },
])('a restore $sent killed at each of its file operations', ({ mode, first, withTemplates }) => {
  it('always leaves a whole store holding all the old content or all the new', async () => {
    const original = storeWithFacts(40);
    const before = statementsAtStart(original);
    const backupDir = storeWithFacts(3);
    const backup = join(tempDir(), 'backup.sqlite');
    // Closed cleanly, so its file alone is the whole store.
    copyFileSync(join(backupDir, 'briefing.sqlite'), backup);
    const after = statementsAtStart(backupDir);
    // The backup's templates come back with its store, or not at all: never with the old store.
    const ownData = tempDir('briefing-own-templates-');
    mkdirSync(join(ownData, 'templates'));
    const situation = readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8');
    for (const id of ['desk', 'digest'])
      writeFileSync(
        join(ownData, 'templates', `${id}.json`),
        situation.replace('"situation-brief"', `"${id}"`),
      );
    if (withTemplates) addTemplatesToBackup(backup, join(ownData, 'templates'));
    const templatesAfter = withTemplates ? templatesOf(ownData) : {};
    expect(after).not.toEqual(before);

    // A run without a kill names every point, in order.
    const traceDir = tempDir('briefing-trace-');
    cpSync(original, traceDir, { recursive: true });
    const trace = await runChild(child, [mode, traceDir, backup]);
    expect(trace.stderr).toBe('');
    expect(trace.stdout).toMatch(/restored/);
    const points = pointsOf(trace.stdout);
    expect(points[0]).toBe(first);
    expect(points).toEqual(
      expect.arrayContaining([
        'restore:kept-linked',
        'restore:kept-fsynced',
        'restore:marker-renamed',
        'restore:marker-fsynced',
        'restore:renamed',
        'restore:renamed-fsynced',
        'restore:marker-unlinked',
      ]),
    );

    if (withTemplates)
      expect(points).toEqual(
        expect.arrayContaining([
          'restore:templates-table-dropped',
          'restore:templates-staged',
          'restore:template-moved',
          'restore:templates-installed',
        ]),
      );
    const runs = await mapLimit(points, 3, async (point) => {
      const dir = tempDir('briefing-kill-');
      cpSync(original, dir, { recursive: true });
      return { point, dir, run: await runChild(child, [mode, dir, backup, point]) };
    });
    for (const { point, dir, run } of runs) {
      expect(run.signal, `${point}: ${run.stderr}`).toBe('SIGKILL');
      expect(pointsOf(run.stdout).at(-1)).toBe(point);

      // Before anything else runs, the folder already holds a whole store, old or new.
      const raw = statementsIn(join(dir, 'briefing.sqlite'));
      expect([before, after], point).toContainEqual(raw);
      // At the next start, recovery finishes or forgets the restore: still old or new, whole.
      const seen = statementsAtStart(dir);
      expect([before, after], point).toContainEqual(seen);
      // The templates came back with the new store, all of them, or none did.
      expect(templatesOf(dir), point).toEqual(
        JSON.stringify(seen) === JSON.stringify(after) ? templatesAfter : {},
      );
      const names = readdirSync(dir);
      expect(
        names.filter((n) => !ALLOWED.test(n)),
        point,
      ).toEqual([]);
      const kept = names.filter((n) => /^briefing-before-restore-[\d-]+\.sqlite$/.test(n));
      if (JSON.stringify(seen) === JSON.stringify(after)) {
        // The old store is kept under its dated name, whole.
        expect(kept, point).toHaveLength(1);
        expect(statementsIn(join(dir, kept[0] ?? ''))).toEqual(before);
      } else {
        expect(kept, point).toEqual([]);
      }
    }
  }, 600_000);
});

describe('a backup killed at each of its file operations', () => {
  it('never leaves a partial file under the backup name, nor anything in the data folder', async () => {
    const original = storeWithFacts(40);
    const before = statementsAtStart(original);
    const traceDir = tempDir('briefing-trace-');
    cpSync(original, traceDir, { recursive: true });
    const trace = await runChild(child, ['backup', traceDir, join(tempDir(), 'b.sqlite')]);
    expect(trace.stderr).toBe('');
    const points = pointsOf(trace.stdout);
    expect(points).toEqual([
      'backup:copied',
      'backup:templates-added',
      'backup:renamed',
      'api-backup:copied',
      'api-backup:templates-added',
    ]);

    const runs = await mapLimit(points, 3, async (point) => {
      const dir = tempDir('briefing-kill-');
      cpSync(original, dir, { recursive: true });
      const out = join(tempDir('briefing-out-'), 'b.sqlite');
      return { point, dir, out, run: await runChild(child, ['backup', dir, out, point]) };
    });
    for (const { point, dir, out, run } of runs) {
      expect(run.signal, `${point}: ${run.stderr}`).toBe('SIGKILL');
      if (existsSync(out)) expect(statementsIn(out)).toEqual(before);
      // Killed before its rename, the copy has no final name yet.
      if (point === 'backup:copied') expect(existsSync(out)).toBe(false);
      expect(statementsAtStart(dir)).toEqual(before);
      // The next backup to the same place removes the copy a killed one left beside it.
      const next = await runChild(child, ['backup', dir, out]);
      expect(next.stdout, point).toMatch(/backed up/);
      expect(readdirSync(dirname(out)), point).toEqual(['b.sqlite']);
      expect(statementsIn(out)).toEqual(before);
      // The API backup's copy was in the data folder, and the next start removed it.
      expect(
        readdirSync(dir).filter((n) => !ALLOWED.test(n)),
        point,
      ).toEqual([]);
    }
  }, 600_000);
});
