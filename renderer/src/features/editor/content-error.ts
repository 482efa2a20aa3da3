import type { Briefing } from '../../../../electron/core/schemas';
import { ApiError } from '../../api/client';

/** The most paragraphs a section may hold (the store's limit, `BriefingSection.blocks`). */
export const MAX_SECTION_BLOCKS = 2000;

/** Where a refused briefing content is wrong: the section (its id) and, when known, the paragraph (0-based). */
export interface ContentErrorPlace {
  sectionId: string;
  paragraph: number | undefined;
}

/** The section (and paragraph) a refused save names, if it names one. */
export function contentErrorPlace(
  error: unknown,
  draft: Pick<Briefing, 'sections'>,
): ContentErrorPlace | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const issue = error.issues[0];
  const at = issue && /^content\.sections\[(\d+)\](?:\.blocks(?:\[(\d+)\])?)?/.exec(issue.path);
  if (!at) return undefined;
  const sectionId = draft.sections[Number(at[1])]?.id;
  if (sectionId === undefined) return undefined;
  return { sectionId, paragraph: at[2] === undefined ? undefined : Number(at[2]) };
}

/**
 * What a refused briefing content says to the analyst: a problem in a paragraph is named by its
 * section's heading and its place ("Outlook, paragraph 2: A paragraph must be at most 20000
 * characters."), not by the data path the API reports (`content.sections[3].blocks[1].content`);
 * a section with too many paragraphs says so, with how many it has.
 */
export function contentErrorMessage(
  error: unknown,
  draft: Pick<Briefing, 'sections'>,
  headingOf: (sectionId: string) => string | undefined,
): string {
  const message = (error as Error).message;
  const place = contentErrorPlace(error, draft);
  if (!place || !(error instanceof ApiError)) return message;
  const issue = error.issues[0];
  const heading = headingOf(place.sectionId) ?? (place.sectionId || 'A section');
  if (place.paragraph !== undefined)
    return `${heading}, paragraph ${place.paragraph + 1}: ${issue?.message ?? message}`;
  const count = draft.sections.find((s) => s.id === place.sectionId)?.blocks.length ?? 0;
  if (issue && /^content\.sections\[\d+\]\.blocks$/.test(issue.path))
    return `${heading}: a section can hold at most ${MAX_SECTION_BLOCKS} paragraphs; it has ${count}.`;
  return `${heading}: ${issue?.message ?? message}`;
}
