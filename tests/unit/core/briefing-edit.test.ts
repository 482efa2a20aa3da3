import { describe, expect, it } from 'vitest';
import { editSection } from '../../../electron/core/briefing-edit';
import type { BriefingSection } from '../../../electron/core/schemas';
import { block } from '../../helpers/builders';

const sections: BriefingSection[] = [
  { id: 'a', blocks: [block('p1', 'One')] },
  { id: 'b', blocks: [] },
];

describe('editSection', () => {
  it('replaces one section’s blocks and leaves the others and the input alone', () => {
    const next = editSection(sections, 'a', (bs) => [...bs, block('p2', 'Two', ['f'])]);
    expect(next.map((s) => [s.id, s.blocks.map((b) => b.id)])).toEqual([
      ['a', ['p1', 'p2']],
      ['b', []],
    ]);
    expect(next[1]).toBe(sections[1]);
    expect(sections[0]?.blocks).toHaveLength(1);
  });

  it('adds a section the briefing has no content for yet', () => {
    const next = editSection(sections, 'outlook', (bs) => [...bs, block('p3', 'Three')]);
    expect(next.at(-1)).toEqual({ id: 'outlook', blocks: [block('p3', 'Three')] });
  });
});
