import type { Briefing } from '../../../../electron/core/schemas';
import { ApiError } from '../../api/client';

/**
 * What a refused briefing content says to the analyst: a problem in a paragraph is named by its
 * section's heading and its place ("Outlook, paragraph 2: A paragraph must be at most 20000
 * characters."), not by the data path the API reports (`content.sections[3].blocks[1].content`).
 */
export function contentErrorMessage(
  error: unknown,
  draft: Pick<Briefing, 'sections'>,
  headingOf: (sectionId: string) => string | undefined,
): string {
  const message = (error as Error).message;
  if (!(error instanceof ApiError)) return message;
  const issue = error.issues[0];
  const at = issue && /^content\.sections\[(\d+)\]\.blocks\[(\d+)\]/.exec(issue.path);
  if (!issue || !at) return message;
  const sectionId = draft.sections[Number(at[1])]?.id ?? '';
  return `${headingOf(sectionId) ?? (sectionId || 'A section')}, paragraph ${Number(at[2]) + 1}: ${issue.message}`;
}
