import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryEvent } from '../../electron/contract/api';
import { dispatch } from '../../electron/contract/dispatch';
import { FACT_IN_USE } from '../../electron/core/errors';
import { citedFactIds, type BriefingSection } from '../../electron/core/schemas';
import type { Services } from '../../electron/services/services';
import { briefingCiting } from '../helpers/briefings';
import { briefing, buildCliIfStale } from '../helpers/cli';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';

// Deleting a fact: one no briefing cites goes for good, and every window is told; one a briefing cites
// stays, and the refusal names the briefings (the app then offers to retract it).

const open: Services[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

beforeAll(buildCliIfStale, 120_000);

describe('deleting a fact', () => {
  it('through the app: deletes an uncited fact and pushes it, refuses a cited one naming the briefing, refuses bad input', async () => {
    const services = freshServices();
    open.push(services);
    const events: LibraryEvent[] = [];
    services.events.subscribe((e) => events.push(e));
    const lib = services.library;
    const source = await lib.createSource({ title: 'Talks coverage', outlet: 'Reuters' });
    const cited = await lib.createFact({ sourceId: source.id, statement: 'Negotiators met in Berlin.' });
    const spare = await lib.createFact({ sourceId: source.id, statement: 'A duplicate entered by mistake.' });
    await briefingCiting(lib, services.templates.get('situation-brief'), cited.id, {
      title: 'Berlin talks',
      text: 'Talks.',
    });

    const refused = await dispatch(services.handlers(), 'facts:delete', { id: cited.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: FACT_IN_USE, message: expect.stringContaining('cited in “Berlin talks”') as unknown },
    });
    expect(await lib.getFact(cited.id)).toBeDefined();

    expect(await dispatch(services.handlers(), 'facts:delete', { id: spare.id })).toEqual({
      ok: true,
      value: {},
    });
    expect(await lib.getFact(spare.id)).toBeUndefined();
    expect(events).toContainEqual({ kind: 'fact-deleted', id: spare.id });

    expect(await dispatch(services.handlers(), 'facts:delete', { id: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', path: 'id' },
    });
    expect(await dispatch(services.handlers(), 'facts:delete', { id: spare.id, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('from the command line: deletes an uncited fact, keeps a cited one and names its briefing', () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    expect(briefing('demo', '--out', join(dir, 'out'), '--data', data).code).toBe(0);
    // Facts no briefing cites, beside the demo's (all cited).
    const csv = join(repoRoot, 'tests', 'fixtures', 'import', 'facts.csv');
    expect(briefing('import', 'facts', csv, '--data', data).code).toBe(0);
    const db = new Database(join(data, 'briefing.sqlite'), { readonly: true });
    const sections = db.prepare('SELECT sections_json FROM briefings').pluck().all() as string[];
    const ids = db.prepare('SELECT id FROM facts').pluck().all() as string[];
    db.close();
    const cited = new Set(sections.flatMap((s) => citedFactIds(JSON.parse(s) as BriefingSection[])));
    const [citedId] = [...cited];
    const uncitedId = ids.find((id) => !cited.has(id));
    if (!citedId || !uncitedId) throw new Error('the demo cites its facts, the imported ones are not');

    const kept = briefing('facts', 'delete', citedId, '--data', data);
    expect(kept.code).toBe(1);
    expect(kept.err).toMatch(
      /This fact is cited in “Berlin peace talks: .*”, so it is not deleted: .*Retract it instead/,
    );
    const gone = briefing('facts', 'delete', uncitedId, '--data', data);
    expect(gone.code).toBe(0);
    expect(gone.out).toMatch(/^Deleted the fact “.+” \(.+\)\. This cannot be undone\.$/m);
    expect(briefing('stats', '--json', '--data', data).out).toContain(`"facts":${ids.length - 1}`);
    expect(briefing('facts', 'delete', uncitedId, '--data', data).err).toMatch(/does not exist/);
  });
});
