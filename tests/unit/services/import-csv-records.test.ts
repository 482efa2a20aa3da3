import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { csvDelimiter, csvRecords } from '../../../electron/services/import/csv-records';

/** A field as a spreadsheet writes it: quoted when it holds a comma, a quote or a line end. */
const written = (field: string, alwaysQuote: boolean) =>
  alwaysQuote || /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;

const fieldChars = fc.constantFrom('a', 'B', 'é', ' ', ',', '"', '\n', '\r\n', ';', '1', 'Ж');
const field = fc.array(fieldChars, { maxLength: 8 }).map((cs) => cs.join(''));

describe('csvRecords (the fact import’s CSV reader)', () => {
  it('reads what csv-parse reads, field for field, and names the line each record starts on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        (rows, eol, quoteAll, bom) => {
          // A record of one empty field is an empty line, which both readers skip: keep rows non-empty.
          const lines = rows.map((r) => r.map((f) => written(f, quoteAll)).join(','));
          const text = `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
          const ours = csvRecords(text);
          const theirs = parse(text, {
            bom: true,
            skip_empty_lines: true,
            relax_column_count: true,
          }) as string[][];
          expect(ours.map((r) => r.fields)).toEqual(theirs);
          // Each record starts one line after the previous record's line ends.
          let line = 1;
          ours.forEach((r, i) => {
            expect(r.line).toBe(line);
            const own = lines[i]!.split(/\r\n|\r|\n/).length;
            line += own;
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('skips empty lines and refuses a broken quote, naming its line', () => {
    expect(csvRecords('a,b\n\n\r\nc,d').map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [4, ['c', 'd']],
    ]);
    const refusal = (text: string) => {
      try {
        csvRecords(text);
      } catch (error) {
        if (error instanceof AppError) return `${error.code}: ${error.message}`;
      }
      return 'read';
    };
    expect(refusal('a,b\n"open,x\ny,z\n')).toBe(
      'invalid_file: This CSV could not be read: line 2: a quoted field is never closed (a " is missing).',
    );
    expect(refusal('a,b\nx,"q"r\n')).toMatch(
      /^invalid_file: .*line 2: text after the closing quote of field 2/,
    );
    expect(refusal('a,b\n\nx,y"z\n')).toMatch(/^invalid_file: .*line 3: a quote inside field 2/);
  });

  it('reads semicolon- and tab-separated files as csv-parse reads them with that delimiter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(';' as const, '\t' as const),
        (rows, sep) => {
          const quoted = (f: string) => (/["\r\n;\t,]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
          const text = `statement${sep}quote${sep}tags\n${rows.map((r) => r.map(quoted).join(sep)).join('\n')}\n`;
          expect(csvDelimiter(text)).toBe(sep);
          const theirs = parse(text, { skip_empty_lines: true, relax_column_count: true, delimiter: sep });
          expect(csvRecords(text, sep).map((r) => r.fields)).toEqual(theirs);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes the separator from the header line: the most frequent outside quotes, else a comma', () => {
    expect(csvDelimiter('statement;quote;tags\nA, b;c;d\n')).toBe(';');
    expect(csvDelimiter('\uFEFF\r\nstatement\tquote\n')).toBe('\t');
    expect(csvDelimiter('statement,quote\nx;y;z;w\n')).toBe(',');
    expect(csvDelimiter('"a;b";"c;d",e\n')).toBe(',');
    expect(csvDelimiter('"a,b";c\n')).toBe(';');
    expect(csvDelimiter('statement\n')).toBe(',');
    expect(csvDelimiter('')).toBe(',');
  });
});
