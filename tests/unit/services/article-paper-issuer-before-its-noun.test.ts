// A body's name right before a paper's noun ("an annual Harbour Council report") issues the paper: "the report
// said" later speaks for it; an outlet's report still relays; a title ending in "Report" issues nothing.
// Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

describe('a name before the paper’s noun is its issuer', () => {
  it('"an annual Harbour Council report" … "the report said" is the Harbour Council, no relay', () => {
    const c = propose([
      'Fewer ferries ran last year, according to an annual Harbour Council report published on Tuesday.',
      'Crossings fell by a third, the report said.',
    ]);
    expect([c.at(-1)!.speaker, c.at(-1)!.relayedBy]).toEqual(['Harbour Council', undefined]);
  });

  it('"the Larkspur Commission report" … "the report said"', () => {
    const c = propose([
      'Ministers waited for the Larkspur Commission report for months.',
      '“The dock was never inspected,” the report said.',
    ]);
    expect(c.at(-1)!.speaker).toBe('Larkspur Commission');
  });

  it('an outlet’s report still relays with no speaker', () => {
    const c = propose([
      'The ferries were late, according to a Reuters report on Monday.',
      'Crossings fell by a third, the report said.',
    ]);
    expect(c.at(-1)!.speaker).toBeUndefined();
  });

  it('an editor of the "Harbour Report" issues no report: "the report said" is not theirs', () => {
    const c = propose([
      '“The docks are quiet,” Mara Quillon, editor of the Harbour Report, told reporters.',
      'Crossings fell by a third, the report said.',
    ]);
    expect(c.at(-1)!.speaker).not.toBe('Mara Quillon');
  });
});
