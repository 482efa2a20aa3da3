import { describe, expect, it } from 'vitest';
import {
  InlineContent,
  inlineFactIds,
  inlineFromLegacy,
  inlineText,
  normaliseInline,
  TextRun,
} from '../../../electron/core/rich-text';

describe('rich text runs', () => {
  const content = normaliseInline([
    { type: 'text', text: 'Peskov said ' },
    { type: 'text', text: 'no', bold: true },
    { type: 'cite', factId: 'f1' },
    { type: 'text', text: ' and Tusk disagreed', bold: false },
    { type: 'text', text: '.' },
    { type: 'cite', factId: 'f2' },
  ]);

  it('merges neighbouring runs with the same marks and drops false marks', () => {
    expect(content).toEqual([
      { type: 'text', text: 'Peskov said ' },
      { type: 'text', text: 'no', bold: true },
      { type: 'cite', factId: 'f1' },
      { type: 'text', text: ' and Tusk disagreed.' },
      { type: 'cite', factId: 'f2' },
    ]);
  });

  it('reads as plain text and as the cited facts in chip order', () => {
    expect(inlineText(content)).toBe('Peskov said no and Tusk disagreed.');
    expect(inlineFactIds(content)).toEqual(['f1', 'f2']);
  });

  it('turns a block written before inline chips into text followed by its chips', () => {
    expect(inlineFromLegacy('Talks resumed.', ['a', 'b'])).toEqual([
      { type: 'text', text: 'Talks resumed.' },
      { type: 'cite', factId: 'a' },
      { type: 'cite', factId: 'b' },
    ]);
    expect(inlineFromLegacy('', ['a'])).toEqual([{ type: 'cite', factId: 'a' }]);
  });

  it('accepts web and mail links only', () => {
    expect(TextRun.safeParse({ type: 'text', text: 'x', href: 'https://reuters.com/a' }).success).toBe(true);
    expect(TextRun.safeParse({ type: 'text', text: 'x', href: 'mailto:desk@example.org' }).success).toBe(
      true,
    );
    const bad = TextRun.safeParse({ type: 'text', text: 'x', href: 'javascript:alert(1)' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/web address/);
  });

  it('limits a block to 20000 characters and 50 chips', () => {
    expect(InlineContent.safeParse([{ type: 'text', text: 'a'.repeat(20_001) }]).success).toBe(false);
    const chips = Array.from({ length: 51 }, (_, i) => ({ type: 'cite', factId: `f${i}` }));
    expect(InlineContent.safeParse(chips).error?.issues[0]?.message).toMatch(/at most 50 facts/);
  });
});
