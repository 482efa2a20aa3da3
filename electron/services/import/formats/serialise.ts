// CSL items back out as BibTeX and RIS, for `export library` (a library can go back to Zotero or JabRef).
// Both are written so that pandoc's BibTeX reader and our own parsers read the same items back.
import { cslDateToPartial, partialToCslDate } from '../../../core/partial-date';
import type { CslDate, CslItem, CslName } from './types';

const BIB_TYPES: Record<string, string> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  article: 'article',
  book: 'book',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  thesis: 'phdthesis',
  report: 'techreport',
  manuscript: 'unpublished',
  pamphlet: 'booklet',
  patent: 'patent',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
  dataset: 'dataset',
  software: 'software',
  'entry-encyclopedia': 'inreference',
  'entry-dictionary': 'inreference',
  periodical: 'periodical',
  standard: 'standard',
  legal_case: 'jurisdiction',
  legislation: 'legislation',
  motion_picture: 'movie',
  song: 'audio',
  personal_communication: 'letter',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LaTeX's special characters escaped; everything else (accents, any script) stays UTF-8. */
function tex(value: unknown): string {
  return String(value)
    .replace(/<\/?(?:i|em)>/g, '\uE000')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}])/g, '\\$1')
    .replace(/\\textbackslash\\\{\\\}/g, '\\textbackslash{}')
    .replace(/([#%&$_])/g, '\\$1')
    .replace(/\^/g, '\\^{}')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/<[^>]+>/g, '')
    .replace(/\uE000([^\uE000]*)\uE000/g, '\\emph{$1}')
    .replace(/\uE000/g, '');
}

function bibName(n: CslName): string {
  if (n.literal) return `{${tex(n.literal)}}`;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).map(tex).join(' ');
  if (!n.given && !n.suffix) return n['non-dropping-particle'] ? family : `{${family}}`;
  const given = [n.given, n['dropping-particle']].filter(Boolean).map(tex).join(' ');
  return n.suffix ? `${family}, ${tex(n.suffix)}, ${given}` : `${family}, ${given}`;
}

function dateParts(d: CslDate | undefined): number[][] {
  return (d?.['date-parts'] ?? []).map((p) => p.map(Number).filter((x) => Number.isFinite(x)));
}

const SEASON_WORDS = ['Spring', 'Summer', 'Autumn', 'Winter'];

/** A CSL season (1–4, or its word) as its number, or undefined. */
function seasonOf(d: CslDate | undefined): number | undefined {
  const season = d?.season;
  const n =
    typeof season === 'string' && !/^\d+$/.test(season.trim())
      ? SEASON_WORDS.findIndex(
          (w) => w.toLowerCase() === season.trim().toLowerCase().replace('fall', 'autumn'),
        ) + 1
      : Number(season);
  return n >= 1 && n <= 4 ? n : undefined;
}

/**
 * An item's date as the writers take it: its date-parts, else a `raw` date read as the app reads it
 * ("Spring 2025", "2019-03"); else the text of a date no one can read ("20xx", a literal such as "Ming
 * dynasty"), as written, with the year in it where there is one ("around 2025" → 2025).
 */
function datesOf(d: CslDate | undefined): { date?: CslDate; text?: string; year?: number } {
  if (!d) return {};
  if (dateParts(d)[0]?.length) return { date: d };
  const partial = cslDateToPartial(d);
  const read = partial ? partialToCslDate(partial) : undefined;
  if (read && dateParts(read)[0]?.length) return { date: read };
  const parts = Array.isArray(d['date-parts']) ? d['date-parts'].map((p) => p.join('-')).join('/') : '';
  const text = (typeof d.literal === 'string' ? d.literal : typeof d.raw === 'string' ? d.raw : parts).trim();
  if (!text) return {};
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(text)?.[1];
  return { text, ...(year ? { year: Number(year) } : {}) };
}

function isoDate(d: CslDate | undefined): string | null {
  const parts = dateParts(d);
  if (!parts.length || !parts[0]!.length) return null;
  const one = (p: number[]) => {
    const [y, m, day] = p;
    const year = y! < 0 ? `-${String(-y! - 1).padStart(4, '0')}` : String(y).padStart(4, '0');
    return [year, m && String(m).padStart(2, '0'), m && day && String(day).padStart(2, '0')]
      .filter(Boolean)
      .join('-');
  };
  // An end of year 0 is CSL's open end ("2006–"): EDTF writes it "2006/".
  const end = parts[1];
  const openEnd = end?.length === 1 && end[0] === 0;
  // A season is EDTF's month 21–24 ("2025-21", spring 2025), as BibLaTeX and pandoc read it.
  const season = seasonOf(d);
  const start = season && parts[0]!.length === 1 ? `${one(parts[0]!)}-${20 + season}` : one(parts[0]!);
  return end ? `${one(parts[0]!)}/${openEnd ? '' : one(end)}` : `${start}${d?.circa ? '~' : ''}`;
}

function safeKey(id: unknown, used: Set<string>): string {
  let key = String(id).replace(/[^\w:.+/-]/g, '_') || 'item';
  while (used.has(key)) key += '_';
  used.add(key);
  return key;
}

/** BibTeX (with the widely read extras: doi, url, urldate, isbn, issn, date for full and ranged dates). */
export function toBibtex(items: CslItem[]): string {
  const used = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const type = String(item.type);
    let bibType = BIB_TYPES[type] ?? 'misc';
    if (type === 'thesis' && /master/i.test(String(item.genre ?? ''))) bibType = 'mastersthesis';
    if (type === 'chapter' && !item['container-title']) bibType = 'inbook';
    const fields: [string, string][] = [];
    const add = (name: string, value: unknown) => {
      if (value !== undefined && value !== null && String(value).trim() !== '')
        fields.push([name, String(value)]);
    };
    const names = (v: unknown) =>
      Array.isArray(v) && v.length ? (v as CslName[]).map(bibName).join(' and ') : undefined;
    add('author', names(item.author));
    add('editor', names(item.editor));
    add('translator', names(item.translator));
    add('bookauthor', names(item['container-author']));
    if (item.title) add('title', `{${tex(item.title)}}`);
    const container = item['container-title'] ? tex(item['container-title']) : undefined;
    if (bibType === 'article' || bibType === 'periodical') add('journal', container);
    else if (bibType === 'online') add('organization', container);
    else add('booktitle', container);
    add('series', item['collection-title'] && tex(item['collection-title']));
    add('volume', item.volume && tex(item.volume));
    add(
      'number',
      (item.issue ?? item.number ?? item['collection-number']) &&
        tex(item.issue ?? item.number ?? item['collection-number']),
    );
    add('pages', item.page && tex(String(item.page).replace(/[–—]/g, '--')));
    add('edition', item.edition && tex(item.edition));
    const publisherField =
      bibType === 'phdthesis' || bibType === 'mastersthesis'
        ? 'school'
        : bibType === 'techreport'
          ? 'institution'
          : 'publisher';
    add(publisherField, item.publisher && tex(item.publisher));
    add('address', item['publisher-place'] && tex(item['publisher-place']));
    // A date that cannot be broken into parts keeps its year (where its text has one), and its text as
    // written in the note: BibLaTeX's `date` takes only dates, and pandoc drops a `year` that is not one.
    const issued = datesOf(item.issued);
    const parts = dateParts(issued.date);
    if (parts[0]?.length) {
      add('year', parts[0][0]);
      if (parts[0][1] && parts[0][1] <= 12) fields.push(['month', MONTHS[parts[0][1] - 1]!]);
      if (parts[0].length > 2 || parts.length > 1 || issued.date?.circa || seasonOf(issued.date))
        add('date', isoDate(issued.date));
    } else if (issued.text) add('year', issued.year);
    add('urldate', isoDate(item.accessed as CslDate | undefined));
    add('doi', item.DOI);
    add('url', item.URL);
    add('isbn', item.ISBN && tex(item.ISBN));
    add('issn', item.ISSN && tex(item.ISSN));
    add('type', type === 'thesis' || type === 'report' ? item.genre && tex(item.genre) : undefined);
    add('abstract', item.abstract && tex(item.abstract));
    const dateNote = issued.text && !parts[0]?.length ? `Date: ${issued.text}` : undefined;
    add('note', [item.note, dateNote].filter(Boolean).map(tex).join('. ') || undefined);
    add('keywords', item.keyword && tex(item.keyword));
    add('langid', item.language && tex(item.language));
    const body = fields.map(
      ([k, v]) =>
        `  ${k} = ${k === 'month' ? v : k === 'doi' || k === 'url' ? `{${v.replace(/[{}]/g, '')}}` : `{${v}}`}`,
    );
    out.push(`@${bibType}{${safeKey(item['citation-key'] ?? item.id, used)},\n${body.join(',\n')}\n}\n`);
  }
  return out.join('\n');
}

const RIS_OUT: Record<string, string> = {
  'article-journal': 'JOUR',
  'article-magazine': 'MGZN',
  'article-newspaper': 'NEWS',
  article: 'JOUR',
  book: 'BOOK',
  chapter: 'CHAP',
  'paper-conference': 'CPAPER',
  thesis: 'THES',
  report: 'RPRT',
  webpage: 'ELEC',
  post: 'ELEC',
  'post-weblog': 'BLOG',
  patent: 'PAT',
  legal_case: 'CASE',
  legislation: 'STAT',
  bill: 'BILL',
  hearing: 'HEAR',
  map: 'MAP',
  software: 'COMP',
  dataset: 'DATA',
  motion_picture: 'MPCT',
  song: 'SOUND',
  graphic: 'ART',
  personal_communication: 'PCOMM',
  manuscript: 'UNPB',
  pamphlet: 'PAMP',
  'entry-encyclopedia': 'ENCYC',
  'entry-dictionary': 'DICT',
  standard: 'STAND',
  classic: 'CLSWK',
  figure: 'FIGURE',
  musical_score: 'MUSIC',
};

function risName(n: CslName): string {
  if (n.literal) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  const given = [n.given, n['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, n.suffix].filter(Boolean).join(', ');
}

/** RIS, with the tags Zotero's RIS import reads back. */
export function toRis(items: CslItem[]): string {
  const out: string[] = [];
  const oneLine = (v: unknown) =>
    String(v)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim();
  for (const item of items) {
    const type = String(item.type);
    const lines: string[] = [`TY  - ${RIS_OUT[type] ?? 'GEN'}`];
    const tag = (t: string, v: unknown) => {
      if (v !== undefined && v !== null && String(v).trim() !== '') lines.push(`${t}  - ${oneLine(v)}`);
    };
    for (const n of (item.author as CslName[] | undefined) ?? []) tag('AU', risName(n));
    const secondary = type === 'book' || type === 'report' ? 'A3' : 'A2';
    for (const n of (item.editor as CslName[] | undefined) ?? []) tag(secondary, risName(n));
    for (const n of (item.translator as CslName[] | undefined) ?? []) tag('A4', risName(n));
    tag('TI', item.title && String(item.title).replace(/<[^>]+>/g, ''));
    tag('T2', item['container-title']);
    tag('T3', item['collection-title']);
    tag('J2', item['container-title-short']);
    // The spec's YYYY/MM/DD/other info: a season, or the text of a date that cannot be broken into parts,
    // goes in the other info ("2025///Spring"); PY is the year (the text itself where it has none).
    const issued = datesOf(item.issued);
    const parts = dateParts(issued.date);
    if (parts[0]?.length) {
      const [y, m, d] = parts[0];
      const season = seasonOf(issued.date);
      tag('PY', y);
      tag(
        'DA',
        `${y}/${m ? String(m).padStart(2, '0') : ''}/${m && d ? String(d).padStart(2, '0') : ''}/${season && !m ? SEASON_WORDS[season - 1] : ''}`,
      );
    } else if (issued.year) {
      tag('PY', issued.year);
      tag('DA', `${issued.year}///${issued.text}`);
    } else tag('PY', issued.text);
    const acc = dateParts(item.accessed as CslDate | undefined)[0];
    if (acc?.length) tag('Y2', acc.map((x) => String(x).padStart(2, '0')).join('/'));
    tag('VL', item.volume);
    tag('IS', item.issue);
    const page = item.page ? String(item.page) : '';
    const [sp, ep] = page.split(/[–—-]+/);
    tag('SP', ep ? sp : page);
    tag('EP', ep);
    tag('ET', item.edition);
    tag('PB', item.publisher);
    tag('CY', item['publisher-place']);
    tag('SN', item.ISBN ?? item.ISSN);
    tag('DO', item.DOI);
    tag('UR', item.URL);
    tag('AB', item.abstract);
    tag('N1', item.note);
    for (const k of String(item.keyword ?? '')
      .split(/\s*[,;]\s*/)
      .filter(Boolean))
      tag('KW', k);
    tag('LA', item.language);
    tag('M1', item.number);
    tag('M3', item.genre);
    tag('ID', item['citation-key'] ?? item.id);
    lines.push('ER  - ');
    out.push(lines.join('\n'));
  }
  return out.join('\n\n') + '\n';
}
