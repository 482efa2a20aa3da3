// The bodies in view of a noun that names none: "the company" the one business named near, "the group" the
// body that spoke last, "the zoo" the one name before that ends with it, "the agency" the nearest body of
// its kind. Apart because these read the article's names around a unit, for the speaker's resolution.
import { BODY_NOUN_HEADS, DESCRIPTION_NOUNS, ORG_WORDS, PAPER_KINDS } from './lexicon';
import { firstNameGender, isPlaceName, isRoleWord, tagsOf } from './recognition';
import type { RulesContext } from './rules-context';
import type { Unit } from './segmentation';
import { PLACE_TAG, describedBody } from './described-body';
import { unicodeWords } from './words';

/** A run of capitalised words (a company's name: "Big Machine", "JPMorgan Chase", "G4S"). */
const NAME_RUN = unicodeWords(/\b\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*/gu);
/** Last words of a street's or a building's name ("Wall Street"), no company's. */
const LOCATION_HEAD =
  /^(?:street|avenue|road|square|park|plaza|boulevard|lane|drive|bridge|hall|house|palace|airport|station|stadium|arena)$/;

/**
 * The body that spoke last, in this paragraph or the one before (`Referents.bodyThatSpoke`), by its
 * name alone.
 */
export function bodyThatSpoke(ctx: RulesContext, paragraph: number): string | undefined {
  const { referents } = ctx;
  const body = referents.bodyThatSpoke(paragraph, true);
  if (!body) return undefined;
  // ("First Chicago Corp <FNB>": no ticker; "Netherlands-based group LNM": the name without its description.)
  const name = body.name.replace(/\s*<[^<>]*>$/u, '');
  return describedBody(name)?.name ?? name;
}

/**
 * The one business named in view of "the company": capitalised runs of the unit before the noun and of
 * the unit before it (same paragraph or the one before), that are no person's name, no place, no outlet,
 * no day or month, no role and no government's or other body's name; undefined unless exactly one.
 */
export function companyInView(ctx: RulesContext, unit: Unit, before: string): string | undefined {
  const { units, referents, indexOfUnit } = ctx;
  const i = indexOfUnit.get(unit) ?? ctx.unitIndex;
  const texts = [before];
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const prev = units[k] as Unit;
    if (unit.paragraph - prev.paragraph > 1) break;
    texts.push(prev.text);
  }
  // The nearest unit that names a business decides: one named there is the company, two leave it.
  for (const text of texts) {
    const found = new Map<string, string>();
    for (const m of text.matchAll(NAME_RUN)) {
      let words = m[0].replace(/['’]s?$/u, '').split(/\s+/);
      // A sentence's first word is capitalised whatever it is: a word the lexicon knows is no name.
      const opens = m.index === 0 || /[.!?:“"”]\s*$/u.test(text.slice(0, m.index));
      if (opens && tagsOf(words[0] as string).some((t) => t !== 'Organization' && t !== 'ProperNoun'))
        words = words.slice(1);
      if (opens && /ly$/.test(words[0] ?? '')) words = words.slice(1);
      while (words.length > 0 && /^(?:The|A|An)$/.test(words[0] as string)) words = words.slice(1);
      if (words.length === 0) continue;
      const name = words.join(' ');
      const lower = words.map((w) => w.toLowerCase());
      if (
        words.length > 4 ||
        // "F-35", "Boeing 737": a product's number, no company.
        /\p{L}-?\d|\d{3}/u.test(name) ||
        LOCATION_HEAD.test(lower.at(-1) as string) ||
        lower.some((w) => isPlaceName(w) || isRoleWord(w)) ||
        tagsOf(lower.join(' ')).some((t) => PLACE_TAG.test(t)) ||
        lower.some((w) => tagsOf(w).some((t) => /^(?:WeekDay|Month|Date|Demonym|Country|City)$/.test(t))) ||
        // A person's name: a first name the lexicon knows, or a gender the text gives the person.
        words.some((w) => firstNameGender(w) !== undefined) ||
        referents.genderOf(referents.fullName(name)) !== undefined ||
        !isBusinessName(ctx, name) ||
        // A business the article is about is named more than once.
        timesIn(ctx, name) < 2
      )
        continue;
      found.set(name.toLowerCase(), name);
    }
    if (found.size > 0) return found.size === 1 ? [...found.values()][0] : undefined;
  }
  return undefined;
}

function timesIn(ctx: RulesContext, name: string): number {
  const { times } = ctx;
  let known = times.get(name);
  if (known === undefined) {
    known = countIn(ctx, name);
    times.set(name, known);
  }
  return known;
}

function countIn(ctx: RulesContext, name: string): number {
  const { articleText } = ctx;
  let n = 0;
  let from = 0;
  for (;;) {
    const k = articleText.indexOf(name, from);
    if (k < 0) return n;
    n++;
    from = k + name.length;
  }
}

/** A business's name ("Home Depot", "WeWork"): no government's or other body's head word, no place, no outlet. */
export function isBusinessName(ctx: RulesContext, name: string): boolean {
  const { outlets, bodies } = ctx;
  const words = name.split(/\s+/);
  return (
    !outlets.isName(name) &&
    !words.some((w) => {
      const l = w.toLowerCase();
      return (ORG_WORDS.has(l) && !BODY_NOUN_HEADS.get('company')?.includes(l)) || isPlaceName(l);
    }) &&
    !bodies.knowsAcronym(name)
  );
}

/** namedByHead's pattern for each head noun, compiled once. */
const HEAD_NAME = new Map<string, RegExp>();
/**
 * A character namedByHead's pattern can match: a letter, a mark, "&", "-", a space or a tab (either half of a
 * surrogate pair counts).
 */
const NAME_STRETCH_CHAR = /[\p{L}\p{M}& \t-]/u;
function inNameStretch(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 0xd800 && code <= 0xdfff) || NAME_STRETCH_CHAR.test(text[i] as string);
}

/**
 * "The zoo said" after "the Cincinnati Zoo": a noun of no kind the lexicon lists is the one name before
 * it, in capitals, that ends with it (its place or owner before); none when two names do, when the noun
 * is a person's (a role, a description: "the judge", "the actor") or a plural, or the name a person's.
 */
function namedByHead(ctx: RulesContext, noun: string, at: number): string | undefined {
  const { articleText } = ctx;
  if (
    !/^\p{Ll}{3,}$/u.test(noun) ||
    /s$/u.test(noun) ||
    /^(?:she|they|you)$/.test(noun) ||
    isRoleWord(noun) ||
    DESCRIPTION_NOUNS.has(noun) ||
    PAPER_KINDS.has(noun)
  )
    return undefined;
  const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const before = articleText.slice(0, Math.max(0, at));
  if (!before.includes(head)) return undefined;
  const found = new Set<string>();
  let pattern = HEAD_NAME.get(head);
  if (!pattern) {
    // (Capitalised words on one line, no possessive, no sentence's stop: "Friday. She" is no name.)
    pattern = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}&-]*[ \\t]+){1,4})${head}(?![\\p{L}\\p{M}'’-])`, 'gu');
    HEAD_NAME.set(head, pattern);
  }
  // (The pattern runs on each stretch of the text before that can hold a name and holds the head, with
  // the character after it, not on all of the text before: run at every "the zoo" of a megabyte, that
  // grew with its square. It finds there all it found in the whole.)
  for (let i = before.indexOf(head); i >= 0;) {
    let start = i;
    while (start > 0 && inNameStretch(before, start - 1)) start--;
    let end = i + head.length;
    while (end < before.length && inNameStretch(before, end)) end++;
    for (const m of before.slice(start, end + 1).matchAll(pattern)) {
      const name = `${(m[1] ?? '').replace(/^(?:The|A|An)\s+/u, '')}${head}`;
      if (firstNameGender(name.split(/\s+/)[0] ?? '') !== undefined || !/\s/.test(name)) continue;
      found.add(name);
    }
    i = before.indexOf(head, end);
  }
  // ("Gorilla Killed At Cincinnati Zoo" in a headline and "the Cincinnati Zoo": the shortest, when every
  // other ends with it.)
  const shortest = [...found].reduce<string | undefined>(
    (a, b) => (a === undefined || b.length < a.length ? b : a),
    undefined,
  );
  return shortest && [...found].every((n) => n === shortest || n.endsWith(` ${shortest}`))
    ? shortest
    : undefined;
}

export function bodyByNoun(ctx: RulesContext, refers: string, at: number): string | undefined {
  const { bodies } = ctx;
  const words = refers.toLowerCase().split(/\s+/);
  const noun = words.at(-1) ?? '';
  if (!BODY_NOUN_HEADS.has(noun) && !bodies.hasNoun(noun))
    return words.length === 1 ? namedByHead(ctx, noun, at) : undefined;
  const modifiers = words
    .slice(0, -1)
    .filter(
      (w) =>
        !tagsOf(w).includes('Demonym') &&
        !/^(?:the|a|an|former|new|same|other|local|then|its|their|north|south|east|west)$/.test(w),
    );
  return bodies.resolve(noun, modifiers, at);
}
