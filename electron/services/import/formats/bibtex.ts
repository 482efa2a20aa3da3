// BibTeX and BibLaTeX → CSL-JSON. The file is first cut into items by splitBib (lines, broken entries);
// each entry is then read by @retorquere/bibtex-parser, the parser behind Better BibTeX for Zotero
// (LaTeX commands and accents to Unicode, names, @string, crossref), and mapped to CSL variables here.
import { parse as parseBibLibrary, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { languageTag } from './babel-languages';
import { decodeHTMLAttribute } from 'entities';
import { journalOfMacro } from './journal-macros';
import { fastEntry } from './bib-fast';
import { splitBib, type BibChunk } from './bib-split';
import { fromYearMonthDay, parseEdtf } from './dates';
import { givenReadsAsBody, holdsBodyWord } from './names';
import { normaliseUrl } from './url';
import type { CslDate, CslItem, CslName, EntryProblem, ParsedFile } from './types';

const TYPES: Record<string, string> = {
  article: 'article-journal',
  book: 'book',
  booklet: 'pamphlet',
  bookinbook: 'chapter',
  collection: 'book',
  conference: 'paper-conference',
  dataset: 'dataset',
  electronic: 'webpage',
  inbook: 'chapter',
  incollection: 'chapter',
  inreference: 'entry-encyclopedia',
  inproceedings: 'paper-conference',
  manual: 'book',
  mastersthesis: 'thesis',
  misc: 'document',
  mvbook: 'book',
  mvcollection: 'book',
  mvproceedings: 'book',
  mvreference: 'book',
  online: 'webpage',
  patent: 'patent',
  periodical: 'periodical',
  phdthesis: 'thesis',
  proceedings: 'book',
  reference: 'book',
  report: 'report',
  software: 'software',
  suppbook: 'chapter',
  suppcollection: 'chapter',
  suppperiodical: 'article-journal',
  techreport: 'report',
  thesis: 'thesis',
  unpublished: 'manuscript',
  www: 'webpage',
  movie: 'motion_picture',
  video: 'motion_picture',
  music: 'song',
  audio: 'song',
  letter: 'personal_communication',
  legal: 'treaty',
  jurisdiction: 'legal_case',
  legislation: 'legislation',
  artwork: 'graphic',
  image: 'graphic',
  performance: 'performance',
  standard: 'standard',
  review: 'review',
};
const GENRES: Record<string, string> = { mastersthesis: 'Master’s thesis', phdthesis: 'PhD thesis' };

const NAME_FIELDS: Record<string, string> = {
  author: 'author',
  editor: 'editor',
  editors: 'editor',
  translator: 'translator',
  bookauthor: 'container-author',
  director: 'director',
  collaborator: 'contributor',
  commentator: 'contributor',
  scriptwriter: 'script-writer',
};

/** Fields read into CSL variables by `toCsl` (or used up by it); every other field is kept under `custom.bibtex`. */
const USED = new Set([
  ...Object.keys(NAME_FIELDS),
  'title',
  'subtitle',
  'titleaddon',
  'shorttitle',
  'journal',
  'journaltitle',
  'journalsubtitle',
  'shortjournal',
  'booktitle',
  'booksubtitle',
  'maintitle',
  'maintitleaddon',
  'mainsubtitle',
  'series',
  'volume',
  'number',
  'issue',
  'pages',
  'edition',
  'publisher',
  'institution',
  'organization',
  'school',
  'address',
  'location',
  'venue',
  'eventtitle',
  'eventdate',
  'date',
  'year',
  'month',
  'day',
  'urldate',
  'origdate',
  'doi',
  'url',
  'isbn',
  'issn',
  'eprint',
  'eprinttype',
  'archiveprefix',
  'primaryclass',
  'eprintclass',
  'abstract',
  'note',
  'addendum',
  'annote',
  'annotation',
  'keywords',
  'language',
  'langid',
  'pagetotal',
  'volumes',
  'type',
  'howpublished',
  'version',
  'chapter',
  'part',
  'pmid',
  'entrysubtype',
  'crossref',
  'xdata',
  'editortype',
  'howpublished',
]);

// The parser returns accents as combining characters; NFC makes "Schörmann" one string however it was typed.
// An accent with nothing under it (`\\~` alone, `\\^{}`) is the accent itself, as LaTeX prints it:
// "tilde operator: ~", not a combining mark on a space.
const SPACING: Record<string, string> = {
  '\u0300': '`',
  '\u0301': '´',
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '¯',
  '\u0307': '˙',
  '\u0308': '¨',
};
const LONE_MARK = /(^|[^\p{L}\p{N}\p{M}])([\u0300-\u0304\u0307\u0308])/gu;
const unicode = (s: string) => {
  const nfc = s.normalize('NFC');
  // `^{\circ}` comes back as a superscript ring operator; a degree is meant (`25\,^{\circ}C`).
  const degrees = nfc.includes('<sup>∘</sup>') ? nfc.replace(/<sup>∘<\/sup>/g, '°') : nfc;
  return /[\u0300-\u0308]/.test(degrees)
    ? degrees.replace(LONE_MARK, (_m, before: string, mark: string) => before + SPACING[mark]!)
    : degrees;
};
/**
 * `\url{…}` and `\href{…}{…}` come back from the library as HTML links, which CSL's rich text (italics, bold,
 * small capitals…) has no place for: in text a link is its words, with the address after them in brackets
 * when they differ ("Example B (https://example.com/b)"); its address alone where the field is an address.
 */
const LINK = /<a href="([^"]*)">(.*?)<\/a>/g;
const unlinked = (s: string) =>
  s.includes('<a href=')
    ? s.replace(LINK, (_m, href: string, words: string) => {
        const address = decodeHTMLAttribute(href);
        return words === href || words === address ? address : `${words} (${address})`;
      })
    : s;
/** The web address a field gives: a link's (`\url{…}`, `\href{…}{…}`), or the first address written out. */
const addressIn = (v: unknown): string | undefined => {
  const raw = Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
  const link = /<a href="([^"]*)">/.exec(raw);
  if (link) return decodeHTMLAttribute(link[1]!);
  return /\\url\{([^}]*)\}|(https?:\/\/[^\s"<>]+)/
    .exec(raw)
    ?.slice(1)
    .find((x) => x !== undefined);
};
const text = (v: unknown): string =>
  unicode(unlinked(Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : ''));
const squash = (s: string) => unicode(s).replace(/\s+/g, ' ').trim();
/**
 * A BibLaTeX literal list (publisher, institution, location…) as one string, the way biblatex prints it:
 * "A, B and C". BibTeX files also write a single publisher with "and" in it ("Springer Science and
 * Business Media"), which the list form gives back as written.
 */
const literalList = (v: unknown): string => {
  if (!Array.isArray(v)) return text(v);
  const items = v.map((x) => text(x)).filter((x) => x.trim() !== '');
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
};

/** Names the library read (a `holder`, an unknown name list) kept as BibTeX writes them: "Family, Given and …". */
const isCreatorList = (v: unknown): v is Creator[] =>
  Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'object' && c !== null);

/**
 * A name list's items as CSL names. BibTeX's `and others` (and a last name written `X et al.`, which
 * BibTeX would read as a person called "al.") says the list goes on: kept as the literal "others", as
 * pandoc does, never as a person.
 */
function toNames(c: Creator): CslName[] {
  const others: CslName = { literal: 'others' };
  if ((c.name ?? (c.firstName ? undefined : c.lastName))?.trim().toLowerCase() === 'others') return [others];
  const last = c.lastName?.trim() ?? '';
  const first = c.firstName?.trim() ?? '';
  const before = /^et\s+al\.?$/i.test(last)
    ? first
    : /^al\.?$/i.test(last) && /\s+et$/i.test(first)
      ? first.replace(/\s+et$/i, '')
      : '';
  if (before) {
    const words = squash(before).split(' ');
    const person: CslName =
      words.length > 1
        ? { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
        : { literal: words[0]! };
    return [person, others];
  }
  return [toName(c)];
}

function toName(c: Creator): CslName {
  if (c.name !== undefined) return { literal: squash(c.name) };
  const n: CslName = {};
  if (c.lastName) n.family = squash(c.lastName);
  if (c.firstName) n.given = squash(c.firstName);
  if (c.prefix) n['non-dropping-particle'] = squash(c.prefix);
  if (c.suffix) n.suffix = squash(c.suffix);
  if (!n.family && n.given) return { literal: n.given };
  return n;
}

/**
 * BibLaTeX's options for a whole name list, written as its first "name" (`uniquename=false and …`,
 * `labelalphanametemplatename=x and …`): not a person.
 */
const isNameListOption = (c: Creator) =>
  !c.firstName && /^[a-z]+=[^\s=]*$/i.test((c.name ?? c.lastName ?? '').trim());

/** biblatex's English \bibstring words (its english.lbx) that titles and series use. */
const BIBSTRINGS: Record<string, string> = {
  newseries: 'new series',
  oldseries: 'old series',
  andothers: 'et al.',
  reprint: 'reprint',
  reprintof: 'reprint of',
  translationof: 'translation of',
  inpreparation: 'in preparation',
  submitted: 'submitted',
  forthcoming: 'forthcoming',
  inpress: 'in press',
  prepublished: 'pre-published',
  mathesis: 'Master’s thesis',
  phdthesis: 'PhD thesis',
  techreport: 'technical report',
  resreport: 'research report',
  software: 'computer software',
  datacd: 'CD-ROM',
  audiocd: 'audio CD',
  patent: 'patent',
  edition: 'edition',
  volume: 'volume',
  and: 'and',
};

function joinTitle(main: string, sub: string, addon?: string): string {
  let t = main;
  if (sub) t = t ? `${t}${/[:?!.]$/.test(t) ? '' : ':'} ${sub}` : sub;
  // biblatex's unit punctuation: a full stop, unless the title ends in its own ("…ships? Explainer").
  if (addon) t = t ? `${t}${/[?!.]$/.test(t) ? '' : '.'} ${addon}` : addon;
  return t;
}

/**
 * A name BibTeX read as a person's that is a body's written without its double braces: its whole text
 * (as the entry writes it: "Foreign, Commonwealth \\& Development Office" stays in that order), or
 * undefined for a person. Read whole, as an organisation's, and said so.
 */
function bodyReadAsPerson(name: CslName, source: string): string | undefined {
  if (name.literal || !name.family) return undefined;
  const before = [name.given, name['dropping-particle'], name['non-dropping-particle']]
    .filter(Boolean)
    .join(' ');
  // A body's word or "&" among the given names ("Kiel Institute …", "Bank of England", "Commonwealth &
  // Development Office"), or as the family name after an article or a small word no person's given
  // names hold ("The World Bank"); "Ann van der Bank" is a person.
  if (
    !givenReadsAsBody(before) &&
    !(holdsBodyWord(name.family) && /(^|\s)(the|of|for|and|on)(\s|$)/i.test(before))
  )
    return undefined;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const commaForm = new RegExp(`${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,`).test(source);
  return commaForm
    ? `${family}, ${name.given ?? ''}`.trim()
    : [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family]
        .filter(Boolean)
        .join(' ');
}

function toCsl(entry: Entry, problems: EntryProblem[], source = ''): CslItem {
  const f = entry.fields as Record<string, unknown>;
  const s = (k: string) => squash(text(f[k]));
  const bibType = entry.type.toLowerCase();
  let type = TYPES[bibType] ?? 'document';
  if (!TYPES[bibType])
    problems.push({
      field: 'type',
      severity: 'warning',
      message: `unknown entry type @${entry.type}: read as a document`,
    });
  const subtype = s('entrysubtype').toLowerCase();
  if (bibType === 'article' && subtype === 'magazine') type = 'article-magazine';
  if (bibType === 'article' && subtype === 'newspaper') type = 'article-newspaper';
  if (bibType === 'unpublished' && s('eventtitle')) type = 'speech';
  const item: CslItem = { id: entry.key, type, 'citation-key': entry.key };

  // BibLaTeX's editortype (director, compiler, …) says what the editor field holds.
  const editorType = s('editortype').toLowerCase();
  const editorRole: Record<string, string> = {
    director: 'director',
    compiler: 'compiler',
    organizer: 'organizer',
    producer: 'producer',
    collaborator: 'contributor',
    translator: 'translator',
  };
  for (const [field, bibVariable] of Object.entries(NAME_FIELDS)) {
    const variable = field === 'editor' && editorRole[editorType] ? editorRole[editorType]! : bibVariable;
    const list = f[field];
    if (Array.isArray(list) && list.length) {
      const names = (list as Creator[])
        .filter((c) => !isNameListOption(c))
        .flatMap(toNames)
        .filter((n) => Object.keys(n).length)
        .map((name): CslName => {
          const body = bodyReadAsPerson(name, source);
          if (body === undefined) return name;
          problems.push({
            field,
            severity: 'warning',
            message: `"${body}" is read as an organisation's name, not a person's: kept whole (double braces, {{${body}}}, say so in BibTeX)`,
          });
          return { literal: body };
        });
      const existing = (item[variable] as CslName[] | undefined) ?? [];
      if (names.length) item[variable] = [...existing, ...names];
    }
  }

  const title = joinTitle(s('title'), s('subtitle'), s('titleaddon'));
  if (title) item.title = title;
  if (s('shorttitle')) item['title-short'] = s('shorttitle');
  const journal = joinTitle(s('journaltitle') || s('journal'), s('journalsubtitle'));
  const book = joinTitle(s('booktitle'), s('booksubtitle'));
  const main = joinTitle(s('maintitle'), s('mainsubtitle'));
  if (journal) item['container-title'] = journal;
  else if (book) item['container-title'] = book;
  else if (main && ['chapter', 'paper-conference'].includes(type)) item['container-title'] = main;
  // One volume of a multi-volume work: CSL 1.0.2 gives the work as `title` and the volume as
  // `volume-title` (as pandoc does).
  // A part of a book (a chapter, a paper) with a `booktitle`: the main title is its book's, not its own.
  const partOfBook = Boolean(book) && ['chapter', 'paper-conference'].includes(type);
  if (main && !journal && !partOfBook && item['container-title'] !== main) {
    if (item.title && item.title !== main) item['volume-title'] = item.title;
    item.title = joinTitle(main, '', s('maintitleaddon'));
  }
  // A periodical's special issue: the issue is the work, the periodical its container (as pandoc does).
  const issueTitle = joinTitle(s('issuetitle'), s('issuesubtitle'));
  if (issueTitle && type === 'periodical') {
    if (item.title && !item['container-title']) item['container-title'] = item.title;
    item.title = issueTitle;
  }
  if (s('shortjournal')) item['container-title-short'] = s('shortjournal');
  if (s('series')) item['collection-title'] = s('series');
  if (s('volume')) item.volume = s('volume');
  const number = s('number');
  const issue = s('issue');
  if (issue) item.issue = issue;
  if (number) {
    if (type.startsWith('article') && !issue) item.issue = number;
    else if (s('series') && ['book', 'chapter', 'paper-conference'].includes(type))
      item['collection-number'] = number;
    else item.number = number;
  }
  if (s('pages')) item.page = s('pages').replace(/\s*[-–—]+\s*/g, '–');
  if (s('edition')) item.edition = s('edition');
  const publisher =
    literalList(f.publisher) ||
    literalList(f.school) ||
    literalList(f.institution) ||
    (type === 'book' || bibType === 'manual' || bibType === 'proceedings' ? literalList(f.organization) : '');
  if (publisher) item.publisher = squash(publisher);
  if (!literalList(f.publisher) && literalList(f.organization) && !item.publisher)
    item.publisher = squash(literalList(f.organization));
  const place = literalList(f.location) || literalList(f.address);
  if (place) item['publisher-place'] = squash(place);
  if (s('venue')) item['event-place'] = s('venue');
  if (s('eventtitle')) item['event-title'] = s('eventtitle');
  if (s('version')) item.version = s('version');
  if (s('chapter')) item['chapter-number'] = s('chapter');
  if (s('part')) item.part = s('part');
  if (s('pagetotal')) item['number-of-pages'] = s('pagetotal');
  if (s('volumes')) item['number-of-volumes'] = s('volumes');
  // BibLaTeX's `type` takes a localisation key (type = {phdthesis}): its English words, as biblatex and
  // pandoc print it ("PhD thesis"); any other text as written.
  const genre = (Object.hasOwn(BIBSTRINGS, s('type')) ? BIBSTRINGS[s('type')] : s('type')) || GENRES[bibType];
  if (genre) item.genre = genre;
  if (s('abstract')) item.abstract = s('abstract');
  const note = [s('note'), s('addendum')].filter(Boolean).join('. ');
  if (note) item.note = note;
  if (s('annote') || s('annotation')) item.annote = s('annote') || s('annotation');
  if (f.keywords) item.keyword = squash(Array.isArray(f.keywords) ? f.keywords.join(', ') : text(f.keywords));
  const language = s('langid') || s('language');
  if (language) item.language = languageTag(language);
  if (s('isbn')) item.ISBN = s('isbn');
  if (s('issn')) item.ISSN = s('issn');
  if (s('pmid')) item.PMID = s('pmid');

  // Dates: BibLaTeX `date` first (EDTF), then year/month/day; `urldate` → accessed.
  const date = s('date');
  let issued: CslDate | null = null;
  if (date) {
    issued = parseEdtf(date);
    // A `date` giving only the month and day ("September 9") beside a `year`: read together.
    const withYear = !issued && s('year') ? fromYearMonthDay(s('year'), date) : undefined;
    if (withYear?.date?.['date-parts'] && !withYear.note && withYear.date['date-parts'][0]!.length > 1)
      issued = withYear.date;
    else if (!issued) {
      const parsed = fromYearMonthDay(date);
      issued = parsed.date;
      problems.push({
        field: 'date',
        severity: 'warning',
        message: `the date "${date}" is not an ISO date: ${issued?.['date-parts'] ? 'read as far as it goes' : 'kept as written'}`,
      });
    }
  } else if (s('year')) {
    const parsed = fromYearMonthDay(s('year'), s('month'), s('day'));
    issued = parsed.date;
    if (parsed.original && !s('origdate')) item['original-date'] = parsed.original;
    if (parsed.note)
      problems.push({
        field: parsed.note.startsWith('the month')
          ? 'month'
          : parsed.note.startsWith('the day')
            ? 'day'
            : 'year',
        severity: 'warning',
        message: parsed.note,
      });
  } else if (s('month'))
    problems.push({
      field: 'month',
      severity: 'warning',
      message: 'a month without a year: left out of the date',
    });
  if (issued) item.issued = issued;
  for (const [field, variable] of [
    ['urldate', 'accessed'],
    ['origdate', 'original-date'],
    ['eventdate', 'event-date'],
  ] as const) {
    const v = s(field);
    if (!v) continue;
    const d = parseEdtf(v) ?? fromYearMonthDay(v).date;
    if (d) item[variable] = d;
    if (!parseEdtf(v))
      problems.push({ field, severity: 'warning', message: `"${v}" is not an ISO date: kept as written` });
  }

  const doi = s('doi').replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  if (doi) item.DOI = doi;
  const eprintType = (s('eprinttype') || s('archiveprefix')).toLowerCase();
  const eprint = s('eprint');
  let url = s('url');
  if (!url) {
    const hp = addressIn(f.howpublished);
    if (hp) url = hp;
    else if (s('howpublished') && !item.publisher) item.publisher = s('howpublished');
  } else if (s('howpublished') && !item.publisher) item.publisher = s('howpublished');
  if (eprint) {
    if (eprintType === 'arxiv') {
      item.number = item.number ?? `arXiv:${eprint}`;
      if (!url) url = `https://arxiv.org/abs/${eprint}`;
      if (!item['container-title'] && !item.publisher) item.publisher = 'arXiv';
    } else if (eprintType === 'pubmed') item.PMID = eprint;
    else if (eprintType === 'doi' && !item.DOI) item.DOI = eprint;
  }
  if (url) {
    const u = normaliseUrl(url);
    item.URL = u.url;
    if (u.note) problems.push({ field: 'url', severity: 'warning', message: u.note });
  }

  const rest: Record<string, string> = {};
  for (const [k, v] of Object.entries(f))
    if (!USED.has(k))
      rest[k] = isCreatorList(v)
        ? v.map((c) => c.name ?? [c.lastName, c.firstName].filter(Boolean).join(', ')).join(' and ')
        : text(v) || (Array.isArray(v) ? JSON.stringify(v) : String(v));
  if (Object.keys(rest).length) item.custom = { bibtex: rest };
  return item;
}

const OPTIONS = {
  sentenceCase: false as const,
  english: false,
  caseProtection: false as const,
  unsupported: 'ignore' as const,
  // Dates are read as written: `1990~` means circa, not a non-breaking space.
  fieldMode: { date: 'verbatim', urldate: 'verbatim', origdate: 'verbatim', eventdate: 'verbatim' } as Record<
    string,
    'verbatim'
  >,
};

function stringValue(
  chunk: BibChunk,
  strings: Record<string, string>,
): { name: string; value: string } | null {
  // @string{name = value}: the library reads it in context of the strings seen so far.
  const lib = parseBibLibrary(chunk.text, { ...OPTIONS, raw: true, strings });
  const added = Object.entries(lib.strings).find(([k]) => !(k in strings));
  return added ? { name: added[0], value: added[1] } : null;
}

/**
 * `<` and `>` in text: the library gives ¡ and ¿, as TeX prints them in its original OT1 fonts. No .bib
 * file written for a reference manager or typeset with T1/Unicode fonts (nearly all, for decades) means
 * that, and pandoc keeps them as written: so do we, unless the entry itself writes ¡ or ¿ some way (then
 * the ones the library gave cannot be told from the file's own, and the library's reading stands).
 */
const OT1_ANGLES = /[<>]/;
const EXCLAMDOWN = /[¡¿]|\\text(?:exclam|question)down/;
function keepAngles(entry: Entry): void {
  const back = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/¡/g, '<').replace(/¿/g, '>');
    if (Array.isArray(v)) return v.map(back);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, back(x)]));
    return v;
  };
  entry.fields = back(entry.fields) as Entry['fields'];
}

/** Reads a .bib file (BibTeX or BibLaTeX) into CSL items, entry by entry. */
/** Where a streaming reader takes each entry and each problem as soon as it is read, in file order. */
export type BibSink = (
  read: { entry: ParsedFile['entries'][number] } | { problem: ParsedFile['problems'][number] },
) => void;

/**
 * With `sink`, a file that names no crossref/xdata hands each entry and problem to it as soon as it is
 * read (in file order) instead of returning them, so a reader in another thread can pass them on while
 * it reads the rest; a file with links is returned whole as without a sink (a parent can come anywhere).
 */
export function parseBibtex(source: string, sink?: BibSink): ParsedFile {
  const file: ParsedFile = { entries: [], problems: [] };
  const strings: Record<string, string> = {};
  // Entries kept as the library read them until every entry is read: a crossref/xdata parent can come
  // anywhere in the file. A file that names none (most big exports) has each entry mapped at once and
  // let go, so 80,000 entries are never held twice.
  const hasLinks = /\b(?:crossref|xdata)\s*=/i.test(source);
  const streaming = sink !== undefined && !hasLinks;
  const problem = (p: ParsedFile['problems'][number]) => {
    if (streaming) sink({ problem: p });
    else file.problems.push(p);
  };
  const entries: { parsed: Entry; entry: ParsedFile['entries'][number] }[] = [];
  const chunks = splitBib(source);
  for (const chunk of chunks) {
    if (chunk.broken) {
      const key = /^@\s*\w+\s*[{(]\s*([^\s,{}]+)\s*,/.exec(chunk.text)?.[1];
      problem({
        line: chunk.line,
        severity: 'error',
        message: chunk.broken.message + (key ? ` (entry "${key}")` : ''),
        ...(chunk.broken.field ? { field: chunk.broken.field } : {}),
      });
      continue;
    }
    if (chunk.kind === 'preamble') continue;
    // A Windows line break (CRLF) is one line break: the library does not split names at an `and`
    // next to a \r ("Michel, V.\r\nand Thirion, B." would be one person). Lines are counted on the file.
    if (chunk.text.includes('\r')) chunk.text = chunk.text.replace(/\r\n?/g, '\n');
    if (chunk.kind === 'string') {
      try {
        const sv = stringValue(chunk, strings);
        if (sv) strings[sv.name] = sv.value;
        else
          problem({
            line: chunk.line,
            severity: 'warning',
            message: `the @string on line ${chunk.line} could not be read`,
          });
      } catch (e) {
        problem({
          line: chunk.line,
          severity: 'warning',
          message: `the @string on line ${chunk.line} could not be read: ${whyNot(e)}`,
        });
      }
      continue;
    }
    // \\TeX and \\LaTeX are the words (the library drops them as unsupported commands); TeX eats the space
    // after a control word, so `The {\\TeX book}` is "The TeXbook" (but `\\LaTeX{} Companion` keeps it).
    if (/\\(?:La)?TeX\b/.test(chunk.text))
      chunk.text = chunk.text.replace(
        /\\(La)?TeX\b(?:\{\}|\s*)/g,
        (_m, la: string | undefined) => `${la ?? ''}TeX`,
      );
    // IEEE Xplore marks inline TeX in titles with <tex>…</tex> ("X- and <tex>$\\gamma$</tex>-Ray"): a
    // marker, not text; the TeX inside is read as any other.
    if (/<\/?tex>/i.test(chunk.text)) chunk.text = chunk.text.replace(/<\/?tex>/gi, '');
    // `month = jan # "~1"`, `month = "10~" # jan`: the day beside the month macro, written out before
    // the library turns the macro into a number ("10 1" could be either way round).
    if (/\bmonth\s*=\s*(?:"|[a-z]{3}\s*#)/i.test(chunk.text))
      chunk.text = chunk.text
        .replace(/(\bmonth\s*=\s*)"(\d{1,2})[~ ]?"\s*#\s*([a-z]{3})\b/i, '$1{$2 $3}')
        .replace(/(\bmonth\s*=\s*)([a-z]{3})\s*#\s*"[~ ]?(\d{1,2})"/i, '$1{$2 $3}');
    // \bibstring{newseries}: biblatex prints its localised words; the library keeps only the key.
    if (chunk.text.includes('\\bibstring'))
      chunk.text = chunk.text.replace(/\\bibstring\s*\{(\w+)\}/g, (m, key: string) => BIBSTRINGS[key] ?? m);
    // \a', \a`, \a=: LaTeX's spelling of an accent where \' means something else (tabbing); the same
    // accent, which the library does not know in this form ("P{\a'e}rez" would lose it).
    if (chunk.text.includes('\\a'))
      chunk.text = chunk.text.replace(/\\a(['`=])/g, (_m, accent: string) => `\\${accent}`);
    // `\ ` (a control space: "Mr.\ Smith", "\textendash\ revisited") is a space; the library drops it.
    if (chunk.text.includes('\\ ')) chunk.text = chunk.text.replace(/(?<!\\)\\ /g, '{} ');
    // Plain entries (no TeX beyond accents, escapes and \\emph) are read without the library's LaTeX pass.
    const fast = fastEntry(chunk.text);
    /** TeX commands the library does not know (a package's macros): left out, and said so. */
    const unknownCommands = new Set<string>();
    let lib: { entries: Entry[]; errors: { error: string }[] } | undefined = fast
      ? { entries: [fast], errors: [] }
      : undefined;
    if (!lib)
      try {
        // Keys the library's grammar refuses but BibTeX takes (`smith_testing_????`, Zotero's unknown-year
        // keys): the entry is read under a stand-in key and gets its own back.
        const head = ODD_KEY.exec(chunk.text);
        lib = parseBibLibrary(head ? chunk.text.replace(ODD_KEY, `$1${STAND_IN_KEY},`) : chunk.text, {
          ...OPTIONS,
          strings: { ...strings },
          unsupported: (_node, tex) => {
            const journal = journalOfMacro(tex);
            if (journal === undefined) unknownCommands.add(tex);
            return journal ?? '';
          },
        });
        if (head && lib.entries[0]?.key === STAND_IN_KEY) lib.entries[0].key = head[2]!;
      } catch (e) {
        problem({
          line: chunk.line,
          severity: 'error',
          message: `the entry on line ${chunk.line} cannot be read: ${whyNot(e)}`,
        });
        continue;
      }
    if (!lib) continue;
    const parsed = lib.entries[0];
    if (parsed && !fast && OT1_ANGLES.test(chunk.text) && !EXCLAMDOWN.test(chunk.text)) keepAngles(parsed);
    if (!parsed) {
      const first = lib.errors[0]?.error;
      const why = first
        ? whyNot(new Error(first.replace(/ at line \d+, column \d+/, '')))
        : 'it is not an entry';
      problem({
        line: chunk.line,
        severity: 'error',
        message: `the entry on line ${chunk.line} cannot be read: ${why}`,
      });
      continue;
    }
    // The entry's text is not needed again once read: dropped so an 80,000-entry file is not held twice more.
    const source = chunk.text;
    parsed.input = '';
    chunk.text = '';
    const problems: EntryProblem[] = lib.errors.map((e) => ({
      severity: 'warning' as const,
      message: e.error,
    }));
    if (unknownCommands.size > 0)
      problems.push({
        severity: 'warning',
        message: `LaTeX ${unknownCommands.size === 1 ? 'command' : 'commands'} not known, left out: ${[...unknownCommands].join(', ')}`,
      });
    const entry: ParsedFile['entries'][number] = {
      item: hasLinks ? { id: parsed.key, type: 'document' } : toCsl(parsed, problems, source),
      line: chunk.line,
      key: parsed.key,
      problems,
    };
    if (streaming) sink({ entry });
    else file.entries.push(entry);
    if (hasLinks) entries.push({ parsed, entry });
  }
  // crossref/xdata: children take what they lack from their parent, found anywhere in the file. A parent
  // takes from its own parent first (inbook → book → mvbook), as biber resolves them; a loop stops.
  const byKey = new Map(entries.map((e) => [e.parsed.key.toLowerCase(), e]));
  const resolved = new Set<Entry>();
  const resolve = ({ parsed, entry }: (typeof entries)[number], path: Set<Entry>): void => {
    if (resolved.has(parsed) || path.has(parsed)) return;
    path.add(parsed);
    for (const link of ['crossref', 'xdata'] as const) {
      const target = text(parsed.fields[link]);
      if (!target) continue;
      for (const k of target.split(/\s*,\s*/)) {
        const parent = byKey.get(k.toLowerCase());
        if (!parent) {
          entry.problems.push({
            field: link,
            severity: 'warning',
            message: `${link} "${k}" is not in the file`,
          });
          continue;
        }
        resolve(parent, path);
        inherit(parsed, parent.parsed, link);
      }
    }
    resolved.add(parsed);
  };
  for (const e of entries) resolve(e, new Set());
  for (const { parsed, entry } of entries) entry.item = toCsl(parsed, entry.problems);
  return file;
}

const ODD_KEY = /^(\s*@\s*[A-Za-z]+\s*[{(]\s*)([^\s,{}()"=#%']*[^\w\s,{}()"=#%':.+/-][^\s,{}()"=#%']*)\s*,/;
const STAND_IN_KEY = 'briefing-builder-stand-in-key';

/** A parser exception as one short sentence: its first line (some repeat the whole entry after it). */
function whyNot(e: unknown): string {
  if (e instanceof RangeError || /Maximum call stack/.test(String(e)))
    return 'it nests braces or fields too deeply';
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
}

/** BibLaTeX's inheritance rules, the common part: book → in*, proceedings → inproceedings; else same names. */
function inherit(child: Entry, parent: Entry, link: 'crossref' | 'xdata'): void {
  const fields = child.fields as Record<string, unknown>;
  const pf = parent.fields as Record<string, unknown>;
  const pType = parent.type.toLowerCase();
  const renames: Record<string, string> =
    link === 'xdata'
      ? {}
      : [
            'book',
            'mvbook',
            'collection',
            'mvcollection',
            'proceedings',
            'mvproceedings',
            'reference',
            'mvreference',
          ].includes(pType)
        ? {
            title: pType.startsWith('mv') ? 'maintitle' : 'booktitle',
            subtitle: pType.startsWith('mv') ? 'mainsubtitle' : 'booksubtitle',
            titleaddon: pType.startsWith('mv') ? 'maintitleaddon' : 'booktitleaddon',
            // Only a book's author is the author of the book a part is in (biber's book → inbook rule);
            // a proceedings' or collection's `author` passes on as the same field, if at all.
            ...(pType === 'book' || pType === 'mvbook' ? { author: 'bookauthor' } : {}),
          }
        : ['periodical'].includes(pType)
          ? { title: 'journaltitle', subtitle: 'journalsubtitle' }
          : {};
  for (const [k, v] of Object.entries(pf)) {
    if (
      [
        'ids',
        'crossref',
        'xref',
        'entryset',
        'entrysubtype',
        'execute',
        'label',
        'options',
        'presort',
        'related',
        'relatedoptions',
        'relatedstring',
        'relatedtype',
        'shorthand',
        'shorthandintro',
        'sortinit',
        'sortkey',
        'xdata',
      ].includes(k)
    )
      continue;
    const target = renames[k] ?? k;
    if (fields[target] === undefined) fields[target] = v;
    if (renames[k] === 'bookauthor' && fields.author === undefined) fields.author = v;
  }
}

export const parseBiblatex = parseBibtex;
