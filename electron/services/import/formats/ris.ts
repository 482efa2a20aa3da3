// RIS → CSL-JSON, reading the tags Zotero's RIS translator reads. Lines are `TAG  - value` (one or two
// spaces either side of the dash are accepted); a line without a tag continues the previous value.
import { withoutBom } from '../../../core/decode-text';
import { identifiesAWork, normaliseIsbn } from '../../../core/source-item';
import { readRisDate } from './dates';
import { bodyNameProblem, parseCommaName } from './names';
import { normaliseUrl } from './url';
import type { CslDate, CslItem, CslName, EntryProblem, ParsedFile } from './types';

export const RIS_TYPES: Record<string, string> = {
  ABST: 'article-journal',
  ADVS: 'motion_picture',
  AGGR: 'dataset',
  ANCIENT: 'manuscript',
  ART: 'graphic',
  BILL: 'bill',
  BLOG: 'post-weblog',
  BOOK: 'book',
  CASE: 'legal_case',
  CHAP: 'chapter',
  CHART: 'graphic',
  CLSWK: 'classic',
  COMP: 'software',
  CONF: 'paper-conference',
  CPAPER: 'paper-conference',
  CTLG: 'book',
  DATA: 'dataset',
  DBASE: 'dataset',
  DICT: 'entry-dictionary',
  EBOOK: 'book',
  ECHAP: 'chapter',
  EDBOOK: 'book',
  EJOUR: 'article-journal',
  ELEC: 'webpage',
  ENCYC: 'entry-encyclopedia',
  EQUA: 'figure',
  FIGURE: 'figure',
  GEN: 'document',
  GOVDOC: 'report',
  GRANT: 'document',
  HEAR: 'hearing',
  ICOMM: 'personal_communication',
  INPR: 'article-journal',
  JFULL: 'article-journal',
  JOUR: 'article-journal',
  LEGAL: 'legislation',
  MANSCPT: 'manuscript',
  MAP: 'map',
  MGZN: 'article-magazine',
  MPCT: 'motion_picture',
  MULTI: 'document',
  MUSIC: 'musical_score',
  NEWS: 'article-newspaper',
  PAMP: 'pamphlet',
  PAT: 'patent',
  PCOMM: 'personal_communication',
  RPRT: 'report',
  SER: 'book',
  SLIDE: 'graphic',
  SOUND: 'song',
  STAND: 'standard',
  STAT: 'legislation',
  THES: 'thesis',
  UNBILL: 'bill',
  UNPB: 'manuscript',
  VIDEO: 'motion_picture',
  WEB: 'webpage',
};

// `[\s\S]`, not `.`: a value may hold a line separator (U+2028), which `.` does not match.
const TAG_LINE = /^([A-Z][A-Z0-9])\s{1,3}-(?: {1,2}([\s\S]*)|\s*)$/;
const MAX_LINE_VALUES = 100_000;

type Record_ = {
  tags: Map<string, string[]>;
  /** The line of each of a tag's values, in the same order. */
  lines: Map<string, number[]>;
  names: [string, string][];
  line: number;
  problems: EntryProblem[];
  /** Started by a tag line with no TY before it. */
  headless?: boolean;
};
// TA is the "translated author" (the author's name in translation), not a translator: kept, not a name.
const NAME_TAGS = new Set(['AU', 'A1', 'A2', 'ED', 'A3', 'A4']);

const FILM = ['motion_picture', 'broadcast'];
/**
 * The CSL role of a RIS name tag, by the record's type (the RIS spec's per-type meaning of A2–A4, as
 * Zotero's RIS translator reads it). A secondary name whose meaning the type does not define ("Sponsor",
 * "Institution", "Illustrator" in templates) is kept as a contributor, never made an editor.
 */
function nameRole(tag: string, type: string): string {
  switch (tag) {
    case 'AU':
    case 'A1':
      return FILM.includes(type)
        ? 'director'
        : type === 'song' || type === 'musical_score'
          ? 'composer'
          : 'author';
    case 'A2':
    case 'ED':
      if (
        [
          'article-journal',
          'chapter',
          'paper-conference',
          'entry-dictionary',
          'entry-encyclopedia',
          'document',
        ].includes(type)
      )
        return 'editor';
      if (type === 'book' || type === 'report') return 'collection-editor';
      if (type === 'personal_communication') return 'recipient';
      if (type === 'interview') return 'interviewer';
      if (type === 'song') return 'performer';
      return tag === 'ED' ? 'editor' : 'contributor';
    case 'A3':
      if (type === 'book') return 'editor';
      if (FILM.includes(type)) return 'producer';
      if (['chapter', 'paper-conference', 'entry-dictionary', 'entry-encyclopedia', 'map'].includes(type))
        return 'collection-editor';
      return 'contributor';
    case 'A4':
      return ['paper-conference', 'motion_picture', 'dataset', 'legal_case'].includes(type)
        ? 'contributor'
        : 'translator';
    default:
      return 'author';
  }
}

const ISSN = /^\d{4}-?\d{3}[\dXx]$/;
const DOI_IN = /\b(10\.\d{4,9}\/[^\s"<>]+)/;

function toCsl(rec: Record_, index: number): CslItem {
  const t = rec.tags;
  const first = (...tags: string[]) => {
    for (const tag of tags) {
      const v = t.get(tag)?.find((x) => x.trim());
      if (v) return v.trim();
    }
    return '';
  };
  /** The line of the value `first(tag)` gives, for a problem with it. */
  const lineOf = (tag: string): { line?: number } => {
    const i = t.get(tag)?.findIndex((x) => x.trim()) ?? -1;
    const line = i < 0 ? undefined : rec.lines.get(tag)?.[i];
    return line === undefined ? {} : { line };
  };
  const risType = first('TY').toUpperCase();
  let type = RIS_TYPES[risType];
  if (!type) {
    rec.problems.push({
      field: 'TY',
      ...lineOf('TY'),
      severity: 'warning',
      message: `unknown RIS type "${risType}": read as a document`,
    });
    type = 'document';
  }
  const item: CslItem = { id: first('ID') || `ris-${index + 1}`, type };

  // Names in the order the file gives them, AU and A1 mixed.
  for (const [tag, raw] of rec.names) {
    {
      if (!raw.trim()) continue;
      const role = nameRole(tag, type);
      const list = (item[role] as CslName[] | undefined) ?? [];
      const name = parseCommaName(raw);
      const body = bodyNameProblem(name, tag);
      if (body) rec.problems.push(body);
      list.push(name);
      item[role] = list;
    }
  }

  const title = first('TI', 'T1', type === 'book' ? 'BT' : 'CT');
  // A missing title is reported by the import's entry check (source-entries.ts), once for every format.
  if (title) item.title = title.replace(/\s+/g, ' ');
  const t2 = first('T2');
  const journalFull = first('JF', 'JO');
  const journalAbbr = first('J2', 'JA', 'J1');
  const bt = type === 'book' ? '' : first('BT');
  if (type === 'book' || type === 'report' || type === 'software' || type === 'map') {
    if (t2) item['collection-title'] = t2;
  } else if (type === 'paper-conference') {
    const proceedings = first('C3') || bt || journalFull;
    if (proceedings) item['container-title'] = proceedings;
    if (t2) {
      if (!item['container-title']) item['container-title'] = t2;
      else item['event-title'] = t2;
    }
  } else {
    const container = t2 || journalFull || bt || journalAbbr;
    if (container) item['container-title'] = container;
  }
  if (journalAbbr && journalAbbr !== item['container-title']) item['container-title-short'] = journalAbbr;
  else if (first('JO') && first('JF') && first('JO') !== first('JF'))
    item['container-title-short'] = first('JO');
  const t3 = first('T3');
  if (t3) item['collection-title'] = t3;
  if (first('ST')) item['title-short'] = first('ST');
  if (first('OP')) item['original-title'] = first('OP');

  // Dates: PY is the publication date (the spec's YYYY/MM/DD/other; often only the year), Y1 the older
  // files' primary date, DA the date. PY comes first, then Y1, then DA: the date is the first one given,
  // made more precise by a later one that agrees with it (PY 2025 and DA 2025/12/02 are 2 December
  // 2025). One that disagrees (PY 2025 and Y1 2024/11/05) is not used: said, and kept with the record's
  // other tags. A part left out as impossible (month 13, 30 February) is said, per tag; one left blank is not.
  const readDate = (tag: string) => {
    const text = first(tag);
    if (!text) return null;
    const { date, problem } = readRisDate(text);
    if (problem) rec.problems.push({ field: tag, ...lineOf(tag), severity: 'warning', message: problem });
    return date;
  };
  const unusedDates = new Set<string>();
  let issued: CslDate | null = null;
  let issuedBy = '';
  const parts = (d: CslDate | null) => (d?.['date-parts']?.length === 1 ? d['date-parts'][0]! : null);
  for (const tag of ['PY', 'Y1', 'DA']) {
    const d = readDate(tag);
    if (!d) continue;
    if (!issued) {
      issued = d;
      issuedBy = tag;
      continue;
    }
    const [kept, given] = [parts(issued), parts(d)];
    if (!given) continue; // a range or a text beside a date: the date read first stays
    if (!kept) {
      if (issued['date-parts']) continue;
      [issued, issuedBy] = [d, tag]; // a date over a text that is none
      continue;
    }
    const agree = kept.every((n, i) => i >= given.length || given[i] === n);
    if (agree) {
      // More precise: more parts, or the same year with a season (PY 2025, DA 2025///Spring).
      if (given.length > kept.length || (given.length === kept.length && d.season && !issued.season))
        [issued, issuedBy] = [d, tag];
      continue;
    }
    unusedDates.add(tag);
    const text = (x: readonly (string | number)[]) =>
      [String(x[0]), ...x.slice(1).map((n) => String(n).padStart(2, '0'))].join('-');
    rec.problems.push({
      field: tag,
      ...lineOf(tag),
      severity: 'warning',
      message: `"${first(tag)}" (${text(given)}) disagrees with ${issuedBy} "${first(issuedBy)}" (${text(kept)}): the date is ${text(kept)}${issuedBy === 'PY' ? ' (PY is the publication date)' : ''}; ${tag} is kept with the other tags, not used`,
    });
  }
  if (issued) item.issued = issued;
  const accessed = readDate('Y2');
  if (accessed) item.accessed = accessed;

  if (first('VL')) item.volume = first('VL');
  const issue = first('IS', 'CP');
  if (issue) item.issue = issue;
  const sp = first('SP');
  const ep = first('EP');
  if (sp) item.page = ep && !sp.includes('-') ? `${sp}–${ep}` : sp.replace(/\s*[-–]+\s*/, '–');
  if (first('PB')) item.publisher = first('PB');
  const place = first('CY', 'PP');
  if (place) item[type === 'paper-conference' ? 'event-place' : 'publisher-place'] = place;
  if (first('ET')) item[type === 'software' || type === 'dataset' ? 'version' : 'edition'] = first('ET');
  if (first('AB', 'N2')) item.abstract = first('AB', 'N2');
  const notes = (t.get('N1') ?? []).filter((n) => n.trim());
  if (notes.length) item.note = notes.join('\n');
  const keywords = [...(t.get('KW') ?? []), ...(t.get('K1') ?? [])].map((k) => k.trim()).filter(Boolean);
  if (keywords.length) item.keyword = keywords.join(', ');
  if (first('LA')) item.language = first('LA');
  if (first('M1')) item.number = first('M1');
  if (first('M3')) item.genre = first('M3');
  if (first('NV')) item['number-of-volumes'] = first('NV');
  if (first('SE')) item.section = first('SE');
  if (first('CN')) item['call-number'] = first('CN');
  if (first('AN')) item['archive_location'] = first('AN');
  if (first('DB')) item.archive = first('DB');
  if (first('DP')) item.source = first('DP');
  if (first('C1') && type === 'paper-conference') item['event-place'] = first('C1');

  // SN is the record's standard number: an ISSN for a periodical's article, an ISBN by default, and
  // for a report or a patent its number (Zotero's RIS translator: reportNumber, patentNumber). Split
  // into ISBNs and ISSNs only when every part is one ("0022-3085 1933-0693"); otherwise kept whole, as
  // written ("HC 26", "RAND RR-A2510-1"), never cut at a space.
  for (const sn of t.get('SN') ?? []) {
    const whole = sn.trim();
    if (!whole) continue;
    const parts = whole.split(/[;,]\s*|\s+(?!\()/).filter(Boolean);
    const kinds = parts.map((part) =>
      ISSN.test(part.replace(/\s*\(.*\)$/, '')) ? 'ISSN' : normaliseIsbn(part) ? 'ISBN' : null,
    );
    const add = (field: 'ISBN' | 'ISSN' | 'number', value: string) => {
      item[field] = item[field] ? `${String(item[field])} ${value}` : value;
    };
    if (kinds.every((k) => k !== null)) parts.forEach((part, i) => add(kinds[i]!, part));
    else if (type === 'report' || type === 'patent') {
      if (item.number && item.number !== whole) t.set('SN-number', [whole]);
      else item.number = whole;
    } else add(type.startsWith('article') ? 'ISSN' : 'ISBN', whole);
  }
  const givenDoi = first('DO').trim();
  let doi = DOI_IN.exec(givenDoi)?.[1] ?? '';
  // A DO that holds no DOI ("DOI", "n/a" in templates) would make a broken link: kept among the record's
  // other tags and flagged, not stored as its DOI.
  if (givenDoi && !doi) {
    rec.problems.push({
      field: 'DO',
      ...lineOf('DO'),
      severity: 'warning',
      message: `"${givenDoi.slice(0, 80)}" is not a DOI (a DOI starts with 10.); kept with the other tags, not linked`,
    });
    t.set('DO-not-a-DOI', [givenDoi]);
  }
  if (!doi) {
    for (const v of [first('M3'), ...(t.get('N1') ?? []), ...(t.get('UR') ?? [])]) {
      const m = /doi/i.test(v) ? DOI_IN.exec(v) : null;
      if (m) {
        doi = m[1]!.replace(/[.,;]$/, '');
        break;
      }
    }
  }
  if (doi) item.DOI = doi;
  const url =
    (t.get('UR') ?? []).flatMap((u) => u.split(/\s*;\s*|\s+(?=https?:)/)).find((u) => u.trim()) ??
    first('L2', 'LK');
  if (url) {
    const u = normaliseUrl(url);
    item.URL = u.url;
    if (u.note) rec.problems.push({ field: 'UR', ...lineOf('UR'), severity: 'warning', message: u.note });
  }

  const known = new Set([
    'TY',
    'ER',
    'ID',
    'AU',
    'A1',
    'A2',
    'A3',
    'A4',
    'ED',
    'TI',
    'T1',
    'BT',
    'CT',
    'T2',
    'JF',
    'JO',
    'J2',
    'JA',
    'J1',
    'T3',
    'ST',
    'OP',
    'DA',
    'PY',
    'Y1',
    'Y2',
    'VL',
    'IS',
    'CP',
    'SP',
    'EP',
    'PB',
    'CY',
    'PP',
    'ET',
    'AB',
    'N2',
    'N1',
    'KW',
    'K1',
    'LA',
    'M1',
    'M3',
    'NV',
    'SE',
    'CN',
    'AN',
    'DB',
    'DP',
    'SN',
    'DO',
    'UR',
    'L2',
    'LK',
    'C3',
  ]);
  const rest: Record<string, string[]> = {};
  for (const [tag, values] of t) if (!known.has(tag) || unusedDates.has(tag)) rest[tag] = values;
  if (Object.keys(rest).length) item.custom = { ris: rest };
  return item;
}

/**
 * Whether lines with no TY before them make a record worth reading: read as one, they point at a work
 * by the rule every import and the source model use (a tag line such as Ovid's `NL` alone does not).
 */
function headlessIdentifies(rec: Record_, index: number): boolean {
  try {
    return identifiesAWork(toCsl(rec, index));
  } catch {
    return true; // Unreadable: reported as an entry that cannot be read, not dropped quietly.
  }
}

/** Reads a RIS file into CSL items. A record missing its ER is still read (flagged). */
export function parseRis(source: string): ParsedFile {
  const file: ParsedFile = { entries: [], problems: [] };
  const lines = withoutBom(source).split(/\r\n|\r|\n/);
  let rec: Record_ | null = null;
  let lastTag = '';
  let values = 0;
  const close = (ended: 'ER' | 'TY' | 'end of file') => {
    if (!rec) return;
    if (rec.headless && ended !== 'ER' && !headlessIdentifies(rec, file.entries.length)) {
      // Tag lines between one record's ER and the next TY (Ovid writes `NL  - <journal>` there): not
      // a record; left out and said so, not counted as an entry that cannot be read.
      const tags = [...rec.tags.keys()].filter((t) => t !== 'TY');
      file.problems.push({
        line: rec.line,
        severity: 'warning',
        message: `line ${rec.line} (${tags.join(', ')}) is outside any record (no TY before it): left out`,
      });
      rec = null;
      return;
    }
    if (ended !== 'ER')
      rec.problems.push({
        field: 'ER',
        severity: 'warning',
        message:
          ended === 'TY'
            ? 'the record has no ER line; read up to the next TY'
            : 'the file ends inside this record (no ER line): it may be cut off; read up to the end',
      });
    try {
      const item = toCsl(rec, file.entries.length);
      file.entries.push({
        item,
        line: rec.line,
        ...(typeof item.id === 'string' && rec.tags.has('ID') ? { key: item.id } : {}),
        problems: rec.problems,
      });
    } catch (e) {
      file.problems.push({
        line: rec.line,
        severity: 'error',
        message: `the record on line ${rec.line} cannot be read: ${(e as Error).message}`,
      });
    }
    rec = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const m = TAG_LINE.exec(withoutBom(raw));
    if (m) {
      const tag = m[1]!;
      const value = (m[2] ?? '').replace(/[\u2028\u2029]/g, ' ').trimEnd();
      if (tag === 'TY') {
        if (rec) close('TY');
        rec = {
          tags: new Map([['TY', [value.trim()]]]),
          lines: new Map([['TY', [i + 1]]]),
          names: [],
          line: i + 1,
          problems: [],
        };
        lastTag = 'TY';
        values = 0;
        continue;
      }
      if (tag === 'ER') {
        if (!rec)
          file.problems.push({
            line: i + 1,
            severity: 'warning',
            message: `an ER on line ${i + 1} without a record before it`,
          });
        close('ER');
        continue;
      }
      if (!rec) {
        // A record whose TY line is missing (JabRef's "corrupted" export): read it as a generic one.
        rec = {
          tags: new Map([['TY', ['GEN']]]),
          lines: new Map(),
          names: [],
          line: i + 1,
          problems: [],
          headless: true,
        };
        rec.problems.push({
          field: 'TY',
          severity: 'warning',
          message: `the record starting on line ${i + 1} has no TY line: read as a generic record`,
        });
        lastTag = 'TY';
        values = 0;
      }
      if (++values > MAX_LINE_VALUES) {
        // A record of a million tags is not a reference: stop reading it and say where.
        rec.problems.push({
          field: tag,
          severity: 'error',
          message: `the record on line ${rec.line} has more than ${MAX_LINE_VALUES} tags (at line ${i + 1}, ${tag}): the rest of it was skipped`,
        });
        while (i + 1 < lines.length && !/^(TY|ER)\s/.test(lines[i + 1]!)) i++;
        continue;
      }
      if (NAME_TAGS.has(tag)) rec.names.push([tag, value]);
      const list = rec.tags.get(tag);
      if (list) list.push(value);
      else rec.tags.set(tag, [value]);
      const tagLines = rec.lines.get(tag);
      if (tagLines) tagLines.push(i + 1);
      else rec.lines.set(tag, [i + 1]);
      lastTag = tag;
      continue;
    }
    if (!raw.trim()) continue;
    if (rec && lastTag) {
      // A continuation line: abstracts and titles wrapped by the exporting program.
      const list = rec.tags.get(lastTag)!;
      list[list.length - 1] =
        `${list[list.length - 1]}${/^(AB|N2|N1)$/.test(lastTag) ? '\n' : ' '}${raw.trim()}`;
    } else
      file.problems.push({
        line: i + 1,
        severity: 'warning',
        message: `line ${i + 1} is not RIS ("${raw.slice(0, 40)}"): left out`,
      });
  }
  if (rec) close('end of file');
  if (file.entries.length === 0 && !file.problems.some((p) => p.severity === 'error'))
    file.problems.push({ severity: 'error', message: 'No RIS record (a line "TY  - …") in the file.' });
  return file;
}
