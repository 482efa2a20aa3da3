import type { Block, Briefing, BriefingSection } from './schemas';

/**
 * The sections with one section's blocks replaced by `fn(blocks)`; a section the briefing has no
 * content for yet is added. Every edit of a section (typing, citing a fact, moving a paragraph) goes
 * through here.
 */
export function editSection(
  sections: readonly BriefingSection[],
  sectionId: string,
  fn: (blocks: Block[]) => Block[],
): BriefingSection[] {
  return sections.some((s) => s.id === sectionId)
    ? sections.map((s) => (s.id === sectionId ? { ...s, blocks: fn(s.blocks) } : s))
    : [...sections, { id: sectionId, blocks: fn([]) }];
}

/** What an analyst edits of a briefing, as `briefings:update` takes it (no id, no timestamps). */
export const briefingContent = ({ title, date, classification, frontMatter, sections }: Briefing) => ({
  title,
  date,
  classification,
  frontMatter,
  sections,
});
