import { describe, expect, it } from 'vitest';
import { entryToAddText } from '../../../electron/core/import-problem';
import { parseRis } from '../../../electron/services/import/formats';
import { previewSources } from '../../../electron/services/import/sources';
import { freshServices } from '../../helpers/fixtures';

const ris = [
  'TY  -  JOUR',
  'AU  - Baldwin, S.A.',
  'A1  - Fugaccia, I.',
  'AU  - World Health Organization',
  'TI  - Blood-brain barrier breach',
  '  following cortical contusion',
  'T2  - Journal of Neurosurgery',
  'J2  - J. Neurosurg.',
  'PY  - 2019///',
  'DA  - 2019/03/',
  'VL  - 85',
  'SP  - 476',
  'EP  - 481',
  'DO  - https://doi.org/10.3171/jns.1996.85.3.0476',
  'SN  - 0022-3085',
  'UR  - www.example.org/paper',
  'ER  - ',
  '',
  'TY  - CHAP',
  'AU  - Smith, John',
  'A2  - Editor, Ed',
  'TI  - A chapter',
  'BT  - The Book',
  'Y1  - 1990/2/27',
  'SN  - 978-3-16-148410-0',
  'XX  - unknown tag kept',
  'ER  - ',
].join('\n');

describe('parseRis', () => {
  const file = parseRis(ris);
  const [a, b] = file.entries;

  it('reads AU/A1 mixed in order, a name without comma as one unit, TY with two spaces, wrapped lines', () => {
    expect(a!.item.type).toBe('article-journal');
    expect(a!.item.author).toEqual([
      { family: 'Baldwin', given: 'S.A.' },
      { family: 'Fugaccia', given: 'I.' },
      { literal: 'World Health Organization' },
    ]);
    expect(a!.item.title).toBe('Blood-brain barrier breach following cortical contusion');
    expect(a!.line).toBe(1);
    expect(b!.line).toBe(19);
  });

  it('takes the most precise date of PY/DA/Y1 (2019/// and 2019/03/), pages, DOI, ISSN, URL without scheme', () => {
    expect(a!.item.issued).toEqual({ 'date-parts': [[2019, 3]] });
    expect(a!.item.page).toBe('476–481');
    expect(a!.item.DOI).toBe('10.3171/jns.1996.85.3.0476');
    expect(a!.item.ISSN).toBe('0022-3085');
    expect(a!.item.URL).toBe('https://www.example.org/paper');
    expect(a!.item['container-title']).toBe('Journal of Neurosurgery');
    expect(a!.item['container-title-short']).toBe('J. Neurosurg.');
    expect(a!.problems).toContainEqual(expect.objectContaining({ field: 'UR' }));
  });

  it('reads editors as editors, BT as the book, ISBN, Y1 dates, and keeps unknown tags', () => {
    expect(b!.item.type).toBe('chapter');
    expect(b!.item.editor).toEqual([{ family: 'Editor', given: 'Ed' }]);
    expect(b!.item['container-title']).toBe('The Book');
    expect(b!.item.issued).toEqual({ 'date-parts': [[1990, 2, 27]] });
    expect(b!.item.ISBN).toBe('978-3-16-148410-0');
    expect(b!.item.custom).toEqual({ ris: { XX: ['unknown tag kept'] } });
  });

  it('survives a record of a million tags with a message naming the line and tag', () => {
    const big = `TY  - JOUR\nTI  - t\n${'KW  - k\n'.repeat(1_000_000)}ER  - \n`;
    const f = parseRis(big);
    expect(f.entries).toHaveLength(1);
    expect(f.entries[0]!.problems).toContainEqual(
      expect.objectContaining({ field: 'KW', severity: 'error' }),
    );
  });

  it('says so when a file has no record', () => {
    expect(parseRis('hello\nworld').problems).toContainEqual(expect.objectContaining({ severity: 'error' }));
  });

  it('reads a value holding a line separator (U+2028) as one line, and a score’s A1 as its composer', () => {
    const file = parseRis(
      [
        'TY  - JOUR',
        'T1  - Applied Research:\u2028Potential Contributions',
        'AU  - Light, Janice',
        'ER  - ',
        'TY  - MUSIC',
        'T1  - Sonata',
        'A1  - Composer, Carl',
        'ER  - ',
      ].join('\n'),
    );
    expect(file.entries[0]?.item).toMatchObject({
      type: 'article-journal',
      title: 'Applied Research: Potential Contributions',
      author: [{ family: 'Light', given: 'Janice' }],
    });
    expect(file.entries[1]?.item).toMatchObject({
      type: 'musical_score',
      composer: [{ family: 'Composer', given: 'Carl' }],
    });
  });
});

describe('parseRis, kinds of disagreement found on the retired session-8 test split', () => {
  it('PY 0000 (Scopus’s "no year") is no date', () => {
    const item = parseRis(['TY  - JOUR', 'T2  - A journal', 'PY  - 0000', 'ER  - '].join('\n')).entries[0]!
      .item;
    expect(item.issued).toBeUndefined();
  });

  it("leaves out a tag line between one record's ER and the next TY (Ovid's NL), with a warning, not as an unreadable record", () => {
    const f = parseRis(
      'TY  - JOUR\nTI  - First\nER  - \nNL  - Clin Psychol Psychother\n\nTY  - JOUR\nTI  - Second\nER  - \n',
    );
    expect(f.entries.map((e) => e.item.title)).toEqual(['First', 'Second']);
    expect(f.problems).toEqual([expect.objectContaining({ line: 4, severity: 'warning' })]);
    // A record that lost its TY but has a title is still read (JabRef's corrupted export).
    expect(parseRis('TI  - Headless\nAU  - Doe, J\nER  - \n').entries.map((e) => e.item.title)).toEqual([
      'Headless',
    ]);
    // Which stray lines are a record is the source model's own rule: a journal or a date points at a
    // work, a keyword or a note alone does not.
    const stray = (lines: string) => parseRis(`${lines}\nTY  - JOUR\nTI  - Next\nER  - \n`);
    expect(stray('JO  - Nature').entries).toHaveLength(2);
    expect(stray('PY  - 2001').entries).toHaveLength(2);
    expect(stray('KW  - climate\nN1  - a note').entries.map((e) => e.item.title)).toEqual(['Next']);
  });
});

describe('parseRis: a date with parts left blank, as placeholders, or impossible', () => {
  const dated = (tag: string, value: string) =>
    parseRis(['TY  - NEWS', 'TI  - A story', `${tag}  - ${value}`, 'ER  - '].join('\n')).entries[0]!;

  it.each([
    ['2025///', [2025]],
    ['2025/xx/yy', [2025]],
    ['2025/XX/XX/', [2025]],
    ['2025/00/00', [2025]],
    ['2025/03/xx', [2025, 3]],
    ['2025/3/', [2025, 3]],
    ['2024/02/29', [2024, 2, 29]],
    ['2025-03-xx', [2025, 3]],
  ])('%s is the date it gives, with nothing to warn about', (value, parts) => {
    const entry = dated('PY', value);
    expect(entry.item.issued).toEqual({ 'date-parts': [parts] });
    expect(entry.problems).toEqual([]);
  });

  it.each([
    ['PY', '2025/13/40', [2025], /^"2025\/13\/40" has no month 13; read as 2025$/],
    [
      'PY',
      '2025/02/30',
      [2025, 2],
      /^"2025\/02\/30": February 2025 has 28 days \(not 30\); read as 2025-02$/,
    ],
    ['PY', '2025/04/31/', [2025, 4], /April 2025 has 30 days \(not 31\); read as 2025-04$/],
    ['DA', '2025/1x/05', [2025], /has no month "1x"; read as 2025$/],
    ['PY', '2025//15', [2025], /^"2025\/\/15" gives a day without a month; read as 2025$/],
    ['DA', '2025-13-01', [2025], /has no month 13; read as 2025$/],
  ])('%s %s keeps the valid part and says what it left out', (tag, value, parts, message) => {
    const entry = dated(tag, value);
    expect(entry.item.issued).toEqual({ 'date-parts': [parts] });
    expect(entry.problems).toEqual([
      { field: tag, line: 3, severity: 'warning', message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    ['PY', '25/12/02', { 'date-parts': [[2025, 12, 2]] }, /two digits; read in RIS's order .* as 2025-12-02/],
    ['PY', '98/3/5', { 'date-parts': [[1998, 3, 5]] }, /as 1998-03-05/],
    ['DA', '02.12.2025', { 'date-parts': [[2025, 12, 2]] }, null],
    ['DA', '2.3.2025', { 'date-parts': [[2025, 3, 2]] }, null],
    ['DA', '25/12/2025', { 'date-parts': [[2025, 12, 25]] }, null],
    ['DA', '12/25/2025', { 'date-parts': [[2025, 12, 25]] }, null],
    ['DA', '05/05/2025', { 'date-parts': [[2025, 5, 5]] }, null],
    [
      'DA',
      '02/12/2025',
      { 'date-parts': [[2025]], raw: '02/12/2025' },
      /could be day\/month or month\/day \(2 December or February 12\); read as 2025/,
    ],
    ['DA', '31.02.2025', { 'date-parts': [[2025]], raw: '31.02.2025' }, /is no day and month/],
  ])(
    '%s %s: a date in another order than YYYY/MM/DD is read when it can only be one date',
    (tag, value, issued, message) => {
      const entry = dated(tag, value);
      expect(entry.item.issued).toEqual(issued);
      expect(entry.problems).toEqual(
        message
          ? [{ field: tag, line: 3, severity: 'warning', message: expect.stringMatching(message) }]
          : [],
      );
    },
  );

  const twoDates = (a: string, b: string) =>
    parseRis(['TY  - NEWS', 'TI  - A story', 'AU  - Test, Ann', a, b, 'ER  - '].join('\n')).entries[0]!;

  it('takes PY, made more precise by a Y1 or DA that agrees with it', () => {
    const entry = twoDates('PY  - 2025', 'DA  - 2025/12/02/');
    expect(entry.item.issued).toEqual({ 'date-parts': [[2025, 12, 2]] });
    expect(entry.problems).toEqual([]);
    expect(twoDates('DA  - 2025/12/', 'PY  - 2025///').item.issued).toEqual({ 'date-parts': [[2025, 12]] });
  });

  it.each([
    [
      'Y1  - 2024/11/05/',
      'PY  - 2025',
      'Y1',
      4,
      [2025],
      /"2024\/11\/05\/" .*disagrees with PY "2025".*the date is 2025/,
    ],
    [
      'PY  - 2025/12/02/',
      'DA  - 2025/11/30/',
      'DA',
      5,
      [2025, 12, 2],
      /disagrees with PY "2025\/12\/02\/".*the date is 2025-12-02/,
    ],
    ['Y1  - 2025/12/02/', 'DA  - 2024', 'DA', 5, [2025, 12, 2], /disagrees with Y1/],
  ])(
    '%s and %s disagree: PY (then Y1) wins, and the other is said on its own line and kept',
    (a, b, tag, line, parts, message) => {
      const entry = twoDates(a, b);
      expect(entry.item.issued).toEqual({ 'date-parts': [parts] });
      expect(entry.problems).toEqual([
        { field: tag, line, severity: 'warning', message: expect.stringMatching(message) },
      ]);
      const text = (tag === 'DA' ? b : tag === 'Y1' ? a : '').slice(6);
      expect(entry.item.custom).toEqual({ ris: { [tag]: [text] } });
    },
  );

  it('warns in the import preview that a date it cannot read (PY 20xx) is kept as written, and imports the entry', () => {
    const services = freshServices();
    try {
      const file = [
        'TY  - JOUR',
        'TI  - Missing end record',
        'AU  - Nobody, N.',
        'PY  - 20xx',
        'ER  - ',
      ].join('\n');
      const preview = previewSources(services.store, 'ris', file);
      expect(preview.toAdd).toBe(1);
      expect(preview.problems).toEqual([
        expect.objectContaining({
          line: 4,
          field: 'PY',
          severity: 'warning',
          message: expect.stringContaining('"20xx" cannot be read as a date: kept as written'),
        }),
      ]);
      expect(parseRis(file).entries[0]?.item.issued).toEqual({ literal: '20xx' });
      // A text saying there is no date yet is no misreading: nothing to say.
      expect(parseRis(file.replace('20xx', 'n.d.')).problems).toEqual([]);
      expect(parseRis(file.replace('20xx', 'in press')).problems).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('names the entry and its line in the import preview', () => {
    const services = freshServices();
    try {
      const file = [
        'TY  - NEWS',
        'TI  - First',
        'PY  - 2025///',
        'ER  - ',
        '',
        'TY  - NEWS',
        'TI  - Second',
        'PY  - 2025/13/40',
        'ER  - ',
      ].join('\n');
      const preview = previewSources(services.store, 'ris', file);
      expect(preview.toAdd).toBe(2);
      expect(preview.problems).toEqual([
        expect.objectContaining({
          line: 8,
          field: 'PY',
          severity: 'warning',
          message: expect.stringMatching(/no month 13/),
        }),
      ]);
      expect(preview.sample.map((s) => s.year)).toEqual(['2025', '2025']);
      // No author: the outlet in the author's place, never a line starting with "(2025).".
      expect(preview.sample.map(entryToAddText)).toEqual(['First (2025)', 'Second (2025)']);
      const unsigned = previewSources(
        services.store,
        'ris',
        'TY  - NEWS\nTI  - Port reopens\nT2  - Reuters\nPY  - 2025\nER  - \n',
      );
      expect(unsigned.sample.map(entryToAddText)).toEqual(['Reuters (2025). Port reopens']);
    } finally {
      services.close();
    }
  });
});
