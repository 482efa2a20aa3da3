import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInStylesDir, cslFormatter } from '../../../electron/services/export/csl';
import { parseLocator } from '../../../electron/services/export/csl-locator';
import { makeFact, makeSource } from '../../helpers/builders';
import { repoRoot, templatesDir } from '../../helpers/fixtures';

describe('locator labels', () => {
  it('reads the kind of a locator from its text; a bare number, or text of no known kind, is a page', () => {
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
      // Not a label: kept whole, as a page (what every locator was before).
      ['line of control', 'page', 'line of control'],
      ['at 00:12:30', 'page', 'at 00:12:30'],
      ['constructor 5', 'page', 'constructor 5'],
      ['  9  ', 'page', '9'],
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
    expect(first).toBe('Reuters, ‘Kyiv rejects recognising Donbas as Russian’, 10 December 2025, para. 9.');
    // Later notes are short: the headline's first four words.
    expect(again).toBe('Reuters, ‘Kyiv rejects recognising Donbas’, para. 9.');
    expect(page).toBe('Reuters, ‘Kyiv rejects recognising Donbas’, p. 9.');
    expect(ibidPage).toBe(page);
    expect(note('briefing-notes', ['¶ 3'])[0]).toMatch(/, para\. 3\.$/);
    expect(note('briefing-notes', ['§ 3'])[0]).toMatch(/, sec\. 3\.$/);
    expect(note('briefing-notes', ['pp. 4-5'])[0]).toMatch(/, pp\. 4–5\.$/);
  });

  it('prints the kind of locator in Chicago notes, full and short; a page stays a bare number', () => {
    const [first, short, page] = note({ csl: chicago }, ['para. 9', '¶ 10', '12']);
    expect(first).toMatch(/Donbas as Russian,” Reuters, December 10, 2025, para\. 9\.$/);
    // Chicago's short title is the source's derived one (four words).
    expect(short).toBe('Reuters, “Kyiv Rejects Recognising Donbas,” para. 10.');
    expect(page).toBe('Reuters, “Kyiv Rejects Recognising Donbas,” 12.');
  });

  it('gives in-text cites the label too (author-date, APA)', () => {
    const apa = cslFormatter('apa', builtInStylesDir(templatesDir));
    const cite = (locator: string) => apa.inText([{ source, fact: makeFact('f', 'a', { locator }) }])[0];
    expect(cite('para. 9')).toMatch(/, para\. 9\)$/);
    expect(cite('¶ 9')).toMatch(/, para\. 9\)$/);
    expect(cite('chapter 3')).toMatch(/, Chapter 3\)$/);
    expect(cite('12')).toMatch(/, p\. 12\)$/);
  });
});
