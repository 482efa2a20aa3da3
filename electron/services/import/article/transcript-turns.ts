// A transcript of remarks or a press briefing: turns opened by a speaker's label in capitals ("THE
// PRESIDENT:", "MS. ROE:", "SECRETARY LEE:") or a reporter's "Q", each paragraph of a turn the labelled
// speaker's words until the next label. The corpus README (session 27, "A press-gaggle transcript"): each
// turn paragraph that states something is a claim of its speaker, the label's title the role on the turn's
// first paragraph only, the turn's words the quote; a turn that only asks is none; a reporter's turn is a
// claim (speaker none) only where it states something; stage directions ("(Laughter.)", "(Cross-talk.)"),
// the header lines above the first turn and the closing "END …" are none; a turn repeating another word
// for word is left out (it has no words of its own).
import type { CandidateFact } from '../../../contract/api';
import { mask } from './attribution';
import { ROLE_WORDS } from './lexicon';
import { tagsOf } from './recognition';
import type { Referents } from './resolution';
import type { Unit } from './segmentation';
import { bareQuotation } from './speech-highlights';
import { escapeRegExp } from './words';

export interface TurnParagraph {
  /** A reporter's question or remark ("Q"), whose speaker is not named. */
  reporter: boolean;
  /** The speaker as the label names them: a name (case as the text writes it elsewhere) and a title. */
  name?: string;
  role?: string;
  /** The paragraph opens the turn with its label (the role is given on it alone). */
  opens: boolean;
  /** Characters before the turn's own words (the label, its colon and spaces); 0 on a later paragraph. */
  start: number;
  /** No claim: a stage direction, the closing line, a turn repeated word for word. */
  skip: boolean;
  /** The paragraph is one quotation (a speech's excerpt, speech-highlights.ts): the quote is its words. */
  quoted?: boolean;
  /** The lead-in that tags the paragraph ("Governor Roe said at the dinner:"), read with it. */
  lead?: string;
}

/** A speaker's label in capitals ("THE PRESIDENT:", "MS. ROE:", "PRIME MINISTER LEE:"), then the words. */
const SPEAKER =
  /^((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,4}\p{Lu}[\p{Lu}'’-]*\.?)\s*(?:\((?:[^()]{1,40})\))?\s*:\s+(?=\S)/u;
/** A reporter's turn: "Q" alone before the words (then spaces, a colon or a full stop). */
const REPORTER = /^Q(?:\s*:|\.)?\s+(?=\S)/u;
const HONORIFIC = /^(?:MR|MRS|MS|MISS|DR|MX)\.?$/u;
/** A paragraph that is only a stage direction: "(Laughter.)", "(Cross-talk.)", "(Inaudible.)". */
export const STAGE_DIRECTION = /\(\s*[\p{L}][\p{L}\s,'’-]{1,40}\.?\s*\)/gu;
const ONLY_STAGE = /^\s*(?:\(\s*[\p{L}][\p{L}\s,'’-]{1,40}\.?\s*\)\s*)+$/u;
const END_LINE = /^\s*END\b[^\p{Ll}]*$/u;

const isRole = (w: string) =>
  ROLE_WORDS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase().replace(/s$/u, ''));

const titleCase = (w: string) =>
  w.toLowerCase().replace(/(^|[-'’.])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** The word as the text writes it in small letters somewhere ("MCCONNELL" → "McConnell"), else title case. */
function asWritten(word: string, text: string): string {
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu');
  for (const m of text.matchAll(re)) if (/\p{Ll}/u.test(m[0])) return m[0];
  return titleCase(word);
}

interface Label {
  name?: string;
  role?: string;
}

/**
 * What a label in capitals names: "THE PRESIDENT" → the person the text gives that title ("President
 * Trump" → Trump, role President); "SECRETARY RUBIO" → Rubio, role Secretary; "MS. LEAVITT" → Leavitt, no
 * role. Undefined when it is no label of a person (a single word the lexicon does not read as a role or
 * a name is still taken: transcripts label speakers by surname alone).
 */
function readLabel(label: string, text: string): Label | undefined {
  const words = label.trim().split(/\s+/);
  if (words[0] === 'THE') {
    const roleWords = words.slice(1);
    if (roleWords.length === 0 || !roleWords.some(isRole)) return undefined;
    const role = roleWords.map(titleCase).join(' ');
    // "President Donald J. Trump", "Vice President Vance": the name the text gives after the title.
    // (A headline in title case runs on past the name: "President Roe Before Departure" stops at the
    // first word the lexicon reads as no name.)
    const re = new RegExp(
      `(?<![\\p{L}])(?<!(?:Vice|[Ff]ormer|[Ee]x-)\\s*)${escapeRegExp(role)}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const kept: string[] = [];
      for (const w of (m[1] ?? '').split(/\s+/)) {
        if (tagsOf(w.replace(/[.,]$/u, '')).some((t) => !/Name$|^Person$|^Honorific$/u.test(t))) break;
        kept.push(w);
      }
      while (kept.length > 0 && /^\p{Lu}\.?$/u.test(kept.at(-1) as string)) kept.pop();
      const name = kept.join(' ').replace(/[.,]$/u, '');
      if (name && /\p{Ll}/u.test(name)) return { name, role };
    }
    return { role };
  }
  const honorific = HONORIFIC.test(words[0] as string);
  const rest = honorific ? words.slice(1) : words;
  const roleEnd = rest.findIndex((w) => !isRole(w.replace(/\.$/u, '')));
  if (rest.length === 0 || roleEnd < 0) return undefined;
  const role = rest.slice(0, roleEnd).map(titleCase).join(' ');
  const name = rest
    .slice(roleEnd)
    .map((w) => asWritten(w, text))
    .join(' ');
  return role ? { name, role } : { name };
}

/** Whether a label reads as a person's in a transcript: a title, an honorific or a role word in it. */
const titled = (label: string) => {
  const words = label.trim().split(/\s+/);
  return words[0] === 'THE' || HONORIFIC.test(words[0] as string) || words.some(isRole);
};

/**
 * The paragraphs of a transcript's turns, by paragraph index; empty when the text is no transcript: at
 * least one label with a title or an honorific ("THE PRESIDENT:", "MS. ROE:") and either a second turn
 * (a label or a reporter's "Q") or a closing "END" line.
 */
export function transcriptTurns(paragraphs: readonly string[]): Map<number, TurnParagraph> {
  const out = new Map<number, TurnParagraph>();
  const opening: Array<{ i: number; reporter: boolean; label?: string; start: number }> = [];
  paragraphs.forEach((p, i) => {
    const q = REPORTER.exec(p);
    if (q) {
      opening.push({ i, reporter: true, start: q[0].length });
      return;
    }
    const s = SPEAKER.exec(p);
    const label = s?.[1];
    if (s && label && /\p{Lu}{2}/u.test(label) && titled(label))
      opening.push({ i, reporter: false, label, start: s[0].length });
  });
  const speakers = opening.filter((o) => !o.reporter);
  const ends = paragraphs.some((p) => END_LINE.test(p));
  if (speakers.length === 0 || (opening.length < 2 && !ends)) return out;
  const text = paragraphs.join('\n');
  const labels = new Map<string, Label | undefined>();
  const opens = new Map(opening.map((o) => [o.i, o]));
  let current: { reporter: boolean; name?: string; role?: string } | undefined;
  const first = opening[0]?.i ?? paragraphs.length;
  for (let i = first; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    if (END_LINE.test(p)) {
      out.set(i, { reporter: false, opens: false, start: 0, skip: true });
      break;
    }
    const o = opens.get(i);
    if (o) {
      if (o.reporter) current = { reporter: true };
      else {
        const key = o.label as string;
        if (!labels.has(key)) labels.set(key, readLabel(key, text));
        const read = labels.get(key);
        current = read ? { reporter: false, ...read } : undefined;
      }
      if (!current) continue;
      out.set(i, { ...current, opens: true, start: o.start, skip: false });
      continue;
    }
    if (!current) continue;
    // A stage direction, a time or a heading in capitals between turns: no words of the speaker's.
    const skip = ONLY_STAGE.test(p) || !/\p{Ll}/u.test(p);
    const { role: _role, ...speaker } = current;
    out.set(i, { ...speaker, opens: false, start: 0, skip });
  }
  // A paragraph repeated word for word (a reporter's question asked twice): neither copy is the one said.
  const seen = new Map<string, number>();
  for (const i of out.keys()) {
    const k = (paragraphs[i] ?? '').replace(/\s+/g, ' ').trim();
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const [i, t] of out) {
    if ((seen.get((paragraphs[i] ?? '').replace(/\s+/g, ' ').trim()) ?? 0) > 1) t.skip = true;
  }
  return out;
}

/** A sentence of a turn that asks or breaks off ("Is he going?", "How will your —"): it states nothing. */
export function asksOnly(sentence: string): boolean {
  const t = sentence.replace(STAGE_DIRECTION, ' ').trim();
  if (t === '') return true;
  return /(?:\?|[—–-]|…|\.\.\.)["”’)]*$/u.test(t);
}

/** The turn's words without its stage directions, spaces folded. */
export function turnWords(text: string): string {
  return text.replace(STAGE_DIRECTION, ' ').replace(/\s+/g, ' ').trim();
}

/** What reading a turn's paragraph needs of the article's reading. */
export interface TurnContext {
  units: readonly Unit[];
  referents: Pick<Referents, 'advance' | 'fullName'>;
  /** Characters of the article before the unit. */
  offset: number;
  locatorOf: (unit: Unit) => string;
}

/** A turn paragraph read: its units, and its claim when it states something. */
export interface TurnRead {
  members: number[];
  claim?: {
    candidate: CandidateFact;
    paragraph: number;
    hasQuote: boolean;
    kind?: 'person';
    units: number[];
  };
}

/**
 * A transcript's paragraph, read whole at its first unit: one claim of the turn's speaker when it states
 * something (a reporter's turn only its stating sentences as the quote, speaker none), the label's title
 * the role on the turn's first paragraph; every other unit of it is read by nothing else. Undefined for a
 * unit after the paragraph's first (read with it).
 */
export function readTurn(
  unit: Unit,
  index: number,
  turn: TurnParagraph,
  ctx: TurnContext,
): TurnRead | undefined {
  const { units, referents } = ctx;
  const masked = mask(unit.text, unit.quotes);
  referents.advance(masked, unit.paragraph, ctx.offset);
  const previous = units[index - 1];
  if (previous && previous.paragraph === unit.paragraph) return undefined;
  const members: number[] = [];
  for (let j = index; j < units.length && units[j]?.paragraph === unit.paragraph; j++) members.push(j);
  const stating = members.filter((j) => !asksOnly(units[j]?.text ?? ''));
  const quoteOf = (list: number[]) =>
    turnWords(
      list
        .map((j) => units[j]?.text ?? '')
        .join(' ')
        .slice(list[0] === index ? turn.start : 0),
    );
  const claimed = !turn.skip && stating.length > 0;
  if (!claimed) return { members };
  const words = members
    .map((j) => units[j]?.text ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = turn.lead ? `${turn.lead} ${words}` : words;
  const quote = turn.quoted ? bareQuotation(words) : turn.reporter ? quoteOf(stating) : quoteOf(members);
  const candidate: CandidateFact = {
    statement: sentence.slice(0, 5000),
    sentence,
    cue: 'said',
    locator: ctx.locatorOf(unit),
  };
  if (quote) candidate.quote = quote.slice(0, 5000);
  if (!turn.reporter) {
    const speaker = turn.name ? referents.fullName(turn.name) : turn.role;
    if (speaker) candidate.speaker = speaker;
    if (turn.opens && turn.role && turn.name) candidate.speakerRole = turn.role;
  }
  return {
    members,
    claim: {
      candidate,
      paragraph: unit.paragraph,
      hasQuote: Boolean(quote),
      ...(turn.reporter ? {} : { kind: 'person' as const }),
      units: members,
    },
  };
}
