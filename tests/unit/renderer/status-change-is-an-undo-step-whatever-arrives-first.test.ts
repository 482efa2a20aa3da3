import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inlineFromLegacy } from '../../../electron/core/rich-text';
import type { Briefing, Fact } from '../../../electron/core/schemas';

// What the status written back by Undo is sent to the library with.
const calls = vi.hoisted(() => [] as { channel: string; input: unknown }[]);
vi.mock('../../../renderer/src/api/client', () => ({
  ApiError: class extends Error {},
  watchLibrary: () => () => undefined,
  call: (channel: string, input: { id: string; patch: { status: string } }) => {
    calls.push({ channel, input });
    if (channel === 'facts:update')
      return Promise.resolve({ ...fact('draft', 3), status: input.patch.status });
    return new Promise(() => undefined);
  },
}));

// The app's modules listen on the page as they load; no page here.
vi.stubGlobal('window', { addEventListener: () => undefined, setTimeout, clearTimeout });
const { factSaved, rememberFact, undo } = await import('../../../renderer/src/app/actions');
const { update, useApp } = await import('../../../renderer/src/app/store');

function fact(status: Fact['status'], version: number): Fact {
  return { id: 'f1', statement: 'The talks resume on Monday.', status, version } as unknown as Fact;
}
const briefing = {
  id: 'b',
  title: 'T',
  templateId: 'x',
  sections: [{ id: 's', blocks: [{ id: '1', content: inlineFromLegacy('Talks resume.', ['f1']) }] }],
} as unknown as Briefing;

beforeEach(() => {
  calls.length = 0;
  update((s) => ({
    citeNotice: null,
    knownFacts: new Map(),
    history: { ...s.history, present: briefing, past: [], future: [], toRun: [] },
  }));
});

describe('a cited fact retracted from its form is one step of the briefing’s history', () => {
  it('even when the save’s pushed change was read into the app before the save answered', () => {
    // The push came first: the app already holds the retracted version.
    rememberFact(fact('retracted', 2));
    factSaved(fact('retracted', 2), fact('draft', 1));
    const s = useApp.getState();
    expect(s.citeNotice).toContain('is now retracted in the library');
    expect(s.citeNotice).toContain('puts it back to draft.');
    expect(s.history.past).toHaveLength(1);

    undo();
    const written = calls.find((c) => c.channel === 'facts:update');
    expect(written?.input).toMatchObject({ id: 'f1', patch: { status: 'draft', baseVersion: 2 } });
  });

  it('the form’s own view decides: a save that did not change the status is no step', () => {
    rememberFact(fact('draft', 1));
    factSaved(fact('draft', 2), fact('draft', 1));
    expect(useApp.getState().citeNotice).toBeNull();
    expect(useApp.getState().history.past).toHaveLength(0);
  });

  it('without the form’s view (a re-read), the app’s last known version is the one compared', () => {
    rememberFact(fact('draft', 1));
    factSaved(fact('verified', 2));
    expect(useApp.getState().citeNotice).toContain('is now verified in the library');
  });
});
