import { describe, expect, it } from 'vitest';
import { plural } from '../../../electron/core/plural';

describe('plural', () => {
  it('counts in words a reader expects: one without an s, thousands grouped', () => {
    expect(plural(1, 'briefing')).toBe('1 briefing');
    expect(plural(0, 'briefing')).toBe('0 briefings');
    expect(plural(20000, 'fact')).toBe('20,000 facts');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
