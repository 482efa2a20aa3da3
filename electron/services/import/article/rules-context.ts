// What the rules' phases share while they read one article (proposeByRules in index.ts): the article as
// read and the readers built over it before any unit is read, what the reading gives (the claims, which
// units are furniture, questions, frames), and the few things one unit's reading leaves for the next ones
// (the speaker of a list, a lead-in, quotations left open, the body a unit opened on, a paper's issuer).
// Apart so that each phase (unit-reading, unit-claims, topic-lines, paper-issuers, claims and the speaker's
// steps) takes one typed object instead of closing over the dozens of variables of one long function.
import type { CandidateFact } from '../../../contract/api';
import type { Attribution } from './attribution';
import type { DateFrame } from './dates';
import type { Descriptions } from './descriptions';
import type { Bodies } from './entities';
import type { Outlets } from './outlets';
import type { QuotedPassage } from './quoted-passages';
import type { Referents } from './resolution';
import type { Unit } from './segmentation';
import type { TurnParagraph } from './transcript-turns';

export interface Claim {
  candidate: CandidateFact;
  paragraph: number;
  hasQuote: boolean;
  /** What the speaker is, for a quotation that runs on to keep them the one "she" and "he" reach. */
  kind?: 'person' | 'body' | 'group';
  /** The units (indices into the article's) the claim's sentence holds. */
  units: number[];
}

/**
 * "Secretary Roe then made the rounds on television:" and the topic lines after it ("On fares: “…”").
 * (A heading naming the official, "Secretary Roe on This Week", gives its title to the first line only,
 * whose claim holds the heading's words.)
 */
export interface LeadIn {
  found: Attribution;
  paragraph: number;
  heading?: string;
  first?: boolean;
}

/**
 * A quotation paragraph left open (`“A. B.` with no closing mark) whose speaker the next paragraph may name
 * (`“C,” said X.`): its claim as a continuation of the quotation before it, or the claim it was taken into.
 */
export interface RunOnQuote {
  unit: Unit;
  quotes: string[];
  claim?: Claim;
  into?: Claim;
}

/** A name and the paragraph it was last met in. */
export interface NamedAt {
  name: string;
  paragraph: number;
}

export interface RulesContext {
  // The article as read, and what is read of it before its units are.
  readonly paragraphs: string[];
  /** Passages quoted from an outlet under a lead-in naming it (quoted-passages.ts). */
  readonly passages: QuotedPassage[];
  /** The paragraphs joined by line breaks. */
  readonly articleText: string;
  readonly published: string | undefined;
  readonly units: Unit[];
  readonly indexOfUnit: Map<Unit, number>;
  readonly outlets: Outlets;
  readonly referents: Referents;
  readonly bodies: Bodies;
  readonly descriptions: Descriptions;
  readonly reportAuthored: boolean;
  /** A person whose surname is "He", named after a title ("Vice Premier He Lifeng"). */
  readonly heName: string | undefined;
  /** How often the article writes a name, counted once per name (a long article asks again and again). */
  readonly times: Map<string, number>;
  /** The headline paragraph (headlineIndex), and the furniture paragraphs (page-furniture.ts). */
  readonly headline: number;
  readonly headings: Set<number>;
  readonly locatorOf: (unit: Unit) => string;
  /** Units the page repeats as pull quotes (pull-quotes.ts). */
  readonly pulled: Set<number>;
  /** A transcript's turns and a speech's excerpts, by paragraph. */
  readonly turns: Map<number, TurnParagraph>;
  /** Called every `step` units with the share done; false stops the reading. */
  readonly onProgress: ((done: number) => boolean | void) | undefined;
  readonly step: number;

  // What the reading gives.
  readonly claims: Claim[];
  readonly furniture: boolean[];
  readonly questions: boolean[];
  readonly framed: boolean[];
  readonly frames: Array<DateFrame | undefined>;

  // What the units read so far leave for the next.
  /** Characters of the article before the unit being read. */
  offset: number;
  /** The index of the unit being read (the claims built are always of it). */
  unitIndex: number;
  /** The index of the last unit that gave a claim (a bare quotation right after it is its speaker's). */
  lastClaimAt: number;
  /** "X said:" ending a paragraph: the points that follow are the speaker's. */
  listSpeaker: Claim | undefined;
  leadIn: LeadIn | undefined;
  /** The heading the unit being read is the first line under (its claim holds it). */
  headingOfLine: string | undefined;
  /** Quotation paragraphs left open, and the paragraph of the last. */
  runOn: RunOnQuote[];
  runOnParagraph: number;
  /** The body the last unit opened on, for an unnamed spokesperson right after. */
  openedOnBody: NamedAt | undefined;
  /** A paragraph's claim of a report no one is named as issuing ("…, a report says."), for the next. */
  issuerless: { claim: Claim; paper: string; paragraph: number } | undefined;
  /** The group a share of it spoke for ("another 27 percent said"). */
  lastShareGroup: NamedAt | undefined;
  /** The last speaker who issued a statement or sent a letter, for "the statement said" after it. */
  readonly issuers: Map<string, NamedAt>;
}
