// The article importer: paragraphs (html.ts) → units (segmentation) → frames and speakers (attribution,
// recognition) → referents (resolution) → event dates (dates) → candidate facts; saving.ts writes the
// ones the analyst accepts (imported from there, not through here: the worker's bundle, which reads this
// module, then carries none of the store's code and schemas).
import type { CandidateFact } from '../../../contract/api';
import { assertImportText } from '../limits';
import { htmlToParagraphs } from '../html';
import { textParagraphs } from '../plain-text';
import { AUTHORED_REPORT, mask } from './attribution';
import { type DateFrame, eventDate } from './dates';
import { Descriptions } from './descriptions';
import { Bodies } from './entities';
import { Outlets } from './outlets';
import { forgetArticleNames } from './recognition';
import { type ArticleModel, LEARNT_CUE, decide, shippedModel } from './model';
import { Referents } from './resolution';
import { type ArticleDate, type Unit, articleDate, segment } from './segmentation';
import { type TextSays, headlineIndex, textSays } from './text-metadata';
import { inPassage, passageClaims, quotedPassages, unwrapped } from './quoted-passages';
import { transcriptTurns } from './transcript-turns';
import { speechHighlights } from './speech-highlights';
import { interviewsNamedAgain, relayRuns, reprintRelays } from './relay-runs';
import { namedNext } from './named-next';
import { labelLineRelays } from './speaker-labels';
import { composed } from './words';
import { quotesOf } from './quotations';
import { pullQuotes } from './pull-quotes';
import { balancedMarks, namedStatement } from './statements';
import { furnitureParagraphs, paragraphLocators } from './page-furniture';
import type { Claim, RulesContext } from './rules-context';
import { readUnit } from './unit-reading';

export { balancedMarks } from './statements';
export { describedBody } from './described-body';
export { quotationSplitByTag } from './quotations';
export { paragraphLocators } from './page-furniture';
export { ProposalCancelled } from './proposal-cancelled';

export interface ProposeOptions {
  /** The article's own outlet: a claim it reports is the source's own, not relayed by it. */
  outlet?: string;
  /** ISO publication date: "on Monday" and "last week" are resolved against it. */
  published?: string;
  /** Called now and then with the share of units done, 0..1; return false to stop (Cancel). */
  onProgress?: (done: number) => boolean | void;
  /** The learnt claim model (model.ts): the shipped one when left out, the rules alone when null. */
  model?: ArticleModel | null;
}

/**
 * The article's paragraphs, from plain text or saved HTML, as read (`paragraphs`) and as written
 * (`asWritten`: a plain text's furniture, its byline line among it, still in; a page's are its paragraphs),
 * its layout read once for both.
 */
export function articleReading(
  text: string,
  format: 'text' | 'html',
): { paragraphs: string[]; asWritten: string[] } {
  // NFC: a name saved with combining marks ("Nguyễn" as e, circumflex, tilde) reads as the one typed whole.
  if (format === 'html') {
    const paragraphs = htmlToParagraphs(text).map(composed);
    return { paragraphs, asWritten: paragraphs };
  }
  const { read, asWritten } = textParagraphs(text);
  return { paragraphs: read.map(composed), asWritten: asWritten.map(composed) };
}

/** The article's paragraphs, from plain text or saved HTML. */
export function articleParagraphs(text: string, format: 'text' | 'html'): string[] {
  return articleReading(text, format).paragraphs;
}

/** What the rules read in an article: its units, their claims, and the units they pass over unread. */
export interface RulesPass {
  /** The article's text as read (paragraphs joined by blank lines). */
  text: string;
  units: Unit[];
  /** Each claim the rules propose, with the units its sentence holds. */
  claims: Array<{ candidate: CandidateFact; units: number[] }>;
  /** Units the rules never read as claims: headlines, headings, captions, embedded posts, pull quotes. */
  furniture: boolean[];
  /** Units that are questions ("What did Suh say after the play?"). */
  questions: boolean[];
  /** Units where the rules read a frame of attribution, whether or not they made a claim of it. */
  framed: boolean[];
  /**
   * Where the frame the rules read in a unit has its cue (the verb of saying), claim or not: a claim the
   * learnt model adds is dated as the rules date theirs, by the date its verb carries (session 27).
   */
  frames?: Array<DateFrame | undefined>;
  /** Each paragraph's locator as a reader counts paragraphs ("para. 1" is the first of the text proper). */
  locators: string[];
  published?: string;
  /** The date the text gives itself, when the caller gave none (a date line, a dateline). */
  ownDate?: ArticleDate;
  /** What the text says about itself above its story: headline, byline, its dateline's agency. */
  says: TextSays;
}

/**
 * Splits an article into units and proposes candidate facts where the text attributes a claim.
 * Returns undefined only when `onProgress` asked to stop.
 */
export function proposeCandidates(
  text: string,
  format: 'text' | 'html',
  options: ProposeOptions = {},
): { text: string; candidates: CandidateFact[]; ownDate?: ArticleDate; says: TextSays } {
  const pass = proposeByRules(text, format, options);
  const model = options.model === undefined ? shippedModel() : options.model;
  const candidates = (model ? withModel(pass, model) : pass.claims.map((c) => c.candidate)).map((c) => {
    const statement = balancedMarks(c.statement);
    return statement === c.statement ? c : { ...c, statement };
  });
  // Done once the model has read the rules' claims too, not when the rules end.
  options.onProgress?.(1);
  return { text: pass.text, candidates, ...(pass.ownDate ? { ownDate: pass.ownDate } : {}), says: pass.says };
}

/**
 * The claims the learnt model keeps and adds (model.ts): a proposal it vetoes is dropped; a unit it takes
 * that no proposal holds becomes a claim, its speaker the one the speaker chooser ranks first, or none.
 */
export function withModel(pass: RulesPass, model: ArticleModel): CandidateFact[] {
  const { keep, add } = decide(pass, model);
  const out: Array<{ at: number; candidate: CandidateFact }> = [];
  pass.claims.forEach((c, k) => {
    if (keep[k]) out.push({ at: c.units[0] ?? 0, candidate: c.candidate });
  });
  for (const a of add) {
    const unit = pass.units[a.unit] as Unit;
    const sentence = unit.text.replace(/\s+/g, ' ').trim();
    const candidate: CandidateFact = {
      statement: namedStatement(sentence, a.speaker).slice(0, 5000),
      sentence,
      cue: LEARNT_CUE,
      locator: pass.locators[unit.paragraph] ?? `para. ${unit.paragraph + 1}`,
    };
    const quotes = quotesOf(unit);
    if (quotes.length > 0) candidate.quote = quotes.join(' … ').slice(0, 5000);
    if (a.speaker) candidate.speaker = a.speaker.slice(0, 300);
    if (a.role) candidate.speakerRole = a.role.slice(0, 300);
    if (a.relay) candidate.relayedBy = a.relay.slice(0, 300);
    const masked = mask(unit.text, unit.quotes);
    const date = eventDate(
      unit.text,
      pass.published,
      (i) => masked[i] === ' ' && unit.text[i] !== ' ',
      pass.frames?.[a.unit],
    );
    if (date) candidate.eventDate = date;
    out.push({ at: a.unit, candidate });
  }
  // In the article's order (a stable sort: the rules' claims of one unit keep theirs).
  return out.sort((a, b) => a.at - b.at).map((o) => o.candidate);
}

/** The rules alone (every step but the learnt model), with the units each claim holds. */
export function proposeByRules(
  text: string,
  format: 'text' | 'html',
  options: Omit<ProposeOptions, 'model'> = {},
): RulesPass {
  assertImportText(text, 'The article');
  const reading = articleReading(text, format);
  const { asWritten } = reading;
  // Passages quoted from an outlet under a lead-in naming it: their paragraphs wrapped whole in quotation
  // marks are read as the outlet's narrative, their speakers relayed by it (below).
  const passages = quotedPassages(reading.paragraphs, new Outlets(options.outlet));
  const paragraphs =
    passages.length > 0
      ? reading.paragraphs.map((p, i) => (inPassage(passages, i) ? unwrapped(p) : p))
      : reading.paragraphs;
  forgetArticleNames();
  // With no publication date given, the one the text gives (a date line, a dateline with its year).
  const ownDate = options.published ? undefined : articleDate(paragraphs);
  const published = options.published ?? ownDate?.published;
  const units = segment(paragraphs);
  const says = textSays(paragraphs, asWritten);
  // With no outlet given, the agency of the article's dateline ("(Reuters)") is its own outlet.
  const outlets = new Outlets(options.outlet ?? says.outlet);
  // Reporters named with their outlet anywhere in the article ("Ana Roe of the Daily Post"): their
  // outlet relays what they report.
  for (const unit of units) outlets.learn(unit.text);
  const referents = new Referents(units);
  const reportAuthored = AUTHORED_REPORT.test(paragraphs.join('\n'));
  const bodies = new Bodies(units);
  const descriptions = new Descriptions(
    units,
    units.map((u) => mask(u.text, u.quotes)),
  );
  // A person whose surname is "He", named after a title ("Vice Premier He Lifeng").
  const articleText = paragraphs.join('\n');
  // How often the article writes a name, counted once per name (a long article asks again and again).
  const times = new Map<string, number>();
  // ("He" looked for first: the lookbehind tried at every position of a long article took a tenth of a second.)
  const heName = /(?=He\s)(?<=\p{Lu}[\p{L}.]*\s)He\s+\p{Lu}[\p{L}-]+/u.exec(articleText)?.[0];
  const claims: Claim[] = [];
  const indexOfUnit = new Map(units.map((u, i) => [u, i]));
  const furniture = units.map(() => false);
  const questions = units.map(() => false);
  const framed = units.map(() => false);
  const frames: Array<DateFrame | undefined> = units.map(() => undefined);
  const step = Math.max(1, Math.floor(units.length / 100));
  // A pasted article's first line without a full stop is its headline ("Obama admits US gun laws are his
  // 'biggest frustration'"): a headline's verb is no attribution of its own.
  const headline = headlineIndex(paragraphs);
  // The page's furniture around the story, whose verbs attribute nothing (page-furniture.ts).
  const { headings, byline } = furnitureParagraphs(paragraphs, outlets);
  const locators = paragraphLocators(
    paragraphs.length,
    (i) => i === headline || i === byline || headings.has(i),
  );
  const locatorOf = (unit: Unit) => locators[unit.paragraph] ?? `para. ${unit.paragraph + 1}`;
  const pulled = pullQuotes(units);
  // A transcript's turns ("THE PRESIDENT:  …", "Q  …"): each paragraph its labelled speaker's (transcript-turns.ts).
  const turns = transcriptTurns(paragraphs);
  // A speech's excerpts printed as bare quotation paragraphs under a lead naming the speaker (speech-highlights.ts).
  for (const [i, t] of speechHighlights(paragraphs)) if (!turns.has(i)) turns.set(i, t);
  const ctx: RulesContext = {
    paragraphs,
    passages,
    articleText,
    published,
    units,
    indexOfUnit,
    outlets,
    referents,
    bodies,
    descriptions,
    reportAuthored,
    heName,
    times,
    headline,
    headings,
    locatorOf,
    pulled,
    turns,
    onProgress: options.onProgress,
    step,
    claims,
    furniture,
    questions,
    framed,
    frames,
    offset: 0,
    unitIndex: -1,
    lastClaimAt: -1,
    listSpeaker: undefined,
    leadIn: undefined,
    headingOfLine: undefined,
    runOn: [],
    runOnParagraph: -1,
    openedOnBody: undefined,
    issuerless: undefined,
    lastShareGroup: undefined,
    issuers: new Map(),
  };
  units.forEach((unit, index) => readUnit(ctx, unit, index));
  labelLineRelays(claims);
  passageClaims(claims, passages, units, outlets);
  // (The generic noun named next first: "Her sister told CNN …" then "“…,” said Jane Roe" is one speaker's
  // run, the name the run compares.)
  namedNext(claims, units);
  interviewsNamedAgain(claims, units);
  relayRuns(claims, units);
  reprintRelays(claims, paragraphs[0]);
  return {
    text: paragraphs.join('\n\n'),
    units,
    claims: claims.map((c) => ({ candidate: c.candidate, units: c.units })),
    furniture,
    questions,
    framed,
    frames,
    locators,
    ...(published ? { published } : {}),
    ...(ownDate && (ownDate.published || ownDate.dateline) ? { ownDate } : {}),
    says,
  };
}
