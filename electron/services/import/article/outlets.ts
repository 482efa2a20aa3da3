// Outlets: who reports or relays what others said. An outlet is never a fact's speaker; it is the relay,
// unless it is the article's own outlet (then the fact's source is that outlet's article).
import { BARE_CALL_SIGN, NAMES_WITH_BANG, OUTLET_NAME_ENDINGS } from './lexicon';
import { PLATFORMS, platformNamed } from '../../../core/platforms';
import { firstNameGender, tagsOf } from './recognition';

/**
 * News outlets and agencies, as {@link outletKey} writes them (lower case, no leading "the"). An outlet
 * reports or relays what others said; it is never the speaker of a fact.
 */
export const OUTLETS = new Set([
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
  'ft',
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
  'abc',
  'cbs',
  'nbc',
  'pbs',
  'cnbc',
  'msnbc',
  'usa today',
  'business insider',
  'huffpost',
  'newsweek',
  'forbes',
  'ruptly',
  'itv news',
  'daily mail',
  'new yorker',
  'propublica',
  'haaretz',
  'al arabiya',
  // Trade papers, magazines and sites that break news others cite ("Deadline reports that …", "according to
  // Box Office Mojo"), and journals that publish the papers news reports ("a paper in Nature argued").
  'deadline',
  'deadline hollywood',
  'variety',
  'hollywood reporter',
  'wrap',
  'thewrap',
  'box office mojo',
  'rolling stone',
  'billboard',
  'pitchfork',
  'tmz',
  'page six',
  'vanity fair',
  // Magazines that interview the people they cover ("he tells GQ").
  'gq',
  'vogue',
  'teen vogue',
  'esquire',
  'elle',
  'marie claire',
  "harper's bazaar",
  'cosmopolitan',
  'glamour',
  'instyle',
  'playboy',
  'entertainment weekly',
  'us weekly',
  'yahoo finance',
  'motherboard',
  'wired',
  'verge',
  'techcrunch',
  'engadget',
  'gizmodo',
  'mashable',
  'recode',
  'buzzfeed',
  'buzzfeed news',
  'daily beast',
  'slate',
  'salon',
  'vox',
  'atlantic',
  'new republic',
  'new scientist',
  'scientific american',
  'national geographic',
  'nature',
  'nature climate change',
  'nature communications',
  'lancet',
  'jama',
  'new england journal of medicine',
  'pnas',
]);

export { OUTLET_NAME_ENDINGS };

/**
 * Nouns by which a text presents a name as a publication: "the German daily Handelsblatt", "Kommersant
 * newspaper", "state news agency TASS". "agency", "service" and "site" only count after "news" or "wire"
 * ("the International Atomic Energy Agency" and "the Kremlin press service" speak for themselves).
 */
export const PUBLICATION_NOUNS = new Set([
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
/** A possessive before a publication noun: "its website", "their own channel" is the speaker's own. */
const OWN_POSSESSIVE = /^(?:its|his|her|their|our|my|own)$/;
export const PUBLICATION_AFTER_NEWS = new Set(['agency', 'service', 'site']);
/** Publication nouns a body's possessive makes its own ("the zoo’s website"), as "its website" is. */
const OWN_SITE_NOUNS = new Set(['website', 'site']);

/**
 * Words after an outlet's name that name its own edition on the web ("BBC News Online", "CNN Digital"):
 * told to the article's own outlet in its web edition, the words have no relay.
 */
export const OWN_EDITION_WORDS = new Set(['online', 'website', 'web site', 'site', 'digital', 'interactive']);

/**
 * Words in a broadcaster's name or a programme's owner ("BBC Radio 4", "BBC World Service", "BBC Two",
 * "Channel 4"): the words after its possessive are a programme ("Radio 4's Today programme").
 */
export const BROADCAST_WORDS =
  /\b(?:Radio|Television|TV|Channel|World Service|FM|One|Two|Three|Four|Five|Live|\d{1,2})$/u;

/** What a phrase names when it refers to a report rather than a speaker: "a Reuters report", "a report by AFP". */
export const REPORT_NOUNS = new Set([
  'report',
  'reports',
  'reporting',
  'story',
  'article',
  'investigation',
  'analysis',
]);

/** A person's name of two to four capitalised words ("Sui-Lee Wee", "Carla M. Diaz"). */
const PERSON = String.raw`(?<person>\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3})`;
/** A run of capitalised words where an outlet's name may open ("the New York Times"). */
const OUTLET = String.raw`(?:the\s+)?(?<outlet>\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4})`;
const JOURNALIST = String.raw`(?:correspondent|reporter|journalist|writer|columnist|editor|host|co-host|anchor|interviewer|producer)`;
/** Words that must be in a unit for it to name a reporter (a cheap test first). */
const REPORTER_CUES =
  /\b(?:correspondent|reporter|journalist|writer|columnist|reports|reported|writes|wrote|according to|per)\b/;
/** "Ana Roe of the Daily Post", "Ana Roe of NPR" (the whole phrase). */
const REPORTER_OF = new RegExp(String.raw`^${PERSON}\s+(?:of|for|at|with)\s+${OUTLET}$`, 'u');
/** "Daily Post correspondent Ana Roe", "VOA Pentagon correspondent Ana Roe" (the whole phrase). */
const OUTLET_REPORTER = new RegExp(String.raw`^${OUTLET}\s+${JOURNALIST}\s+${PERSON}$`, 'u');
/** "the FT's James Politi", "CNN’s Ana Roe" (the whole phrase): the outlet's journalist. */
const OUTLETS_PERSON = new RegExp(String.raw`^${OUTLET}['’]s?\s+${PERSON}$`, 'u');
/** Where a unit names a reporter with the outlet they work for. */
const REPORTER_PATTERNS: readonly RegExp[] = [
  // "according to Ana Roe of the Daily Post", "per Ana Roe of NPR", "Ana Roe of the Times reports".
  new RegExp(String.raw`\b(?:according to|per)\s+${PERSON}\s+(?:of|at|with)\s+${OUTLET}`, 'gu'),
  new RegExp(
    String.raw`${PERSON}\s+(?:of|at|with)\s+${OUTLET}\s+(?:reports|reported|writes|wrote|notes|noted)\b`,
    'gu',
  ),
  // "As Ana Roe reports for NPR", "Ana Roe wrote for the Daily Post".
  new RegExp(
    String.raw`${PERSON}\s+(?:reports|reported|writes|wrote|is reporting|has reported)\s+for\s+${OUTLET}`,
    'gu',
  ),
  // "Daily Post correspondent Ana Roe", "VOA Pentagon correspondent Ana Roe".
  new RegExp(String.raw`${OUTLET}\s+${JOURNALIST}\s+${PERSON}`, 'gu'),
  // "Ana Roe, a reporter for NPR", "Ana Roe, the paper's … correspondent" (an outlet named).
  new RegExp(
    String.raw`${PERSON},\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}${JOURNALIST}\s+(?:for|at|with)\s+${OUTLET}`,
    'gu',
  ),
];

/** A name as an outlet's is written: capitalised words, hyphens, dots ("Nice-Matin", "Cincinnati.com"). */
const OUTLET_WORDS = String.raw`\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,4}`;

/**
 * "Nice-Matin, a local newspaper", "Sidewire, a social media site", "KXYZ, the city's NBC station": a name the
 * text describes as a publication or station right after it, the description ending there (not "Ana Roe, a
 * newspaper editor"). The nouns are the plainly journalistic ones: "a network" or "a group" may be anything.
 */
const DESCRIBED_AS_OUTLET = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])(?<name>${OUTLET_WORDS}),\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:newspaper|paper|daily|weekly|tabloid|magazine|broadcaster|station|news\s+(?:agency|site|website|service|outlet)|newswire|(?:social\s+media|news|gossip)\s+(?:site|website|platform))(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|based|owned|run|that|which|reported|said|says)\b)`,
  'gu',
);

/** Words that open a sentence or a clause, not a name: "In Paris, a newspaper reported" names no paper "In Paris". */
const NOT_A_NAME_START =
  /^(?:In|At|On|From|After|Before|By|For|With|Without|Since|Until|During|Meanwhile|But|And|Or|So|Yet|Then|Now|Later|Earlier|Still|Also|However|The|A|An|This|That|Its|His|Her|Their)$/u;

/**
 * A station's call sign where the grammar makes it an outlet: after "according to", "told" or
 * "affiliate"/"station", or as the subject of "reported" ("according to WLWT", "told KRCR", "WKOW reported").
 * A bare call sign elsewhere ("WADA said") may be a body.
 */
const CALL_SIGN_AS_OUTLET = new RegExp(
  String.raw`\b(?:according\s+to|told|tells|affiliates?|stations?|reported\s+by)\s+(?:the\s+)?(?<sign>${BARE_CALL_SIGN})\b(?![-.’'])|\b(?<subject>${BARE_CALL_SIGN})\s+(?:reported|reports|has\s+reported)\b`,
  'gu',
);

/** A site named by its address as the subject of "reported" or after "according to": "Cleveland.com reported". */
const SITE_AS_OUTLET =
  /\b(?:according\s+to\s+(?<after>\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|co\.uk))\b|(?<subject>\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|co\.uk))\s+(?:reported|reports|has\s+reported)\b)/gu;

/**
 * "CNN affiliate KRCR", "CNN's French affiliate BFMTV", "NBC affiliate WLWT": a station named as a network's
 * affiliate (the network an outlet the article knows, the station a capitalised name).
 */
const AFFILIATE = new RegExp(
  String.raw`^(?<owner>${OUTLET_WORDS}?)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+)?affiliates?\s+(?<station>\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2})$`,
  'u',
);

/** First words of the known outlets' names: a cheap test before trying a span. */
const OUTLET_FIRST_WORDS = new Set([...OUTLETS].map((o) => o.split(' ')[0] ?? ''));

/** "The Guardian’s" → "guardian": how outlet names are compared. */
export const outletKey = (name: string): string =>
  name
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/^(?:(?:the|a|an)\s+)+/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Whether a name is one of the known outlets ({@link OUTLETS}): "the Associated Press", "Reuters". */
export const isKnownOutlet = (name: string): boolean => OUTLETS.has(outletKey(name));

const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
const stripDet = (s: string) => s.replace(/^(?:(?:the|a|an)\s+)+/iu, '').trim();

/**
 * The article's outlets: its own, well-known ones, those the text presents as publications ("the German
 * daily Handelsblatt"), and the one named last, for "the newspaper said".
 */
export class Outlets {
  private readonly presented = new Set<string>();
  private readonly presentedFirst = new Set<string>();
  private readonly ownKey: string | undefined;
  last: string | undefined;

  constructor(own: string | undefined) {
    this.ownKey = own ? outletKey(own) || undefined : undefined;
    if (this.ownKey) this.presentedFirst.add(this.ownKey.split(' ')[0] ?? '');
  }

  /** Reporters the article names with their outlet ("Ana Roe of the Daily Post"): full name and surname → outlet. */
  private readonly reporters = new Map<string, string>();

  /** What a pass over the whole article before reading learns of a unit: the outlets it presents, its reporters. */
  learn(text: string): void {
    this.learnPresented(text);
    this.learnReporters(text);
  }

  /**
   * Learns the reporters a unit names with their outlet: "according to Ana Roe of The Daily Post", "As Ana
   * Roe reports for NPR", "Daily Post correspondent Ana Roe", "Ana Roe, a reporter for NPR". A reporter
   * is the outlet's voice: what they report, the outlet relays.
   */
  learnReporters(text: string): void {
    if (!REPORTER_CUES.test(text)) return;
    for (const re of REPORTER_PATTERNS)
      for (const m of text.matchAll(re)) {
        const person = m.groups?.person;
        const outlet = m.groups?.outlet;
        if (!person || !outlet) continue;
        const name = this.outletAt(outlet);
        if (name) this.addReporter(person, name);
      }
  }

  /**
   * Outlets named in full once and by a short form after ("CNN affiliate Teletica" … "Teletica said"): the
   * short form's key → the full name (the fixtures README, session 24's "Relays named by a short form").
   */
  private readonly fullForms = new Map<string, string>();

  /**
   * Learns the outlets a unit presents by its grammar rather than by a known name (run over the whole article
   * before reading, so the unit that presents one reads it too): a name described as a publication right
   * after it ("Nice-Matin, a local newspaper"), a call sign where only an outlet can stand ("according to
   * WLWT", "WKOW reported"), a site by its address as a reporter ("Cleveland.com reported"), and a network's
   * affiliate ("CNN affiliate Teletica"; on another outlet's page the station is named as written, with its
   * network, and so are its later short mentions).
   */
  learnPresented(text: string): void {
    for (const m of text.matchAll(DESCRIBED_AS_OUTLET)) {
      const name = (m.groups?.name ?? '').replace(/['’]s?$/u, '');
      const first = name.split(/\s+/)[0] ?? '';
      if (!name || NOT_A_NAME_START.test(first) || firstNameGender(first) !== undefined) continue;
      this.present(name);
    }
    for (const m of text.matchAll(CALL_SIGN_AS_OUTLET))
      this.present(m.groups?.sign ?? m.groups?.subject ?? '');
    for (const m of text.matchAll(SITE_AS_OUTLET)) this.present(m.groups?.after ?? m.groups?.subject ?? '');
    if (!/affiliate/u.test(text)) return;
    for (const m of text.matchAll(
      new RegExp(
        String.raw`(?:the\s+)?${OUTLET_WORDS}(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?affiliates?\s+\p{Lu}[\p{L}\p{N}.&-]*`,
        'gu',
      ),
    ))
      this.affiliate(m[0]);
  }

  private present(name: string): void {
    const key = outletKey(name);
    if (!key) return;
    this.presented.add(key);
    this.presentedFirst.add(key.split(' ')[0] ?? '');
  }

  /**
   * "CNN affiliate KRCR" → KRCR on CNN's own page (its own network's station is another outlet, named by
   * itself), "CNN affiliate KRCR" as written on another's; undefined when the phrase names no affiliate of an
   * outlet. The station is learnt as an outlet, its full form kept for its short mentions.
   */
  private affiliate(phrase: string): string | undefined {
    const m = AFFILIATE.exec(stripDet(phrase.trim().replace(/\s+/g, ' ')));
    const owner = m?.groups?.owner?.replace(/^(?:the)\s+/iu, '');
    const station = m?.groups?.station;
    if (!owner || !station || !this.isName(owner)) return undefined;
    this.present(station);
    if (this.isOwn(owner)) return station;
    const full = `${owner} affiliate ${station}`;
    if (/^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(station) && !this.fullForms.has(outletKey(station)))
      this.fullForms.set(outletKey(station), full);
    return full;
  }

  /** The outlet a known reporter writes for, by full name or surname ("Feng" after "Emily Feng"). */
  reporterOutlet(name: string): string | undefined {
    return this.reporters.get(stripDet(name).toLowerCase());
  }

  private addReporter(person: string, outlet: string): void {
    const words = person.trim().split(/\s+/);
    // "As Ana Roe reports for NPR": a capitalised opening word is no part of the name.
    while (
      words.length > 0 &&
      /^(?:As|And|But|The|When|While|Then|So|Reporter|Correspondent)$/.test(words[0] as string)
    )
      words.shift();
    if (words.length < 2 || words.length > 4 || this.isName(person)) return;
    this.reporters.set(words.join(' ').toLowerCase(), outlet);
    this.reporters.set((words.at(-1) as string).toLowerCase(), outlet);
  }

  /** The longest outlet's name a run of capitalised words opens on ("New York Times" in "New York Times reports"). */
  private outletAt(run: string): string | undefined {
    const words = stripDet(run.replace(/['’]s?$/u, ''))
      .split(/\s+/)
      .filter(Boolean);
    for (let n = Math.min(5, words.length); n > 0; n--) {
      const span = words.slice(0, n).join(' ');
      if (this.isName(span)) return span;
    }
    return undefined;
  }

  /**
   * "told the Post" in an article that names "The Washington Post": a masthead's last word alone is the one
   * outlet the article names in full with it ("The New York Times" for "the Times"); the article's own
   * when it names no other ("The Times" in the Los Angeles Times); as written otherwise.
   */
  widen(relay: string, article: string): string | undefined {
    const word = stripDet(relay);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !OUTLET_NAME_ENDINGS.has(word.toLowerCase())) return relay;
    const known = this.widened.get(word);
    if (known !== undefined) return known === '' ? undefined : known === word ? relay : known;
    const out = this.widenAnew(relay, word, article);
    this.widened.set(word, out === undefined ? '' : out === relay ? word : out);
    return out;
  }

  /** Mastheads by their last word, as widened once per article. */
  private readonly widened = new Map<string, string>();

  private widenAnew(relay: string, word: string, article: string): string | undefined {
    const names = new Map<string, string>();
    // Each place the word stands, then the capitalised words before it: a scan for the word alone, not a
    // pattern tried at every capital of the article (a megabyte's worth of them).
    const before = new RegExp(String.raw`\b(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}${word}$`, 'u');
    for (const hit of article.matchAll(new RegExp(String.raw`\b${word}\b`, 'gu'))) {
      const m = before.exec(article.slice(Math.max(0, hit.index - 160), hit.index + word.length));
      if (!m) continue;
      const name = m[0].replace(/\s+/g, ' ');
      const key = outletKey(name);
      if (key !== word.toLowerCase() && this.isName(name) && !names.has(key)) names.set(key, name);
    }
    // The article's own masthead among them: "the Times" in the Los Angeles Times is its own.
    if (this.ownKey !== undefined && names.has(this.ownKey)) return undefined;
    if (names.size === 1) return [...names.values()][0];
    if (names.size === 0 && this.ownKey?.endsWith(` ${word.toLowerCase()}`)) return undefined;
    return relay;
  }

  /** "BBC" in an article of "BBC News", "The Times" in one of "The Times": the article's own outlet. */
  isOwn(name: string): boolean {
    if (this.ownKey === undefined) return false;
    const key = outletKey(name);
    if (key === this.ownKey || (key.length >= 2 && this.ownKey.startsWith(`${key} `))) return true;
    // "the Guardian" in an article of The Nassau Guardian: the masthead's last word alone (as widen reads
    // "the Post"; an article naming another masthead with the word has it widened before).
    if (!key.includes(' ') && key.length >= 3 && this.ownKey.endsWith(` ${key}`)) return true;
    // "BBC News Online" in an article of BBC News: the outlet's own web edition.
    return key.startsWith(`${this.ownKey} `) && OWN_EDITION_WORDS.has(key.slice(this.ownKey.length + 1));
  }

  /** True for a name, as written, that is an outlet's (a person's name "Sarah Post" is not, when `person`). */
  isName(name: string, person = false): boolean {
    const words = stripDet(name).split(' ');
    if (!capitalised(words[0] ?? '')) return false;
    const key = outletKey(name);
    if (!key) return false;
    if (OUTLETS.has(key) || this.presented.has(key) || key === this.ownKey) return true;
    // "CBS DFW", "NBC LA": a network's local station, the network's name and the market's letters.
    if (words.length === 2 && /^[A-Z]{2,4}$/.test(words[1] ?? '') && OUTLETS.has(outletKey(words[0] ?? '')))
      return true;
    if (person) return false;
    return (
      words.length >= 2 &&
      words.every((w) => capitalised(w) || /^(?:of|de|la|le)$/.test(w)) &&
      // "the Yamhill Valley News-Register": a hyphenated masthead's parts too.
      words.some((w) =>
        outletKey(w)
          .split('-')
          .some((part) => OUTLET_NAME_ENDINGS.has(part)),
      )
    );
  }

  /**
   * The outlet a phrase names, if it names one: "the German daily Handelsblatt" → Handelsblatt, "a Reuters
   * report" → Reuters, "Russian state television" → itself, "the newspaper" → the one named last.
   * `name` is absent when the phrase is a bare "the paper" and none was named before.
   */
  of(phrase: string, person = false): { name?: string } | undefined {
    let words = stripDet(phrase.replace(/[,;:.]+$/u, ''))
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) return undefined;
    const lowerWords = words.map((w) => w.toLowerCase().replace(/['’]s?$/u, ''));
    // "a report by Reuters", "reports in Le Monde"; "a Reuters report".
    if (REPORT_NOUNS.has(lowerWords[0] ?? '') && ['by', 'in', 'from'].includes(lowerWords[1] ?? ''))
      words = stripDet(words.slice(2).join(' ')).split(' ');
    else if (words.length > 1 && REPORT_NOUNS.has(lowerWords.at(-1) ?? '')) words = words.slice(0, -1);
    const name = words.join(' ').replace(/['’]s?$/u, '');
    // (As written, without what stood after it in the phrase: "told KUTV: “…”" is KUTV.)
    if (this.isName(name, person))
      return { name: this.fullForms.get(outletKey(name)) ?? stripDet(name).replace(/[^\p{L}\p{N}.]+$/u, '') };
    // "CNN affiliate Teletica": the station, with its network unless the network is the page's own.
    const affiliate = /\baffiliates?\b/u.test(name) ? this.affiliate(name) : undefined;
    if (affiliate) return { name: affiliate };
    // A reporter is the outlet's voice: "Ana Roe of The Daily Post", "Daily Post correspondent Ana Roe",
    // or a reporter the article named so before ("per Roe").
    const reporter = this.reporterOutlet(name);
    if (reporter) return { name: reporter };
    // "Roe of the Times": a reporter named before, by surname, with an outlet.
    const surnameOf = /^(\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:of|for|at|with)\s+(?:the\s+)?(.+)$/u.exec(name);
    if (surnameOf?.[1] && surnameOf[2] && this.reporterOutlet(surnameOf[1]) && this.isName(surnameOf[2]))
      return { name: this.reporterOutlet(surnameOf[1]) as string };
    for (const re of [REPORTER_OF, OUTLET_REPORTER, OUTLETS_PERSON]) {
      const m = re.exec(name);
      const outlet = m?.groups?.outlet ? this.outletAt(m.groups.outlet) : undefined;
      // "Ana Roe of the Daily Post" names the outlet whole; "VOA Pentagon correspondent" opens on it.
      const whole = re !== REPORTER_OF || stripDet(m?.groups?.outlet ?? '') === outlet;
      if (m?.groups?.person && outlet && whole) {
        this.addReporter(m.groups.person, outlet);
        return { name: outlet };
      }
    }
    if (person) return undefined;
    const lw = words.map((w) => w.toLowerCase());
    const p = lw.findIndex(
      (w, i) =>
        PUBLICATION_NOUNS.has(w) ||
        w === 'media' ||
        w === 'newspapers' ||
        w === 'broadcasters' ||
        w === 'outlets' ||
        // "the agencies", "Russian news agencies"; "U.S. federal agencies" are government bodies.
        (w === 'agencies' && (i === 0 || ['news', 'wire', 'press'].includes(lw[i - 1] ?? ''))) ||
        w === 'affiliate' ||
        (PUBLICATION_AFTER_NEWS.has(w) && ['news', 'wire'].includes(lw[i - 1] ?? '')),
    );
    if (p < 0) return undefined;
    // "the newspaper’s editor", "a spokesman for the broadcaster": a person at the outlet speaks.
    if (
      /['’]/u.test(words[p] ?? '') ||
      lw
        .slice(0, p)
        .some((w) =>
          [
            'for',
            'of',
            'at',
            'spokesman',
            'spokeswoman',
            'spokesperson',
            'editor',
            'official',
            'officials',
          ].includes(w),
        )
    )
      return undefined;
    const after = words.slice(p + 1).filter(capitalised);
    if (after.length > 0 && after.length === words.length - p - 1) {
      // "BBC Radio Five Live", "CBS Television City": a known outlet's name before a station's keeps it.
      const owner = words.slice(0, p).join(' ');
      if (p > 0 && capitalised(words[p] ?? '') && this.isName(owner)) return { name: words.join(' ') };
      return { name: capitalised(words[p] ?? '') ? words.slice(p).join(' ') : after.join(' ') };
    }
    const before: string[] = [];
    for (let i = p - 1; i >= 0 && capitalised(words[i] ?? ''); i--) before.unshift(words[i] as string);
    // "a South Korean newspaper", "a Chinese state broadcaster": described, not named; the phrase as written.
    if (
      before.length > 0 &&
      before.length === p &&
      before.every(
        (w) =>
          /^(?:North|South|East|West|U\.?S\.?|UK|U\.K\.)$/.test(w) ||
          tagsOf(w.toLowerCase()).includes('Demonym'),
      )
    )
      return { name: words.join(' ') };
    // "Kommersant newspaper"; a place alone ("the Kyiv newspaper") names no paper.
    if (
      before.length > 0 &&
      before.length === p &&
      !(
        before.length === 1 &&
        /^(?:Russian|Ukrainian|German|French|British|American|Chinese|Kyiv|Moscow|State|Local)$/.test(
          before[0] ?? '',
        )
      )
    )
      return { name: capitalised(words[p] ?? '') ? [...before, words[p]].join(' ') : before.join(' ') };
    const bareNoun = p === 0 || (p === 1 && PUBLICATION_AFTER_NEWS.has(lw[p] ?? ''));
    // "the newspaper": the one named last; "the agencies", none named, are what the text calls them.
    if (bareNoun)
      return this.last ? { name: this.last } : /s$/.test(lw[p] ?? '') ? { name: words.join(' ') } : {};
    return { name: words.join(' ') };
  }

  /** Learns the outlets a unit names or presents, so later "Handelsblatt said" and "the paper said" know them. */
  observe(text: string): void {
    const words = text
      .split(/\s+/)
      .map((w) => (NAMES_WITH_BANG.has(w) ? w : w.replace(/^[("“‘]+|[)"”’,;:.!?]+$/gu, '')));
    // Each word's case and lower-case form worked out once (every unit of the article passes here).
    const lowers = words.map((w) => w.toLowerCase());
    const caps = words.map((w) => capitalised(w));
    const endsName = words.map(
      (_, k) => caps[k] === true && OUTLET_NAME_ENDINGS.has((lowers[k] as string).replace(/['’]s?$/u, '')),
    );
    for (let i = 0; i < words.length; i++) {
      const w = lowers[i] ?? '';
      // ("In a presentation on its website, Acme said": a speaker's own website presents no outlet.)
      if (
        (PUBLICATION_NOUNS.has(w) ||
          (PUBLICATION_AFTER_NEWS.has(w) && ['news', 'wire'].includes((words[i - 1] ?? '').toLowerCase()))) &&
        !OWN_POSSESSIVE.test(lowers[i - 1] ?? '')
      ) {
        const after: string[] = [];
        for (let j = i + 1; j < words.length && capitalised(words[j] ?? ''); j++)
          after.push(words[j] as string);
        const before: string[] = [];
        for (
          let j = i - 1;
          j >= 0 && capitalised(words[j] ?? '') && !/^(?:The|A|An)$/.test(words[j] ?? '');
          j--
        )
          before.unshift(words[j] as string);
        const run = after.length > 0 ? after : before;
        if (
          run.length === 0 ||
          // "comedian and broadcaster Cyril Fletcher": a person's name after the noun makes it their trade.
          (after.length >= 2 && after.length <= 3 && firstNameGender(after[0] as string) !== undefined) ||
          // "according to the National Zoo’s website": a body's own site, not an outlet of its name.
          (after.length === 0 && OWN_SITE_NOUNS.has(w) && /['’]s?$/u.test(before.at(-1) ?? '')) ||
          run.every((x) =>
            /^(?:Russian|Ukrainian|German|French|British|American|Chinese|State|Local)$/.test(x),
          )
        )
          continue;
        const name = run.join(' ');
        this.presented.add(outletKey(name));
        this.presentedFirst.add(outletKey(name).split(' ')[0] ?? '');
        this.last = name;
        continue;
      }
      if (!caps[i]) continue;
      // Only spans that could be an outlet's name are tried: they start like a known or presented one,
      // or a capitalised word like "Times" or "Post" follows.
      const first = w.replace(/['’]s?$/u, '');
      const ending = endsName.slice(i + 1, i + 5).includes(true);
      if (!ending && !OUTLET_FIRST_WORDS.has(first) && !this.presentedFirst.has(first)) continue;
      for (let n = Math.min(5, words.length - i); n > 0; n--) {
        const span = words.slice(i, i + n).join(' ');
        const key = outletKey(span);
        if (OUTLETS.has(key) || this.presented.has(key) || (n >= 2 && this.isName(span))) {
          this.last = span.replace(/['’]s?$/u, '');
          i += n - 1;
          break;
        }
      }
    }
  }
}

/** The kind of place a network is, between a possessive and its name ("his social media network, Truth Social"). */
const NETWORK_KIND = String.raw`(?:social\s+media\s+|social\s+)?(?:network|site|platform|account|app)\s*,?\s+`;

/**
 * Whose page on a network it is, by a possessive ("on the agency's Facebook page", "on Roe's Instagram", "in a
 * comment on the band's Instagram"): the network is still the channel the words went through.
 */
const PAGE_OWNER = String.raw`(?:the\s+)?(?:[\p{L}\p{M}.&-]+\s+){0,2}?[\p{L}\p{M}.&-]+['’]s\s+`;

/**
 * "on Twitter", "to Facebook", "through Twitter", "on his Twitter page", "in a Facebook video", "on the social
 * media site X", "on his own social media network, Truth Social", "in a post on X", "in a video posted to Facebook",
 * "in a series of messages posted on Twitter".
 */
const CHANNEL = String.raw`(?:(?:on|to|via|through|onto)\s+(?:(?:his|her|their|its|the|a)\s+|${PAGE_OWNER})?(?:own\s+|official\s+|personal\s+)?(?:${NETWORK_KIND})?(${PLATFORMS})\b(?!\s+(?:users?|CEO|chief|executives?|employees?|spokes\w+|officials?|Corp\.?)\b)(?![-'’])|(?:in|on|with|via)\s+(?:an?|his|her|their|its|the)\s+(?:[\p{L}\d’'.-]+\s+){0,2}?(${PLATFORMS})\s+(?:post|posts|video|videos|page|account|message|thread|live|story|feed|statement|caption)\b|(?:in|with|via)\s+(?:an?|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(?:posts?|videos?|messages?|statements?|comments?)\s+(?:posted\s+|shared\s+)?(?:on|to)\s+(?:the\s+|${PAGE_OWNER})?(?:[\p{L}\d.-]+\s+){0,2}?(${PLATFORMS})\b(?![-'’]))`;

/** The channel right after the verb ("said on Twitter", "wrote Monday on Instagram", "posted to Facebook"). */
// (Not past a clause's own subject and verb: "said he was on Facebook when …" is where he was, not the channel.)
const CHANNEL_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?!(?:that|he|she|they|we|I|you|was|were|is|are)\b)[\p{Ll}\d’'-]+[\s,]+){0,3}?${CHANNEL}`,
  'iu',
);

/** "called on Facebook to abandon …": the network is the one called on (urged), not the channel. */
const CALLED_ON = new RegExp(
  String.raw`^\s+on\s+(?:the\s+)?(?:${PLATFORMS})\b(?:\s+[\p{L}\d]+){0,3}?\s+to\s+\p{Ll}`,
  'u',
);

/** The channel opening the sentence ("On Twitter, Roe argued", "In a Facebook video posted …, she said"). */
const CHANNEL_FIRST = new RegExp(String.raw`^(?:\S+\s+){0,2}?${CHANNEL}`, 'iu');

/** The channel inside the verb's own words ("took to Instagram to say", "took to social media on Monday to accuse"). */
const CHANNEL_WITHIN = new RegExp(String.raw`^(?:has\s+|have\s+|had\s+)?\S+\s+${CHANNEL}`, 'u');

/**
 * The social network a claim's words went through, when the unit gives it as the channel of the verb
 * ("Bill Roe said on Twitter", "she wrote on Instagram", "In a Facebook video posted …, he said"); not the
 * network speaking ("Twitter said"), nor one named elsewhere in the sentence ("quit Twitter", "a friend who
 * switched to an Instagram account"). `text` has its quotations masked; `at`/`end` are the verb's offsets.
 * "X" counts only as written (a capital letter alone): "on x" or "on X-rays" is no network.
 */
export function platformRelay(
  text: string,
  at: number,
  end: number,
  speaker: string | undefined,
): string | undefined {
  if (/\bcall(?:ed|s|ing)?$/i.test(text.slice(at, end)) && CALLED_ON.test(text.slice(end, end + 80)))
    return undefined;
  const m =
    CHANNEL_AFTER.exec(text.slice(end, end + 80)) ??
    CHANNEL_FIRST.exec(text.slice(0, at)) ??
    CHANNEL_WITHIN.exec(text.slice(at, end));
  const platform = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!platform || (speaker && outletKey(speaker) === outletKey(platform))) return undefined;
  // "On Twitter" as written, whatever its case in the sentence; "x" is no network.
  return platformNamed(platform);
}

/** His, her, their, its: the pronoun that stands for the owner. */
const OWNER_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * "Her LinkedIn profile said", "according to Pugh's LinkedIn page", "his Facebook post says": an owner's page on
 * a network speaks for its owner, and the network relays (the fixtures README: "His LinkedIn page says" → relay
 * LinkedIn, the person the speaker). The owner as a subject to read ("she" for "her", the name without its
 * "'s") and the network as written; undefined for any other phrase.
 */
export function platformPage(phrase: string): { owner: string; platform: string } | undefined {
  const m = PLATFORM_PAGE.exec(phrase.trim());
  const platform = m?.[3] ? platformNamed(m[3]) : undefined;
  const owner = m?.[1] ? OWNER_PRONOUN[m[1].toLowerCase()] : m?.[2];
  return owner && platform ? { owner, platform } : undefined;
}

const PLATFORM_PAGE = new RegExp(
  String.raw`^(?:([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,3})['’]s?)\s+(?:own\s+|official\s+|personal\s+)?(${PLATFORMS})\s+(?:page|profile|account|bio|biography|feed|post)$`,
  'u',
);
