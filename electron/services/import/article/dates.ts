// The event date a unit gives, resolved against the article's publication date: "on Wednesday", "late
// Thursday", "last week", "yesterday", "on March 1", "Dec. 18", "12 April". The first date expression
// outside quotations counts; one in an "until …"/"after …" clause dates something else. With no publication
// date nothing is dated, not even a full date (the labels' convention, settled in session 21): the reader
// cannot tell "on Monday" from "on March 6", and a date the text gives may be of what was said.
import {
  FUTURE_MARKERS,
  MONTHS,
  OUTLET_NAME_ENDINGS,
  TODAY_AS_NOW_NOUNS,
  WEEKDAYS,
  WEEKDAY_IN_NAME,
} from './lexicon';

const DAY_MS = 86_400_000;
/** Prepositions: a "that" after one is a demonstrative ("in that city"), not a clause's opening. */
const PREPOSITION =
  /^(?:in|of|at|on|for|to|from|with|by|about|into|over|under|near|across|during|within|throughout|toward|towards|against|like)$/;
/** Verbs whose "that" opens what was said, not a relative clause. */
const SAYING =
  /^(?:said|says|say|told|tells|added|announced|confirmed|warned|argued|noted|insisted|claimed|stated|believes?|believed|thinks?|thought|hopes?|hoped|reported|wrote|explained|added|acknowledged|admitted|denied|suggested|indicated|estimated|predicted|expects?|expected|showed|shows|found|learned|knew)$/;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parseIso = (s: string | undefined): number | undefined => {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t;
};

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_NAMES = WEEKDAYS.join('|');
/** Holidays that name a day: "On Thanksgiving", "on Christmas Eve" (see holidayDate). */
const HOLIDAY_NAMES =
  "Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)|Halloween|Valentine['’]s Day|Independence Day|the Fourth of July|Boxing Day|Labor Day|Memorial Day";
/**
 * One alternation per kind of expression; which group matched tells the kind. ("Earlier in the day" and "later
 * in the day" are none: they count from a day told before, not from publication — the corpus README's "earlier
 * in the day" after the lead's "on Sunday".)
 */
const EXPRESSION = new RegExp(
  [
    `\\b(${WEEKDAY_NAMES})(?:['’]s)?\\b`,
    `\\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\\b`,
    `\\b(last|this|next) (week|month|year)\\b`,
    `\\b(?:in|over|during) (?:the|this) (past) (week)\\b`,
    `\\b(last|this) (weekend)\\b(?!['’]s)`,
    `\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`,
    `\\b(\\d{1,2}) (${MONTH_NAMES})\\b(?:,? (\\d{4}))?`,
    `\\bon (${HOLIDAY_NAMES})\\b`,
  ].join('|'),
  'gi',
);
/** The rest of a list of dates and the year they share (", August 7, and August 21, in 2023", " and 9 May 2021"). */
const LISTED_YEAR = new RegExp(
  `^(?:,?\\s+(?:and\\s+)?(?:(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTH_NAMES})))+,?\\s+(?:in\\s+)?(\\d{4})\\b`,
  'i',
);
/** Words before an expression that make it a bound of something else, not when the event happened. */
const NOT_EVENT =
  /\b(?:until|till|before|after|since|from|through|between|ahead of|ended|ending|starting|beyond|expiring|expires|expire|expired|effective)\s+(?:\S+\s+){0,1}$|\bby\s+(?:(?:next|this|last|early|late|mid|the)\s+)?$/i;

/** A date line the text opens with ("Thursday, May 7, 2015 On Tuesday, …"): the page's date, not the event's. */
const DATE_LINE = new RegExp(
  `^\\s*(?:(?:${WEEKDAY_NAMES}),?\\s+)?(?:${MONTH_NAMES})\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b(?=\\s+\\p{Lu}|\\s*$)`,
  'iu',
);
/** A subordinate clause before the date ("that after it joins the court on April 1, …") dates its own event. */
const SUBORDINATE = /\b(?:after|until|till|before|since|once|unless)\s+(?:\S+\s+){2,}/i;
/** A subordinate clause whose subject and verb are the claim's, after a date of the main clause. */
const SUBORDINATE_CLAIM =
  /\b(?:after|because|since|while|until|till|once|before)\s+(?:[^\s,;:—–()“”"]+\s+){1,6}$/iu;
/**
 * A relative clause whose verb is the claim's, after a date of the main clause ("a raid on Thursday that the
 * city's mayor said …", "passed the bill on Tuesday night that Democrats called …", "ordered an inquiry on
 * Tuesday into what officials say is …"): its subject after "that" or "what", opened by a determiner, a
 * capital or a pronoun (not "the firm that owns the plant said": a verb first). ("…, who confirmed",
 * "supporters who blasted", "a tweet in which he called": the main clause's event is the claim's, and its date.)
 */
const RELATIVE_CLAIM =
  /\b(?:that|what)\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|many|it|he|she|they|we|I|\p{Lu}[\p{L}'’.-]*)\s+)(?:[^\s,;:—–()“”"]+\s+){0,4}$/u;
/** An infinitive between the verb of saying and the date ("told staff not to respond … in the last week"). */
const INFINITIVE = /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)\p{Ll}+\b/u;

/** Verbs that tell someone to do something: the date after their infinitive is of that deed. */
const DIRECTIVE =
  /^(?:told|tell|tells|asked|asks|urged|urges|ordered|orders|instructed|advised|encouraged|directed|pressed|called)$/i;

/** An occasion words are said at, after a day's possessive ("at Tuesday's hearing", "at today's meeting"). */
const OCCASION =
  /^\s*(?:\S+\s+)?(?:hearing|rally|event|meeting|news\s+conference|press\s+conference|briefing|session|speech|debate|march|vigil|summit|ceremony|interview|forum)\b/i;

/** Words a paper's issue is named by, after a day's possessive ("in today's editions", "in yesterday's issue"). */
const ISSUE = /^\s*(?:editions?|issue|newspaper|paper)\b/i;

/** The start of a publication's name or issue ("New England Journal of Medicine", "Financial Times", "editions"). */
function isPublication(after: string): boolean {
  if (ISSUE.test(after)) return true;
  const names = after.match(/^\s*((?:\p{Lu}[\p{L}'’.-]*\s+(?:of\s+)?){0,4}\p{Lu}[\p{L}'’.-]*)/u)?.[1] ?? '';
  return names.split(/\s+/).some((w) => OUTLET_NAME_ENDINGS.has(w.toLowerCase()));
}

/** The first date expression of a text (EXPRESSION, not global). */
const FIRST_EXPRESSION = new RegExp(EXPRESSION.source, 'i');
/** A weekday right before the verb ("Shapps on Thursday said"). */
const WEEKDAY_BEFORE_VERB = new RegExp(`(?:^|\\s)(?:on\\s+)?(${WEEKDAY_NAMES})\\s+(?:also\\s+)?$`, 'i');

/** What may stand between a verb of saying and the date it carries: a place or hearer after a preposition. */
const AFTER_SAYING =
  /^\s*(?:(?:to|at|in|before)\s+(?:[\p{L}'’.-]+\s+){1,4}?)?(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/u;
/** … and after a verb of telling, its hearer without one ("told reporters late Friday"). */
const AFTER_TELLING =
  /^\s*(?:(?:to|at|in|before)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$/u;

/** Where the unit's frame is: its cue (verb of saying) and where that ends. */
export interface DateFrame {
  at?: number;
  end?: number;
}

/** ISO date of the unit's event, if its text dates it and the publication date lets it be resolved. */
export function eventDate(
  text: string,
  published: string | undefined,
  masked: (i: number) => boolean,
  frame: DateFrame = {},
): string | undefined {
  const pub = parseIso(published);
  if (pub === undefined) return undefined;
  // "The Mail on Sunday", "the Sunday Times", "Super Tuesday": a weekday in a name is no date.
  const named = [...text.matchAll(WEEKDAY_IN_NAME)].map((n) => [n.index, n.index + n[0].length]);
  const dateLine = DATE_LINE.exec(text);
  const from = dateLine ? dateLine[0].length : 0;
  // "The broadcasts began on August 10 and South Korea says …": a clause of its own before "and" and the
  // subject of the verb of saying dates that clause, not what was said.
  let coordinated = 0;
  if (frame.at !== undefined) {
    const before = text.slice(0, frame.at);
    const and = /\band\s+((?:\S+\s+){1,5})$/u.exec(before);
    // The part before "and" must be a clause with its own verb, not a first subject ("Smith and Jones said").
    // (A comma may close it before the "and": "halted the program on Feb. 25, and Ruiz said …".)
    const first = and
      ? (before
          .slice(0, and.index)
          .replace(/[\s,]+$/u, '')
          .split(/[,;—–]/)
          .at(-1) ?? '')
      : '';
    // "The tagline drew ridicule on Monday, but Noem cited …": a clause closed by ", but" before the
    // claim's subject is another event's, whatever its verb.
    const but = /,\s+but\s+((?:\S+\s+){1,5})$/u.exec(before);
    if (but && !/[,;—–()]/.test(but[1] ?? '') && /\p{Lu}|\bthe\b|^(?:he|she|they|it)\s/u.test(but[1] ?? ''))
      coordinated = but.index;
    else if (
      and &&
      !/[,;—–()]/.test(and[1] ?? '') &&
      /\p{Lu}|\bthe\b/u.test(and[1] ?? '') &&
      /\b(?:was|were|is|are|has|have|had|began|begun|came|went|\p{Ll}{3,}ed)\b/u.test(first)
    )
      coordinated = and.index;
  }
  // A date right after the claim's own verb ("…, said Amnesty International on Tuesday, November 19";
  // "it announced an order … on Monday"): a date before it in a clause about something else yields to it.
  const ownLater =
    frame.end !== undefined &&
    [...text.slice(frame.end).matchAll(EXPRESSION)].some((m) => !masked((frame.end as number) + m.index));
  // The date the claim's own verb carries ("…, Grant Shapps said on Thursday", "officials said Friday",
  // "Shapps on Thursday said"): it dates the claim, before any date inside what was said ("arrivals after
  // 4am on Saturday must isolate", "will be loaded on August 21").
  const carried = frame.end === undefined ? undefined : carriedDate(text, frame, masked);
  const start = Math.max(from, carried ?? 0);
  let possessive: RegExpMatchArray | undefined;
  for (const m of text.matchAll(EXPRESSION)) {
    if (masked(m.index)) continue;
    if (m.index < start || m.index < coordinated) continue;
    if (named.some(([from, to]) => m.index >= (from as number) && m.index < (to as number))) continue;
    // "on Saturday, May 18": the date written out dates it, not the weekday.
    if (
      new RegExp(`^,?\\s+(?:${MONTH_NAMES})\\.?\\s+\\d`, 'i').test(text.slice(m.index + m[0].length)) &&
      /^\p{Lu}\p{Ll}+day$/u.test(m[0])
    )
      continue;
    // "Today, many programmers leave science", "makes its money today by licensing": today as now, not a
    // day. The day it is when its clause tells of something done or to come, or the claim's verb is next to it.
    // ("today's …" is left to the possessive's rule below.)
    if (
      /^today$/i.test(m[0]) &&
      !/^['’]s\b/u.test(text.slice(m.index + m[0].length)) &&
      !isTheDay(text, m.index, frame)
    )
      continue;
    // "Windslowe, who police said uses aliases, was arraigned Tuesday": the claim is the relative
    // clause's, the date the main clause's, after the relative clause closes.
    if (frame.at !== undefined && frame.end !== undefined && m.index > frame.end) {
      const opening =
        text
          .slice(0, frame.at)
          .split(/[,;—–]/)
          .at(-1) ?? '';
      if (
        /\b(?:who|which|whom)\b/i.test(opening) &&
        /,["”’]?\s+(?:\p{Ll}+\s+)?(?:was|were|is|are|will|would|has|have|had)\b/u.test(
          text.slice(frame.end, m.index),
        )
      )
        continue;
    }
    // "Markets were mixed Tuesday after CNBC reported …", "kept the block Monday after some groups said
    // …": the claim is an "after …" or "because …" clause's, and the date before it is the main clause's
    // event (session 27); so is a relative clause's claim ("a raid on Thursday that the mayor said …").
    if (
      frame.at !== undefined &&
      m.index < frame.at &&
      (SUBORDINATE_CLAIM.test(text.slice(m.index + m[0].length, frame.at)) ||
        RELATIVE_CLAIM.test(text.slice(m.index + m[0].length, frame.at)))
    )
      continue;
    if (NOT_EVENT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "between Nov. 28, 2005, and Oct. 12, 2006": the second bound of a span is no event date either.
    // "from July 1, 1987, to June 30, 1990": so is the end of a span opened by "from".
    if (
      /\b(?:between\s+[^;]{1,40}?\s+(?:and|to)|from\s+[^;]{1,40}?\s+to)\s+$/i.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      continue;
    // "USA TODAY", "NBC's Today show": "Today" capitalised inside a sentence is a name, not the day.
    if (
      /^to(?:day|night)$/i.test(m[0]) &&
      /^T/.test(m[0]) &&
      /[\p{L}\p{N}'’]\s+$/u.test(text.slice(0, m.index))
    )
      continue;
    // "yesterday’s earlier incident": a day's possessive dates its noun, unless the noun is an occasion
    // the words were said or taken up at ("at today's meeting", "during yesterday's hearing").
    if (
      /^(?:today|yesterday|tomorrow|tonight)$/i.test(m[0]) &&
      /^['’]s\b/u.test(text.slice(m.index + m[0].length))
    ) {
      const after = text.slice(m.index + m[0].length + 2, m.index + m[0].length + 32);
      const lead10 = text.slice(Math.max(0, m.index - 10), m.index);
      if (
        (/\b(?:at|during)\s+$/i.test(lead10) && OCCASION.test(after)) ||
        // "a report in today's New England Journal of Medicine", "said in yesterday's editions": the
        // paper of that day carries what is reported.
        (/\bin\s+$/i.test(lead10) && isPublication(after))
      ) {
        const shift = { yesterday: -1, tomorrow: 1 }[m[0].toLowerCase() as 'yesterday'] ?? 0;
        return iso(pub + shift * DAY_MS);
      }
      // "said today's signing was …", "welcomed today's cut in rates", "said tomorrow's figures will
      // show …": in the text's own narration (a dated text's "today" is its own day, session 26) the day
      // the noun names is the claim's, as the bare word's (session 27); "in today's world", "today's
      // youth" are now, and "yesterday's earlier incident" stays another event's.
      // ("Lloyds has said it is reviewing the matter and Moore denied that today's …": a clause of its
      // own, with its own subject and verb after "and", dates that clause's claim, not this one.)
      const ownClause =
        frame.end === undefined ||
        m.index < frame.end ||
        !/\band\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}+(?:ed|s)\b/u.test(text.slice(frame.end, m.index));
      if (/^(?:today|tonight|tomorrow)$/i.test(m[0]) && !TODAY_AS_NOW_NOUNS.test(after) && ownClause)
        return iso(pub + (/^tomorrow$/i.test(m[0]) ? DAY_MS : 0));
      continue;
    }
    // "received threats after the Lions’ Nov. 9 loss", "before Monday’s vote": the date of the event the
    // clause is about, its noun's owner between.
    if (
      /\b(?:until|till|before|since|after|following)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}[\p{L}.-]+['’]s?\s+$/iu.test(
        text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      continue;
    const segment =
      text
        .slice(0, m.index)
        .split(/[,;—–]/)
        .at(-1) ?? '';
    // "after it joins the court on April 1, it will press charges": a clause about what is yet to come.
    if (SUBORDINATE.test(segment) && FUTURE_MARKERS.test(text.slice(m.index, m.index + 120))) continue;
    // "since the office began taking claims late on Friday, the mayor said on Monday": a "since" or
    // "until" clause bounds a span, however long, as "since Friday" does.
    if (/\b(?:since|until|till)\s+(?:\S+\s+){2,}$/i.test(segment)) continue;
    // "told employees not to respond … in the last week": the date of what they were told to do.
    if (frame.end !== undefined && m.index > frame.end) {
      const between = text.slice(frame.end, m.index);
      const infinitive = INFINITIVE.exec(between);
      // A verb that tells someone to do something, its object first ("told employees not to"); "said it
      // declined to comment on Tuesday" is dated.
      const object = between.slice(0, infinitive?.index ?? 0).trim();
      const cue =
        frame.at !== undefined ? (text.slice(frame.at, frame.end).trim().split(/\s+/)[0] ?? '') : '';
      if (
        infinitive &&
        DIRECTIVE.test(cue) &&
        object !== '' &&
        !/\b(?:it|he|she|they|we|i|you)\b/i.test(object) &&
        !/[,;]/.test(between) &&
        object.split(/\s+/).length <= 5
      )
        continue;
    }
    // "Tuesday’s elections": the weekday dates the noun it qualifies.
    // ("said at Tuesday’s hearing", "told Saturday’s rally", "said of Saturday’s event": the words were
    // said at the event the weekday dates, and it dates them.)
    if (
      /['’]s$/u.test(m[0]) &&
      !(
        /^\p{Lu}\p{Ll}+day['’]s$/u.test(m[0]) &&
        /\b(?:at|during|told|addressed|of)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
        OCCASION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
      )
    ) {
      // "Hegseth said Friday's dismissals affected six generals", "condemned Wednesday's attack",
      // "Wednesday's rate increase reflects …, she said": what the claim is about is the weekday's event,
      // and with no other date in the unit it dates the claim (not "his triumph in Tuesday's elections":
      // a noun inside a phrase about something else).
      if (
        possessive === undefined &&
        /^\p{Lu}\p{Ll}+day['’]s$/u.test(m[0]) &&
        !/\b(?:in|at|on|of|for|with|from|to|over|about|against|during|by|into|ahead\s+of)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(0, m.index - 14), m.index),
        )
      )
        possessive = m;
      continue;
    }
    // "cancelling a scheduled Dec. 15 tariff", "talks set for Friday": the date of what is planned.
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (
      /\b(?:scheduled|planned|slated|due|set|to be held|to take place)\s+(?:for\s+|on\s+)?(?:last\s+|next\s+|this\s+)?$/i.test(
        lead,
      )
    )
      continue;
    // "an interview published this morning": a paper's time stamp told from the article's own day, not
    // when the words were said (a date proper, "published Oct. 25", "aired Saturday", still dates them).
    if (/^(?:today|tonight|this)/i.test(m[0]) && /\b(?:published|posted)\s+$/i.test(lead)) continue;
    // "the flight that went missing on March 8", "referring to …": a date inside a clause about
    // something else; "said that on Monday …" (a verb's "that") still dates the claim.
    const clause =
      text
        .slice(0, m.index)
        .split(/[,;—–]/)
        .at(-1) ?? '';
    const relative = /\b([a-z]+)\s+(?:that|which|who)\b/.exec(clause);
    // "told reporters at a news conference that officials began …": the claim's own verb, its hearers and
    // where it was said between, still opens the "that" of what was said.
    const thatAt = relative ? m.index - clause.length + relative.index + (relative[1]?.length ?? 0) : -1;
    const ownThat =
      relative !== null &&
      /\bthat$/.test(relative[0]) &&
      frame.end !== undefined &&
      frame.end <= thatAt &&
      !/[,;]/.test(text.slice(frame.end, thatAt)) &&
      text.slice(frame.end, thatAt).trim().split(/\s+/).length <= 8 &&
      // What stands between is where it was said ("backstage", "at a news conference") or, after a verb
      // with a hearer ("told reporters"), who heard it — not a noun the "that" qualifies ("said the
      // flight that went missing on Tuesday").
      (/^\s*(?:(?:at|in|on|during|before|to|backstage|later|earlier|again|also|\w+ly)\b|$)/i.test(
        text.slice(frame.end, thatAt),
      ) ||
        /\b(?:told|tells|tell|informed|informs|assured|reminded|warned|promised)\s*$/i.test(
          text.slice(frame.at ?? frame.end, frame.end),
        )) &&
      // "… that no-one could predict what might happen on Feb. 9": what may come is not the claim's date.
      !/\b(?:will|would|might|may|could|can|shall)\b/i.test(text.slice(thatAt, m.index));
    // "in that city on Monday", "at that meeting Friday": after a preposition "that" points, it opens no clause.
    const demonstrative =
      relative !== null &&
      /^that\b/.test(relative[0].slice((relative[1] ?? '').length).trim()) &&
      PREPOSITION.test(relative[1] ?? '');
    if (relative && !SAYING.test(relative[1] ?? '') && !ownThat && !demonstrative) continue;
    // "…,” said Hill, who will testify Thursday.": a relative clause after the speaker's name dates what
    // it tells of them, unless the claim's own verb is in it ("Trump, who said Monday …").
    if (
      /^\s*(?:who|which|whose)\b/.test(clause) &&
      (frame.at === undefined ||
        frame.at < m.index - clause.length ||
        (ownLater && frame.at > m.index && /,/.test(text.slice(m.index, frame.at))))
    )
      continue;
    // "In addition to its order of 30 jets Wednesday, it announced … on Monday": an opening phrase of
    // another event, when the claim's own verb has a date of its own.
    if (
      ownLater &&
      frame.at !== undefined &&
      frame.at > m.index &&
      /^\s*(?:In addition to|Besides|Unlike|Despite|Following|Along with|Apart from|Aside from)\b/i.test(
        text.slice(0, m.index),
      )
    )
      continue;
    if (/\breferring to\b/i.test(clause)) continue;
    const [
      ,
      weekday,
      deictic,
      lastThis0,
      unit0,
      past,
      pastUnit,
      weekendWhich,
      ,
      monthA,
      dayA,
      yearA,
      dayB,
      monthB,
      yearB,
      holiday,
    ] = m;
    if (holiday) {
      const ahead = FUTURE_MARKERS.test(text.slice(m.index, m.index + 80));
      return holidayDate(holiday, pub, ahead);
    }
    // "in the past week" reaches back as "last week" does.
    const lastThis = lastThis0 ?? (past ? 'last' : undefined);
    const unit = unit0 ?? pastUnit;
    if (weekday) return weekdayDate(text, m, weekday, pub);
    // "last weekend", "this weekend": the weekend's Saturday (the fixtures' convention); "this weekend"
    // with a verb that looks ahead is the coming one.
    if (weekendWhich) {
      const before = text.slice(0, m.index);
      const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), 0);
      const ahead = FUTURE_MARKERS.test(text.slice(from, m.index + 40));
      return weekendDate(weekendWhich.toLowerCase() === 'last', ahead, pub);
    }
    if (deictic) {
      // "this morning", "tonight": the day of publication; "last night" the day before.
      const shift =
        { yesterday: -1, tomorrow: 1, 'last night': -1 }[deictic.toLowerCase() as 'yesterday'] ?? 0;
      return iso(pub + shift * DAY_MS);
    }
    if (lastThis) {
      // Only "last week" names a day we can stand by (a week before publication); months and years do not.
      if (unit?.toLowerCase() !== 'week' || lastThis.toLowerCase() !== 'last') continue;
      return iso(pub - 7 * DAY_MS);
    }
    const month = MONTHS.get((monthA ?? monthB ?? '').toLowerCase());
    const day = Number(dayA ?? dayB);
    // "on July 31, August 7 and August 21, in 2023": a list of dates shares the year written after it.
    const year = yearA ?? yearB ?? LISTED_YEAR.exec(text.slice(m.index + m[0].length))?.[1];
    if (!month || !day || day > 31) continue;
    // "May 5" needs a capital: "may" is also a verb.
    if ((monthA ?? monthB ?? '').toLowerCase() === 'may' && !/^M/.test(monthA ?? monthB ?? '')) continue;
    let y: number;
    if (year) y = Number(year);
    else {
      const p = new Date(pub);
      y = p.getUTCFullYear();
      // "Dec. 28" in an article of early January is last December; "would hold a hearing June 2" in April
      // is this year's June, and "will be sworn in on January 20" in December next year's January.
      const lead80 = text.slice(Math.max(0, m.index - 80), m.index);
      const ahead = FUTURE_MARKERS.test(lead80) || /\bwould\b/i.test(lead80);
      if (!ahead && month > p.getUTCMonth() + 2) y--;
      else if (ahead && month < p.getUTCMonth() - 1) y++;
    }
    const t = Date.UTC(y, month - 1, day);
    if (new Date(t).getUTCDate() !== day) continue;
    // "would hand back the territory on December 20, 1999", "the agreement expiring on June 30, 1987": a
    // date written out with its year, after publication, is what is planned, not when anything was said.
    if (year && t > pub) continue;
    return iso(t);
  }
  if (possessive?.[1]) return weekdayDate(text, possessive, possessive[1], pub);
  return undefined;
}

/**
 * Where the date the claim's verb carries begins: right after the verb, at most a hearer or a place between
 * ("said Friday", "told reporters on Monday", "announced late Tuesday", "said at Friday's briefing"), or right
 * before it ("on Thursday said"); a span's bound ("said until Friday") is not.
 */
function carriedDate(text: string, frame: DateFrame, masked: (i: number) => boolean): number | undefined {
  const end = frame.end ?? 0;
  // A verb with a hearer ("told reporters late Friday") may have them before the date without a preposition.
  const next = /\b(?:told|tells|tell|informed|assured|briefed|reminded)\s*$/i.test(
    text.slice(frame.at ?? end, end),
  )
    ? AFTER_TELLING
    : AFTER_SAYING;
  // The first date after the verb, if it is the verb's.
  const m = FIRST_EXPRESSION.exec(text.slice(end));
  if (m && !masked(end + m.index)) {
    const between = text.slice(end, end + m.index);
    // "said at Friday's briefing": the occasion the words were said at.
    if (/['’]s$/u.test(m[0])) return /^\s*(?:at|during)\s+$/i.test(between) ? end + m.index : undefined;
    if (next.test(between)) return end + m.index;
  }
  if (frame.at === undefined) return undefined;
  const before = text.slice(Math.max(0, frame.at - 40), frame.at);
  const lead = WEEKDAY_BEFORE_VERB.exec(before);
  if (lead?.[1]) {
    const at = frame.at - before.length + lead.index + lead[0].indexOf(lead[1]);
    if (!masked(at)) return at;
  }
  return undefined;
}

/** A verb in the past, or one that looks ahead: a clause that tells of something done or to come. */
const DONE_OR_TO_COME =
  /\b(?:said|told|was|were|did|had|would|will|shall|likely to|going to|\p{Ll}{2,}ed)\b|\b(?:is|are) (?:expected|set|due|to)\b/u;

/**
 * "today" as the day of publication, not as "now": its clause tells of something done or to come ("filed
 * earlier today", "said it would not rule today"), or the claim's own verb is beside it ("today urges",
 * "told reporters today"). "Today, many programmers leave", "makes its money today by licensing", "in
 * service today": now.
 */
function isTheDay(text: string, at: number, frame: DateFrame): boolean {
  const near = (i: number | undefined) => i !== undefined && Math.abs(i - at) <= 24;
  if (near(frame.at) || near(frame.end)) return true;
  const before = text.slice(0, at);
  const from = Math.max(...[',', ';', '—', '–', '('].map((c) => before.lastIndexOf(c))) + 1;
  let after = text.slice(at + 5);
  // "Today, the service said …", "Earlier today, …": a sentence that opens on it, its clause the one after
  // the comma.
  if (/^\s*(?:\p{L}+\s+)?$/u.test(before)) after = after.replace(/^\s*(?:\([^)]*\))?\s*,/, '');
  const to = after.search(/[,;—–)]/);
  const clause = before.slice(from) + ' ' + (to < 0 ? after : after.slice(0, to));
  return DONE_OR_TO_COME.test(clause);
}

/** The date of a weekday the text names: the week gone by, unless the verb looks ahead. */
function weekdayDate(text: string, m: RegExpMatchArray, weekday: string, pub: number): string {
  const index = m.index ?? 0;
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  const pubDay = new Date(pub).getUTCDay();
  // News speaks of the week gone by, unless the verb looks ahead ("will announce on Friday"); a
  // weekday right after a verb of saying in the past ("an official said Saturday") is gone by.
  const clause = text.slice(0, index);
  const saidThen =
    /\b(?:said|told|wrote|added|announced|confirmed|reported)\s+(?:\S+\s+){0,3}?(?:(?:on|late|early)\s+)?$/i.test(
      clause,
    );
  // ("Apple on Monday announced it will invest …": a verb in the past right after the weekday is done, what
  // it tells of to come.)
  const didThen = /^\s+(?:also\s+)?(?:said|told|wrote|\p{Ll}{3,}ed)\b/u.test(text.slice(index + m[0].length));
  const from = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), 0);
  // ("said they would come back to it on Wednesday": what was to come when it was said, as "will"; not
  // "would investigate a spill sighted on Monday", "would look into reports of a blast on Sunday": a
  // participle or an "of" between, the weekday dates a noun's past event.)
  const wouldDo = /\bwould\s+((?:\S+\s+)*)$/i.exec(text.slice(from, index));
  const ahead =
    !saidThen &&
    !didThen &&
    (FUTURE_MARKERS.test(text.slice(from, index + 40)) ||
      (wouldDo !== null && !/\b(?:\p{Ll}{3,}ed|of)\s/u.test(wouldDo[1] ?? '')));
  let back = (pubDay - target + 7) % 7;
  // "announced last Thursday" in a Thursday's paper: a week ago.
  if (back === 0 && /\blast\s+$/i.test(clause)) back = 7;
  return iso(ahead ? pub + ((target - pubDay + 7) % 7) * DAY_MS : pub - back * DAY_MS);
}

/**
 * The Saturday of "last weekend" or "this weekend": the weekend gone by (in a Saturday or Sunday story, "this
 * weekend" is the one under way and "last weekend" the one before); "this weekend" looking ahead is the coming one.
 */
function weekendDate(last: boolean, ahead: boolean, pub: number): string {
  const pubDay = new Date(pub).getUTCDay();
  // Days back to the Saturday on or before publication (0 on a Saturday, 1 on a Sunday).
  let back = (pubDay - 6 + 7) % 7;
  if (last && back <= 1) back += 7;
  if (!last && ahead && back > 1) back -= 7;
  return iso(pub - back * DAY_MS);
}

/** The day a holiday fell on nearest before publication (after it, when the verb looks ahead). */
function holidayDate(name: string, pub: number, ahead: boolean): string {
  const n = name.toLowerCase().replace(/’/g, "'");
  const nthWeekday = (year: number, month: number, weekday: number, nth: number) => {
    // nth > 0 from the month's start; -1 is the month's last.
    if (nth > 0) {
      const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
      return Date.UTC(year, month, 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7);
    }
    const lastDay = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7));
  };
  const inYear = (y: number): number => {
    if (n.startsWith('thanksgiving')) return nthWeekday(y, 10, 4, 4);
    if (n === 'labor day') return nthWeekday(y, 8, 1, 1);
    if (n === 'memorial day') return nthWeekday(y, 4, 1, -1);
    if (n === 'christmas eve') return Date.UTC(y, 11, 24);
    if (n.startsWith('christmas')) return Date.UTC(y, 11, 25);
    if (n === 'boxing day') return Date.UTC(y, 11, 26);
    if (n === "new year's eve") return Date.UTC(y, 11, 31);
    if (n.startsWith('new year')) return Date.UTC(y, 0, 1);
    if (n === 'halloween') return Date.UTC(y, 9, 31);
    if (n.startsWith('valentine')) return Date.UTC(y, 1, 14);
    return Date.UTC(y, 6, 4);
  };
  const y = new Date(pub).getUTCFullYear();
  const t = inYear(y);
  if (ahead) return iso(t >= pub ? t : inYear(y + 1));
  return iso(t <= pub ? t : inYear(y - 1));
}
