import { AppError } from '../../core/errors';

/** One CSV record: its fields and the line it starts on (1-based). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;
const LF = 10;
const CR = 13;

const unreadable = (line: number, why: string) =>
  new AppError('invalid_file', `This CSV could not be read: line ${line}: ${why}`, `line ${line}`);

/** How many line ends (CRLF, LF or CR) a piece of text holds. */
function lineEnds(chunk: string): number {
  let ends = 0;
  for (let k = chunk.search(/[\r\n]/); k !== -1 && k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === LF || (c === CR && chunk.charCodeAt(k + 1) !== LF)) ends++;
  }
  return ends;
}

/** The separators a CSV may use: commas, semicolons (Excel where the decimal mark is a comma), tabs. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The separator of a CSV, from its header line (the first line that is not empty): the one of comma,
 * semicolon and tab it holds most often outside quotes; a comma when it holds none (a single column) or
 * on a tie. Excel writes "CSV" with semicolons wherever the decimal mark is a comma (most of Europe),
 * and "Unicode text" with tabs; a header names columns, which hold none of these.
 */
export function csvDelimiter(text: string): CsvDelimiter {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++;
  const counts = { [COMMA]: 0, [SEMICOLON]: 0, [TAB]: 0 } as Record<number, number>;
  let isQuoted = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) isQuoted = !isQuoted;
    else if (!isQuoted && (c === LF || c === CR)) break;
    else if (!isQuoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
  }
  const comma = counts[COMMA] ?? 0;
  const semicolon = counts[SEMICOLON] ?? 0;
  const tab = counts[TAB] ?? 0;
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

/**
 * The separator a CSV declares on its first line, as Excel writes it when asked to (`sep=;`, `sep=,`,
 * `sep=` and a tab): that line names the separator and is no record. Undefined when there is none.
 */
export function csvDeclaredDelimiter(text: string): CsvDelimiter | undefined {
  const declared = /^\uFEFF?sep=([,;\t])[ ]*(?:\r\n|\r|\n|$)/i.exec(text);
  return declared ? (declared[1] as CsvDelimiter) : undefined;
}

/**
 * The records of an RFC 4180 CSV (comma-separated, or separated by `delimiter`; a field in double quotes may hold commas, line breaks
 * and doubled quotes; CRLF, LF or CR line ends; a leading BOM and empty lines ignored), each with the
 * line it starts on. Written for the fact import, which reads 200,000-row files: one pass over the text,
 * about ten times faster than csv-parse, and it knows each record's first line (csv-parse's `info`
 * gives the last). A quote inside an unquoted field, or text after a closing quote, is refused with its
 * line, as csv-parse refuses it.
 */
export function csvRecords(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const SEPARATOR = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    // An empty line is no record.
    if (c === LF || c === CR) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) throw unreadable(start, 'a quoted field is never closed (a " is missing).');
          const chunk = text.slice(from, q);
          value += chunk;
          line += lineEnds(chunk);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        fields.push(value);
        const after = text.charCodeAt(i);
        if (i < n && after !== SEPARATOR && after !== LF && after !== CR)
          throw unreadable(line, `text after the closing quote of field ${fields.length}.`);
      } else {
        let j = i;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d === SEPARATOR || d === LF || d === CR) break;
          if (d === QUOTE)
            throw unreadable(
              line,
              `a quote inside field ${fields.length + 1}, which does not start with one (put the whole field in quotes and double the quote: "a ""b"" c").`,
            );
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const d = text.charCodeAt(i);
      if (d === SEPARATOR) {
        i++;
        continue;
      }
      // The end of the record: a line end or the end of the text.
      if (d === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (d === LF) i++;
      line++;
      break;
    }
    records.push({ fields, line: start });
  }
  return records;
}
