// The article's bodies, read once over the whole text before attribution: acronyms the article defines
// ("the World Health Organisation (WHO)" makes "WHO said" the World Health Organisation's) and every
// named organisation with the definite nouns that can stand for it ("the agency", "the ministry", "the
// company", "the court"), so that such a noun reaches back to the nearest one of its kind however far,
// not only to the paragraphs a pronoun may reach. Two equally near bodies of the kind leave it empty.
import { BODY_NOUN_HEADS, PEOPLE_GROUP_HEADS, WELL_KNOWN_BODIES } from './lexicon';
import { tagsOf } from './recognition';
import { escapeRegExp, unicodeWords, withoutArticle } from './words';

/** A capitalised word, whole ("Özyeğin" too). */
const CAPITALISED_WORD = unicodeWords(/\b\p{Lu}[\p{L}\p{M}&-]*/gu);
/** A company's name and its tail word: "American Airlines", "Boeing Co.", "Acme Corp". */
const COMPANY_TAIL =
  /^(\p{Lu}[\p{L}&-]*)\s+(?:Airlines|Airways|Air Lines|Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|PLC|plc|Group|Holdings|Motors|Company|Communications|Wireless|Telecom|Technologies|Industries|Games|Records|Productions|Studios|Entertainment|Pharmaceuticals|Networks|Software)$/u;
/** "C.D.C." → "CDC": an acronym written with stops (the New York Times's style), else the name as given. */
const undotted = (name: string): string =>
  /^(?:\p{Lu}\.){2,6}$/u.test(name) ? name.replace(/\./g, '') : name;
/** A word of three to six capitals. */
const ACRONYM = unicodeWords(/\b\p{Lu}{3,6}\b/gu);

const isPlace = (w: string) =>
  tagsOf(w).some((t) => t === 'Country' || t === 'Place' || t === 'City' || t === 'Region');

interface Body {
  name: string;
  /** Lower-case words of the name, for "the state health department" to fit "Texas State Health Department". */
  words: string[];
  /** Offset of this mention in the article's units, joined by one character each. */
  at: number;
  unit: number;
}

/** What of a company the market speaks of: "Shares in …", "Profits at …". */
const MARKET_NOUNS = new Set('shares stock stocks sales profits earnings revenue revenues'.split(' '));

/** Small words a body's name may hold between its capitalised ones: "Department of Government Efficiency". */
const INNER = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);

/**
 * The candidate names of a text: runs of capitalised words, cut where one name ends and another begins
 * ("Indonesia AirAsia's Flight QZ": a possessive ends the owner's name; "the Health Department and the
 * Water Department": two names, while "Food and Drug Administration" is one).
 */
function runs(text: string): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  for (const run of text.matchAll(NAME_RUN)) {
    let rest = run[0];
    let index = run.index ?? 0;
    for (;;) {
      const cut = NAME_CUT.exec(rest);
      const splits =
        cut !== null &&
        (cut[0].startsWith("'") ||
          cut[0].startsWith('’') ||
          /the/.test(cut[0]) ||
          // "the Health Department and Water Department": two bodies, each with its head word; "the Acme
          // Zoo and Botanical Garden", whose words after "and" have no body's head, is one (not after a
          // company's: "Alibaba Group and Yahoo Japan" are two).
          (isHead(lastBefore(rest, cut.index)) &&
            (/the/.test(cut[0]) ||
              COMPANY_HEADS.has(lastBefore(rest, cut.index)) ||
              secondHasHead(rest.slice(cut.index + cut[0].length)))) ||
          // "Boeing and Lockheed Corp": one word, then a company with its own tail word, are two.
          (!/\s/.test(rest.slice(0, cut.index)) &&
            COMPANY_TAIL.test(rest.slice(cut.index + cut[0].length).trim())));
      if (!cut || !splits) {
        out.push({ 0: rest, index });
        break;
      }
      out.push({ 0: rest.slice(0, cut.index), index });
      index += cut.index + cut[0].length;
      rest = rest.slice(cut.index + cut[0].length);
    }
  }
  return out;
}

/**
 * Where a run of capitalised words may hold two names: a possessive, "and the", "and" before a capital. A
 * plural people's possessive is a name's own word, no owner before it ("Children's Hospital", "People's
 * Liberation Army", "National Women's Law Center").
 */
const NAME_CUT = /(?<!\b(?:Children|Women|Men|People))['’]s\s|\s+and\s+the\s+|\s+and\s+(?=\p{Lu})/u;

const HEADS = new Set([...BODY_NOUN_HEADS.values()].flat());
const COMPANY_HEADS = new Set(BODY_NOUN_HEADS.get('company'));
/** The last word before `at`, lower-cased. */
const lastBefore = (text: string, at: number) => (text.slice(0, at).split(/\s+/).at(-1) ?? '').toLowerCase();
/** Whether the name after an "and" has a body's head word of its own before its next cut. */
const secondHasHead = (rest: string) =>
  (NAME_CUT.exec(rest) ? rest.slice(0, NAME_CUT.exec(rest)?.index) : rest)
    .split(/\s+/)
    .some((w) => isHead(w.toLowerCase()));
const isHead = (w: string) => HEADS.has(w) || HEADS.has(w.replace(/s$/, ''));

/** A run of capitalised words, small words allowed inside: a candidate name. */
const NAME_RUN = unicodeWords(
  /\b\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+(?:(?:of|for|and|the|on|in|&|de|du|des|la|le)\s+)*\p{Lu}[\p{L}\p{M}.&'’-]*)*/gu,
);

// ("Transport for London (TfL)", "Alternative for Germany (AfD)": a small word's letter in lower case between
// capitals is the acronym's too.)
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}(?:[\p{Lu}&.-]|\p{Ll}(?=\p{Lu})){1,9})\s*\)/u;
/**
 * "Home Depot (ticker: HD)", "Apple (NASDAQ: AAPL)", "(NYSE:GE)": a company's stock ticker beside its name
 * is another name for it (it need not spell the name).
 */
const TICKER_AFTER =
  /^\s*\(\s*(?:ticker|symbol|NYSE|NASDAQ|Nasdaq|NYSE American|AMEX|LSE|TSX|ASX|HKEX|OTC)\s*:\s*(\p{Lu}[\p{Lu}.]{0,5})\s*[);,]/u;

const lowerWords = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);

/** A name of three words or more ("Statistical Institute of Jamaica"). */
const words3 = (name: string) => name.split(/\s+/).length >= 3;
/** Where a body is, read on into its name: "… of Health in Bethesda", "… Center in Atlanta". */
const PLACE_AFTER_NAME = /\s+in\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*$/u;

/** One or two capitalised words right before an acronym ("California" in "California ISO"). */
const LEAD_WORDS = unicodeWords(
  /(?:^|[^\p{L}\p{M}.'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)?)\s+$/u,
);

/**
 * Whether a bracketed acronym of three letters or more is made of `name`'s syllables ("STATIN" for
 * "Statistical Institute of Jamaica"): its first letter the name's, all its letters in the name in order,
 * and a letter from each of its first two words.
 */
export function spellsLoosely(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (letters.length < 3 || words.length < 2 || letters[0] !== words[0]?.[0]?.toLowerCase()) return false;
  const text = words.join(' ').toLowerCase();
  let at = 0;
  let second = false;
  const firstEnd = (words[0] as string).length;
  for (const l of letters) {
    const i = text.indexOf(l, at);
    if (i < 0) return false;
    if (i > firstEnd) second = true;
    at = i + 1;
  }
  return second;
}

/** Whether `acronym`'s letters are the initials of `name`'s words, in order (small words may be skipped). */
export function spellsAcronym(acronym: string, name: string): boolean {
  return spellsInitials(acronymLetters(acronym), nameWords(name));
}

/** An acronym's capitals, the letters {@link spellsAcronym} spells. */
const acronymLetters = (acronym: string): string => acronym.replace(/[^\p{Lu}]/gu, '');
/** A name's words, as {@link spellsAcronym} reads them. */
const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** {@link spellsAcronym} with the acronym's letters and the name's words read already. */
function spellsInitials(letters: string, words: readonly string[]): boolean {
  const solve = (li: number, wi: number): boolean => {
    if (li === letters.length) return words.slice(wi).every((w) => INNER.has(w.toLowerCase()));
    if (wi === words.length) return false;
    const w = words[wi] as string;
    const initial = w[0]?.toUpperCase();
    if (initial === letters[li] && solve(li + 1, wi + 1)) return true;
    // "U.S. Department of Agriculture" (USDA), "UK Independence Party" (UKIP): a word in capitals, or in
    // letters with stops, gives all its letters.
    const capitals = w.replace(/\./g, '');
    if (
      /^\p{Lu}{2,3}$/u.test(capitals) &&
      letters.startsWith(capitals, li) &&
      solve(li + capitals.length, wi + 1)
    )
      return true;
    // A small word may give its letter ("DoGE") or none.
    return INNER.has(w.toLowerCase()) && solve(li, wi + 1);
  };
  return letters.length >= 2 && solve(0, 0);
}

/**
 * The letters an acronym these words spell can open with (as spellsInitials reads them: a word's initial,
 * or the first of its capitals, the small words before it skipped): an acronym opening on another letter
 * is not tried against them — a megabyte has hundreds of acronyms and thousands of names.
 */
function initialsFirst(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const initial = w[0]?.toUpperCase();
    if (initial !== undefined) out.add(initial);
    const capitals = w.replace(/\./g, '');
    if (/^\p{Lu}{2,3}$/u.test(capitals)) out.add(capitals[0] as string);
    if (!INNER.has(w.toLowerCase())) break;
  }
  return out;
}

/**
 * The definite nouns ("agency", "company") a body's name can be called by, from its head: the last word
 * before "of"/"for" ("Department of Government Efficiency"), else the last word ("Indonesia AirAsia").
 */
function nounsFor(words: readonly string[]): Set<string> {
  const cut = words.findIndex((w) => w === 'of' || w === 'for');
  const head = (cut > 0 ? words[cut - 1] : words.at(-1)) ?? '';
  const out = new Set<string>();
  // "Marine Corps" is no "Corp".
  const singular = head === 'corps' ? head : head.replace(/s$/, '');
  // "the Acme Zoo and Botanical Garden" … "the zoo": a name of two things joined by "and" is its first's too.
  const and = words.indexOf('and');
  const first = and > 0 && (cut < 0 || and < cut) ? (words[and - 1] as string) : '';
  for (const [noun, heads] of BODY_NOUN_HEADS)
    if (heads.includes(head) || heads.includes(singular) || heads.includes(first)) out.add(noun);
  // "Doctors for Camp Closure" … "the doctors", "the physicians": a group named for its people.
  const people = PEOPLE_GROUP_HEADS.get(words.length >= 2 ? (words[0] as string) : '');
  if (people) for (const noun of people) out.add(noun);
  return out;
}

export class Bodies {
  /** Acronym → the full name the article defined it with. */
  private readonly acronyms = new Map<string, string>();
  /** Bodies by the definite nouns that can stand for them, in text order. */
  private readonly byNoun = new Map<string, Body[]>();
  /** Offsets of each capitalised word (lower-cased), for how often a body has been named so far. */
  private readonly capitalised = new Map<string, number[]>();

  /**
   * Companies by the short name the article calls them after naming them in full: "American" for
   * "American Airlines", "Boeing" for "Boeing Co." (a name and a company's tail word, the short name
   * given to one company only).
   */
  private readonly shortNames = new Map<string, string>();

  /** Bodies the article names in full (with a body's head word, or well known). */
  private readonly fullNames = new Set<string>();

  /** Whether the article names this body in full ("Customs and Border Protection"). */
  isNamedBody(name: string): boolean {
    return this.fullNames.has(withoutArticle(name).trim());
  }

  /** Where the lead (the first three paragraphs) ends: a body named there is what the article is about. */
  private leadEnd = 0;

  private businessNames: string[] | undefined;

  /** One-word names written with a capital inside ("WeWork", "JPMorgan"): businesses, mostly. */
  private readonly camel = new Map<string, string>();

  /**
   * The business the article is about, when "the company" finds no body of its kind: a one-word name
   * the lexicon knows as an organisation or written with a capital inside ("Verizon", "WeWork"), named
   * in the lead and at least twice before `at`, the most named so; `accept` rules out outlets and people.
   */
  business(at: number, accept: (name: string) => boolean): string | undefined {
    // The names that may be a business, worked out once per article.
    this.businessNames ??= [...this.capitalised.keys()].filter(
      (key) => this.camel.has(key) || tagsOf(key).includes('Organization'),
    );
    let best: string | undefined;
    let most = 1;
    for (const key of this.businessNames) {
      const offsets = this.capitalised.get(key) ?? [];
      const written = this.camel.get(key);
      let n = 0;
      for (const o of offsets) if (o < at) n++;
      if (n <= most || (offsets[0] ?? Infinity) > this.leadEnd) continue;
      const name = written ?? key.charAt(0).toUpperCase() + key.slice(1);
      if (!accept(name)) continue;
      best = name;
      most = n;
    }
    return best;
  }

  constructor(units: ReadonlyArray<{ text: string; paragraph?: number }>) {
    let offset = 0;
    for (const u of units) {
      if ((u.paragraph ?? 0) < 3) this.leadEnd = offset + u.text.length;
      for (const m of u.text.matchAll(CAPITALISED_WORD)) {
        const key = m[0].toLowerCase();
        if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(m[0]) || /^\p{Lu}{2}\p{Ll}{3,}/u.test(m[0]))
          this.camel.set(key, m[0]);
        const list = this.capitalised.get(key) ?? [];
        list.push(offset + (m.index ?? 0));
        this.capitalised.set(key, list);
      }
      offset += u.text.length + 1;
    }
    offset = 0;
    // Bodies named in full (three words or more, with a body's head word), for acronyms never defined.
    const named = new Set<string>();
    /** Names of three words or more with no body's head word ("Rail Accident Investigation Branch"). */
    const headless = new Set<string>();
    // Every name of three words or more, for a name cut to its first words and an acronym.
    // (By their first word, each once: looked up per acronym, never scanned whole.)
    const longNames = new Map<string, Set<string>>();
    const shortNames = new Map<string, string>();
    // Well-known bodies the article names in full: acronym → the names it gives them (with what runs
    // before the name: "Chinese" in "Chinese Center for Disease Control and Prevention").
    const wellKnown = new Map<string, Array<{ prefix: string; full: string }>>();
    const extraNouns = new Map<string, string>();
    units.forEach((u, unit) => {
      for (const m of runs(u.text)) {
        const name = trimName(m[0]);
        for (const known of wellKnownIn(name)) {
          const list = wellKnown.get(known.acronym) ?? [];
          list.push(known);
          wellKnown.set(known.acronym, list);
          if (known.noun) extraNouns.set(known.full, known.noun);
        }
        // Only where a bracket follows (slicing the rest of the unit at every name is quadratic).
        const end = m.index + m[0].length;
        if (u.text[end] === '(' || (u.text[end] === ' ' && u.text[end + 1] === '(')) {
          const ticker = TICKER_AFTER.exec(u.text.slice(end, end + 40));
          if (ticker?.[1] && !this.acronyms.has(ticker[1])) this.acronyms.set(ticker[1], name);
        }
        if (name.split(/\s+/).length < 2 && !ACRONYM_AFTER.test(u.text.slice(m.index + m[0].length)))
          continue;
        const after = ACRONYM_AFTER.exec(u.text.slice(m.index + m[0].length));
        // "Korean Central News Agency (KCNA)": the acronym must spell the name (a name and its run-in
        // words before it, "North Korea's main news agency Korean …", are cut to the part that spells it).
        const acronym = after?.[1];
        let full = name;
        if (acronym) {
          const words = name.split(/\s+/);
          for (let i = 0; i < words.length; i++) {
            const tail = words.slice(i).join(' ');
            if (spellsAcronym(acronym, tail)) {
              // "the U.S. Special Inspector General for … (SIGAR)": a country's letters right before the
              // part the acronym spells are part of the name the article gives.
              const country = i > 0 && /^(?:U\.S\.|U\.K\.|U\.N\.)$/u.test(words[i - 1] as string);
              full = trimName(country ? words.slice(i - 1).join(' ') : tail);
              if (!this.acronyms.has(acronym)) this.acronyms.set(acronym, full);
              break;
            }
          }
          // "the Statistical Institute of Jamaica (STATIN)": a bracketed acronym made of the name's
          // syllables, not its initials, is its name too when its letters run through the name in order.
          if (full === name && !this.acronyms.has(acronym) && spellsLoosely(acronym, name))
            this.acronyms.set(acronym, name);
        }
        if (words3(name)) {
          const first = name.slice(0, name.indexOf(' '));
          const set = longNames.get(first) ?? new Set<string>();
          set.add(name);
          longNames.set(first, set);
        }
        const words = lowerWords(full);
        const nouns = nounsFor(words);
        const extra = extraNouns.get(full);
        if (extra) nouns.add(extra);
        if (nouns.size > 0 && words.length >= 3) named.add(full);
        else if (words.length >= 3) headless.add(full);
        const tail = COMPANY_TAIL.exec(full);
        if (tail?.[1] && !/\s/.test(tail[1])) {
          const had = shortNames.get(tail[1]);
          shortNames.set(tail[1], had === undefined || had === full ? full : '');
        }
        // "Citizens for Responsibility and Ethics in Washington, a liberal nonprofit watchdog group", "the
        // lobby group Consumer Electronics Assn.": what the text calls the body is a noun for it too, its
        // describing words beside the name's.
        const described = describedAs(u.text, m.index, m[0].length);
        if (described && !nouns.has(described.noun)) nouns.add(described.noun);
        const body: Body = {
          name: full,
          words: described ? [...words, ...described.words] : words,
          at: offset + m.index,
          unit,
        };
        for (const noun of nouns) {
          const list = this.byNoun.get(noun) ?? [];
          list.push(body);
          this.byNoun.set(noun, list);
        }
      }
      offset += u.text.length + 1;
    });
    // "Customs and Border Protection" … "CBP announced": a well-known acronym the article never defines is
    // the body it names in full ("Chinese CDC" the Chinese one); the bare acronym is the name with nothing
    // before it, else the one name given when there is one.
    for (const [acronym, list] of wellKnown) {
      if (this.acronyms.has(acronym)) continue;
      for (const { prefix, full } of list)
        if (prefix && !this.acronyms.has(`${prefix} ${acronym}`))
          this.acronyms.set(`${prefix} ${acronym}`, full);
      const plain = list.find((k) => k.prefix === '');
      const distinct = new Set(list.map((k) => k.full));
      if (plain) this.acronyms.set(acronym, plain.full);
      else if (distinct.size === 1) this.acronyms.set(acronym, list[0]?.full as string);
    }
    for (const [short, full] of shortNames) if (full) this.shortNames.set(short, full);
    for (const name of named) this.fullNames.add(name);
    for (const list of wellKnown.values()) for (const k of list) this.fullNames.add(k.full);
    // "The National Association of Secretaries of State sent a letter …" then "NASS expressed hope": an
    // acronym the article never defines, spelling exactly one body it names in full, is that body.
    // "Harris County Sheriff's Office" … "HCSO said": a body's name with a possessive inside, cut in two
    // above, is whole for an acronym to spell.
    const possessed = new Set<string>();
    for (const u of units) {
      if (!/\p{Lu}[\p{L}.-]*['’]s\s+\p{Lu}/u.test(u.text)) continue;
      for (const m of u.text.matchAll(NAME_RUN)) {
        if (!/['’]s\s/u.test(m[0])) continue;
        const name = trimName(m[0]);
        const words = lowerWords(name);
        if (words.length >= 3 && isHead(words.at(-1) as string)) possessed.add(name);
      }
    }
    const tried = new Set<string>();
    const wellKnownAlone = new Set<string>();
    let spellable:
      | Array<{
          name: string;
          words: string[];
          firsts: Set<string>;
          cut: string;
          cutWords: string[];
          cutFirsts: Set<string>;
        }>
      | undefined;
    let headlessWords: Array<{ name: string; words: string[]; firsts: Set<string> }> | undefined;
    for (const u of units)
      for (const m of u.text.matchAll(ACRONYM)) {
        const acronym = m[0];
        if (WELL_KNOWN_BY_ACRONYM.has(acronym)) wellKnownAlone.add(acronym);
        // "California ISO" for the "California Independent System Operator": a name's first words kept,
        // the rest cut to its initials.
        const lead = LEAD_WORDS.exec(u.text.slice(Math.max(0, m.index - 60), m.index))?.[1]?.replace(
          /^(?:The|A|An)\s+/u,
          '',
        );
        if (lead) {
          const key = `${lead} ${acronym}`;
          if (!this.acronyms.has(key) && !tried.has(key)) {
            tried.add(key);
            const fits = [...(longNames.get(lead.split(/\s+/)[0] as string) ?? [])].filter(
              (name) => name.startsWith(`${lead} `) && spellsAcronym(acronym, name.slice(lead.length + 1)),
            );
            if (fits.length === 1) this.acronyms.set(key, fits[0] as string);
          }
        }
        if (this.acronyms.has(acronym) || tried.has(acronym)) continue;
        tried.add(acronym);
        // ("the National Institutes of Health in Bethesda" … "the NIH said": the name read on into where the
        // body is, cut there, is the name the acronym spells.)
        // (Each name's words, and its cut, read once for all the acronyms: a megabyte has hundreds.)
        const letters = acronymLetters(acronym);
        spellable ??= [...named, ...possessed].map((name) => {
          const cut = name.replace(PLACE_AFTER_NAME, '');
          const words = nameWords(name);
          const cutWords = cut !== name ? nameWords(cut) : [];
          return {
            name,
            words,
            firsts: initialsFirst(words),
            cut,
            cutWords,
            cutFirsts: initialsFirst(cutWords),
          };
        });
        const first = letters[0] ?? '';
        const fits = [
          ...new Set(
            spellable.flatMap((n) => {
              if (n.firsts.has(first) && spellsInitials(letters, n.words)) return [n.name];
              return n.cut !== n.name && n.cutFirsts.has(first) && spellsInitials(letters, n.cutWords)
                ? [n.cut]
                : [];
            }),
          ),
        ];
        // ("the RAIB said" after "The Rail Accident Investigation Branch said": a name with no head word
        // BODY_NOUN_HEADS lists, spelled by the acronym exactly, when no body's name is.)
        headlessWords ??= [...headless].map((name) => {
          const words = nameWords(name);
          return { name, words, firsts: initialsFirst(words) };
        });
        const spelled =
          fits.length === 0
            ? headlessWords
                .filter((n) => n.firsts.has(first) && spellsInitials(letters, n.words))
                .map((n) => n.name)
            : [];
        if (fits.length === 1) this.acronyms.set(acronym, fits[0] as string);
        else if (spelled.length === 1) this.acronyms.set(acronym, spelled[0] as string);
      }
    // A later mention by the acronym alone ("the WHO says") is a mention of the body too.
    // One pattern of every acronym, longest first, read once per unit (not one pattern per acronym per
    // unit: a long article defines many).
    // "NASA said …" in an article that never spells NASA out: a well-known body's acronym alone is the body
    // "the agency" can stand for later (its nouns from its full name), named by the acronym as written.
    const alone = new Map<string, { full: string; words: string[]; nouns: Set<string> }>();
    for (const acronym of wellKnownAlone) {
      const body = WELL_KNOWN_BY_ACRONYM.get(acronym);
      if (this.acronyms.has(acronym) || !body?.names[0]) continue;
      const nouns = nounsFor(lowerWords(body.names[0]));
      if (body.noun) nouns.add(body.noun);
      alone.set(acronym, { full: acronym, words: [acronym.toLowerCase()], nouns });
    }
    offset = 0;
    const known = [...this.acronyms.keys(), ...alone.keys()].sort((a, b) => b.length - a.length);
    const anyAcronym =
      known.length > 0
        ? unicodeWords(new RegExp(`\\b(?:${known.map(escapeRegExp).join('|')})\\b`, 'gu'))
        : undefined;
    const nounsOf = new Map(
      [...this.acronyms].map(([acronym, full]) => {
        const words = lowerWords(full);
        const nouns = nounsFor(words);
        const extra = extraNouns.get(full);
        if (extra) nouns.add(extra);
        return [acronym, { full, words, nouns }] as const;
      }),
    );
    for (const [acronym, body] of alone) nounsOf.set(acronym, body);
    units.forEach((u, unit) => {
      if (anyAcronym)
        for (const m of u.text.matchAll(anyAcronym)) {
          const known = nounsOf.get(m[0]);
          if (!known) continue;
          for (const noun of known.nouns) {
            const list = this.byNoun.get(noun) ?? [];
            list.push({ name: known.full, words: known.words, at: offset + m.index, unit });
            this.byNoun.set(noun, list);
          }
        }
      offset += u.text.length + 1;
    });
    // "Boeing is in the early stages …. The company said": a later mention by the short name is a mention
    // of the company too.
    if (this.shortNames.size > 0) {
      const shortly = unicodeWords(
        new RegExp(
          `\\b(?:${[...this.shortNames.keys()].map(escapeRegExp).join('|')})\\b(?!\\s+(?:Airlines|Airways|Co|Corp|Inc)\\b)`,
          'gu',
        ),
      );
      offset = 0;
      units.forEach((u, unit) => {
        for (const m of u.text.matchAll(shortly)) {
          const full = this.shortNames.get(m[0]) as string;
          const words = lowerWords(full);
          for (const noun of nounsFor(words)) {
            const list = this.byNoun.get(noun) ?? [];
            list.push({ name: full, words, at: offset + m.index, unit });
            this.byNoun.set(noun, list);
          }
        }
        offset += u.text.length + 1;
      });
    }
    for (const list of this.byNoun.values()) list.sort((a, b) => a.at - b.at);
  }

  /** The full name an acronym the article defined stands for ("WHO", "the KCNA"); the name itself otherwise. */
  expand(name: string): string {
    const bare = withoutArticle(name).trim();
    return this.acronyms.get(bare) ?? this.shortNames.get(bare) ?? this.acronyms.get(undotted(bare)) ?? name;
  }

  /** Whether the article gives this acronym or short name ("WHO", "Fed") a body's full name. */
  knowsAcronym(name: string): boolean {
    const bare = withoutArticle(name).trim();
    return this.acronyms.has(bare) || this.acronyms.has(undotted(bare));
  }

  /**
   * The one body the article names in full whose name holds these words in order ("Environmental
   * Protection" for "Department of Environmental Protection", "Air Mobility" for "Air Mobility Command");
   * undefined when none or several do.
   */
  containing(name: string): string | undefined {
    const words = lowerWords(withoutArticle(name));
    if (words.length === 0 || words.every((w) => INNER.has(w))) return undefined;
    // The fewest telling words win; names with the same words in another order ("Environmental Protection
    // Department") are the same body, the first named kept.
    const telling = (ws: readonly string[]) => ws.filter((w) => !INNER.has(w));
    let found: string | undefined;
    let key = '';
    let size = Infinity;
    for (const full of this.fullNames) {
      const fw = lowerWords(full);
      if (fw.length <= words.length) continue;
      let hit = false;
      for (let i = 0; i + words.length <= fw.length && !hit; i++)
        hit = words.every((w, j) => fw[i + j] === w);
      if (!hit) continue;
      const t = telling(fw);
      const k = [...t].sort().join(' ');
      if (t.length < size) {
        found = full;
        key = k;
        size = t.length;
      } else if (t.length === size && k !== key) found = undefined;
    }
    return found;
  }

  /** The company a short name stands for ("United" for "United Airlines"), if the article named it so. */
  companyOf(name: string): string | undefined {
    return this.shortNames.get(name.trim());
  }

  /**
   * The body a definite noun stands for ("the agency", "the state health department"): the nearest named
   * before `at` that the noun can name and whose name holds the noun's other words; undefined when there
   * is none, or when another body of the kind is named in the same sentence (two equally near).
   */
  /** Whether some body the article names can be called by this noun ("agency", "doctors"). */
  hasNoun(noun: string): boolean {
    return this.byNoun.has(noun);
  }

  resolve(noun: string, modifiers: readonly string[], at: number): string | undefined {
    const list = this.byNoun.get(noun);
    if (!list) return undefined;
    const fits = (b: Body) => b.at < at && modifiers.every((w) => b.words.includes(w.toLowerCase()));
    let nearest: Body | undefined;
    const seen = new Map<string, number>();
    for (let i = list.length - 1; i >= 0; i--) {
      const b = list[i] as Body;
      if (!fits(b)) continue;
      if (!nearest) nearest = b;
      else if (b.unit === nearest.unit && b.name !== nearest.name) return undefined;
      if (!seen.has(b.name)) seen.set(b.name, this.timesNamed(b, at));
    }
    if (!nearest) return undefined;
    // The body the article is about over one named in passing just before ("the Malaysia Airlines flight
    // that went missing" in a story on AirAsia): one named in the lead and more often than the nearest.
    const near = seen.get(nearest.name) ?? 0;
    let best = nearest.name;
    let most = near;
    for (const [name, times] of seen) {
      const body = list.find((b) => b.name === name) as Body;
      if (
        times > most &&
        this.timesNamed(body, this.leadEnd) > 0 &&
        this.timesNamed(nearest, this.leadEnd) === 0
      ) {
        best = name;
        most = times;
      }
    }
    return best;
  }

  /** How often the body's most telling word (not a place, not a small word) was named before `at`. */
  private timesNamed(b: Body, at: number): number {
    const telling = b.words.filter((w) => !INNER.has(w) && !isPlace(w)).at(-1);
    if (!telling) return 0;
    const offsets = this.capitalised.get(telling) ?? [];
    let n = 0;
    for (const o of offsets) if (o < at) n++;
    return n;
  }
}

/** "…, a liberal nonprofit watchdog group," after a name; "lobby group …" right before it. */
const DESCRIBED_AFTER = unicodeWords(
  /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,5})([\p{Ll}]+)(?=\s*[,.;]|\s+(?:that|which|based|representing|in)\b)/u,
);

/**
 * The noun the text describes a body by, right after its name in apposition or right before it, when it
 * is a noun that can stand for a body ("group", "agency", "company"), with the words describing it.
 */
function describedAs(
  text: string,
  at: number,
  length: number,
): { noun: string; words: string[] } | undefined {
  const after = DESCRIBED_AFTER.exec(text.slice(at + length, at + length + 90));
  if (after) {
    const noun = after[2];
    if (!noun || !BODY_NOUN_HEADS.has(noun)) return undefined;
    return { noun, words: (after[1] ?? '').trim().split(/\s+/).filter(Boolean) };
  }
  // The words right before the name, read back from it (no pattern scanning the lead).
  const lead = text
    .slice(Math.max(0, at - 40), at)
    .trimEnd()
    .split(/\s+/);
  let k = lead.length - 1;
  if (lead[k] === 'the') k--;
  const noun = lead[k];
  if (!noun || !BODY_NOUN_HEADS.has(noun)) return undefined;
  const modifier = lead[k - 1];
  return { noun, words: modifier && /^[\p{Ll}-]+$/u.test(modifier) ? [modifier] : [] };
}

/**
 * The well-known bodies (`WELL_KNOWN_BODIES`) a name run ends on: "U.S. Customs and Border Protection" is
 * CBP with "U.S." before it. At most two capitalised words may run before the name.
 */
function wellKnownIn(name: string): Array<{ acronym: string; prefix: string; full: string; noun?: string }> {
  const words = name.split(/\s+/);
  // Only names that end on a well-known body's last word are compared (one look-up per run).
  const candidates = WELL_KNOWN_BY_LAST_WORD.get((words.at(-1) ?? '').toLowerCase());
  if (!candidates) return [];
  const lower = words.map((w) => w.toLowerCase());
  const out: Array<{ acronym: string; prefix: string; full: string; noun?: string }> = [];
  const done = new Set<string>();
  for (const { body, parts } of candidates) {
    if (done.has(body.acronym)) continue;
    const start = lower.length - parts.length;
    if (start < 0 || parts.some((p, i) => lower[start + i] !== p)) continue;
    // "Agents of Customs and Border Protection": words joined to it by "of" are no qualifier of it; at
    // most two capitalised words qualify it ("U.S.", "Chinese").
    let from = start;
    while (from > 0 && !INNER.has(lower[from - 1] as string) && start - from < 2) from--;
    if (from > 0 && !INNER.has(lower[from - 1] as string)) continue;
    done.add(body.acronym);
    out.push({
      acronym: body.acronym,
      prefix: words.slice(from, start).join(' '),
      full: words.slice(from).join(' '),
      ...(body.noun ? { noun: body.noun } : {}),
    });
  }
  return out;
}

/** The well-known bodies by their acronym ("NASA"). */
const WELL_KNOWN_BY_ACRONYM = new Map(WELL_KNOWN_BODIES.map((b) => [b.acronym, b] as const));

/** The well-known bodies' names by their last word, for {@link wellKnownIn}. */
const WELL_KNOWN_BY_LAST_WORD = new Map<
  string,
  Array<{ body: (typeof WELL_KNOWN_BODIES)[number]; parts: readonly string[] }>
>();
for (const body of WELL_KNOWN_BODIES)
  for (const known of body.names) {
    const parts = known.split(' ');
    const last = parts.at(-1) as string;
    const list = WELL_KNOWN_BY_LAST_WORD.get(last) ?? [];
    list.push({ body, parts });
    WELL_KNOWN_BY_LAST_WORD.set(last, list);
  }

/** A name run without what it picked up at its edges: a leading "The", a possessive, trailing small words. */
function trimName(run: string): string {
  const words = run
    .replace(/['’]s$/u, '')
    // "University of Colorado Denver on June 4": a date after the name is no part of it.
    .replace(
      /\s+(?:on|in)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u,
      '',
    )
    .split(/\s+/);
  // "Shares in Cairn Energy rose", "Profits at Acme Foods fell": a market's word opening the sentence, then
  // "in", "of" or "at", is what of the company is spoken of, no part of its name.
  if (
    words.length >= 3 &&
    MARKET_NOUNS.has((words[0] as string).toLowerCase()) &&
    /^(?:in|of|at)$/.test(words[1] as string)
  )
    words.splice(0, 2);
  while (words.length > 0 && INNER.has((words[0] as string).toLowerCase())) words.shift();
  while (words.length > 0 && INNER.has((words.at(-1) as string).toLowerCase())) words.pop();
  // "… according to the Transport Department.": the sentence's stop is no part of the name ("Co." keeps its own).
  const last = words.at(-1);
  if (
    last &&
    /[^.]\.$/.test(last) &&
    !/^(?:Co|Corp|Inc|Ltd|Jr|Sr|Bros|Assn|Dept|Univ|St|Mt|U\.S|U\.K|D\.C)\.$/.test(last)
  )
    words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}
