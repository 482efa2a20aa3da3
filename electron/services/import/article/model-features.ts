// What the learnt claim model (model.ts) sees: one list of feature names per unit (is it a claim?) and
// one per candidate speaker of a unit (is this who speaks?). Shared by the import and by the training in
// electron/bench/article-model-train.ts, so the shipped weights read the features they were learnt on.
// A change to what is extracted here changes FEATURES_VERSION, and the committed model is derived again
// (`npm run derive:article-model`; tests/unit/services/article-model-derivation.test.ts holds it to that).
import type { CandidateFact } from '../../../contract/api';
import { mask } from './attribution';
import { SPEECH_VERBS, SPEECH_WITH_OBJECT } from './lexicon';
import { firstNameGender, personNames } from './recognition';
import type { Unit } from './segmentation';

export const FEATURES_VERSION = 2;

/** What the rules read in an article, as the model needs it (a RulesPass from index.ts). */
export interface ModelView {
  units: readonly Unit[];
  claims: ReadonlyArray<{ candidate: CandidateFact; units: readonly number[] }>;
  furniture: readonly boolean[];
  questions: readonly boolean[];
  framed: readonly boolean[];
}

const TOKEN = /[\p{L}\p{N}’'-]+|[“”"‘’:]/gu;
const LOWER_WORD = /\p{L}+/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `${edges.at(-1) ?? 0}+`;
};

/** For each unit, the rules' claims (indices into view.claims) whose sentence holds it. */
export function holdersOf(view: ModelView): number[][] {
  const out: number[][] = view.units.map(() => []);
  view.claims.forEach((c, k) => {
    for (const u of c.units) out[u]?.push(k);
  });
  return out;
}

/** Lower-case words outside quotation marks (the unit's own narrative). */
function narrativeWords(unit: Unit): string[] {
  return (mask(unit.text, unit.quotes).toLowerCase().match(LOWER_WORD) ?? []) as string[];
}

/**
 * Each unit's features: its words and word pairs, the words after a capitalised word, its quotation marks
 * and its place in the paragraph and the article, a verb of saying from the lexicon outside its quotations,
 * and the rules' decision on it (with the cue they read) and on its neighbours.
 */
export function unitFeatures(view: ModelView, holders: readonly number[][] = holdersOf(view)): string[][] {
  const { units } = view;
  const engine = holders.map((h) => h.length > 0);
  let positionInParagraph = 0;
  return units.map((unit, i) => {
    positionInParagraph = i > 0 && units[i - 1]?.paragraph === unit.paragraph ? positionInParagraph + 1 : 0;
    const tokens = unit.text.match(TOKEN) ?? [];
    const f = new Set<string>(['bias', `len=${Math.min(Math.floor(tokens.length / 10), 6)}`]);
    let before = '';
    let capitalBefore = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as string;
      const w = t.toLowerCase();
      f.add(`w=${w}`);
      if (k > 0) f.add(`b=${before}_${w}`);
      // A word after a capitalised word ("Smith said"): lower case itself, the one before not.
      if (capitalBefore && LOWER_FIRST.test(t)) f.add(`cap_${w}`);
      capitalBefore = UPPER_FIRST.test(t);
      before = w;
    }
    const flag = (name: string, on: boolean | undefined) => on && f.add(name);
    const prev = units[i - 1];
    const next = units[i + 1];
    const quotes = unit.quotes.length > 0;
    flag('ENGINE', engine[i]);
    flag('QUOTES', quotes);
    flag('QUOTE_ONLY', unit.isQuoteOnly);
    flag('OPENS', unit.opensParagraph);
    flag('PREV_ENGINE', engine[i - 1]);
    flag('NEXT_ENGINE', engine[i + 1]);
    flag('PREV_QUOTES', (prev?.quotes.length ?? 0) > 0);
    flag('ENGINE_QUOTES', engine[i] && quotes);
    // Added in session 19.
    flag('FURNITURE', view.furniture[i]);
    flag('QUESTION', view.questions[i]);
    // The rules read a frame here and made no claim of it ("She said:" before the words), or made one.
    flag('FRAMED', view.framed[i]);
    flag('FRAMED_NO_CLAIM', view.framed[i] && !engine[i]);
    flag('PREV_ENGINE_SAME_PARAGRAPH', engine[i - 1] && prev?.paragraph === unit.paragraph);
    flag('NEXT_ENGINE_SAME_PARAGRAPH', engine[i + 1] && next?.paragraph === unit.paragraph);
    flag('PREV_ENDS_COLON', /:\s*["“]?\s*$/u.test(prev?.text ?? ''));
    flag('RUNS_ON', unit.runsOn);
    flag('PREV_RUNS_ON', prev?.runsOn);
    f.add(`pos=${bucket(positionInParagraph, [0, 1, 2])}`);
    f.add(`para=${bucket(unit.paragraph, [0, 1, 2, 4, 8])}`);
    const quoted = unit.quotes.reduce((n, q) => n + (q.end - q.start), 0) / Math.max(1, unit.text.length);
    f.add(`qshare=${quoted === 0 ? 0 : quoted < 0.5 ? 'some' : quoted < 0.9 ? 'most' : 'all'}`);
    const narrative = narrativeWords(unit);
    const says = narrative.some((w) => SPEECH_VERBS.has(w));
    flag('SAYS', says);
    flag(
      'SAYS_WITH_OBJECT',
      narrative.some((w) => SPEECH_WITH_OBJECT.has(w)),
    );
    flag('SAYS_QUOTES', quotes && says);
    const held = holders[i]?.[0];
    if (held !== undefined) {
      const c = view.claims[held]?.candidate;
      f.add(`cue=${(c?.cue ?? '').split(' ')[0]}`);
      flag('ENGINE_NO_SPEAKER', !c?.speaker);
      flag('ENGINE_RELAY', Boolean(c?.relayedBy));
      flag('ENGINE_SEVERAL', (holders[i]?.length ?? 0) > 1);
    }
    return [...f];
  });
}

/** One person or body who may speak in a unit, and what speaks for them. */
export interface SpeakerCandidate {
  name: string;
  /** The rules' claim this speaker's last or next claim is (for the role and relay it gave). */
  claim: number;
  features: string[];
}

const PRONOUNS: ReadonlyArray<[string, RegExp]> = [
  ['he', /\b(?:he|him|his)\b/i],
  ['she', /\b(?:she|her|hers)\b/i],
  ['they', /\b(?:they|them|their)\b/i],
  ['it', /\b(?:it|its)\b/i],
  ['we', /\b(?:we|our|us)\b/i],
  ['i', /\b(?:i|my|me)\b/],
];

/** A name as a person's (two or more capitalised words, the first a first name) or a body's, for pronouns. */
function kindOf(name: string): string {
  const words = name.split(/\s+/);
  const gender = firstNameGender(words[0] ?? '');
  if (gender) return gender;
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w)))
    return 'person';
  return 'body';
}

/** The name's last word, as a unit would mention it ("Obama" for Barack Obama), lower case. */
const mentionOf = (name: string) =>
  (
    name
      .replace(/\s*\(.*$/u, '')
      .split(/\s+/)
      .at(-1) ?? ''
  )
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'’-]/gu, '');

/** How many of the rules' claims, before a unit and after it, offer their speaker as a candidate. */
const LOOK_BACK = 12;
const LOOK_AHEAD = 3;

/**
 * The speakers a unit may be given: the rules' speakers of the claims near it (up to twelve distinct ones
 * before it, three after it), each with features of distance, naming and agreement.
 */
export function speakerCandidates(
  view: ModelView,
  unitIndex: number,
  context: SpeakerContext = speakerContext(view),
): SpeakerCandidate[] {
  const { order, names } = context;
  const unit = view.units[unitIndex] as Unit;
  const at = lowerBound(view, order, unitIndex);
  const seen = new Map<string, SpeakerCandidate>();
  const narrative = mask(unit.text, unit.quotes);
  const narrativeLower = narrative.toLowerCase();
  const words: string[] = narrativeLower.match(LOWER_WORD) ?? [];
  const prevUnit = view.units[unitIndex - 1];
  const prevLower = prevUnit ? prevUnit.text.toLowerCase() : '';
  const pronouns = PRONOUNS.filter(([, re]) => re.test(narrative)).map(([p]) => p);
  const counts = new Map<string, number>();
  const add = (k: number, rank: number, direction: 'prev' | 'next') => {
    const claim = view.claims[k];
    const name = claim?.candidate.speaker;
    if (!claim || !name) return false;
    const existing = seen.get(name);
    if (existing) {
      existing.features.push(`${direction}_also`);
      return false;
    }
    const first = claim.units[0] ?? 0;
    const last = claim.units.at(-1) ?? first;
    const other = view.units[direction === 'prev' ? last : first] as Unit;
    const gap = direction === 'prev' ? unitIndex - last : first - unitIndex;
    const f = [
      'bias',
      // The rules' own resolution: their claim holds this unit (never so for a unit the model adds).
      ...(claim.units.includes(unitIndex) ? ['rules'] : []),
      `${direction}_rank=${bucket(rank, [1, 2, 3])}`,
      `${direction}_gap=${bucket(gap, [1, 2, 5, 10])}`,
      `${direction}_paragraphs=${bucket(Math.abs(unit.paragraph - other.paragraph), [0, 1, 2])}`,
    ];
    if (rank === 1) {
      if (unit.isQuoteOnly) f.push(`${direction}1_quote_only`);
      if (unit.opensParagraph) f.push(`${direction}1_opens`);
      if (claim.candidate.quote) f.push(`${direction}1_quoted`);
    }
    const mention = mentionOf(name);
    if (mention.length >= 2) {
      const w = words.indexOf(mention);
      if (w >= 0) {
        f.push('named');
        if (w <= 3) f.push('named_first');
        const near = words.slice(Math.max(0, w - 3), w + 5);
        if (near.some((x) => SPEECH_VERBS.has(x))) f.push('named_near_saying');
      } else if (unit.text.toLowerCase().includes(mention)) f.push('named_in_quote');
      if (prevLower.includes(mention)) f.push('named_before');
    }
    const kind = kindOf(name);
    for (const p of pronouns) f.push(`pronoun_${p}_${kind}`);
    counts.set(name, 0);
    seen.set(name, { name, claim: k, features: f });
    return true;
  };
  let rank = 0;
  for (let j = at - 1; j >= 0 && rank < LOOK_BACK; j--) if (add(order[j] as number, rank + 1, 'prev')) rank++;
  rank = 0;
  for (let j = at; j < order.length && rank < LOOK_AHEAD; j++)
    if (add(order[j] as number, rank + 1, 'next')) rank++;
  // How often each candidate spoke in the article so far.
  for (let j = 0; j < at; j++) {
    const name = view.claims[order[j] as number]?.candidate.speaker;
    if (name && counts.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const c of seen.values()) c.features.push(`spoke=${bucket(counts.get(c.name) ?? 0, [0, 1, 2, 5])}`);
  // People the article names in full, mentioned in the unit, who have not spoken near it.
  const spoken = new Set([...seen.keys()].map(mentionOf));
  words.forEach((w, k) => {
    const name = names.get(w);
    if (!name || spoken.has(w)) return;
    spoken.add(w);
    const f = ['bias', 'article_name', 'named'];
    if (k <= 3) f.push('named_first');
    if (words.slice(Math.max(0, k - 3), k + 5).some((x) => SPEECH_VERBS.has(x))) f.push('named_near_saying');
    if (prevLower.includes(w)) f.push('named_before');
    for (const p of pronouns) f.push(`pronoun_${p}_${kindOf(name)}`);
    seen.set(name, { name, claim: -1, features: f });
  });
  moreCandidates(view, unitIndex, context, seen, { narrative, words, pronouns });
  return [...seen.values()];
}

/** A capitalised word of a unit's narrative, as the article's people are keyed (lower case). */
const CAPITAL_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * The people a text names, in order: the names the rules' recogniser reads in it, and the article's full
 * names it mentions by surname or by given name ("Roe", "Ana" for Ana Roe).
 */
function peopleIn(text: string, context: SpeakerContext): string[] {
  const found: Array<{ name: string; at: number }> = personNames(text).map((n) => ({
    name: context.people.get(lastKey(n.name)) ?? n.name,
    at: n.at,
  }));
  for (const m of text.matchAll(CAPITAL_WORD)) {
    const key = m[0].replace(/['’]s?$/u, '').toLowerCase();
    const name = context.names.get(key) ?? context.people.get(key) ?? context.given.get(key);
    if (name) found.push({ name, at: m.index });
  }
  const out: string[] = [];
  for (const n of found.sort((a, b) => a.at - b.at)) if (!out.includes(n.name)) out.push(n.name);
  return out;
}

/** A name's last word, lower case, its possessive dropped: how the article's people are keyed. */
const lastKey = (name: string) => (name.split(/\s+/).at(-1) ?? '').replace(/['’]s?$/u, '').toLowerCase();

/** Determiners and adverbs a subject phrase may open on, dropped ("The company", "Also officials"). */
const SUBJECT_LEAD =
  /^(?:(?:the|a|an|and|but|so|also|now|then|later|still|yet|meanwhile|however|some|many|most|several)\s+)+/iu;

/**
 * The unit's own subject before a verb of saying ("officials have revealed", "Hannan concludes", "House and
 * Senate Democrats mostly responded"): the words from the clause's start to the verb, a few at most.
 */
export function subjectBeforeSaying(narrative: string): string | undefined {
  const tokens = [...narrative.matchAll(/[\p{L}\p{N}'’&.-]+|[,;:!?()—–"“”]/gu)].map((m) => m[0]);
  const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t));
  if (verb <= 0) return undefined;
  let end = verb;
  while (end > 0 && AUXILIARY.test(tokens[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 6 && !CLAUSE_EDGE.test(tokens[start - 1] ?? '')) start--;
  if (start > 0 && !CLAUSE_EDGE.test(tokens[start - 1] ?? '')) return undefined;
  const subject = tokens
    .slice(start, end)
    .join(' ')
    .replace(SUBJECT_LEAD, '')
    .replace(/['’]s?$/u, '')
    .replace(/\.$/u, '')
    .trim();
  if (!subject || /^(?:he|she|they|it|we|i|you|who|which|that|this|there|one)$/iu.test(subject))
    return undefined;
  return subject;
}

/** Words between a subject and its verb ("have", "also", "repeatedly"). */
const AUXILIARY =
  /^(?:also|later|then|have|has|had|will|would|may|might|could|can|once|often|still|even|never|not|is|are|was|were|\p{Ll}+ly)$/u;
/** What a clause opens after: punctuation, a conjunction or a relative word. */
const CLAUSE_EDGE = /^(?:[,;:!?()—–"“”]|and|but|that|as|while|when|because|where|after|before|if|so)$/u;

/**
 * Candidates the rules' claims near a unit do not give (FEATURES_VERSION 2): the people of the article
 * named in the unit by surname or given name, those named in the two units before (whom a "he" or "she"
 * continues), and the unit's own subject before a verb of saying — a body or group as written
 * ("officials", "House and Senate Democrats") or a person the article names in full.
 */
function moreCandidates(
  view: ModelView,
  unitIndex: number,
  context: SpeakerContext,
  seen: Map<string, SpeakerCandidate>,
  unit: { narrative: string; words: readonly string[]; pronouns: readonly string[] },
): void {
  const push = (name: string, features: string[]) => {
    const c = seen.get(name);
    if (c) {
      for (const f of features) if (!c.features.includes(f)) c.features.push(f);
      return;
    }
    const f = ['bias', 'more', ...features];
    for (const p of unit.pronouns) f.push(`pronoun_${p}_${kindOf(name)}`);
    seen.set(name, { name, claim: -1, features: f });
  };
  peopleIn(unit.narrative, context).forEach((name, k) =>
    push(name, ['mentioned', `mentioned_rank=${bucket(k + 1, [1, 2])}`]),
  );
  const here = view.units[unitIndex]?.paragraph;
  let rank = 0;
  for (let back = 1; back <= 2; back++) {
    const u = view.units[unitIndex - back];
    if (!u) break;
    for (const name of peopleIn(mask(u.text, u.quotes), context).reverse()) {
      rank++;
      push(name, [
        `mentioned_before=${back}`,
        `mentioned_before_rank=${bucket(rank, [1, 2])}`,
        ...(u.paragraph === here ? ['mentioned_before_same_paragraph'] : []),
        ...(rank === 1 && unit.pronouns.some((p) => p === 'he' || p === 'she')
          ? ['mentioned_last_pronoun']
          : []),
      ]);
    }
  }
  const subject = subjectBeforeSaying(unit.narrative);
  if (subject && subject.split(/\s+/).length <= 6) {
    const person = peopleIn(subject, context)[0];
    const lower = subject === subject.toLowerCase();
    push(person ?? subject, [
      'subject',
      person ? 'subject_person' : lower ? 'subject_lower' : 'subject_capitalised',
      `subject_words=${bucket(subject.split(/\s+/).length, [1, 2, 3])}`,
    ]);
  }
}

/** What the candidates of every unit of an article share: the claims in order, the article's full names. */
export interface SpeakerContext {
  order: number[];
  /** A full name the article gives ("Ana Roe", "Ana M. Roe") by its last word, lower case. */
  names: Map<string, string>;
  /** The same full names by their given name ("ana" → "Ana Roe"), when one person in the article has it. */
  given: Map<string, string>;
  /** The people the rules' recogniser reads in the article (two words or more), by their last word. */
  people: Map<string, string>;
}

const FULL_NAME =
  /\b(\p{Lu}[\p{Ll}'’-]+)\s+(?:\p{Lu}\.\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+)?(\p{Lu}[\p{Ll}'’-]+)\b/gu;

export function speakerContext(view: ModelView): SpeakerContext {
  const names = new Map<string, string>();
  const ambiguous = new Set<string>();
  const genders = new Map<string, string | null>();
  for (const unit of view.units)
    for (const m of unit.text.matchAll(FULL_NAME)) {
      const first = m[1] ?? '';
      let gender = genders.get(first);
      if (gender === undefined) genders.set(first, (gender = firstNameGender(first) ?? null));
      if (!gender) continue;
      const key = (m[2] ?? '').toLowerCase();
      const known = names.get(key);
      if (known !== undefined && known !== m[0]) ambiguous.add(key);
      else names.set(key, m[0]);
    }
  for (const key of ambiguous) names.delete(key);
  // (The rules read every unit for names already: these are their answers, kept.)
  const people = new Map<string, string>();
  const peopleAmbiguous = new Set<string>();
  for (const unit of view.units)
    for (const n of personNames(unit.text)) {
      if (n.name.split(/\s+/).length < 2) continue;
      const key = lastKey(n.name);
      const known = people.get(key);
      if (known !== undefined && known !== n.name) peopleAmbiguous.add(key);
      else people.set(key, n.name);
    }
  for (const key of peopleAmbiguous) people.delete(key);
  const given = new Map<string, string>();
  const givenAmbiguous = new Set<string>();
  for (const name of new Set([...names.values(), ...people.values()])) {
    const key = (name.split(/\s+/)[0] ?? '').toLowerCase();
    const known = given.get(key);
    if (known !== undefined && known !== name) givenAmbiguous.add(key);
    else given.set(key, name);
  }
  for (const key of givenAmbiguous) given.delete(key);
  return { order: claimOrder(view), names, given, people };
}

/** The rules' claims (indices) in the order of their first unit. */
export function claimOrder(view: ModelView): number[] {
  return view.claims
    .map((c, k) => ({ k, at: c.units[0] ?? 0 }))
    .sort((a, b) => a.at - b.at || a.k - b.k)
    .map((o) => o.k);
}

/** The first position in `order` whose claim starts at or after the unit (claims of the unit come after). */
function lowerBound(view: ModelView, order: readonly number[], unitIndex: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.claims[order[mid] as number]?.units[0] ?? 0) < unitIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
