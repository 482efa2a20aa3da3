import type { Briefing } from '../../../electron/core/schemas';
import type { Template } from '../../../electron/core/template';

/**
 * What to tell the writer when the open briefing's template changes under it (a teammate's new version
 * arrives in a team folder): the sections with text that the new version no longer has, whose text is
 * now kept apart at the end of the briefing. Null when nothing of theirs moved.
 */
export function templateChangeNotice(
  briefing: Briefing | null,
  before: Template | undefined,
  after: Template | undefined,
): string | null {
  if (!briefing || !before || !after || before === after || before.id !== after.id) return null;
  const kept = new Set(after.sections.map((s) => s.id));
  const moved = before.sections.filter(
    (s) => !kept.has(s.id) && (briefing.sections.find((b) => b.id === s.id)?.blocks.length ?? 0) > 0,
  );
  if (moved.length === 0) return null;
  const names = moved.map((s) => `“${s.heading}”`).join(', ');
  const one = moved.length === 1;
  return `The template “${after.name}” changed (now version ${after.version}): ${names} ${one ? 'is' : 'are'} no longer ${one ? 'one of its sections' : 'among its sections'}. ${one ? 'Its' : 'Their'} text is kept apart at the end of the briefing, to move into a section or delete.`;
}
