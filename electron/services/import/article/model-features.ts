// What the learnt claim model (model.ts) sees: one list of feature names per unit (is it a claim?) and
// one per candidate speaker of a unit (is this who speaks?). Shared by the import and by the training in
// electron/bench/article-model-train.ts, so the shipped weights read the features they were learnt on.
// A change to what is extracted here changes FEATURES_VERSION, and the committed model is derived again
// (`npm run derive:article-model`; tests/unit/services/article-model-derivation.test.ts holds it to that).
import type { CandidateFact } from '../../../contract/api';
import { mask } from './attribution';
import { SPEECH_VERBS, SPEECH_WITH_OBJECT } from './lexicon';
import { firstNameGender } from './recognition';
import type { Unit } from './segmentation';

export const FEATURES_VERSION = 1;

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
  return [...seen.values()];
}

/** What the candidates of every unit of an article share: the claims in order, the article's full names. */
export interface SpeakerContext {
  order: number[];
  /** A full name the article gives ("Ana Roe", "Ana M. Roe") by its last word, lower case. */
  names: Map<string, string>;
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
  return { order: claimOrder(view), names };
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
