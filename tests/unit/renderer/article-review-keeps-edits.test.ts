import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CandidateFact } from '../../../electron/contract/api';

// The limits module reaches the API client, which reads the page's address and session storage when it loads.
vi.stubGlobal('window', { location: { hash: '', pathname: '/' } });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('history', { replaceState: () => undefined });

let rows: typeof import('../../../renderer/src/features/import/candidate-rows');
beforeAll(async () => {
  rows = await import('../../../renderer/src/features/import/candidate-rows');
});

const candidate = (n: number, extra: Partial<CandidateFact> = {}): CandidateFact => ({
  statement: `Statement ${n}.`,
  sentence: `Speaker ${n} said statement ${n}.`,
  speaker: `Speaker ${n}`,
  locator: `para. ${n}`,
  cue: 'said',
  ...extra,
});

describe('article review rows: edits kept across readings', () => {
  it('a fresh reading has no edits; a value typed back to the proposal is no edit', () => {
    const { rows: fresh, carried } = rows.rowsOf([candidate(1)]);
    expect(carried).toBeNull();
    const row = fresh[0]!;
    expect(rows.isEdited(row)).toBe(false);
    expect(rows.isEdited({ ...row, speakerRole: 'envoy' })).toBe(true);
    // An input cleared sends '' where the proposal had nothing: the same.
    expect(rows.isEdited({ ...row, speakerRole: '' })).toBe(false);
  });

  it('keeps the changed fields of candidates that come back, takes the new proposal for the rest, and counts the dropped', () => {
    const first = rows.rowsOf([candidate(1, { relayedBy: 'Reuters' }), candidate(2), candidate(3)]).rows;
    const edited = [
      { ...first[0]!, speakerRole: 'envoy' },
      { ...first[1]!, isAccepted: false },
      { ...first[2]!, tags: 'aid' },
    ];
    // Read again with the outlet: candidate 1 loses its relay; candidate 2 is gone; 3 moved paragraph.
    const again = rows.rowsOf([candidate(1), candidate(3, { locator: 'para. 2' })], edited);
    expect(again.carried).toEqual({ kept: 1, dropped: 2 });
    expect(again.rows[0]).toMatchObject({ speakerRole: 'envoy', relayedBy: undefined });
    expect(rows.isEdited(again.rows[0]!)).toBe(true);
    expect(again.rows[1]).toMatchObject({ tags: '' });
  });

  it('a candidate only the learnt model found waits unticked, a suggestion to check', () => {
    const read = rows.rowsOf([candidate(1), candidate(2, { cue: 'learnt model', speaker: undefined })]).rows;
    expect(read.map((r) => r.isAccepted)).toEqual([true, false]);
    expect(rows.isEdited(read[1]!)).toBe(false);
  });

  it('past 300 candidates none is ticked; an untick kept from an earlier reading stays', () => {
    const many = Array.from({ length: 301 }, (_, i) => candidate(i + 1));
    expect(rows.rowsOf(many).rows.every((r) => !r.isAccepted)).toBe(true);
    const few = rows.rowsOf(many.slice(0, 3)).rows;
    const again = rows.rowsOf(many.slice(0, 3), [{ ...few[0]!, isAccepted: false }, few[1]!, few[2]!]);
    expect(again.rows.map((r) => r.isAccepted)).toEqual([false, true, true]);
  });

  it('lists speakers by how often they speak, in one pass', () => {
    const list = rows.rowsOf([
      candidate(1, { speaker: 'B' }),
      candidate(2, { speaker: 'A' }),
      candidate(3, { speaker: 'A' }),
      candidate(4, { speaker: undefined }),
    ]).rows;
    expect(rows.speakersByCount(list)).toEqual(['A', 'B']);
  });

  it('saves the ticked rows with their tags split and an empty date left out', () => {
    const [a, b] = rows.rowsOf([candidate(1), candidate(2)]).rows;
    expect(
      rows.factsOf([
        { ...a!, tags: ' aid, border ,', eventDate: '' },
        { ...b!, isAccepted: false },
      ]),
    ).toEqual([
      expect.objectContaining({
        statement: 'Statement 1.',
        tags: ['aid', 'border'],
        eventDate: undefined,
        credibility: 6,
      }),
    ]);
  });
});
