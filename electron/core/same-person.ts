import type { CslName } from './csl-item';

/**
 * Whether a name as a person writes it ("Ursula von der Leyen", "M. L. King Jr.", "VON DER LEYEN")
 * names the person a CSL name stands for, however an import split it: `{family: "Leyen",
 * non-dropping-particle: "von der"}` (BibTeX, Zotero), `{family: "von der Leyen"}`, `{given: "Ursula von
 * der", family: "Leyen"}` (a byline read word by word). Case, accents and full stops do not count; a
 * suffix (Jr., III) and an honorific (Dr, Sir) may be left out; the particles may be written or dropped;
 * the given names may be initials or left out (the surname alone, as a later mention writes it), a
 * middle name skipped. "Speaker is the author" is decided here and nowhere else.
 */
export function namesPerson(written: string, name: CslName): boolean {
  return readings(written).some((said) => namesAs(said, name));
}

function namesAs(said: readonly string[], name: CslName): boolean {
  if (said.length === 0) return false;
  if (name.literal && !name.family) return sameWords(said, withoutTitles(words(name.literal)));
  const family = words(name.family ?? '');
  if (family.length === 0) return givenMatches(said, words(name.given ?? ''));
  const given = words(name.given ?? '');
  const particles = [
    ...words(name['dropping-particle'] ?? ''),
    ...words(name['non-dropping-particle'] ?? ''),
  ];
  // Written in full as the name stands, particles where the import put them.
  if (sameWords(said, [...given, ...particles, ...family])) return true;
  for (const surname of [[...particles, ...family], family]) {
    if (surname.length > said.length || !endsWith(said, surname)) continue;
    const before = said.slice(0, said.length - surname.length);
    if (before.length === 0 || givenMatches(before, given)) return true;
  }
  return false;
}

/** The name's words, lower case, without accents, full stops or commas ("Dr. José  Ñúñez" → dr jose nunez). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.,’'‘`]+/gu, (m) => (m.includes('.') || m.includes(',') ? ' ' : ''))
    .replace(/[-‐‑–—]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
}

const SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', 'esq']);
const HONORIFICS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
]);

/**
 * A written name's words, its suffix and leading honorific left out: as written, and when it has a
 * comma, also read family first as a source list writes it ("Leyen, Ursula von der" as "Ursula von der
 * Leyen"; a body's "Foreign, Commonwealth & Development Office" is matched as written).
 */
function readings(text: string): string[][] {
  const parts = text.split(',').map((p) => p.trim());
  const kept = parts.filter((p, i) => i === 0 || !words(p).every((w) => SUFFIXES.has(w)));
  const out = [withoutTitles(words(kept.join(' ')))];
  if (kept.length === 2) out.push(withoutTitles(words(`${kept[1]} ${kept[0]}`)));
  return out;
}

/** Words without suffixes ("Jr.") or a leading honorific ("Dr"). */
function withoutTitles(list: string[]): string[] {
  const out = list.filter((w) => !SUFFIXES.has(w));
  while (out.length > 1 && HONORIFICS.has(out[0]!)) out.shift();
  return out;
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

const endsWith = (a: readonly string[], tail: readonly string[]) =>
  tail.every((w, i) => a[a.length - tail.length + i] === w);

/** One given name as written against one as stored: the same, or one the other's initial ("M." and "Melvyn"). */
const sameGiven = (a: string, b: string) =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * The given names as written against the stored ones: the first the same (or its initial), the rest in
 * order, any stored middle name may be left out ("Melvyn Leffler" for "Melvyn P."). Given names run
 * together without spaces ("M.P.") are read letter by letter.
 */
function givenMatches(said: readonly string[], given: readonly string[]): boolean {
  if (given.length === 0 || said.length === 0) return false;
  if (!sameGiven(said[0]!, given[0]!)) return false;
  let at = 1;
  for (const w of said.slice(1)) {
    while (at < given.length && !sameGiven(w, given[at]!)) at++;
    if (at === given.length) return false;
    at++;
  }
  return true;
}
