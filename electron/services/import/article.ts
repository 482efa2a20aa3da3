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

/** News outlets and agencies that relay what others said. Lower case. */
const OUTLETS = new Set([
  'reuters',
  'ap',
  'associated press',
  'the associated press',
  'afp',
  'agence france-presse',
  'bloomberg',
  'bbc',
  'cnn',
  'le monde',
  'le figaro',
  'the guardian',
  'guardian',
  'the new york times',
  'new york times',
  'the washington post',
  'washington post',
  'the wall street journal',
  'wall street journal',
  'financial times',
  'the financial times',
  'the economist',
  'der spiegel',
  'spiegel',
  'politico',
  'axios',
  'interfax',
  'tass',
  'ria novosti',
  'ukrainska pravda',
  'the kyiv independent',
  'kyiv independent',
  'al jazeera',
  'dpa',
  'ukrinform',
  'frankfurter allgemeine zeitung',
  'süddeutsche zeitung',
  'nbc news',
  'cbs news',
  'abc news',
  'fox news',
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

const isOutlet = (phrase: string) => OUTLETS.has(phrase.toLowerCase());

interface Found extends Speaker {
  cue: string;
}

/** Finds who a sentence attributes its claim to, if anyone. */
function attribute(sentence: string, terms: readonly Term[], people: PeopleMemory): Found | undefined {
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
    const who = after.filter((t) => !/^\p{P}+$/u.test(t.text));
    if (isSpeakerPhrase(who)) return { ...nameAndRole(who, people), cue: 'according to' };
  }

  for (let i = 0; i < terms.length; i++) {
    const verb = terms[i] as Term;
    if (!isSpeechVerb(verb) || insideQuote(verb)) continue;
    const next = terms[i + 1];
    // Subject before the verb ("X said"); after a leading quotation, or inverted ("…,” said X).
    const lastQuote = quoted.filter((q) => q.end <= verb.start).at(-1);
    const from = lastQuote ? terms.findIndex((t) => t.start >= lastQuote.end) : 0;
    let subject = trimSubject(terms.slice(Math.max(from, 0), i));
    if (subject.length === 0 && lastQuote) {
      const after: Term[] = [];
      for (const t of terms.slice(i + 1)) {
        after.push(t);
        if (/[;.]/.test(t.post) || after.length >= 10) break;
      }
      subject = after;
    }
    if (!isSpeakerPhrase(subject)) continue;
    let found: Found = { ...nameAndRole(subject, people), cue: verb.text.toLowerCase() };
    if (verb.root === 'tell' && next && /^(reporters|journalists|the press|media)$/.test(next.norm))
      found.cue = `${verb.text.toLowerCase()} ${next.norm}`;
    else if (next?.norm === 'that') found.cue = `${verb.text.toLowerCase()} that`;
    if (found.relayedBy) found.cue = 'cited by';

    // "Reuters reported that US officials were…", "Le Monde reported that Zelenskyy argued…": the outlet relays.
    const clauseStart = next?.norm === 'that' ? i + 2 : i + 1;
    const rest = terms.slice(clauseStart);
    const innerVerb = rest.findIndex((t) => t.tags.has('Verb') && !isPersonTerm(t));
    if (innerVerb > 0 && innerVerb <= 6 && found.speaker && !found.relayedBy) {
      const innerSubject = trimSubject(rest.slice(0, innerVerb));
      const innerHead = innerSubject.at(-1)?.norm ?? '';
      const relays =
        (isSpeechVerb(rest[innerVerb] as Term) &&
          isSpeakerPhrase(innerSubject) &&
          !innerSubject.every((t) => PRONOUNS.has(t.norm))) ||
        (isOutlet(found.speaker) && RELAYED_GROUPS.has(innerHead));
      if (relays) {
        const inner = nameAndRole(innerSubject, people);
        if (inner.speaker) found = { ...inner, relayedBy: found.speaker, cue: found.cue };
      }
    }
    // "…, Bloomberg reported.": an outlet named at the end relays what the sentence attributes.
    const trailing = /,\s*([^,]{2,60}?)\s+(?:reported|said|wrote|added)[.!]?$/u.exec(sentence.trim());
    if (trailing?.[1] && isOutlet(trailing[1]) && !found.relayedBy && found.speaker !== trailing[1])
      found.relayedBy = trailing[1];
    return found;
  }

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

/** Splits an article into sentences and proposes candidate facts where the text attributes a claim. */
export function proposeCandidates(
  text: string,
  format: 'text' | 'html',
): { text: string; candidates: CandidateFact[] } {
  assertImportText(text, 'The article');
  const paragraphs = articleParagraphs(text, format);
  const people = new PeopleMemory();
  const candidates: CandidateFact[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const raw of sentencesOf(paragraph)) {
      const sentence = clean(raw.text);
      if (!sentence) continue;
      const terms = toTerms(raw);
      const found = attribute(raw.text, terms, people);
      people.observe(terms);
      if (!found) continue;
      const quoted = quotes(sentence).map((q) => q.text);
      const candidate: CandidateFact = {
        statement: sentence.slice(0, 5000),
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
