// Names written as plain text ("Last, First", "Last, First, Jr.", "First Last") to CSL names.
import type { CslName, EntryProblem } from './types';

const PARTICLES = /^(?:van|von|der|den|de|del|della|di|da|du|des|la|le|ten|ter|dos|das|do|bin|ibn|al|el|y)$/i;

/**
 * Words that name a body, not a person. Defined once: the comma-name reader below, and BibTeX's warning
 * about a body's name written without its double braces, read them.
 */
export const BODY_WORDS: ReadonlySet<string> = new Set(
  (
    'Institute Institution Organization Organisation Ministry Department Agency Bank Fund University College ' +
    'School Committee Council Commission Association Federation Foundation Center Centre Office Authority ' +
    'Service Society Corporation Company Group Union Forum Network Programme Program Board Bureau Academy ' +
    'Parliament Assembly Government Secretariat Observatory Laboratory Court Tribunal Party'
  ).split(' '),
);

/** Whether some word of a text is one of BODY_WORDS ("Commonwealth & Development Office"). */
export const holdsBodyWord = (text: string | undefined): boolean =>
  (text ?? '').split(/\s+/).some((w) => BODY_WORDS.has(w.replace(/[.,;:]$/, '')));

/**
 * Whether the part after the comma of "X, Y" is no one's given names: it holds "&" or a body's word
 * ("Foreign, Commonwealth & Development Office", "Defence, Ministry of"). Such a name is an organisation's.
 */
export const givenReadsAsBody = (given: string | undefined): boolean =>
  (given ?? '').includes('&') || holdsBodyWord(given);

/** The warning for a name written "X, Y" read whole as an organisation's (RIS, EndNote). */
export const bodyNameKeptWhole = (whole: string): string =>
  `"${whole}" is read as an organisation's name, not a person's (its part after the comma is no given name): kept whole, as written`;

/** The warning for a name parseCommaName kept whole with its comma (an organisation's), or none. */
export function bodyNameProblem(name: CslName, field: string): EntryProblem | undefined {
  return name.literal?.includes(',')
    ? { field, severity: 'warning', message: bodyNameKeptWhole(name.literal) }
    : undefined;
}

/**
 * "Last, First[, Suffix]" (RIS, EndNote); without a comma the whole name is kept as one unit, and so is
 * a name whose part after the comma reads as a body's (givenReadsAsBody): an organisation, not a person.
 */
export function parseCommaName(raw: string): CslName {
  const s = raw.replace(/\s+/g, ' ').trim();
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length < 2 || !parts[0]) return { literal: s.replace(/,$/, '') };
  if (givenReadsAsBody(parts.slice(1).join(', '))) return { literal: s.replace(/,$/, '') };
  const [familyPart, given, ...rest] = parts;
  const name: CslName = {};
  // "van der Berg" → particle + family
  const words = familyPart!.split(' ');
  let i = 0;
  while (i < words.length - 1 && PARTICLES.test(words[i]!)) i++;
  if (i > 0) name['non-dropping-particle'] = words.slice(0, i).join(' ');
  name.family = words.slice(i).join(' ');
  if (given) name.given = given;
  const suffix = rest.filter(Boolean).join(', ');
  if (suffix) name.suffix = suffix;
  return name;
}
