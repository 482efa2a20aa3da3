import { describe, expect, it } from 'vitest';
import { switchedBriefing } from '../../../electron/core/section-mapping';
import type { BriefingSection } from '../../../electron/core/schemas';
import { markingOnSwitch } from '../../../electron/core/switch-marking';
import { Template } from '../../../electron/core/template';
import { block } from '../../helpers/builders';

/** The built-in templates' two scales: the full one and the digest's, which stops at OFFICIAL. */
const withLevels = (id: string, levels: Array<[string, string]>, defaultClassification: string) =>
  Template.parse({
    id,
    name: id,
    version: 1,
    classifications: levels.map(([lid, label]) => ({ id: lid, label, colour: '#112233' })),
    defaultClassification,
    sections: [{ id: 'summary', heading: 'Summary' }],
    citations: {},
    style: {},
  });
const memo = withLevels(
  'memo',
  [
    ['unclassified', 'UNCLASSIFIED'],
    ['official', 'OFFICIAL'],
    ['official-sensitive', 'OFFICIAL-SENSITIVE'],
    ['secret', 'SECRET'],
  ],
  'official-sensitive',
);
const digest = withLevels(
  'digest',
  [
    ['unclassified', 'UNCLASSIFIED'],
    ['official', 'OFFICIAL'],
  ],
  'unclassified',
);
/** Same markings under other ids, and one the memo does not know. */
const foreign = withLevels(
  'foreign',
  [
    ['u', 'UNCLASSIFIED'],
    ['s', 'SECRET'],
    ['cosmic', 'COSMIC TOP SECRET'],
  ],
  'u',
);
const sections: BriefingSection[] = [{ id: 'summary', blocks: [block('p1', 'Talks stall.')] }];
const brief = (classification: string) => ({ templateId: memo.id, classification, sections });

describe('the marking on a template switch', () => {
  it('is kept when the new template has it, by id or by label', () => {
    expect(markingOnSwitch('official', memo, digest)).toEqual({ kind: 'kept', id: 'official' });
    expect(markingOnSwitch('secret', memo, foreign)).toEqual({ kind: 'kept', id: 's' });
    expect(switchedBriefing(brief('secret'), memo, foreign).classification).toBe('s');
  });

  it('says when the new template stops below it, and asks rather than lowering it', () => {
    const asked = markingOnSwitch('secret', memo, digest);
    expect(asked).toMatchObject({
      kind: 'choose',
      current: 'SECRET',
      isLowering: true,
      message: "This template's markings stop at OFFICIAL: the briefing is SECRET.",
    });
    expect(asked.kind === 'choose' && asked.options.map((l) => l.label)).toEqual([
      'UNCLASSIFIED',
      'OFFICIAL',
    ]);
    // With no choice, the switch is refused with that reason; it never falls back to UNCLASSIFIED.
    expect(() => switchedBriefing(brief('secret'), memo, digest)).toThrow(
      /markings stop at OFFICIAL: the briefing is SECRET\. Choose the briefing's marking/,
    );
    expect(() => switchedBriefing(brief('official-sensitive'), undefined, digest)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'classification' }),
    );
  });

  it('takes the marking the writer chose, and only one of the new template', () => {
    expect(switchedBriefing(brief('secret'), memo, digest, undefined, 'official').classification).toBe(
      'official',
    );
    expect(() => switchedBriefing(brief('secret'), memo, digest, undefined, 'secret')).toThrow(
      /Classification must be one of: UNCLASSIFIED, OFFICIAL\./,
    );
  });

  it('does not call a scale it cannot rank lower', () => {
    const asked = markingOnSwitch('official-sensitive', memo, foreign);
    expect(asked).toMatchObject({
      kind: 'choose',
      isLowering: false,
      message:
        'This template has no marking OFFICIAL-SENSITIVE (its markings: UNCLASSIFIED, SECRET, COSMIC TOP SECRET).',
    });
  });
});
