import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEvent } from '../../electron/contract/api';
import { dispatch } from '../../electron/contract/dispatch';
import { briefingContent } from '../../electron/core/briefing-edit';
import { BRIEFING_BASE_FIELD, EDIT_CONFLICT } from '../../electron/core/errors';
import type { Briefing } from '../../electron/core/schemas';
import type { Services } from '../../electron/services/services';
import { freshServices } from '../helpers/fixtures';

// Two editors (windows, browser tabs) open on one briefing, and the command line: a save made from an
// older version than the store has is refused, never written over the newer one, and every save is
// pushed to the open editors so they can take it.

const open: Services[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function call<T>(services: Services, channel: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(services.handlers(), channel, input);
  if (!result.ok)
    throw Object.assign(new Error(result.error.message), {
      code: result.error.code,
      path: result.error.path,
    });
  return result.value as T;
}

/** `b`'s content with `text` typed as the one paragraph of its section `index`. */
function typed(b: Briefing, index: number, text: string) {
  const sections = b.sections.map((s, i) =>
    i === index ? { ...s, blocks: [{ id: `typed-${i}`, content: [{ type: 'text' as const, text }] }] } : s,
  );
  return { ...briefingContent(b), sections };
}

describe('a briefing saved from two editors', () => {
  it('refuses the save from the older version, keeps the newer one, and tells the editors of each save', async () => {
    const services = freshServices();
    open.push(services);
    const events: LibraryEvent[] = [];
    services.events.subscribe((e) => events.push(e));
    const opened = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Black Sea: Türkiye signals leverage over the straits',
      date: '2026-12-06',
    });

    // Tab A saves its edit, from the version both tabs opened: taken, and pushed.
    const a = await call<Briefing>(services, 'briefings:update', {
      id: opened.id,
      content: typed(opened, 0, 'EDIT-FROM-TAB-A.'),
      baseUpdatedAt: opened.updatedAt,
    });
    expect(events).toContainEqual({ kind: 'briefing', id: opened.id, updatedAt: a.updatedAt });

    // Tab B, opened before and never reloaded, saves from the same version: refused in plain words.
    const refusal = await call(services, 'briefings:update', {
      id: opened.id,
      content: typed(opened, 3, 'EDIT-FROM-TAB-B.'),
      baseUpdatedAt: opened.updatedAt,
    }).catch((e: unknown) => e as { code: string; path: string; message: string });
    expect(refusal).toMatchObject({ code: EDIT_CONFLICT, path: BRIEFING_BASE_FIELD });
    expect((refusal as Error).message).toMatch(
      /^“Black Sea: Türkiye signals leverage over the straits” was changed in another window or tab at \d\d:\d\d.*Load the other version, or keep this one as a copy\.$/,
    );
    const stored = await call<Briefing>(services, 'briefings:get', { id: opened.id });
    expect(JSON.stringify(stored.sections)).toContain('EDIT-FROM-TAB-A.');
    expect(JSON.stringify(stored.sections)).not.toContain('EDIT-FROM-TAB-B.');

    // Tab B, having taken tab A's version, saves its edit over it: taken, both edits in the store.
    const b = await call<Briefing>(services, 'briefings:update', {
      id: opened.id,
      content: typed(stored, 3, 'EDIT-FROM-TAB-B.'),
      baseUpdatedAt: stored.updatedAt,
    });
    expect(JSON.stringify(b.sections)).toContain('EDIT-FROM-TAB-A.');
    expect(JSON.stringify(b.sections)).toContain('EDIT-FROM-TAB-B.');

    // A template switch moves the version on too: a save from before it is refused.
    const switched = await call<Briefing>(services, 'briefings:switch-template', {
      id: opened.id,
      templateId: 'situation-brief',
    });
    expect(switched.updatedAt > b.updatedAt).toBe(true);
    expect(events).toContainEqual({ kind: 'briefing', id: opened.id, updatedAt: switched.updatedAt });
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(b, 0, 'Late.'),
        baseUpdatedAt: b.updatedAt,
      }),
    ).rejects.toMatchObject({ code: EDIT_CONFLICT });
  });

  it("takes one editor's save from an older version over that editor's own newer save, never over another's", async () => {
    const services = freshServices();
    open.push(services);
    const opened = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Sahel: junta expels the monitoring mission',
      date: '2026-12-06',
    });
    const tabA = 'tab-a-0123456789abcdef';
    const tabB = 'tab-b-0123456789abcdef';

    // Tab A's autosave is answered (the store moves on); the save it sends as the page leaves was
    // made before that answer came, so it names the version the tab opened: taken, its last keystrokes
    // in the store.
    const first = await call<Briefing>(services, 'briefings:update', {
      id: opened.id,
      content: typed(opened, 0, 'First words.'),
      baseUpdatedAt: opened.updatedAt,
      writerId: tabA,
    });
    const left = await call<Briefing>(services, 'briefings:update', {
      id: opened.id,
      content: typed(opened, 0, 'First words. And the last keystrokes.'),
      baseUpdatedAt: opened.updatedAt,
      writerId: tabA,
    });
    expect(left.updatedAt > first.updatedAt).toBe(true);
    expect(
      JSON.stringify((await call<Briefing>(services, 'briefings:get', { id: opened.id })).sections),
    ).toContain('And the last keystrokes.');

    // Tab B saves over tab A's version; then tab A's save from its older version is refused: another
    // writer's version came in between.
    const b = await call<Briefing>(services, 'briefings:update', {
      id: opened.id,
      content: typed(left, 3, 'EDIT-FROM-TAB-B.'),
      baseUpdatedAt: left.updatedAt,
      writerId: tabB,
    });
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(opened, 0, 'Late from tab A.'),
        baseUpdatedAt: first.updatedAt,
        writerId: tabA,
      }),
    ).rejects.toMatchObject({ code: EDIT_CONFLICT, path: BRIEFING_BASE_FIELD });
    // Nor does tab B's own writer id let a save without it, or from a wrong id, through.
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(opened, 0, 'No writer.'),
        baseUpdatedAt: left.updatedAt,
      }),
    ).rejects.toMatchObject({ code: EDIT_CONFLICT });
    // A version saved by no editor (the command line, an import, a switch without a writer) in between
    // refuses tab B's older save too.
    await call(services, 'briefings:switch-template', { id: opened.id, templateId: 'situation-brief' });
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(b, 3, 'Late from tab B.'),
        baseUpdatedAt: left.updatedAt,
        writerId: tabB,
      }),
    ).rejects.toMatchObject({ code: EDIT_CONFLICT });
    const stored = await call<Briefing>(services, 'briefings:get', { id: opened.id });
    expect(JSON.stringify(stored.sections)).toContain('EDIT-FROM-TAB-B.');
    expect(JSON.stringify(stored.sections)).not.toContain('Late from');

    // A writer id is a short random name: anything else is refused before the store is touched.
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(stored, 0, 'x'),
        baseUpdatedAt: stored.updatedAt,
        writerId: 'a b',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: 'writerId' });
  });

  it('ignores an autosave that arrives after the save sent as the page left: the newest keystrokes stay, nothing is refused', async () => {
    const services = freshServices();
    open.push(services);
    const events: LibraryEvent[] = [];
    services.events.subscribe((e) => events.push(e));
    const opened = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Black Sea',
      date: '2026-12-06',
    });
    const writerId = 'c'.repeat(32);
    const save = (text: string, baseUpdatedAt: string, writerSeq: number) =>
      call<Briefing>(services, 'briefings:update', {
        id: opened.id,
        content: typed(opened, 0, text),
        baseUpdatedAt,
        writerId,
        writerSeq,
      });
    const first = await save('Talks', opened.updatedAt, 1);
    // The autosave (2) and the leave-save (3) both from the version `first`; the leave-save arrives first.
    const left = await save('Talks resume in Geneva.', first.updatedAt, 3);
    const late = await save('Talks resume', first.updatedAt, 2);
    expect(late.updatedAt).toBe(left.updatedAt);
    const stored = await call<Briefing>(services, 'briefings:get', { id: opened.id });
    expect(JSON.stringify(stored.sections)).toContain('Talks resume in Geneva.');
    // Nothing changed, so no editor is told of a save.
    expect(events.filter((e) => e.kind === 'briefing' && e.updatedAt === left.updatedAt)).toHaveLength(1);
    // A save number that is not a whole number from 0 is bad input, refused in words.
    await expect(save('x', left.updatedAt, -1)).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'writerSeq',
    });
  });

  it('tells the open editors when the command line replaces the briefing from a file, and refuses their older saves', async () => {
    const services = freshServices();
    open.push(services);
    const opened = await call<Briefing>(services, 'briefings:create', {
      templateId: 'situation-brief',
      title: 'Baltic air defence',
      date: '2026-12-06',
    });
    const file = await call<{ dataBase64: string }>(services, 'briefings:export-file', { id: opened.id });
    const text = Buffer.from(file.dataBase64, 'base64')
      .toString('utf8')
      .replace('Baltic air defence', 'From the file');
    const events: LibraryEvent[] = [];
    services.events.subscribe((e) => events.push(e));

    // `briefing build FILE --data DIR --replace` does this.
    const replaced = await services.importBriefingFile(text, 'replace');
    expect(replaced).toMatchObject({ id: opened.id, title: 'From the file' });
    expect(events).toContainEqual({ kind: 'briefing', id: opened.id, updatedAt: replaced.updatedAt });
    await expect(
      call(services, 'briefings:update', {
        id: opened.id,
        content: typed(opened, 0, 'Typed in the editor.'),
        baseUpdatedAt: opened.updatedAt,
      }),
    ).rejects.toMatchObject({ code: EDIT_CONFLICT, path: BRIEFING_BASE_FIELD });
    expect((await call<Briefing>(services, 'briefings:get', { id: opened.id })).title).toBe('From the file');
  });
});
