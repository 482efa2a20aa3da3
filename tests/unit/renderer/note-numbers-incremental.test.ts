import { describe, expect, it } from 'vitest';
import { editSection } from '../../../electron/core/briefing-edit';
import { noteNumbers } from '../../../electron/core/render-model';
import type { BriefingSection } from '../../../electron/core/schemas';
import { sectionNotes } from '../../../renderer/src/features/editor/note-numbers';
import { block, makeTemplate } from '../../helpers/builders';

const template = makeTemplate(
  't',
  [
    { id: 'a', heading: 'A' },
    { id: 'b', heading: 'B' },
    { id: 'c', heading: 'C' },
  ],
  {},
);
const start: BriefingSection[] = [
  { id: 'a', blocks: [block('a1', 'One', ['f1']), block('a2', '', []), block('a3', 'Two', ['f2', 'f3'])] },
  { id: 'b', blocks: [block('b1', 'Three', ['f1']), block('b2', 'No chip')] },
  { id: 'c', blocks: [block('c1', 'Four', ['f4'])] },
  // Parked: its section is not in the template; numbered after the template's, as exported.
  { id: 'old', blocks: [block('o1', 'Five', ['f5'])] },
];
/** Every section's numbers in one map, as the core's `noteNumbers` gives them. */
const merged = (sections: BriefingSection[]) =>
  new Map([...sectionNotes(template, sections).values()].flatMap((n) => [...n.numbers]));

describe('note numbers derived section by section', () => {
  it('are the core’s note numbers, parked content included', () => {
    expect(merged(start)).toEqual(noteNumbers(template, start));
  });

  it('typing in a paragraph (no chip added) keeps every section’s notes object, the edited one included', () => {
    const before = sectionNotes(template, start);
    const typed = editSection(start, 'b', (bs) => [block('b1', 'Three, typed', ['f1']), bs[1]!]);
    const after = sectionNotes(template, typed, before);
    for (const id of ['a', 'b', 'c', 'old']) expect(after.get(id)).toBe(before.get(id));
    expect(merged(typed)).toEqual(noteNumbers(template, typed));
  });

  it('a chip added in one section renumbers it and the sections after it, not those before', () => {
    const before = sectionNotes(template, start);
    const cited = editSection(start, 'b', (bs) => [...bs, block('b3', 'New', ['f6'])]);
    const after = sectionNotes(template, cited, before);
    expect(after.get('a')).toBe(before.get('a'));
    for (const id of ['b', 'c', 'old']) expect(after.get(id)).not.toBe(before.get(id));
    // (a3's two chips side by side are one note.)
    expect(after.get('c')?.numbers.get('c1')).toEqual([5]);
    expect(merged(cited)).toEqual(noteNumbers(template, cited));
  });

  it('paragraphs reordered with the same chips change whose numbers they are', () => {
    const before = sectionNotes(template, start);
    const moved = editSection(start, 'a', (bs) => [bs[2]!, bs[1]!, bs[0]!]);
    const after = sectionNotes(template, moved, before);
    expect(after.get('a')?.key).not.toBe(before.get('a')?.key);
    // Its two chips side by side are one note: they share its number.
    expect(after.get('a')?.numbers.get('a3')).toEqual([1, 1]);
    expect(after.get('b')).toBe(before.get('b'));
  });
});
