/** The date an article's text gives itself (`import:article-candidates`' `ownDate`). */
export interface OwnDate {
  published?: string | undefined;
  dateline?: { month: number; day: number; year?: number | undefined } | undefined;
}

/**
 * What the review does with the date the text gives itself, given the Published field as the analyst left
 * it: an empty field takes the text's full date (a date line, or the dateline's month and day with the year
 * the text writes for it), which the candidates were read with; a dateline with no year is named for the
 * analyst to complete ("The dateline gives 4 October but no year …"). A date typed in the field is kept.
 */
export function publishedFromText(
  typed: string,
  own: OwnDate | undefined,
): { published?: string; datelineNote?: string } {
  if (typed.trim() !== '' || !own) return {};
  if (own.published) return { published: own.published };
  const d = own.dateline;
  if (!d) return {};
  return {
    datelineNote: `The dateline gives ${datelineDay(d)} but no year: add the year to Published and read again to date “on Monday” and the like.`,
  };
}

/** A dateline's month and day as a reader writes them: "4 October". */
export function datelineDay(d: { month: number; day: number }): string {
  return new Date(Date.UTC(2000, d.month - 1, d.day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}
