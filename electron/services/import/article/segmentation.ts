// Paragraphs → units of attribution. A unit is a sentence, except that a quotation is never cut at
// its own full stops: "A. B. C," he said is one unit, and so is "A," he said. "B." (the second
// quotation continues the same speaker). Datelines ("GENEVA (Reuters) - ") are stripped first.
import { ABBREVIATIONS, MONTHS, NAMES_WITH_BANG, NAME_CLOSING_ABBREVIATIONS } from './lexicon';
import { opensWithSource } from './newsletter';
import { isKnownOutlet } from './outlets';
import { tagsOf } from './recognition';

const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Province']);

export interface Unit {
  /** The unit's text, as written (dateline removed). */
  text: string;
  /** Index of its paragraph in the article. */
  paragraph: number;
  /** Spans of quoted text (inside the marks), as offsets into `text`. */
  quotes: Array<{ start: number; end: number }>;
  /** The unit opens inside a quotation left open by an earlier paragraph, or is a quotation alone. */
  isQuoteOnly: boolean;
  /** The unit ends its paragraph inside a quotation that the next paragraph goes on with. */
  runsOn?: boolean;
  /** The unit is its paragraph's first. */
  opensParagraph?: boolean;
}

/**
 * "GENEVA (Reuters) - ", "LONDON —", "SURABAYA, Indonesia/JAKARTA (Reuters) -", "(CNN) --",
 * "GREEN BAY, Wis. -- ", "VATICAN CITY—": a place in capitals and/or an agency in brackets, then a dash.
 */
// The dash after the place: a hyphen with a space after it, a hyphen right after the agency's bracket
// ("(Reuters)-The"), or a dash. A hyphen joining two words ("U.S.-backed forces") is no dateline.
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ ,/]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|[\p{Lu}\p{M}.'’-]+))*)\s*(?:\([^)]{1,60}\))?|\([^)]{1,60}\))(?:\s*-{1,2}\s+|(?<=\))\s*-{1,2}|\s*[—–])\s*/u;

/** A place in title case or none, then an agency in brackets touching the text's first word or quotation. */
const GLUED_DATELINE =
  /^(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:,?\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}\s*)?\(([\p{L}. ]{2,30})\)(?=\p{Lu}|["“])/u;

// Months written "Dec" or "DEC", never "dec": the pattern is case-sensitive (its places are capitalised).
const MONTH = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|');
// A hyphen needs a space after it ("PARIS, Dec 17-18 …" is a range); a dash may touch the text.
const DASH = '(?:\\s*-{1,2}\\s+|\\s*[—–]\\s*)';

/**
 * A wire dateline with its date: "KYIV, Dec 17 (Reuters) - ", "ODESA, Ukraine, December 17 (AP) – ",
 * "WASHINGTON, March 3, 2025 (Reuters) - ", "BRUSSELS, 17 December (AFP) - ", "LONDON, Dec. 17 - ".
 * Group 1 is the place, group 2 the agency.
 */
const DATED_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ ,/]+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*),\\s*` +
    `(?:(?:${MONTH})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH})\\.?(?:\\s+\\d{4})?)` +
    `\\s*(\\([^)]{1,60}\\))?${DASH}(?=\\S)`,
  'u',
);

/** Its first word is in capitals ("NEW ORLEANS", "U.S."), as a dateline's place is written. */
const isCapitalised = (place: string): boolean => {
  const firstWord = place.split(/[ ,/]/)[0] ?? '';
  return firstWord.length >= 2 && firstWord === firstWord.toUpperCase() && /\p{L}/u.test(firstWord);
};

/** A US state as the wire abbreviates it after a town ("Greensboro, N.C.", "Austin, Texas", "Fresno, Calif."). */
const STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|W\.Va|Wyo|D\.C)\.$/;

/** A dateline's place in title case: each comma-separated part a known place, as a whole or word by word. */
const isKnownPlace = (place: string): boolean =>
  place
    .split(/,\s*/)
    .every(
      (part, i) =>
        (i > 0 && STATE_ABBREVIATION.test(part)) ||
        tagsOf(part.toLowerCase()).some((t) => PLACE_TAGS.has(t)) ||
        part.split(/\s+/).every((w) => tagsOf(w.toLowerCase()).some((t) => PLACE_TAGS.has(t))),
    );

/** A town and its state or country ("Greensboro, N.C.", "Surabaya, Indonesia"), or a known place alone. */
const endsInPlace = (place: string): boolean => {
  const parts = place.split(/,\s*/);
  const last = parts.at(-1) ?? '';
  return (parts.length > 1 && STATE_ABBREVIATION.test(last)) || isKnownPlace(parts.length > 1 ? last : place);
};

/** The date a paragraph's dateline gives ("KYIV, Dec 17 (Reuters) - ": 17 December, no year), if it has one. */
export interface DatelineDate {
  month: number;
  day: number;
  year?: number;
}

/** A dateline with its date, read: where it ends and the date it gives. */
function datedDateline(paragraph: string): { length: number; date: DatelineDate } | undefined {
  const dated = DATED_DATELINE.exec(paragraph);
  // A place and a date before the dash: a dateline when the place is in capitals or an agency follows
  // ("Kyiv, Dec 17 (Reuters) - "), or it is a known place ("Greensboro, N.C., June 2 - "); "Talks, Dec
  // 17 - the day they stalled - …" is a sentence.
  if (!dated || !(isCapitalised(dated[1] ?? '') || dated[2] !== undefined || endsInPlace(dated[1] ?? '')))
    return undefined;
  const when = /(\p{L}+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?|(\d{1,2})\s+(\p{L}+)\.?(?:\s+(\d{4}))?/u.exec(
    dated[0].slice((dated[1] ?? '').length),
  );
  const month = MONTHS.get((when?.[1] ?? when?.[5] ?? '').toLowerCase());
  const day = Number(when?.[2] ?? when?.[4]);
  const year = when?.[3] ?? when?.[6];
  if (!month || !(day >= 1 && day <= 31)) return { length: dated[0].length, date: { month: 0, day: 0 } };
  return { length: dated[0].length, date: { month, day, ...(year ? { year: Number(year) } : {}) } };
}

/** The month and day (and year, when written) of the paragraph's dateline: "WASHINGTON, March 3 - " → 3 March. */
export function datelineDate(paragraph: string): DatelineDate | undefined {
  const date = datedDateline(paragraph)?.date;
  return date && date.month > 0 ? date : undefined;
}

/** The dateline ending in a known agency's brackets that touch the text after them, or undefined. */
function gluedDateline(paragraph: string): string | undefined {
  const glued = GLUED_DATELINE.exec(paragraph);
  return glued?.[1] && isKnownOutlet(glued[1]) ? glued[0] : undefined;
}

/**
 * The paragraph with a space after such a dateline ("(CNN)Ann Roe" → "(CNN) Ann Roe"): the unit keeps the
 * dateline as the text gives it, as before (labels quote it so: "(CNN)Swedish prosecutors have asked"; a
 * version that removed it lost a claim on the held-out split), while the name after it is read as a name,
 * not as one word with the brackets.
 */
function ungluedDateline(paragraph: string): string | undefined {
  const glued = gluedDateline(paragraph);
  return glued ? `${glued} ${paragraph.slice(glued.length)}` : undefined;
}

/** The paragraph without its dateline; a capitalised sentence opening ("The WHO - ") is no dateline. */
export function stripDateline(paragraph: string): string {
  const dated = datedDateline(paragraph);
  if (dated) return paragraph.slice(dated.length);
  // "Moscow — ", "Sacramento, California — ", "Rome, Italy — ": a known place in title case, then a dash.
  const titled = /^(\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+[—–]\s+(?=\S)/u.exec(paragraph);
  if (titled?.[1] && isKnownPlace(titled[1])) return paragraph.slice(titled[0].length);
  // "Concord, New Hampshire (CNN)Scott Roe brought …": a known agency in brackets with the text run on
  // after it, no dash (copy whose dateline lost its dash and space), is a dateline all the same.
  const glued = gluedDateline(paragraph);
  if (glued) return paragraph.slice(glued.length);
  const m = DATELINE.exec(paragraph);
  if (!m) return paragraph;
  const head = m[0];
  // A dateline's place is written in capitals ("NEW ORLEANS") or is only an agency in brackets.
  const place = head.replace(/\([^)]*\)/, '').replace(/[-—–\s]+$/u, '');
  const capitals = place.replace(/[^\p{L}]/gu, '');
  if (capitals !== '' && !isCapitalised(place)) return paragraph;
  const rest = paragraph.slice(head.length);
  // "CHINA CHIPS — Bloomberg: “…”": a newsletter's headline before its source, kept with the item.
  if (opensWithSource(rest)) return paragraph;
  return rest.length > 0 ? rest : paragraph;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

const QUOTE_MARKS = /["“”«»„]/g;
/** Any quotation mark (the test `QUOTE_MARKS` makes, without its global state). */
const QUOTE_MARK = /["“”«»„]/u;

/** The mark has a space before it and touches the word after it: written to open, not to close. */
const opensWord = (text: string, i: number): boolean =>
  (i === 0 || /\s/u.test(text[i - 1] ?? '')) && /[\p{L}\p{N}‘'([]/u.test(text[i + 1] ?? '');

/**
 * A mark that opens a new paragraph of the quotation already open: it follows a finished sentence and a
 * space and touches the word after it (`… we will. "Then we …`). Text whose paragraphs were run together
 * keeps the convention of a quotation over several paragraphs — no closing mark at each paragraph's end,
 * an opening mark at the next one's start — inside one line, so this mark goes on with the quotation
 * rather than closing it. A photo credit or caption in brackets that stood between the two paragraphs
 * (`… for help. (Photo: PA) "One man …`) is still between them once they are run together.
 */
const opensAnotherParagraph = (text: string, i: number): boolean =>
  opensWord(text, i) && /[.!?…][’']?\s+(?:\([^()]{1,80}\)\s+)*$/u.test(text.slice(Math.max(0, i - 100), i));

/** A finished sentence followed by the next one's capital: the end of a sentence inside a quotation. */
const SENTENCE_END = /[.!?…][’']?(?=\s+[\p{Lu}\p{N}])/gu;

/** The end of the last finished sentence between `start` and `i`, if any. */
const lastSentenceEnd = (text: string, start: number, i: number): number | undefined => {
  const ends = [...text.slice(start, i).matchAll(SENTENCE_END)];
  const m = ends.at(-1);
  return m ? start + m.index + m[0].length : undefined;
};

/**
 * The narration from `from` to the opening mark at `mark` leads into the quotation: the quotation goes on
 * in lower case (`said it was "too fast"`) or a colon or comma introduces it (`He added: "The …`). A
 * quotation opening with a capital or a figure after text with neither is a paragraph of the same
 * quotation, with a caption run in before it (`… to work. Mourners at the vigil "She was kind.`).
 */
const leadsInto = (text: string, from: number, mark: number): boolean =>
  /^\p{Ll}/u.test(text[mark + 1] ?? '') || /[:,]$/u.test(text.slice(from, mark).trimEnd());

/** Spaces and bracketed captions (`(Photo: PA)`) that close a text. */
const TRAILING_CAPTIONS = /(?:\s*\([^()]{1,80}\))*\s*$/u;

/**
 * Where the text before `i` ends without the spaces and bracketed captions that close it. Looked for in the
 * last kilobyte only: run over all the text before the mark, the end-anchored pattern made a megabyte pasted
 * as one paragraph cost the square of its length (a run of captions that long is no caption).
 */
const endBeforeCaptions = (text: string, i: number): number => {
  const from = Math.max(0, i - 1000);
  return from + text.slice(from, i).replace(TRAILING_CAPTIONS, '').length;
};

/**
 * What a straight mark's neighbours make of it: opening (a space or the text's start before it, a word
 * after it: ` "Later`), closing (a word or a stop before it, a space, a stop or the end after it: `noise." `),
 * or either. A page whose captions and furniture were run into its text drops closing marks (`… tram crash
 * "Later I saw …"`), and counting marks alone then read each quotation after the lost one inside out.
 */
const straightShape = (text: string, i: number): 'opening' | 'closing' | undefined => {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  const spaceBefore = /[\s([{—–]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}—–]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'opening';
  if (!spaceBefore && spaceAfter) return 'closing';
  return undefined;
};

/**
 * Offsets of quoted spans: curly, guillemets and straight double quotes; an unclosed one runs to the end.
 * Pasted text mixes marks (`"A,” he said. “B."`): any closing mark closes. An opening mark after a
 * finished sentence inside a quotation starts a new span of the same quotation (the one before it was
 * left open, as at a paragraph's end): `"A. "B."` is two spans, A and B. Straight marks are read by their
 * shape as well as counted (`straightShape`): one shaped as opening with a quotation open starts a new span
 * (the closing mark was lost), unless two closing ones follow (a quotation inside it); one shaped as closing
 * with none open is a stray, or an opening mark set after its space (`said," For …`).
 */
export function quoteSpans(text: string, openAtStart = false): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = openAtStart ? 0 : -1;
  // Only the quotation marks are visited (most of a text has none).
  const marks = [...text.matchAll(QUOTE_MARKS)].map((m) => ({ i: m.index, ch: m[0] }));
  const closing = (k: number) => {
    const m = marks[k];
    return m !== undefined && (CLOSE.has(m.ch) || (m.ch === '"' && straightShape(text, m.i) === 'closing'));
  };
  for (let k = 0; k < marks.length; k++) {
    const { i, ch } = marks[k] as { i: number; ch: string };
    if (start < 0) {
      const shape = ch === '"' ? straightShape(text, i) : undefined;
      if (OPEN.has(ch) || (ch === '"' && shape !== 'closing')) start = i + 1;
      // `… for schools," For example, schools can …"`, `said," [Roe] liked …"`: an opening mark set after
      // the space it should precede. Any other straight mark shaped as a closing one with no quotation
      // open is a stray: taken as an opening one, it turned every quotation after it inside out.
      else if (
        shape === 'closing' &&
        /[,:]$/u.test(text.slice(0, i)) &&
        /^\s+[\p{Lu}\p{N}[(]/u.test(text.slice(i + 1, i + 3)) &&
        // (`," Ann Roe said.` is the tag of a quotation whose opening mark was lost.)
        !QUESTION_SAID.test(text.slice(i + 1, i + 80).trimStart())
      )
        start = i + 1;
    } else if (ch === '"' && straightShape(text, i) === 'opening' && closing(k + 1) && closing(k + 2)) {
      // `"… of "paper studies" in …"`: a quotation inside the quotation, in the same marks; it stays in.
      k++;
    } else if (
      (OPEN.has(ch) || ch === '"') &&
      (opensAnotherParagraph(text, i) || (ch === '"' && straightShape(text, i) === 'opening'))
    ) {
      // (An opening mark with the quotation still open: the closing mark was lost, or a paragraph ended. A
      // caption in brackets before the mark is no part of the quotation. Where the mark does not follow a
      // finished sentence, the open quotation ends with its last one: what comes after is narration leading
      // into the new quotation — `… limit. Crew members also said it was "reckless"`, a sentence of its own
      // (`endsUnclosed`) — or a caption run in between two paragraphs of one quotation.)
      const last = opensAnotherParagraph(text, i) ? undefined : lastSentenceEnd(text, start, i);
      const end = last ?? endBeforeCaptions(text, i);
      if (end > start) spans.push({ start, end });
      start = i + 1;
    } else if (CLOSE.has(ch) || ch === '"') {
      if (i > start) spans.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0 && start < text.length) spans.push({ start, end: text.length });
  return withSingleQuotations(text, spans);
}

/** A single mark opening a quotation: the start, a space, a bracket or a dash before it, a word after it. */
const SINGLE_OPEN = /(?<=^|[\s([{—–])['‘](?=[\p{L}\p{N}])/gu;
/**
 * A single mark closing one: a word or a stop before it, a space, a stop or the end after it (an apostrophe
 * inside a word, "boy's", is none).
 */
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.,!?…])['’](?=[\s.,;:!?)\]}—–]|$)/gu;
/** A closing single mark that may be a plural's possessive ("the players' union"). */
const POSSESSIVE = /s['’]\s+\p{Ll}/u;

/**
 * The spans with the quotations in single marks added, in a text that sets none in double marks (`the
 * zoo said it was 'a very sad day'`, `'It could have been very bad,' Roe said`: British copy quotes so): an
 * opening mark paired with the next closing one. A text that quotes in double marks sets terms and titles
 * in single ones (`called 'Half Life' "a flagship game"`), and its single marks inside a double quotation
 * are a quotation within it, its words already the outer one's.
 */
function withSingleQuotations(
  text: string,
  spans: Array<{ start: number; end: number }>,
): Array<{ start: number; end: number }> {
  if (!/['‘]/u.test(text) || QUOTE_MARK.test(text)) return spans;
  const closes = [...text.matchAll(SINGLE_CLOSE)].map((m) => m.index);
  const opens = [...text.matchAll(SINGLE_OPEN)].map((m) => m.index);
  const single: Array<{ start: number; end: number }> = [];
  let after = -1;
  for (const o of opens) {
    if (o <= after) continue;
    const next = opens.find((i) => i > o) ?? text.length;
    // ("'raised the stakes' because 'now …'": a plural's possessive before a lower-case word closes only
    // where no other closing mark comes before the next opening one.)
    const c =
      closes.find((i) => i > o + 1 && i < next && !POSSESSIVE.test(text.slice(i - 1, i + 3))) ??
      closes.find((i) => i > o + 1);
    if (c === undefined) continue;
    single.push({ start: o + 1, end: c });
    after = c;
  }
  return single.length === 0 ? spans : [...spans, ...single].sort((a, b) => a.start - b.start);
}

const TAG_VERBS =
  'said|says|asked|asks|added|adds|told|tells|replied|replies|shouted|shouts|yelled|yells|wondered|wonders|exclaimed|exclaims|laughed|laughs|continued|continues|recalled|recalls|explained|explains|demanded|demands|joked|jokes|wrote|writes|tweeted|tweets';
const QUESTION_SAID = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){1,4}(?:\\p{Ll}+ly\\s+)?(?:${TAG_VERBS})\\b` +
    // "“What was she to do?” The officer's lawyer, Ann Reyes, said.": a short subject of any case, its verb
    // of saying closing the sentence — the tag of the quotation before it ("Ann smiles and says, “…”" opens
    // a quotation of its own).
    `|^\\p{Lu}[\\p{L}\\p{M}'’-]*(?:,?\\s+[\\p{L}\\p{M}.'’-]+){0,5},?\\s+(?:${TAG_VERBS})(?:\\.|,(?!\\s*["“«]))`,
  'u',
);

const isUpperStart = (s: string) => /^[\p{Lu}\p{N}“"‘'«([]/u.test(s);

/**
 * A quotation left unclosed ends at this stop and the narration after it leads into the next quotation
 * (see `quoteSpans`): the sentence ends with the stop, as it would at a closing mark. Where the
 * next span goes on with the same quotation (`… are full. "The wing …`, or a caption between), no end.
 */
const endsUnclosed = (
  spans: ReadonlyArray<{ start: number; end: number }>,
  text: string,
  at: number,
): boolean => {
  const k = spans.findIndex((q) => q.end === at);
  const next = spans[k + 1];
  return k >= 0 && next !== undefined && leadsInto(text, at, next.start - 1);
};

/** Sentence ends of a text, quotation-aware: no break inside a quotation or after an abbreviation. */
function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  const spans = quoteSpans(text);
  const inside = (i: number) => spans.some((q) => i >= q.start && i < q.end);
  // ("… I will pay.’ ” The workers …": a nested quotation closed, then a space, then the outer mark.)
  const re = /[.!?…]+[”"’»)\]]*(?:(?<=’)\s[”»][”"’»)\]]*)?(?=\s+)/gu;
  for (const m of text.matchAll(re)) {
    let at = m.index + m[0].length;
    // A stop inside a quotation ends the sentence only where the quotation closes with it:
    // He called Brown "honorable." He said … is two sentences; "A. B," he said is one.
    // ('He added, " A devaluation is off the table. " Reserves …': pasted text may set a space before the
    // closing mark; the quotation still closes with its stop.)
    if (inside(m.index) && !/[”"»]$/u.test(m[0]) && !endsUnclosed(spans, text, at)) {
      const spaced = /^\s[”"»](?:\s|$)/u.test(text.slice(at, at + 3)) && spans.some((q) => q.end === at + 1);
      if (!spaced) continue;
      at += 2;
    }
    // The next word's first character, looked at where it is (slicing the rest of a long paragraph at
    // every stop made a paragraph's cost grow with its square).
    let next = at;
    while (next < text.length && /\s/.test(text[next] as string)) next++;
    if (next >= text.length || !isUpperStart(text.slice(next, next + 2))) continue;
    // "a new report by E! News", "Yahoo! Finance": an exclamation mark in a name ends nothing.
    if (
      m[0] === '!' &&
      (/(?:^|\s)\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
        /^(?:News|Online|Entertainment|Finance|Sports|Magazine)\b/.test(text.slice(next, next + 14)) ||
        NAMES_WITH_BANG.has(/(\S+)$/u.exec(text.slice(Math.max(0, m.index - 12), at))?.[1] ?? ''))
    )
      continue;
    // "“Do you want tea?” Tomas Vell asks as he drives.": a question or an exclamation closing a quotation,
    // then a name and its verb of saying, is one sentence ("“Why?” the man asks." has no capital to break on).
    if (/[?!][”"»]$/u.test(m[0]) && QUESTION_SAID.test(text.slice(next, next + 80))) continue;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '';
      const bare = word.toLowerCase().replace(/\.$/, '');
      // "Mr.", "Sen.", "U.S.", "J." do not end a sentence.
      const closesName =
        NAME_CLOSING_ABBREVIATIONS.has(bare) && /^(?:He|She|They|We|It)\s/u.test(text.slice(next, next + 5));
      if (!closesName && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}/u.test(word)))
        continue;
    }
    breaks.push(at);
  }
  return breaks;
}

const opensQuote = (s: string) => /^[“"«„]/u.test(s.trimStart());
const hasUnclosedQuote = (text: string) => {
  const spans = quoteSpans(text);
  return spans.length > 0 && (spans.at(-1)?.end ?? 0) === text.length && !/[”"»]$/u.test(text.trimEnd());
};

/**
 * The piece is quotation alone: one span to its end, or spans of one quotation (`"A. "B."`, paragraphs run
 * together) with nothing but their marks between them.
 */
const isAllQuoted = (piece: string, quotes: ReadonlyArray<{ start: number; end: number }>): boolean =>
  quotes.length > 0 &&
  (quotes.at(-1)?.end ?? 0) >= piece.trimEnd().length - 2 &&
  quotes.every((q, k) => k === 0 || /^\s+["“«„]$/u.test(piece.slice(quotes[k - 1]?.end ?? 0, q.start)));

/** The article's units, paragraph by paragraph. */
export function segment(paragraphs: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let openQuote = false;
  paragraphs.forEach((raw, paragraph) => {
    const text = ungluedDateline(raw) ?? stripDateline(raw);
    const breaks = [...sentenceBreaks(text), text.length];
    let from = 0;
    const pieces: string[] = [];
    for (const at of breaks) {
      const piece = text.slice(from, at).trim();
      if (piece) pieces.push(piece);
      from = at;
    }
    // A paragraph with no quotation mark of its own does not continue the one before left open: its
    // quotation is never closed, so the mark was missing there ("… still not ready to talk about. / Ann
    // Lee, a pupil, said she saw …" is narration, not more of the teacher's words).
    const carries = openQuote && QUOTE_MARK.test(text);
    pieces.forEach((piece, i) => {
      const continues = i === 0 && carries && !opensQuote(piece);
      const quotes = quoteSpans(piece, continues);
      // ("'It could have been very bad.'": a quotation in single marks, where the text quotes so, ended by
      // its stop; "‘Car talk’" alone is a subheading.)
      const opens =
        opensQuote(piece) || (/^['‘]/u.test(piece) && quotes[0]?.start === 1 && /[.!?,…]['’]$/u.test(piece));
      const quoteOnly = continues || (opens && isAllQuoted(piece, quotes));
      units.push({
        text: piece,
        paragraph,
        quotes,
        isQuoteOnly: quoteOnly,
        opensParagraph: i === 0,
      });
    });
    // A paragraph that ends inside a quotation continues it in the next (the convention of no closing mark).
    openQuote = hasUnclosedQuote(text);
    const last = units.at(-1);
    if (openQuote && last?.paragraph === paragraph) last.runsOn = true;
  });
  return units;
}

/** A paragraph that is only a date ("Thursday, May 7, 2015", "Published: 12 March 2013 14:05 GMT"). */
const DATE_PARAGRAPH = new RegExp(
  `^(?:(?:Published|Posted|Updated|Last updated)(?:\\s+on)?:?\\s+)?(?:\\p{L}+day,?\\s+)?` +
    `(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+(\\d{4}))` +
    `(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\.?$`,
  'iu',
);

/** What the article's own text says of its date: a date line, or a dateline's month and day. */
export interface ArticleDate {
  /** ISO date of publication, when the text gives a year for it. */
  published?: string;
  /** The dateline's date ("WASHINGTON, March 3 - "), when the text gives no date line of its own. */
  dateline?: DatelineDate;
}

const isoOf = (year: number, month: number, day: number): string | undefined => {
  const t = Date.UTC(year, month - 1, day);
  return new Date(t).getUTCDate() === day ? new Date(t).toISOString().slice(0, 10) : undefined;
};

/**
 * The publication date the text gives: a paragraph among its first that is only a date, else the date of
 * its dateline ("BRUSSELS, Oct 4 (Reuters) - ") with the year the dateline writes, or the year of a full
 * date the text writes for that same month and day ("… on Tuesday, March 3, 2015"). A dateline with no
 * year anywhere gives its month and day alone, for the reader to complete.
 */
export function articleDate(paragraphs: readonly string[]): ArticleDate {
  const first = paragraphs.slice(0, 4);
  for (const p of first) {
    const m = DATE_PARAGRAPH.exec(p.trim());
    if (!m) continue;
    const month = MONTHS.get((m[1] ?? m[5] ?? '').toLowerCase());
    const published = month ? isoOf(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4])) : undefined;
    if (published) return { published };
  }
  const dateline = first.map(datelineDate).find((d) => d !== undefined);
  if (!dateline) return {};
  let { year } = dateline;
  if (year === undefined) {
    const names = [...MONTHS].filter(([, n]) => n === dateline.month).map(([name]) => name);
    const written = new RegExp(
      `\\b(?:(?:${names.join('|')})\\.?\\s+${dateline.day}(?:st|nd|rd|th)?,?\\s+(\\d{4})|${dateline.day}(?:st|nd|rd|th)?\\s+(?:${names.join('|')})\\.?,?\\s+(\\d{4}))\\b`,
      'i',
    ).exec(paragraphs.join('\n'));
    if (written) year = Number(written[1] ?? written[2]);
  }
  const published = year === undefined ? undefined : isoOf(year, dateline.month, dateline.day);
  return published ? { published, dateline } : { dateline };
}
