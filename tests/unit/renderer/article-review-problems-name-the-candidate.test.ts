import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CandidateFact } from '../../../electron/contract/api';

// The review's rows reach the API client, which reads the page's address and session storage when it loads.
vi.stubGlobal('window', { location: { hash: '', pathname: '/' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('history', { replaceState: () => undefined });

let rows: typeof import('../../../renderer/src/features/import/candidate-rows');
let problems: typeof import('../../../renderer/src/features/import/candidate-problems');
beforeAll(async () => {
  rows = await import('../../../renderer/src/features/import/candidate-rows');
  problems = await import('../../../renderer/src/features/import/candidate-problems');
});

const candidate = (n: number): CandidateFact => ({
  statement: `Statement ${n}.`,
  sentence: `Speaker ${n} said statement ${n}.`,
  speaker: `Speaker ${n}`,
  locator: `para. ${n + 1}`,
  cue: 'said',
});

describe('article review: problems in words, on the candidate the analyst sees', () => {
  it('an event date is checked as the store checks it, and said in words', () => {
    const { eventDateProblem } = problems;
    for (const ok of ['', '  ', '2025', '2025-11', '2025-11-20', '2019/2020', '1990~', undefined])
      expect(eventDateProblem(ok)).toBeUndefined();
    expect(eventDateProblem('yesterday')).toBe(
      'Event date: write a date as 2025-11-20 (or a month, 2025-11, or a year, 2025); “yesterday” is not one.',
    );
    expect(eventDateProblem('2025-13-45')).toBe('Event date must have a month from 01 to 12 (not 13).');
    expect(eventDateProblem('2025-02-30')).toMatch(
      /^Event date must be a day that exists: February 2025 has 28 days/,
    );
  });

  it('at save, only the ticked candidates are checked, and the message names each by number and paragraph', () => {
    const { rows: read } = rows.rowsOf([candidate(1), candidate(2), candidate(3)]);
    const edited = [
      { ...read[0]!, eventDate: 'soon', isAccepted: false },
      { ...read[1]!, eventDate: 'yesterday' },
      read[2]!,
    ];
    const found = problems.problemsToSave(edited);
    expect([...found.keys()]).toEqual([1]);
    expect(problems.firstProblem(found)).toEqual({ index: 1, key: 'eventDate' });
    expect(problems.problemsText(edited, found)).toBe(
      'Not saved. Candidate 2 (para. 3): Event date: write a date as 2025-11-20 (or a month, 2025-11, or a year, 2025); “yesterday” is not one.',
    );
  });

  it('the store’s refusal of facts[i] lands on the i-th ticked candidate, in the field’s words; the source’s are left over', () => {
    const { rows: read } = rows.rowsOf([candidate(1), candidate(2), candidate(3)]);
    const edited = [{ ...read[0]!, isAccepted: false }, read[1]!, read[2]!];
    const { problems: placed, rest } = problems.placeIssues(edited, [
      { path: 'facts[1].eventDate', message: 'must be a date written as YYYY…' },
      { path: 'source.title', message: 'is required.' },
    ]);
    expect([...placed]).toEqual([[2, { eventDate: 'Event date must be a date written as YYYY…' }]]);
    expect(rest).toEqual([{ path: 'source.title', message: 'is required.' }]);
    expect(problems.problemsText(edited, placed)).not.toContain('facts[');
  });
});
