import { describe, expect, it } from 'vitest';
import { checkBriefing } from '../../../electron/core/check';
import { blockMarking, findLevel, levelsOf, markingsFrom, portionOf } from '../../../electron/core/marking';
import { buildRenderModel, paragraphText } from '../../../electron/core/render-model';
import type { Briefing } from '../../../electron/core/schemas';
import { Template } from '../../../electron/core/template';
import { block, makeFact, makeSource } from '../../helpers/builders';

const template = (portionMarks: boolean) =>
  Template.parse({
    id: 't',
    name: 'T',
    version: 1,
    classifications: [
      { id: 'official', label: 'OFFICIAL', colour: '#1F3864' },
      { id: 'official-sensitive', label: 'OFFICIAL-SENSITIVE', colour: '#B26A00' },
      { id: 'secret', label: 'SECRET', colour: '#C62828', portionMark: 'S//NF' },
    ],
    defaultClassification: 'official',
    sections: [
      { id: 'bluf', heading: 'Bottom line' },
      { id: 'dev', heading: 'Key developments', kind: 'bullets' },
    ],
    style: { portionMarks },
    citations: { placement: 'footnotes' },
  });

const sources = [makeSource('s1', 'Reuters'), makeSource('s2', 'Le Monde')];
const facts = [
  makeFact('open', 's1', { statement: 'Open fact.' }),
  makeFact('os', 's1', { statement: 'Sensitive fact.', classification: 'OFFICIAL-SENSITIVE' }),
  makeFact('secret', 's2', { statement: 'Secret fact.', classification: 'secret' }),
  makeFact('odd', 's1', { statement: 'Odd fact.', classification: 'TOP SECRET' }),
];
const markings = markingsFrom(new Map(facts.map((f) => [f.id, f])), new Map(sources.map((s) => [s.id, s])));

const briefing = (classification: string, sections: Briefing['sections']): Briefing => ({
  id: 'b',
  templateId: 't',
  title: 'Marked brief',
  date: '2025-12-15',
  classification,
  frontMatter: {},
  sections,
  createdAt: '',
  updatedAt: '',
});

const sections: Briefing['sections'] = [
  {
    id: 'bluf',
    blocks: [
      block('p1', 'Plain words.', ['open']),
      block('p2', 'Both at once.', ['open', 'os']),
      block('p3', 'Our judgement.', [], { isAssessment: true }),
    ],
  },
  { id: 'dev', blocks: [block('p4', 'The secret part.', ['secret', 'open'])] },
];

describe('portion marks', () => {
  it('ranks a template’s classifications in their order and abbreviates their labels', () => {
    const levels = levelsOf(template(true));
    expect(levels.map((l) => [l.id, l.portion, l.rank])).toEqual([
      ['official', 'O', 0],
      ['official-sensitive', 'OS', 1],
      ['secret', 'S//NF', 2],
    ]);
    expect(portionOf({ label: 'Top Secret' })).toBe('TS');
    expect(portionOf({ label: 'UNCLASSIFIED' })).toBe('U');
    // By id or label, any case, spaces for dashes.
    expect(findLevel(levels, 'Official Sensitive')?.id).toBe('official-sensitive');
    expect(findLevel(levels, 'TOP SECRET')).toBeUndefined();
  });

  it('marks a paragraph with the highest classification it cites, unless set by hand', () => {
    const levels = levelsOf(template(true));
    expect(blockMarking(block('x', 'a', ['open', 'os', 'secret']), levels, markings).level?.id).toBe(
      'secret',
    );
    expect(blockMarking(block('x', 'a', ['open']), levels, markings).level).toBeUndefined();
    const byHand = blockMarking(block('x', 'a', ['secret'], { marking: 'official' }), levels, markings);
    expect([byHand.level?.id, byHand.isByHand, byHand.cited?.id]).toEqual(['official', true, 'secret']);
    // A marked source marks every paragraph citing one of its facts.
    const fromSource = markingsFrom(
      new Map(facts.map((f) => [f.id, f])),
      new Map([['s1', { ...sources[0]!, classification: 'Official Sensitive' }]]),
    );
    expect(blockMarking(block('x', 'a', ['open']), levels, fromSource).level?.id).toBe('official-sensitive');
    // A marking the template lacks is reported and ranks above every level, printed as written ("TS").
    const odd = blockMarking(block('x', 'a', ['odd', 'os']), levels, markings);
    expect(odd.unknown).toEqual(['TOP SECRET']);
    expect(odd.level).toMatchObject({ label: 'TOP SECRET', portion: 'TS', rank: 3, isUnknown: true });
    // A mark set by hand still decides.
    expect(blockMarking(block('x', 'a', ['odd'], { marking: 'official' }), levels, markings).level?.id).toBe(
      'official',
    );
  });

  it('prints "(OS)" before each paragraph where the template asks, the lowest mark where nothing is marked', () => {
    const model = buildRenderModel({
      briefing: briefing('secret', sections),
      template: template(true),
      facts,
      sources,
    });
    const texts = model.sections.flatMap((s) => s.paragraphs.map(paragraphText));
    expect(texts).toEqual([
      '(O) Plain words.[1]',
      // Two chips side by side: one note citing both.
      '(OS) Both at once.[2]',
      '(O) Our judgement.',
      '(S//NF) The secret part.[3]',
    ]);
    expect(model.sections[1]?.paragraphs[0]).toMatchObject({ kind: 'bullet', portion: 'S//NF' });
    const plain = buildRenderModel({
      briefing: briefing('secret', sections),
      template: template(false),
      facts,
      sources,
    });
    expect(plain.sections[0]?.paragraphs.map(paragraphText)[0]).toBe('Plain words.[1]');
  });

  it('leaves out of a release version what is marked above its level, with its notes and sources', () => {
    const full = buildRenderModel({
      briefing: briefing('secret', sections),
      template: template(true),
      facts,
      sources,
    });
    expect(full.classification.label).toBe('SECRET');
    expect(full.sourceList?.entries).toHaveLength(2);
    const released = buildRenderModel({
      briefing: briefing('secret', sections),
      template: template(true),
      facts,
      sources,
      release: 'official-sensitive',
    });
    expect(released.sections.flatMap((s) => s.paragraphs.map(paragraphText))).toEqual([
      '(O) Plain words.[1]',
      '(OS) Both at once.[2]',
      '(O) Our judgement.',
    ]);
    expect(released.notes).toHaveLength(2);
    expect(released.notes[1]?.factIds).toEqual(['open', 'os']);
    // Le Monde was cited only by the secret paragraph.
    expect(released.sourceList?.entries.map((e) => e.sourceId)).toEqual(['s1']);
    // The banner is the release level, not the full brief's.
    expect(released.classification.label).toBe('OFFICIAL-SENSITIVE');
    const lowest = buildRenderModel({
      briefing: briefing('secret', sections),
      template: template(true),
      facts,
      sources,
      release: 'OFFICIAL',
    });
    expect(lowest.sections.flatMap((s) => s.paragraphs.map(paragraphText))).toEqual([
      '(O) Plain words.[1]',
      '(O) Our judgement.',
    ]);
    expect(lowest.classification.label).toBe('OFFICIAL');
    expect(() =>
      buildRenderModel({
        briefing: briefing('secret', sections),
        template: template(true),
        facts,
        sources,
        release: 'cosmic',
      }),
    ).toThrow(
      /"cosmic" is not a classification of the template "T" \(OFFICIAL, OFFICIAL-SENSITIVE, SECRET\)/,
    );
  });

  it('warns when the banner is lower than the content, when a hand mark is lower than what it cites, and on unknown markings', () => {
    const findings = (classification: string, s: Briefing['sections']) =>
      checkBriefing({ briefing: briefing(classification, s), template: template(true), facts, sources });
    const low = findings('official', sections).filter((f) => f.code === 'banner-below-content');
    expect(low).toEqual([
      expect.objectContaining({
        severity: 'warning',
        blockId: 'p4',
        message: expect.stringContaining(
          'The banner is OFFICIAL, but “The secret part.” in “Key developments” is marked SECRET',
        ),
      }),
    ]);
    expect(findings('secret', sections).some((f) => f.code === 'banner-below-content')).toBe(false);
    const marked = findings('secret', [
      { id: 'bluf', blocks: [block('h', 'Downgraded.', ['secret', 'odd'], { marking: 'official' })] },
    ]);
    expect(marked.map((f) => f.code)).toEqual(
      expect.arrayContaining(['marked-below-cited', 'unknown-marking']),
    );
    expect(marked.find((f) => f.code === 'unknown-marking')?.message).toContain(
      '“TOP SECRET”, which this template does not have',
    );
  });

  it('leaves a paragraph with a marking the template does not have out of every release version, and blocks the full brief', () => {
    const withOdd: Briefing['sections'] = [
      { id: 'bluf', blocks: [block('p1', 'Plain words.', ['open'])] },
      { id: 'dev', blocks: [block('p5', 'The odd part.', ['odd', 'open'])] },
    ];
    const run = (release?: string) => {
      const input = {
        briefing: briefing('secret', withOdd),
        template: template(true),
        facts,
        sources,
        ...(release ? { release } : {}),
      };
      return { findings: checkBriefing(input), model: buildRenderModel(input) };
    };
    // Even a release at the template's top level leaves it out, and says why.
    for (const release of ['official', 'secret']) {
      const { findings, model } = run(release);
      const text = model.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join(' ');
      expect(text).toContain('Plain words.');
      expect(text).not.toContain('The odd part.');
      expect(findings.filter((f) => f.blockId === 'p5')).toEqual([
        expect.objectContaining({ severity: 'warning', code: 'release-leaves-out' }),
      ]);
      expect(findings.find((f) => f.code === 'release-leaves-out')?.message).toContain(
        '“TOP SECRET”, which this template does not have, counts as above every level.',
      );
      expect(findings.some((f) => f.severity === 'block')).toBe(false);
    }
    // The full brief: no banner of the template covers it; its portion mark is never a lower level.
    const full = run();
    expect(full.findings.find((f) => f.code === 'unknown-marking')).toMatchObject({
      severity: 'block',
      blockId: 'p5',
    });
    expect(full.model.sections.flatMap((s) => s.paragraphs.map((p) => p.portion))).toEqual(['O', 'TS']);
  });

  it('checks a release version as it is written: no banner warning for what it leaves out, one finding saying what that is', () => {
    const check = (classification: string, release?: string) =>
      checkBriefing({
        briefing: briefing(classification, sections),
        template: template(true),
        facts,
        sources,
        ...(release ? { release } : {}),
      });
    const released = check('official', 'official');
    expect(released.map((f) => f.code)).not.toContain('banner-below-content');
    // p2 (OFFICIAL-SENSITIVE) and p4 (SECRET) are left out: no per-paragraph findings about them.
    expect(released.filter((f) => f.blockId === 'p4' || f.blockId === 'p2')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'release-leaves-out',
        blockId: 'p2',
        message:
          'The release version at OFFICIAL leaves out 2 paragraphs marked above OFFICIAL (the first: “Both at once.” in “Bottom line”), with their notes and sources.',
      }),
    ]);
    // A release that leaves nothing out says nothing about it.
    expect(check('secret', 'secret').some((f) => f.code === 'release-leaves-out')).toBe(false);
    // The full brief still hears about its banner.
    expect(check('official').map((f) => f.code)).toContain('banner-below-content');
  });

  it('refuses a template whose classification ids repeat or whose portion mark is not short', () => {
    const bad = Template.safeParse({
      id: 't',
      name: 'T',
      version: 1,
      classifications: [
        { id: 'o', label: 'OFFICIAL', colour: '#000000' },
        { id: 'o', label: 'OTHER', colour: '#000000', portionMark: '(this is far too long)' },
      ],
      defaultClassification: 'o',
      sections: [{ id: 's', heading: 'S' }],
      citations: {},
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['classifications.1.id', 'classifications.1.portionMark']));
  });
});
