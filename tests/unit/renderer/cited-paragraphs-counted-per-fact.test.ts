import { describe, expect, it, vi } from 'vitest';
import { inlineFromLegacy } from '../../../electron/core/rich-text';
import type { Briefing } from '../../../electron/core/schemas';
import { update, useApp } from '../../../renderer/src/app/store';

// The store asks the API for cited facts it does not know yet: not here.
vi.mock('../../../renderer/src/api/client', () => ({
  ApiError: class extends Error {},
  call: () => new Promise(() => undefined),
}));

const block = (id: string, factIds: string[]) => ({ id, content: inlineFromLegacy(`Text ${id}.`, factIds) });
const briefing = (sections: Briefing['sections']) =>
  ({ id: 'b', title: 'T', templateId: 'x', sections }) as unknown as Briefing;
const open = (b: Briefing) =>
  update((s) => ({ history: { ...s.history, present: b, past: [], future: [] } }));

describe('the open briefing’s citations counted by paragraph, for the fact cards', () => {
  it('counts each paragraph citing a fact once, across sections, and keeps the same map while typing', () => {
    open(
      briefing([
        { id: 'a', blocks: [block('1', ['f1', 'f1']), block('2', ['f1', 'f2'])] },
        { id: 'b', blocks: [block('3', ['f2']), block('4', [])] },
      ]),
    );
    const counts = useApp.getState().citedParagraphs;
    expect(Object.fromEntries(counts)).toEqual({ f1: 2, f2: 2 });
    expect([...useApp.getState().citedFactIds].sort()).toEqual(['f1', 'f2']);

    // Words typed, no citation changed: the same objects (the library does not re-render).
    const ids = useApp.getState().citedFactIds;
    open(
      briefing([
        { id: 'a', blocks: [block('1b', ['f1', 'f1']), block('2', ['f1', 'f2'])] },
        { id: 'b', blocks: [block('3', ['f2']), block('4', [])] },
      ]),
    );
    expect(useApp.getState().citedParagraphs).toBe(counts);
    expect(useApp.getState().citedFactIds).toBe(ids);

    // The same fact added again: its count goes up; the set of cited facts stays the same object.
    open(
      briefing([
        { id: 'a', blocks: [block('1', ['f1']), block('2', ['f1', 'f2']), block('5', ['f1'])] },
        { id: 'b', blocks: [block('3', ['f2'])] },
      ]),
    );
    expect(Object.fromEntries(useApp.getState().citedParagraphs)).toEqual({ f1: 3, f2: 2 });
    expect(useApp.getState().citedFactIds).toBe(ids);
  });
});
