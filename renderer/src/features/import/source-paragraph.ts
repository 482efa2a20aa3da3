/**
 * The article paragraph a candidate came from, for the review to show beside it. Its locator counts
 * paragraphs as a reader does ("para. 1" is the lede: a headline, byline or subheading above it is no
 * paragraph), while the text as read keeps them, so the paragraph is the first at or after the locator's
 * number that holds the candidate's sentence; the numbered one when none does ('' when there is no number).
 */
export function sourceParagraph(
  paragraphs: readonly string[],
  locator: string | undefined,
  sentence: string,
): string {
  const n = Number(/^para\. (\d+)$/.exec(locator ?? '')?.[1] ?? 0);
  if (n === 0) return '';
  const holds = (p: string) => p.replace(/\s+/g, ' ').includes(sentence);
  for (let i = n - 1; i < paragraphs.length; i++) if (holds(paragraphs[i]!)) return paragraphs[i]!;
  return paragraphs[n - 1] ?? '';
}
