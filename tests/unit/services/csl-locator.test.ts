import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInStylesDir, cslFormatter } from '../../../electron/services/export/csl';
import { parseLocator } from '../../../electron/services/export/csl-locator';
import { makeFact, makeSource } from '../../helpers/builders';
import { repoRoot, templatesDir } from '../../helpers/fixtures';

describe('locator labels', () => {
  it('reads the kind of a locator from its text; a bare number is a page, words of no known kind no label', () => {
    const cases: Array<[string, string, string]> = [
      ['para. 9', 'paragraph', '9'],
      ['paras. 3-4', 'paragraph', '3-4'],
      ['Paragraph 12', 'paragraph', '12'],
      ['¶ 9', 'paragraph', '9'],
      ['¶¶9–10', 'paragraph', '9–10'],
      ['p. 4', 'page', '4'],
      ['pp.4-5', 'page', '4-5'],
      ['page 7', 'page', '7'],
      ['12', 'page', '12'],
      ['§ 3', 'section', '3'],
      ['sec. 2.1', 'section', '2.1'],
      ['section 2', 'section', '2'],
      ['ch. iv', 'chapter', 'iv'],
      ['chapter 3', 'chapter', '3'],
      ['line 4', 'line', '4'],
      ['ll. 4-6', 'line', '4-6'],
      ['fig. 2', 'figure', '2'],
      ['vol. 2', 'volume', '2'],
      ['n. 14', 'note', '14'],
      ['col. B', 'column', 'B'],
      // A number, a numeral or a letter alone is a page (what every locator was before).
      ['  9  ', 'page', '9'],
      ['iv', 'page', 'iv'],
      ['A', 'page', 'A'],
      ['12a', 'page', '12a'],
      // Words of no kind we read: the locator names its unit itself, printed as written without a label.
      ['line of control', 'unlabelled', 'line of control'],
      ['at 00:12:30', 'unlabelled', 'at 00:12:30'],
      ['constructor 5', 'unlabelled', 'constructor 5'],
    ];
    for (const [text, label, locator] of cases) expect(parseLocator(text), text).toEqual({ label, locator });
  });

  it('reads the unit of a locator written in Arabic, Hebrew, French, Spanish, German or Russian', () => {
    const cases: Array<[string, string, string]> = [
      // Arabic: paragraph (with and without the article), page, section, chapter; Arabic-Indic digits.
      ['الفقرة 3', 'paragraph', '3'],
      ['فقرة 12', 'paragraph', '12'],
      ['الفقرة ٣', 'paragraph', '٣'],
      ['ص. 45', 'page', '45'],
      ['ص 45', 'page', '45'],
      ['صفحة 7', 'page', '7'],
      ['القسم 2', 'section', '2'],
      ['الفصل 4', 'chapter', '4'],
      // Hebrew: paragraph, page (the abbreviation with an apostrophe or a geresh), section, chapter.
      ['פסקה 4', 'paragraph', '4'],
      ["עמ' 12", 'page', '12'],
      ['עמ׳ 12', 'page', '12'],
      ['עמוד 3', 'page', '3'],
      ['סעיף 5', 'section', '5'],
      ['פרק 2', 'chapter', '2'],
      // French, Spanish, German, Russian.
      ['p. 12', 'page', '12'],
      ['para. 4', 'paragraph', '4'],
      ['§ 7', 'section', '7'],
      ['pág. 33', 'page', '33'],
      ['párr. 2', 'paragraph', '2'],
      ['S. 12', 'page', '12'],
      ['Abs. 3', 'paragraph', '3'],
      ['Kap. 2', 'chapter', '2'],
      ['с. 15', 'page', '15'],
      ['стр. 15', 'page', '15'],
      ['гл. 3', 'chapter', '3'],
      // A unit of no kind we read, in any language: as written, no label.
      ['الملحق 2', 'unlabelled', 'الملحق 2'],
      ['נספח 2', 'unlabelled', 'נספח 2'],
      ['Anlage 2', 'unlabelled', 'Anlage 2'],
    ];
    for (const [text, label, locator] of cases) expect(parseLocator(text), text).toEqual({ label, locator });
  });

  const source = makeSource('a', 'Reuters', {
    title: 'Kyiv rejects recognising Donbas as Russian',
    published: '2025-12-10',
  });
  const chicago = readFileSync(
    join(repoRoot, 'tests', 'fixtures', 'csl', 'chicago-notes-bibliography.csl'),
    'utf8',
  );
  const note = (style: Parameters<typeof cslFormatter>[0], locators: string[], locale = 'en-US') =>
    cslFormatter(style, builtInStylesDir(templatesDir), locale).notes(
      locators.map((locator, i) => ({ source, fact: makeFact(`f${i}`, 'a', { locator }) })),
    );

  it('prints the kind of every locator in briefing-notes notes, a page too ("p. 9", never a bare 9)', () => {
    const [first, again, page, ibidPage] = note(
      'briefing-notes',
      ['para. 9', 'para. 9', '9', 'p. 9'],
      'en-GB',
    );
    expect(first).toBe(
      'Reuters, ‘Kyiv rejects recognising Donbas as Russian’, 10 December 2025, para.\u00a09.',
    );
    // Later notes are short: the headline's first four words.
    expect(again).toBe('Reuters, ‘Kyiv rejects recognising Donbas’, para.\u00a09.');
    expect(page).toBe('Reuters, ‘Kyiv rejects recognising Donbas’, p.\u00a09.');
    expect(ibidPage).toBe(page);
    expect(note('briefing-notes', ['¶ 3'])[0]).toMatch(/, para\.\u00a03\.$/);
    expect(note('briefing-notes', ['§ 3'])[0]).toMatch(/, sec\.\u00a03\.$/);
    expect(note('briefing-notes', ['pp. 4-5'])[0]).toMatch(/, pp\.\u00a04–5\.$/);
  });

  it('prints the kind of locator in Chicago notes, full and short; a page stays a bare number', () => {
    const [first, short, page] = note({ csl: chicago }, ['para. 9', '¶ 10', '12']);
    expect(first).toMatch(/Donbas as Russian,” Reuters, December 10, 2025, para\.\u00a09\.$/);
    // Chicago's short title is the source's derived one (four words).
    expect(short).toBe('Reuters, “Kyiv Rejects Recognising Donbas,” para.\u00a010.');
    expect(page).toBe('Reuters, “Kyiv Rejects Recognising Donbas,” 12.');
  });

  it('gives in-text cites the label too (author-date, APA)', () => {
    const apa = cslFormatter('apa', builtInStylesDir(templatesDir));
    const cite = (locator: string) => apa.inText([{ source, fact: makeFact('f', 'a', { locator }) }])[0];
    expect(cite('para. 9')).toMatch(/, para\.\u00a09\)$/);
    expect(cite('¶ 9')).toMatch(/, para\.\u00a09\)$/);
    expect(cite('chapter 3')).toMatch(/, Chapter\u00a03\)$/);
    expect(cite('12')).toMatch(/, p\.\u00a012\)$/);
  });

  it('never labels a locator that names its own unit: a known one is read, an unknown one printed as written, isolated', () => {
    // Tester finding: `الفقرة 3` ("paragraph 3") printed `p. الفقرة 3`, `פסקה 4` `p. פסקה 4`.
    expect(note('briefing-notes', ['الفقرة 3'], 'en-GB')[0]).toMatch(/, para\.\u00a03\.$/);
    expect(note('briefing-notes', ['פסקה 4'], 'en-GB')[0]).toMatch(/, para\.\u00a04\.$/);
    expect(note('briefing-notes', ['S. 12'], 'en-GB')[0]).toMatch(/, p\.\u00a012\.$/);
    expect(note('briefing-notes', ['Anlage 2'], 'en-GB')[0]).toMatch(/2025, Anlage 2\.$/);
    expect(note({ csl: chicago }, ['الملحق 2'])[0]).toMatch(/2025, الملحق 2\.$/);
    const apa = cslFormatter('apa', builtInStylesDir(templatesDir));
    expect(apa.inText([{ source, fact: makeFact('f', 'a', { locator: 'الملحق 2' }) }])[0]).toMatch(
      / 2025, الملحق 2\)$/,
    );
    // For the exports, a right-to-left locator is isolated whole, as the other fields.
    const [marked] = cslFormatter('briefing-notes', builtInStylesDir(templatesDir), 'en-GB', {
      emphasis: true,
    }).notes([{ source, fact: makeFact('f', 'a', { locator: 'الملحق 2' }) }]);
    expect(marked).toMatch(/2025, \uE002الملحق 2\uE003\.$/u);
  });
});
