import { beforeAll, describe, expect, it, vi } from 'vitest';
import { entryToAddText } from '../../../electron/core/import-problem';
import type { ImportReport } from '../../../electron/contract/api';

// The API client reads the page's address and session storage when it loads (browser mode).
vi.stubGlobal('window', { location: { hash: '', pathname: '/' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('history', { replaceState: () => undefined });

let tools: typeof import('../../../renderer/src/features/import/report-text');
beforeAll(async () => {
  tools = await import('../../../renderer/src/features/import/report-text');
});

describe('import messages as users read them (tester findings)', () => {
  it('says rows imported with a library source as such, not as skipped duplicates, with no doubled stops', () => {
    const reused = (line: number) => ({
      line,
      message: `Line ${line}: its source "Gas Market Report" (IEA) is the library's source of that title and outlet; that one is used.`,
      match: { id: '01a24ae7-8af2-7002-894b-5a803f144ead', title: 'Gas Market Report', by: 'title' },
      isReused: true,
    });
    const report: ImportReport = {
      sourcesCreated: 0,
      factsCreated: 3,
      sourceIds: [],
      factIds: [],
      problems: [],
      duplicates: [
        reused(2),
        { line: 4, message: 'Line 4 repeats a fact already saved from the same source; not added again.' },
        reused(5),
      ],
    };
    expect(tools.describeReport(report)).toBe(
      'Imported 0 sources and 3 facts. Skipped 1 duplicate: Line 4 repeats a fact already saved from the same source; not added again. ' +
        '2 rows name sources already in the library: Line 2: its source "Gas Market Report" (IEA) is the library\'s source of that title and outlet; that one is used; Line 5: its source "Gas Market Report" (IEA) is the library\'s source of that title and outlet; that one is used.',
    );
  });

  it('says each skipped duplicate once, in its own words (which name its entry and line)', () => {
    const report: ImportReport = {
      sourcesCreated: 0,
      factsCreated: 0,
      sourceIds: [],
      factIds: [],
      problems: [],
      duplicates: [
        {
          line: 1,
          message:
            'Entry 1 (line 1) "Port reopens" is already in the library as "Port reopens" (same URL); not added again.',
        },
      ],
    };
    expect(tools.describeReport(report)).toBe(
      'Imported 0 sources and 0 facts. Skipped 1 duplicate: Entry 1 (line 1) "Port reopens" is already in the library as "Port reopens" (same URL); not added again.',
    );
  });

  it('an article import that added nothing says so, not as a success', () => {
    const report: ImportReport = {
      sourcesCreated: 0,
      factsCreated: 0,
      sourceIds: [],
      factIds: [],
      problems: [],
      duplicates: [
        {
          message:
            'Article "Port reopens" is already in the library as "Port reopens" (same URL); not added again.',
          match: { id: 'src-1', title: 'Port reopens', by: 'URL' },
        },
        { line: 1, message: 'Fact 1 repeats a fact already saved from the same source; not added again.' },
        { line: 2, message: 'Fact 2 repeats a fact already saved from the same source; not added again.' },
      ],
    };
    expect(tools.describeArticleReport(report)).toEqual({
      text:
        'Nothing was added: “Port reopens” is already in the library, and the 2 facts you accepted were already saved from it. ' +
        'Those facts are left as the library has them: edits made to them in the review were not applied (open one in the library to change it).',
      tone: 'info',
    });
    expect(tools.describeArticleReport({ ...report, factsCreated: 1 })).toMatchObject({
      tone: 'success',
      text: expect.stringMatching(
        /^Imported 0 sources and 1 fact\. .* Those facts are left as the library has them/,
      ),
    });
  });

  it('lists an entry with no author by its outlet, or by its title, never starting with the year', () => {
    expect(entryToAddText({ title: 'Port reopens', authors: 'Lewis', year: '2025', outlet: 'Reuters' })).toBe(
      'Lewis (2025). Port reopens',
    );
    expect(entryToAddText({ title: 'Port reopens', authors: '', year: '2025', outlet: 'Reuters' })).toBe(
      'Reuters (2025). Port reopens',
    );
    expect(entryToAddText({ title: 'Reuters home page', authors: '', year: '2025' })).toBe(
      'Reuters home page (2025)',
    );
    expect(entryToAddText({ title: 'Untitled note', authors: '', year: '' })).toBe('Untitled note');
  });
});
