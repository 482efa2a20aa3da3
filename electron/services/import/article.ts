import nlp from 'compromise';
import type { z } from 'zod';
import { FactInput, SourceInput } from '../../core/schemas';
import type { CandidateFact, ImportReport, contract } from '../../contract/api';
import type { Store } from '../store/store';
import { ImportBatch, rowError } from './batch';
import { assertImportText } from './limits';
import { htmlToParagraphs, textToParagraphs } from './html';

export type ArticleImportInput = z.input<(typeof contract)['import:article']['input']>;

/** A word as compromise sees it, with the tags and lemma we decide on. */
interface Term {
  text: string;
  /** Lower case, punctuation and possessive stripped: what we compare. */
  norm: string;
  post: string;
  root: string;
  tags: ReadonlySet<string>;
  /** Offset of the word within its sentence. */
  start: number;
}

interface RawTerm {
  text: string;
  post?: string;
  normal?: string;
  root?: string;
  tags?: string[];
  offset?: { start: number };
}
interface RawSentence {
  text: string;
  offset?: { start: number };
  terms: RawTerm[];
}

/** Verbs that attribute speech or a claim to their subject (lemmas). */
const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'report',
  'argue',
  'note',
  'claim',
  'state',
  'announce',
  'warn',
  'insist',
  'confirm',
  'deny',
  'add',
  'stress',
  'write',
  'reiterate',
  'acknowledge',
  'assert',
  'declare',
  'predict',
  'explain',
  'emphasise',
  'emphasize',
  'allege',
  'maintain',
  'admit',
  'tweet',
  'post',
  'indicate',
]);

/** Nouns that make a phrase a speaker even without a proper name ("US officials", "a spokesman"). */
const SPEAKER_NOUNS = new Set([
  'official',
  'officials',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'president',
  'leader',
  'leaders',
  'diplomat',
  'diplomats',
  'source',
  'sources',
  'negotiator',
  'negotiators',
  'analyst',
  'analysts',
  'ministry',
  'government',
  'envoy',
  'ambassador',
  'chancellor',
  'secretary',
  'lawmakers',
  'senator',
  'general',
  'commander',
  'police',
  'prosecutors',
  'kremlin',
  'agency',
  'experts',
  'observer',
  'observers',
]);

/** Groups whose words an outlet relays ("Reuters reported that US officials were leaning on…"). */
const RELAYED_GROUPS = new Set([
  'official',
  'officials',
  'source',
  'sources',
  'diplomat',
  'diplomats',
  'negotiators',
  'people',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * News outlets and agencies, as {@link outletKey} writes them (lower case, no leading "the"). An outlet
 * reports or relays what others said; it is never the speaker of a fact.
 */
const OUTLETS = new Set([
  'reuters',
  'ap',
  'associated press',
  'afp',
  'agence france-presse',
  'agence france presse',
  'bloomberg',
  'bloomberg news',
  'bbc',
  'bbc news',
  'cnn',
  'le monde',
  'le figaro',
  'liberation',
  'libération',
  'guardian',
  'observer',
  'times',
  'sunday times',
  'telegraph',
  'daily telegraph',
  'independent',
  'new york times',
  'washington post',
  'wall street journal',
  'financial times',
  'economist',
  'der spiegel',
  'spiegel',
  'die zeit',
  'die welt',
  'bild',
  'handelsblatt',
  'frankfurter allgemeine zeitung',
  'faz',
  'süddeutsche zeitung',
  'el país',
  'el pais',
  'corriere della sera',
  'la repubblica',
  'politico',
  'axios',
  'semafor',
  'npr',
  'voice of america',
  'voa',
  'radio free europe',
  'radio free europe/radio liberty',
  'rfe/rl',
  'deutsche welle',
  'dw',
  'zdf',
  'ard',
  'france 24',
  'rfi',
  'euronews',
  'sky news',
  'al jazeera',
  'interfax',
  'interfax-ukraine',
  'tass',
  'ria',
  'ria novosti',
  'rt',
  'sputnik',
  'kommersant',
  'vedomosti',
  'izvestia',
  'meduza',
  'ukrainska pravda',
  'kyiv independent',
  'kyiv post',
  'ukrinform',
  'unian',
  'suspilne',
  'dpa',
  'ansa',
  'efe',
  'pap',
  'xinhua',
  'kyodo',
  'yonhap',
  'anadolu',
  'nbc news',
  'cbs news',
  'abc news',
  'fox news',
]);

/** Last words that make a capitalised name a publication's: "the Kyiv Post", "The Moscow Times", "Sky News". */
const OUTLET_NAME_ENDINGS = new Set([
  'times',
  'post',
  'news',
  'journal',
  'herald',
  'tribune',
  'gazette',
  'telegraph',
  'chronicle',
  'zeitung',
  'pravda',
  'express',
  'mirror',
]);

/**
 * Nouns by which a text presents a name as a publication: "the German daily Handelsblatt", "Kommersant
 * newspaper", "state news agency TASS". "agency", "service" and "site" only count after "news" or "wire"
 * ("the International Atomic Energy Agency" and "the Kremlin press service" speak for themselves).
 */
const PUBLICATION_NOUNS = new Set([
  'newspaper',
  'paper',
  'daily',
  'weekly',
  'tabloid',
  'magazine',
  'broadcaster',
  'outlet',
  'website',
  'newswire',
  'publication',
  'network',
  'channel',
  'radio',
  'television',
  'tv',
]);
const PUBLICATION_AFTER_NEWS = new Set(['agency', 'service', 'site']);

/** What a phrase names when it refers to a report rather than a speaker: "a Reuters report", "a report by AFP". */
const REPORT_NOUNS = new Set([
  'report',
  'reports',
  'reporting',
  'story',
  'article',
  'investigation',
  'analysis',
]);

/** Words dropped from the end of a subject before the verb: "has said", "also told". */
const TRAILING_FILLER = new Set([
  'has',
  'have',
  'had',
  'also',
  'previously',
  'later',
  'again',
  'repeatedly',
  'earlier',
  'then',
  'reportedly',
  'publicly',
  'privately',
  'separately',
  'did',
  'does',
  'do',
  'not',
  'never',
  'would',
  'will',
  'is',
  'was',
]);

const PRONOUNS = new Set(['he', 'she']);
const DETERMINERS = new Set(['the', 'a', 'an']);

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** "Zelenskyy’s," → "zelenskyy". */
const normWord = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}%-]+/gu, '');
const joinTerms = (terms: readonly Term[]) =>
  terms
    .map((t, i) => (i === terms.length - 1 ? t.text : t.text + t.post))
    .join('')
    .replace(/[\s,;:]+$/u, '')
    .replace(/^[\s,;:]+/u, '')
    .trim();

function toTerms(raw: RawSentence): Term[] {
  const base = raw.offset?.start ?? 0;
  return raw.terms.map((t) => ({
    text: t.text,
    norm: normWord(t.text),
    post: t.post ?? ' ',
    root: (t.root ?? t.normal ?? t.text).toLowerCase(),
    tags: new Set(t.tags ?? []),
    start: (t.offset?.start ?? base) - base,
  }));
}

/** Spans of quoted text in a sentence: “curly”, "straight" and «guillemets». */
function quotes(sentence: string): Array<{ text: string; start: number; end: number }> {
  const found: Array<{ text: string; start: number; end: number }> = [];
  for (const m of sentence.matchAll(/“([^”]{1,2000})”|"([^"]{1,2000})"|«\s?([^»]{1,2000}?)\s?»/g)) {
    const text = clean(m[1] ?? m[2] ?? m[3] ?? '').replace(/[,.;:]$/u, '');
    if (text) found.push({ text, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

const isSpeechVerb = (t: Term) =>
  t.tags.has('Verb') &&
  (SPEECH_VERBS.has(t.root) || SPEECH_VERBS.has(t.norm)) &&
  // "report" the noun, or "reports described…": only verbs in a past/present finite form count.
  !t.tags.has('Plural') &&
  !t.tags.has('Noun');

const isPersonTerm = (t: Term) => t.tags.has('Person') && !t.tags.has('Honorific') && !t.tags.has('Pronoun');

/**
 * A capitalised noun: compromise does not tag unknown names at the start of a sentence ("Zelenskyy said",
 * "Reuters noted") as proper nouns, so capitalisation of a noun decides.
 */
const isNameLike = (t: Term) =>
  /^\p{Lu}/u.test(t.text) &&
  (t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Noun')) &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Determiner') &&
  !t.tags.has('Place');

/** People mentioned so far: full names, and surnames pointing at them, for "Zelenskyy" → "Volodymyr Zelenskyy". */
class PeopleMemory {
  private readonly bySurname = new Map<string, string>();
  last: string | undefined;

  /** Records the people a sentence mentions, in order, so a later "he" means the last of them. */
  observe(terms: readonly Term[]): void {
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      if (!term) continue;
      if (isPersonTerm(term)) {
        let j = i;
        while (
          j + 1 < terms.length &&
          isPersonTerm(terms[j + 1] as Term) &&
          !/[,;]/.test(terms[j]?.post ?? '')
        )
          j++;
        const name = this.resolve(joinTerms(terms.slice(i, j + 1)).replace(/['’]s$/u, ''));
        this.remember(name);
        this.last = name;
        i = j;
      } else if (this.bySurname.has(term.norm) && /^\p{Lu}/u.test(term.text)) {
        this.last = this.bySurname.get(term.norm);
      }
    }
  }

  remember(name: string): void {
    const words = name.split(' ');
    const surname = normWord(words.at(-1) ?? '');
    if (!surname) return;
    const known = this.bySurname.get(surname);
    // Keep the longest form seen: "Volodymyr Zelenskyy" wins over "Zelenskyy".
    if (!known || known.split(' ').length < words.length) this.bySurname.set(surname, name);
  }

  knows(word: string): boolean {
    return this.bySurname.has(word);
  }

  resolve(name: string): string {
    const words = name.split(' ');
    if (words.length !== 1) return name;
    return this.bySurname.get(normWord(name)) ?? name;
  }
}

interface Speaker {
  speaker?: string;
  speakerRole?: string;
  relayedBy?: string;
}

/** A phrase that can say things: a person, an organisation, a named entity, a pronoun or "officials". */
function isSpeakerPhrase(terms: readonly Term[]): boolean {
  if (terms.length === 0 || terms.length > 10) return false;
  const first = terms[0] as Term;
  if (['that', 'which', 'who', 'it', 'this', 'there', 'what', 'as', 'and', 'but', 'if'].includes(first.norm))
    return false;
  // A finite verb inside means a clause ("Washington pressed Kyiv"), not a name.
  if (terms.some((t) => t.tags.has('PastTense') && !t.tags.has('Participle') && t.root !== 'cite'))
    return false;
  return terms.some(
    (t) =>
      isNameLike(t) ||
      t.tags.has('Person') ||
      t.tags.has('Organization') ||
      (t.tags.has('ProperNoun') && !t.tags.has('Place')) ||
      // Countries speak through their governments ("Ukraine has indicated…").
      t.tags.has('Country') ||
      PRONOUNS.has(t.norm) ||
      t.norm === 'they' ||
      SPEAKER_NOUNS.has(t.norm),
  );
}

/** Splits "The Kremlin spokesman Dmitry Peskov" or "Dmitry Peskov, the Kremlin spokesman" into name and role. */
function nameAndRole(terms: readonly Term[], people: PeopleMemory): Speaker {
  const cited = terms.findIndex(
    (t, i) => (t.norm === 'cited' || t.norm === 'quoted') && terms[i + 1]?.norm === 'by',
  );
  if (cited > 0) {
    const inner = nameAndRole(terms.slice(0, cited), people);
    const relay = joinTerms(terms.slice(cited + 2));
    return relay ? { ...inner, relayedBy: relay } : inner;
  }
  if (terms.length === 1 && PRONOUNS.has(terms[0]?.norm ?? '')) {
    return people.last ? { speaker: people.last } : {};
  }
  const isName = (t: Term) => isPersonTerm(t) || (people.knows(t.norm) && /^\p{Lu}/u.test(t.text));
  const personStart = terms.findIndex(isName);
  if (personStart >= 0) {
    let end = personStart;
    while (end + 1 < terms.length && isName(terms[end + 1] as Term) && !/[,;]/.test(terms[end]?.post ?? ''))
      end++;
    const name = people.resolve(joinTerms(terms.slice(personStart, end + 1)).replace(/['’]s$/u, ''));
    const roleTerms = [...terms.slice(0, personStart), ...terms.slice(end + 1)].filter(
      (t, i) => !(i === 0 && DETERMINERS.has(t.norm)),
    );
    const role = joinTerms(roleTerms.filter((t) => !DETERMINERS.has(t.norm) || t !== roleTerms[0]));
    return role ? { speaker: name, speakerRole: role.replace(/^(the|a|an) /i, '') } : { speaker: name };
  }
  // "European leaders backing Ukraine" → "European leaders": the speaker, not the clause describing them.
  const clause = terms.findIndex(
    (t, i) =>
      i > 0 &&
      // compromise often tags such participles as nouns; a lower-case "-ing" word after the head is one.
      (t.tags.has('Gerund') || /^[a-z]+ing$/.test(t.text) || ['who', 'which', 'that'].includes(t.norm)),
  );
  const head = clause > 0 ? terms.slice(0, clause) : terms;
  const words = head.filter((t, i) => !(i === 0 && DETERMINERS.has(t.norm)));
  const phrase = joinTerms(words);
  return phrase ? { speaker: people.resolve(phrase) } : {};
}

/** Strips a leading adverbial ("In Berlin, …") and trailing auxiliaries ("has said") off a subject. */
function trimSubject(terms: readonly Term[]): Term[] {
  let out = [...terms];
  const comma = out.findIndex((t) => /,/.test(t.post));
  const firstNorm = out[0]?.norm ?? '';
  if (
    comma >= 0 &&
    comma < out.length - 1 &&
    /^(in|at|on|after|before|during|speaking|from|with|by|meanwhile|separately|later|earlier|on)$/.test(
      firstNorm,
    )
  ) {
    out = out.slice(comma + 1);
  }
  while (out.length > 0 && TRAILING_FILLER.has(out.at(-1)?.norm ?? '')) out.pop();
  return out;
}

/** "The Guardian’s" → "guardian": how outlet names are compared. */
const outletKey = (name: string): string =>
  clean(name)
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/^(?:(?:the|a|an)\s+)+/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const PUNCTUATION = /[,;.:!?]/;
const isPunctuation = (t: Term) => /^\p{P}+$/u.test(t.text);
/** A capitalised word, or an all-capital one ("TASS"); hyphenated parts capitalised too ("Interfax-Ukraine"). */
const isCapitalised = (t: Term) => /^\p{Lu}[\p{L}\p{N}]*(?:[-'’]\p{Lu}?[\p{L}\p{N}]*)*$/u.test(t.text);
const withoutDeterminers = (terms: readonly Term[]) => {
  let i = 0;
  while (i < terms.length && DETERMINERS.has(terms[i]?.norm ?? '')) i++;
  return terms.slice(i);
};

/** True for a word by which the text calls something a publication ("newspaper", "news agency"). */
function isPublicationNoun(terms: readonly Term[], i: number): boolean {
  const t = terms[i];
  if (!t) return false;
  const before = terms[i - 1];
  if (PUBLICATION_AFTER_NEWS.has(t.norm)) return ['news', 'wire'].includes(before?.norm ?? '');
  if (!PUBLICATION_NOUNS.has(t.norm)) return false;
  // "met daily", "published a paper": the noun must not follow a verb.
  return !(before && before.tags.has('Verb'));
}

/** A run of capitalised words from `from`, stepping by `step` (1 forwards, -1 backwards), unbroken by punctuation. */
function nameRun(terms: readonly Term[], from: number, step: 1 | -1): Term[] {
  const run: Term[] = [];
  for (let i = from; i >= 0 && i < terms.length; i += step) {
    const t = terms[i] as Term;
    if (!isCapitalised(t) || t.tags.has('Demonym') || DETERMINERS.has(t.norm)) break;
    if (step === 1 && run.length > 0 && PUNCTUATION.test(run.at(-1)?.post ?? '')) break;
    if (step === -1 && PUNCTUATION.test(t.post)) break;
    if (step === 1) run.push(t);
    else run.unshift(t);
  }
  // "the Kyiv newspaper": a place alone is where the paper is, not its name.
  return run.every((t) => t.tags.has('Place')) ? [] : run;
}

/** An outlet a phrase names: `name` is absent when the text says only "the newspaper" and named none before. */
interface OutletRef {
  name?: string;
}

/**
 * The article's outlets: its own (the source's outlet), well-known ones, and those the text presents as
 * publications ("the German daily Handelsblatt"), remembered for later sentences ("Handelsblatt said").
 */
class OutletMemory {
  private readonly presented = new Set<string>();
  private readonly ownKey: string | undefined;
  /** The outlet named last, for "the newspaper said". */
  last: string | undefined;

  constructor(own: string | undefined) {
    this.ownKey = own ? outletKey(own) || undefined : undefined;
  }

  /** True when `name` is the article's own outlet: a fact it reports is the source's, relayed by no one. */
  isOwn(name: string): boolean {
    return this.ownKey !== undefined && outletKey(name) === this.ownKey;
  }

  /**
   * True when a name, as written, is an outlet's: a known one, the article's own, one the text presented
   * as a publication, or (unless `person` says the words are a person's: "Sarah Post") a capitalised name
   * ending like a paper's ("the Kyiv Post").
   */
  isName(name: string, person = false): boolean {
    const words = clean(name)
      .replace(/^(?:(?:the|a|an)\s+)+/iu, '')
      .split(' ');
    // Outlets are proper names: "The Observer" is one, "an observer" is not.
    if (!/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return false;
    const key = outletKey(name);
    if (!key) return false;
    if (OUTLETS.has(key) || this.presented.has(key) || key === this.ownKey) return true;
    if (person) return false;
    const last = key.split(' ').at(-1) ?? '';
    return (
      words.length >= 2 && OUTLET_NAME_ENDINGS.has(last) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))
    );
  }

  /**
   * {@link isName} for capitalised words as they stand in a sentence, compared by their normalised words:
   * cheap enough to try at every capitalised word of an article.
   */
  private spans(span: readonly Term[]): boolean {
    const key = span.map((t) => t.norm).join(' ');
    if (OUTLETS.has(key) || this.presented.has(key) || key === this.ownKey) return true;
    return (
      span.length >= 2 &&
      OUTLET_NAME_ENDINGS.has(span.at(-1)?.norm ?? '') &&
      span.every(isCapitalised) &&
      !span.some(isPersonTerm)
    );
  }

  /** The outlet a phrase names, if it names one: "the German daily Handelsblatt" → Handelsblatt. */
  of(phrase: readonly Term[]): OutletRef | undefined {
    let terms = withoutDeterminers(phrase.filter((t) => !isPunctuation(t)));
    // "a report by Reuters", "reports in Le Monde"; "a Reuters report", "Reuters reporting".
    if (REPORT_NOUNS.has(terms[0]?.norm ?? '') && ['by', 'in', 'from'].includes(terms[1]?.norm ?? ''))
      terms = withoutDeterminers(terms.slice(2));
    else if (terms.length > 1 && REPORT_NOUNS.has(terms.at(-1)?.norm ?? '')) terms = terms.slice(0, -1);
    const first = terms[0];
    if (!first) return undefined;
    const name = joinTerms(terms).replace(/['’]s?$/u, '');
    if (this.isName(name, terms.some(isPersonTerm))) return { name };

    const p = terms.findIndex((_, i) => isPublicationNoun(terms, i));
    const noun = terms[p];
    // "the newspaper’s editor", "a spokesman for the broadcaster": a person at the paper, not the paper.
    if (!noun || /['’]/u.test(noun.text)) return undefined;
    const head = terms.slice(0, p);
    if (
      head.some((t) => t.tags.has('Preposition') || SPEAKER_NOUNS.has(t.norm) || RELAYED_GROUPS.has(t.norm))
    )
      return undefined;
    const after = terms.slice(p + 1);
    if (after.length > 0) {
      // Only the paper's name may follow the noun: "the newspaper Kommersant", "Radio Liberty".
      if (nameRun(terms, p + 1, 1).length !== after.length) return undefined;
      return { name: joinTerms(isCapitalised(noun) ? terms.slice(p) : after) };
    }
    // "Kommersant newspaper"; "Russian state television" names none, and is said as it is written.
    const before = nameRun(terms, p - 1, -1);
    if (before.length > 0) return { name: joinTerms(isCapitalised(noun) ? [...before, noun] : before) };
    // "the newspaper", "the news agency": the outlet named last.
    const bare = p === 0 || (p === 1 && PUBLICATION_AFTER_NEWS.has(noun.norm));
    if (bare) return this.last ? { name: this.last } : {};
    return { name: joinTerms(terms) };
  }

  /** The outlet named at `i` ("told Reuters that…", "an interview with the Financial Times"), if any. */
  at(terms: readonly Term[], i: number): OutletRef | undefined {
    const run: Term[] = [];
    for (const t of terms.slice(i, i + 7)) {
      run.push(t);
      if (PUNCTUATION.test(t.post)) break;
    }
    for (let n = run.length; n > 0; n--) {
      const ref = this.of(run.slice(0, n));
      if (ref) return ref;
    }
    return undefined;
  }

  /** Learns the outlets a sentence names, in order, so that a later "the newspaper" means the last of them. */
  observe(terms: readonly Term[]): void {
    for (let i = 0; i < terms.length; i++) {
      if (isPublicationNoun(terms, i)) {
        const noun = terms[i] as Term;
        const after = nameRun(terms, i + 1, 1);
        const run = after.length > 0 ? after : nameRun(terms, i - 1, -1);
        if (run.length === 0) continue;
        const name = joinTerms(
          isCapitalised(noun) ? (after.length > 0 ? [noun, ...run] : [...run, noun]) : run,
        );
        this.presented.add(outletKey(name));
        this.last = name.replace(/['’]s?$/u, '');
        i += after.length;
        continue;
      }
      if (!isCapitalised(terms[i] as Term)) continue;
      for (let n = Math.min(5, terms.length - i); n > 0; n--) {
        const span = terms.slice(i, i + n);
        if (span.slice(0, -1).some((t) => PUNCTUATION.test(t.post))) continue;
        if (!this.spans(span)) continue;
        this.last = joinTerms(span).replace(/['’]s?$/u, '');
        i += n - 1;
        break;
      }
    }
  }
}

interface Context {
  people: PeopleMemory;
  outlets: OutletMemory;
}

interface Found extends Speaker {
  cue: string;
}

const relayed = (found: Found, relay: string | undefined): Found =>
  relay === undefined ? found : { ...found, relayedBy: relay };

/** "…, citing two US officials, that…" / "…, which cited officials": the people an outlet's report rests on. */
function citedSpeaker(terms: readonly Term[], from: number, people: PeopleMemory): Speaker | undefined {
  const at = terms.findIndex(
    (t, i) => i >= from && (t.norm === 'citing' || (t.norm === 'cited' && terms[i - 1]?.norm === 'which')),
  );
  if (at < 0) return undefined;
  const who: Term[] = [];
  for (const t of terms.slice(at + 1)) {
    if (t.norm === 'that' || who.length >= 10) break;
    who.push(t);
    if (PUNCTUATION.test(t.post)) break;
  }
  const phrase = who.filter((t) => !isPunctuation(t));
  if (!isSpeakerPhrase(phrase) && !phrase.some((t) => RELAYED_GROUPS.has(t.norm))) return undefined;
  const found = nameAndRole(phrase, people);
  return found.speaker ? found : undefined;
}

/** "Troops withdrew overnight, officials" → "officials": in "…, officials said" the speaker follows the claim. */
function afterReportedClause(subject: Term[]): Term[] {
  const comma = subject.findLastIndex((t) => PUNCTUATION.test(t.post));
  if (comma < 0 || comma === subject.length - 1) return subject;
  return subject.slice(0, comma + 1).some((t) => t.tags.has('Verb')) ? subject.slice(comma + 1) : subject;
}

/** "X said …", "…, X said", "“…,” said X", "Reuters reported that US officials…": who a verb of saying names. */
function fromSpeechVerb(sentence: string, terms: readonly Term[], ctx: Context): Found | undefined {
  const { people, outlets } = ctx;
  const quoted = quotes(sentence);
  const insideQuote = (t: Term) => quoted.some((q) => t.start > q.start && t.start < q.end);

  for (let i = 0; i < terms.length; i++) {
    const verb = terms[i] as Term;
    // "TASS quoted Peskov as saying…": quoting is attribution only when an outlet does it.
    const quoting = verb.root === 'quote' && verb.tags.has('Verb') && !verb.tags.has('Noun');
    if ((!isSpeechVerb(verb) && !quoting) || insideQuote(verb)) continue;
    const next = terms[i + 1];
    // Subject before the verb ("X said"); after a leading quotation, or inverted ("…,” said X).
    const lastQuote = quoted.filter((q) => q.end <= verb.start).at(-1);
    const from = lastQuote ? terms.findIndex((t) => t.start >= lastQuote.end) : 0;
    let subject = afterReportedClause(trimSubject(terms.slice(Math.max(from, 0), i)));
    if (subject.length === 0 && lastQuote) {
      const after: Term[] = [];
      for (const t of terms.slice(i + 1)) {
        after.push(t);
        if (/[;.]/.test(t.post) || after.length >= 10) break;
      }
      subject = after;
    }
    // An outlet reports; it is never the speaker. Who it reports, if it says, is found below.
    const outlet = outlets.of(subject);
    if (quoting) {
      if (!outlet) continue;
      const as = terms.findIndex(
        (t, j) =>
          j > i + 1 && t.norm === 'as' && /^(saying|telling|stating|writing)$/.test(terms[j + 1]?.norm ?? ''),
      );
      const who = terms.slice(i + 1, as);
      if (as < 0 || as - i > 10 || !isSpeakerPhrase(who)) continue;
      return relayed({ ...nameAndRole(who, people), cue: `quoted as ${terms[as + 1]?.norm}` }, outlet.name);
    }
    if (!outlet && !isSpeakerPhrase(subject)) continue;
    let found: Found = outlet
      ? relayed({ cue: verb.text.toLowerCase() }, outlet.name)
      : { ...nameAndRole(subject, people), cue: verb.text.toLowerCase() };
    if (verb.root === 'tell' && next && /^(reporters|journalists|the press|media)$/.test(next.norm))
      found.cue = `${verb.text.toLowerCase()} ${next.norm}`;
    else if (next?.norm === 'that') found.cue = `${verb.text.toLowerCase()} that`;
    if (found.relayedBy && !outlet) found.cue = 'cited by';

    // "Reuters reported that US officials were…", "Le Monde reported that Zelenskyy argued…": the outlet
    // (or a speaker passing on another's words) relays.
    const clauseStart = next?.norm === 'that' ? i + 2 : i + 1;
    const rest = terms.slice(clauseStart);
    const innerVerb = rest.findIndex((t) => t.tags.has('Verb') && !isPersonTerm(t));
    const relay = outlet ? outlet.name : found.relayedBy ? undefined : found.speaker;
    if (innerVerb > 0 && innerVerb <= 6 && (outlet || relay)) {
      const innerSubject = trimSubject(rest.slice(0, innerVerb));
      const innerHead = innerSubject.at(-1)?.norm ?? '';
      const relays =
        (isSpeechVerb(rest[innerVerb] as Term) &&
          isSpeakerPhrase(innerSubject) &&
          !innerSubject.every((t) => PRONOUNS.has(t.norm))) ||
        (outlet !== undefined && RELAYED_GROUPS.has(innerHead));
      if (relays) {
        const inner = nameAndRole(innerSubject, people);
        if (inner.speaker) found = relayed({ ...inner, cue: found.cue }, relay);
      }
    }
    // "Reuters said, citing two US officials, that…".
    if (outlet && !found.speaker) {
      const cited = citedSpeaker(terms, i + 1, people);
      if (cited) found = relayed({ ...cited, cue: found.cue }, outlet.name);
    }
    // "US officials told Reuters…", "Zelenskyy said in an interview with the BBC…": the outlet relays.
    if (!outlet && !found.relayedBy) {
      const interview = terms.findIndex(
        (t, j) =>
          !insideQuote(t) &&
          ((t.norm === 'interview' && ['with', 'to'].includes(terms[j + 1]?.norm ?? '')) ||
            (t.norm === 'speaking' && ['to', 'with'].includes(terms[j + 1]?.norm ?? ''))),
      );
      const told =
        (verb.root === 'tell' ? outlets.at(terms, i + 1) : undefined) ??
        (interview >= 0 ? outlets.at(terms, interview + 2) : undefined);
      if (told) found = relayed(found, told.name);
    }
    // "…, Bloomberg reported.": an outlet named at the end relays what the sentence attributes.
    const trailing = /,\s*([^,]{2,60}?)\s+(?:reported|said|wrote|added)[.!]?$/u.exec(sentence.trim());
    if (trailing?.[1] && outlets.isName(trailing[1]) && !found.relayedBy && found.speaker !== trailing[1])
      found.relayedBy = trailing[1].replace(/^(?:the|a|an)\s+/iu, '');
    return found;
  }
  return undefined;
}

/** Finds who a sentence attributes its claim to, if anyone. */
function attribute(sentence: string, terms: readonly Term[], ctx: Context): Found | undefined {
  const found = findAttribution(sentence, terms, ctx);
  return found && settle(found, ctx.outlets);
}

/**
 * An outlet is never the speaker: it becomes the relay. The article's own outlet is no relay either (the
 * fact's source is that outlet's article).
 */
function settle(found: Found, outlets: OutletMemory): Found {
  const out = { ...found };
  // A speaker is a name by now: only known outlets (not a paper-like name, "Sarah Post") are moved.
  if (out.speaker && outlets.isName(out.speaker, true)) {
    out.relayedBy ??= out.speaker.replace(/^(?:the|a|an)\s+/iu, '');
    delete out.speaker;
    delete out.speakerRole;
  }
  if (out.relayedBy && outlets.isOwn(out.relayedBy)) delete out.relayedBy;
  return out;
}

function findAttribution(sentence: string, terms: readonly Term[], ctx: Context): Found | undefined {
  const { people, outlets } = ctx;
  const quoted = quotes(sentence);
  const insideQuote = (t: Term) => quoted.some((q) => t.start > q.start && t.start < q.end);

  // "according to X": the source follows the cue.
  const according = terms.findIndex((t, i) => t.norm === 'according' && terms[i + 1]?.norm === 'to');
  if (according >= 0) {
    const after: Term[] = [];
    for (const t of terms.slice(according + 2)) {
      after.push(t);
      if (/[,;.]/.test(t.post) || after.length >= 8) break;
    }
    const who = after.filter((t) => !isPunctuation(t));
    const outlet = outlets.of(who);
    if (outlet) {
      // "According to Reuters, US officials said…": the speaker is in the rest of the sentence.
      const end = according + 2 + after.length;
      const inner = fromSpeechVerb(sentence, [...terms.slice(0, according), ...terms.slice(end)], ctx);
      if (inner?.speaker) return relayed(inner, inner.relayedBy ?? outlet.name);
      const cited = citedSpeaker(terms, end, people);
      return relayed({ ...cited, cue: 'according to' }, outlet.name);
    }
    if (isSpeakerPhrase(who)) return { ...nameAndRole(who, people), cue: 'according to' };
  }

  const spoken = fromSpeechVerb(sentence, terms, ctx);
  if (spoken) return spoken;

  // Quoted speech with no verb of saying: a substantial quotation next to a named person.
  const long = quoted.find((q) => q.text.split(' ').length >= 4);
  if (long) {
    const personAt = terms.findIndex((t) => isPersonTerm(t) && !insideQuote(t));
    if (personAt >= 0)
      return {
        ...nameAndRole(terms.slice(personAt, personAt + 3).filter(isPersonTerm), people),
        cue: 'quote',
      };
  }
  return undefined;
}

/**
 * The statement as a fact stands alone, out of the article: a sentence opening on "He" or "She" names
 * the speaker it was resolved to ("He told reporters that…" → "Volodymyr Zelenskyy told reporters
 * that…"). The sentence itself is kept as written.
 */
function namedStatement(sentence: string, speaker: string | undefined): string {
  const opening = /^(He|She)\s/.exec(sentence);
  return opening && speaker ? `${speaker}${sentence.slice(opening[1]?.length ?? 0)}` : sentence;
}

/** Sentences of a paragraph, as compromise splits them, with their words. */
function sentencesOf(paragraph: string): RawSentence[] {
  const doc = nlp(paragraph);
  doc.compute('root');
  return doc.json({ offset: true }) as RawSentence[];
}

/** The article's paragraphs, from plain text or saved HTML. */
export function articleParagraphs(text: string, format: 'text' | 'html'): string[] {
  return format === 'html' ? htmlToParagraphs(text) : textToParagraphs(text);
}

/**
 * Splits an article into sentences and proposes candidate facts where the text attributes a claim.
 * `outlet` is the article's own outlet (the source's): it is no speaker, and no relay of what it reports.
 */
export function proposeCandidates(
  text: string,
  format: 'text' | 'html',
  options: { outlet?: string; published?: string } = {},
): { text: string; candidates: CandidateFact[] } {
  assertImportText(text, 'The article');
  const paragraphs = articleParagraphs(text, format);
  const people = new PeopleMemory();
  const outlets = new OutletMemory(options.outlet);
  const candidates: CandidateFact[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const raw of sentencesOf(paragraph)) {
      const sentence = clean(raw.text);
      if (!sentence) continue;
      const terms = toTerms(raw);
      const found = attribute(raw.text, terms, { people, outlets });
      people.observe(terms);
      outlets.observe(terms);
      if (!found) continue;
      const quoted = quotes(sentence).map((q) => q.text);
      const candidate: CandidateFact = {
        statement: namedStatement(sentence, found.speaker).slice(0, 5000),
        sentence,
        cue: found.cue,
        locator: `para. ${p + 1}`,
      };
      if (quoted.length > 0) candidate.quote = quoted.join(' … ').slice(0, 5000);
      if (found.speaker) candidate.speaker = found.speaker.slice(0, 300);
      if (found.speakerRole) candidate.speakerRole = found.speakerRole.slice(0, 300);
      if (found.relayedBy) candidate.relayedBy = found.relayedBy.slice(0, 300);
      candidates.push(candidate);
    }
  });
  return { text: paragraphs.join('\n\n'), candidates };
}

/** Saves the article as a source and the accepted facts, in one transaction. */
export function importArticle(store: Store, input: ArticleImportInput): ImportReport {
  const source = SourceInput.safeParse(input.source);
  if (!source.success) throw rowError('Source', source.error, 'source');
  const batch = new ImportBatch(store);
  return batch.run(() => {
    // Importing the same article again adds only the facts that are new.
    const { id } = batch.addSource(source.data, undefined, 'Article');
    input.facts.forEach((fact, index) => {
      const parsed = FactInput.safeParse({ ...fact, sourceId: id });
      if (!parsed.success) throw rowError(`Fact ${index + 1}`, parsed.error, `facts.${index}`);
      batch.addFact(parsed.data, index + 1, `Fact ${index + 1}`);
    });
  });
}
