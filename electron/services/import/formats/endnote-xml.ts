// EndNote XML (File → Export → XML) → CSL-JSON. EndNote writes one fixed shape (<xml><records><record>…),
// so a small tolerant reader is enough: each <record> is cut out, its elements read by name, the <style>
// wrappers EndNote puts around text dropped, and entities decoded. A broken record is named by line.
import { LineIndex } from './bib-split';
import { parseRisDate } from './dates';
import { bodyNameProblem, parseCommaName } from './names';
import { normaliseUrl } from './url';
import type { CslItem, CslName, EntryProblem, ParsedFile } from './types';

const TYPES_BY_NAME: Record<string, string> = {
  'journal article': 'article-journal',
  'electronic article': 'article-journal',
  book: 'book',
  'edited book': 'book',
  'electronic book': 'book',
  'book section': 'chapter',
  'electronic book section': 'chapter',
  'conference proceedings': 'paper-conference',
  'conference paper': 'paper-conference',
  thesis: 'thesis',
  report: 'report',
  'government document': 'report',
  'web page': 'webpage',
  'electronic source': 'webpage',
  generic: 'document',
  'magazine article': 'article-magazine',
  'newspaper article': 'article-newspaper',
  patent: 'patent',
  case: 'legal_case',
  statute: 'legislation',
  bill: 'bill',
  hearing: 'hearing',
  map: 'map',
  'computer program': 'software',
  dataset: 'dataset',
  'online database': 'dataset',
  'film or broadcast': 'motion_picture',
  'audiovisual material': 'motion_picture',
  artwork: 'graphic',
  'personal communication': 'personal_communication',
  manuscript: 'manuscript',
  'unpublished work': 'manuscript',
  encyclopedia: 'entry-encyclopedia',
  dictionary: 'entry-dictionary',
  blog: 'post-weblog',
  'chart or table': 'figure',
  figure: 'figure',
  standard: 'standard',
  pamphlet: 'pamphlet',
  'ancient text': 'classic',
  'classical work': 'classic',
  music: 'musical_score',
  interview: 'interview',
  serial: 'periodical',
  'online multimedia': 'webpage',
};
const TYPES_BY_NUMBER: Record<string, string> = {
  '17': 'article-journal',
  '6': 'book',
  '5': 'chapter',
  '10': 'paper-conference',
  '47': 'paper-conference',
  '32': 'thesis',
  '27': 'report',
  '12': 'webpage',
  '13': 'document',
  '19': 'article-magazine',
  '23': 'article-newspaper',
  '25': 'patent',
  '7': 'legal_case',
  '31': 'legislation',
  '28': 'book',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
/** The text of an element: tags (EndNote's <style> runs) removed, entities decoded, CDATA kept. */
function textOf(xml: string): string {
  return decodeEntities(xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]+>/g, ''))
    .replace(/\r/g, '')
    .trim();
}
/** Every element `name` (not nested in itself) within xml. */
function all(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]!);
}
const one = (xml: string, path: string[]): string => {
  let cur = xml;
  for (const p of path) {
    const found = all(cur, p)[0];
    if (found === undefined) return '';
    cur = found;
  }
  return textOf(cur);
};

function recordToCsl(xml: string, index: number, problems: EntryProblem[]): CslItem {
  const refType = /<ref-type(?:\s+name="([^"]*)")?[^>]*>([^<]*)<\/ref-type>/.exec(xml);
  const typeName = decodeEntities(refType?.[1] ?? '').toLowerCase();
  let type = TYPES_BY_NAME[typeName] ?? TYPES_BY_NUMBER[refType?.[2]?.trim() ?? ''];
  if (!type) {
    problems.push({
      field: 'ref-type',
      severity: 'warning',
      message: `unknown EndNote type "${refType?.[1] ?? refType?.[2] ?? ''}": read as a document`,
    });
    type = 'document';
  }
  const label = one(xml, ['label']);
  const recNumber = one(xml, ['rec-number']);
  const item: CslItem = { id: label || (recNumber ? `endnote-${recNumber}` : `endnote-${index + 1}`), type };
  const contributors = all(xml, 'contributors')[0] ?? '';
  const roles: [string, string][] = [
    ['authors', 'author'],
    ['secondary-authors', type === 'book' ? 'collection-editor' : 'editor'],
    ['tertiary-authors', 'collection-editor'],
    ['subsidiary-authors', 'translator'],
    ['translated-authors', 'translator'],
  ];
  for (const [group, role] of roles) {
    const names = all(all(contributors, group)[0] ?? '', 'author')
      .map(textOf)
      .filter(Boolean)
      .map((n): CslName => (n.endsWith(',') ? { literal: n.slice(0, -1) } : parseCommaName(n)));
    for (const n of names) {
      const body = bodyNameProblem(n, group);
      if (body) problems.push(body);
    }
    if (names.length) item[role] = [...((item[role] as CslName[] | undefined) ?? []), ...names];
  }
  const titles = all(xml, 'titles')[0] ?? '';
  const title = one(titles, ['title']);
  if (title) item.title = title.replace(/\s*\n\s*/g, ' ');
  const secondary = one(titles, ['secondary-title']) || one(xml, ['periodical', 'full-title']);
  if (secondary) {
    if (type === 'book' || type === 'report') item['collection-title'] = secondary;
    else item['container-title'] = secondary;
  }
  const tertiary = one(titles, ['tertiary-title']);
  if (tertiary) item['collection-title'] = tertiary;
  const short = one(titles, ['alt-title']) || one(xml, ['periodical', 'abbr-1']);
  if (short && short !== secondary) item['container-title-short'] = short;
  if (one(titles, ['short-title'])) item['title-short'] = one(titles, ['short-title']);
  const simple: [string, string][] = [
    ['pages', 'page'],
    ['volume', 'volume'],
    ['edition', 'edition'],
    ['section', 'section'],
    ['pub-location', 'publisher-place'],
    ['publisher', 'publisher'],
    ['abstract', 'abstract'],
    ['notes', 'note'],
    ['language', 'language'],
    ['work-type', 'genre'],
    ['call-num', 'call-number'],
    ['accession-num', 'archive_location'],
    ['remote-database-name', 'source'],
    ['num-vols', 'number-of-volumes'],
  ];
  for (const [el, v] of simple) {
    const value = one(xml, [el]);
    if (value) item[v] = v === 'page' ? value.replace(/\s*[-–]+\s*/, '–') : value;
  }
  const number = one(xml, ['number']);
  const issue = one(xml, ['issue']);
  if (issue) item.issue = issue;
  if (number) {
    if (type.startsWith('article') && !issue) item.issue = number;
    else item.number = number;
  }
  const keywords = all(all(xml, 'keywords')[0] ?? '', 'keyword')
    .map(textOf)
    .filter(Boolean);
  if (keywords.length) item.keyword = keywords.join(', ');
  const dates = all(xml, 'dates')[0] ?? '';
  const year = one(dates, ['year']);
  const pub = one(dates, ['pub-dates', 'date']);
  let issued = year ? parseRisDate(year) : null;
  if (pub) {
    const full = parseRisDate(/\d{4}/.test(pub) ? pub : `${pub} ${year}`);
    if (
      full?.['date-parts'] &&
      (!issued?.['date-parts'] || full['date-parts'][0]![0] === issued['date-parts'][0]![0])
    )
      if ((full['date-parts'][0]?.length ?? 0) > (issued?.['date-parts']?.[0]?.length ?? 0)) issued = full;
  }
  if (issued) item.issued = issued;
  const accessed = one(xml, ['access-date']);
  if (accessed) {
    const d = parseRisDate(accessed);
    if (d) item.accessed = d;
  }
  const isbn = one(xml, ['isbn']);
  if (isbn) item[/^\d{4}-?\d{3}[\dXx]$/.test(isbn) ? 'ISSN' : 'ISBN'] = isbn;
  const ern = one(xml, ['electronic-resource-num']);
  const doi = /\b(10\.\d{4,9}\/\S+)/.exec(ern)?.[1];
  if (doi) item.DOI = doi;
  const url =
    textOf(all(all(xml, 'related-urls')[0] ?? '', 'url')[0] ?? '') || textOf(all(xml, 'web-urls')[0] ?? '');
  if (url) {
    const u = normaliseUrl(url.split(/\s+/)[0]!);
    item.URL = u.url;
    if (u.note) problems.push({ field: 'url', severity: 'warning', message: u.note });
  }
  return item;
}

export function parseEndnoteXml(source: string): ParsedFile {
  const file: ParsedFile = { entries: [], problems: [] };
  const lines = new LineIndex(source);
  const re = /<record>([\s\S]*?)(?:<\/record>|(?=<record>)|$)/g;
  let m: RegExpExecArray | null;
  let index = 0;
  while ((m = re.exec(source))) {
    if (!m[0].length) break;
    const line = lines.lineOf(m.index);
    const problems: EntryProblem[] = [];
    if (!m[0].endsWith('</record>'))
      problems.push({
        severity: 'warning',
        message: `the record starting on line ${line} is not closed: read up to where it stops`,
      });
    try {
      file.entries.push({ item: recordToCsl(m[1]!, index++, problems), line, problems });
    } catch (e) {
      file.problems.push({
        line,
        severity: 'error',
        message: `the record on line ${line} cannot be read: ${(e as Error).message}`,
      });
    }
  }
  if (!file.entries.length)
    file.problems.push({ severity: 'error', message: 'No EndNote record (<record>) in the file.' });
  return file;
}
