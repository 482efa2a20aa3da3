import { describe, expect, it } from 'vitest';
import {
  InlineContent,
  inlineFactIds,
  inlineFromLegacy,
  inlineText,
  normaliseInline,
  removeCite,
  replaceInlineText,
  TextRun,
  withoutCites,
} from '../../../electron/core/rich-text';
import { Block, blockFactIds, blockText, BriefingContent } from '../../../electron/core/schemas';

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

describe('editing the plain text of rich content (the interim text field)', () => {
  const content = normaliseInline([
    { type: 'text', text: 'Reuters reported' },
    { type: 'cite', factId: 'f1' },
    { type: 'text', text: ' while ' },
    { type: 'text', text: 'Le Monde', bold: true },
    { type: 'text', text: ' said more.' },
    { type: 'cite', factId: 'f2' },
  ]);

  it('keeps chips and marks where they are when a word is typed or deleted', () => {
    expect(replaceInlineText(content, 'Reuters reportedly while Le Monde said more.')).toEqual([
      { type: 'text', text: 'Reuters reportedly' },
      { type: 'cite', factId: 'f1' },
      { type: 'text', text: ' while ' },
      { type: 'text', text: 'Le Monde', bold: true },
      { type: 'text', text: ' said more.' },
      { type: 'cite', factId: 'f2' },
    ]);
    expect(replaceInlineText(content, 'Reuters reported while Le Mondee said more.')).toEqual([
      { type: 'text', text: 'Reuters reported' },
      { type: 'cite', factId: 'f1' },
      { type: 'text', text: ' while ' },
      { type: 'text', text: 'Le Mondee', bold: true },
      { type: 'text', text: ' said more.' },
      { type: 'cite', factId: 'f2' },
    ]);
  });

  it('never loses a chip inside deleted text, and types into a block of chips before them', () => {
    const cleared = replaceInlineText(content, '');
    expect(inlineFactIds(cleared)).toEqual(['f1', 'f2']);
    expect(inlineText(cleared)).toBe('');
    expect(replaceInlineText(cleared, 'New.')).toEqual([
      { type: 'text', text: 'New.' },
      { type: 'cite', factId: 'f1' },
      { type: 'cite', factId: 'f2' },
    ]);
    expect(replaceInlineText([], 'Typed.')).toEqual([{ type: 'text', text: 'Typed.' }]);
  });

  it('removes one chip by its position among the chips', () => {
    expect(removeCite(content, 0)).toEqual([
      { type: 'text', text: 'Reuters reported while ' },
      { type: 'text', text: 'Le Monde', bold: true },
      { type: 'text', text: ' said more.' },
      { type: 'cite', factId: 'f2' },
    ]);
    expect(inlineFactIds(removeCite(content, 1))).toEqual(['f1']);
  });
});

describe('Block', () => {
  it('reads a block written before inline chips as its text followed by its chips', () => {
    const old = Block.parse({ id: 'p', text: 'Talks resumed.', factIds: ['a', 'b'], isAssessment: true });
    expect(old).toEqual({
      id: 'p',
      isAssessment: true,
      content: [
        { type: 'text', text: 'Talks resumed.' },
        { type: 'cite', factId: 'a' },
        { type: 'cite', factId: 'b' },
      ],
    });
    expect(blockText(old)).toBe('Talks resumed.');
    expect(blockFactIds(old)).toEqual(['a', 'b']);
  });

  it('keeps the limits of the old shape and names the content in errors', () => {
    expect(Block.safeParse({ id: 'p', text: 'a'.repeat(20_001), factIds: [] }).success).toBe(false);
    const r = BriefingContent.safeParse({
      title: 'T',
      date: '2025-12-16',
      classification: 'o',
      sections: [{ id: 's', blocks: [{ id: 'p', content: [{ type: 'cite', factId: '' }] }] }],
    });
    expect(r.error?.issues[0]?.path).toEqual(['sections', 0, 'blocks', 0, 'content', 0, 'factId']);
  });

  it('takes a list kind, and writes content only', () => {
    const b = Block.parse({ id: 'p', kind: 'numbered', content: [{ type: 'text', text: 'x' }] });
    expect(b).toEqual({ id: 'p', kind: 'numbered', content: [{ type: 'text', text: 'x' }] });
    expect(Block.safeParse({ id: 'p', kind: 'heading', content: [] }).success).toBe(false);
    expect(Block.safeParse({ id: 'p', text: 42, factIds: [] }).success).toBe(false);
    expect(Block.safeParse({ id: 'p' }).error?.issues[0]?.path).toEqual(['content']);
  });

  it('takes out the chips of facts that are gone, and joins the text around them', () => {
    const content = normaliseInline([
      { type: 'text', text: 'Peskov said ' },
      { type: 'text', text: 'no', bold: true },
      { type: 'cite', factId: 'f1' },
      { type: 'text', text: ' and Tusk disagreed.' },
      { type: 'cite', factId: 'f2' },
    ]);
    expect(withoutCites(content, new Set(['f1']))).toEqual([
      { type: 'text', text: 'Peskov said ' },
      { type: 'text', text: 'no', bold: true },
      { type: 'text', text: ' and Tusk disagreed.' },
      { type: 'cite', factId: 'f2' },
    ]);
    expect(withoutCites(inlineFromLegacy('a', ['x']), new Set(['x']))).toEqual([{ type: 'text', text: 'a' }]);
  });
});
