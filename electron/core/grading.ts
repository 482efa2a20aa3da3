import type { Grade } from './schemas';

// The Admiralty (NATO) code's words, one place for the forms, the library's cards and the check.

/** What a source's reliability grade means. */
export const GRADE_MEANING: Readonly<Record<Grade, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** What an item of information's credibility (1–6) means. */
export const CREDIBILITY_MEANING: Readonly<Record<number, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** The grades as a form offers them: "A — Completely reliable". */
export const GRADE_CHOICES = (Object.keys(GRADE_MEANING) as Grade[]).map(
  (g) => [g, `${g} — ${GRADE_MEANING[g]}`] as const,
);

/** The credibilities as a form offers them: "1 — Confirmed by other sources". */
export const CREDIBILITY_CHOICES = [1, 2, 3, 4, 5, 6].map(
  (c) => [c, `${c} — ${CREDIBILITY_MEANING[c]}`] as const,
);

/** A fact's two grades in words, for a card's "B2" badge: "Source B (usually reliable); information 2 (probably true)". */
export const gradingInWords = (grade: Grade, credibility: number): string =>
  `Source ${grade} (${GRADE_MEANING[grade].toLowerCase()}); information ${credibility} (${(CREDIBILITY_MEANING[credibility] ?? '').toLowerCase()})`;
