// Names written as plain text ("Last, First", "Last, First, Jr.", "First Last") to CSL names.
import type { CslName } from './types';

const PARTICLES = /^(?:van|von|der|den|de|del|della|di|da|du|des|la|le|ten|ter|dos|das|do|bin|ibn|al|el|y)$/i;

/** "Last, First[, Suffix]" (RIS, EndNote); without a comma the whole name is kept as one unit. */
export function parseCommaName(raw: string): CslName {
  const s = raw.replace(/\s+/g, ' ').trim();
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length < 2 || !parts[0]) return { literal: s.replace(/,$/, '') };
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
