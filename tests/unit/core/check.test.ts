import { describe, expect, it } from 'vitest';
import { checkBriefing, groupFindings } from '../../../electron/core/check';
import type { Briefing, Fact, Source } from '../../../electron/core/schemas';
import { Template } from '../../../electron/core/template';
import { block, makeFact, makeSource } from '../../helpers/builders';

const template = Template.parse({
  id: 't',
  name: 'T',
  version: 1,
  frontMatter: { fields: ['recipients'], required: ['recipients'] },
  classifications: [{ id: 'o', label: 'OFFICIAL', colour: '#000000' }],
  defaultClassification: 'o',
  sections: [
    { id: 'bluf', heading: 'Bottom line', isRequired: true, limits: { maxWords: 5 }, isStrict: true },
    {
      id: 'dev',
      heading: 'Key developments',
      limits: { maxItems: 1 },
      rules: { minGrade: 'B', minCredibility: 2, tags: ['ukraine'], withinDays: 7 },
    },
    { id: 'outlook', heading: 'Outlook', isRequired: true },
  ],
  citations: {},
});

const source = (id: string, grade: Source['grade']): Source =>
  makeSource(id, 'Reuters', { title: id, grade, published: '2025-12-01' });
const fact = (id: string, sourceId: string, extra: Partial<Fact> = {}): Fact =>
  makeFact(id, sourceId, { statement: `Fact ${id}`, credibility: 1, tags: ['ukraine'], ...extra });
const sources = [source('good', 'A'), source('weak', 'D')];
const facts = [
  fact('f1', 'good'),
  fact('f2', 'weak', { credibility: 4, tags: [], status: 'retracted' }),
  fact('f3', 'good', { eventDate: '2025-11-01' }),
  fact('f4', 'weak'),
];

const briefing = (sections: Briefing['sections'], frontMatter: Briefing['frontMatter'] = {}): Briefing => ({
  id: 'b',
  templateId: 't',
  title: 'B',
  date: '2025-12-16',
  classification: 'o',
  frontMatter,
  sections,
  createdAt: '',
  updatedAt: '',
});

describe('pre-export check', () => {
  it('passes a clean briefing', () => {
    const b = briefing(
      [
        { id: 'bluf', blocks: [block('p1', 'Talks stall on territory.', ['f1', 'f4'])] },
        {
          id: 'outlook',
          blocks: [block('p2', 'We judge a deal unlikely.', [], { isAssessment: true })],
        },
      ],
      { recipients: 'Desk' },
    );
    const findings = checkBriefing({ briefing: b, template, facts, sources });
    expect(findings).toEqual([]);
  });

  it('checks the paragraphs of text kept aside from an earlier template as any other', () => {
    // A second marking, so a paragraph can be marked above the banner.
    const marked = Template.parse({
      ...template,
      classifications: [
        { id: 'o', label: 'OFFICIAL', colour: '#000000' },
        { id: 's', label: 'SECRET', colour: '#aa0000' },
      ],
    });
    const all = [...facts, fact('f5', 'good', { classification: 's' })];
    const b = briefing(
      [
        { id: 'bluf', blocks: [block('p1', 'Talks stall.', ['f1', 'f4'])] },
        { id: 'outlook', blocks: [block('p2', 'We judge a deal unlikely.', [], { isAssessment: true })] },
        {
          id: 'to-watch',
          blocks: [
            block('k1', 'A retracted claim.', ['f2', 'f1']),
            block('k2', 'A secret one.', ['f5', 'f4']),
          ],
        },
      ],
      { recipients: 'Desk' },
    );
    const codes = (release?: string) =>
      checkBriefing({ briefing: b, template: marked, facts: all, sources, release }).map(
        (f) => `${f.severity}:${f.code}:${f.sectionId ?? ''}:${f.blockId ?? ''}`,
      );
    // The retracted fact blocks the export, the SECRET paragraph outranks the OFFICIAL banner, and the
    // kept text is said to be there; no section rule applies to it (it is in no section of the template).
    expect(codes()).toEqual([
      'block:retracted:to-watch:k1',
      'warning:banner-below-content:to-watch:k2',
      'warning:not-in-template:to-watch:',
    ]);
    // A release at OFFICIAL leaves the SECRET paragraph out, and says so.
    expect(codes('o')).toContain('warning:release-leaves-out:to-watch:k2');
  });

  it('says where text kept from an earlier template will go, and only where there is text', () => {
    const b = briefing([
      { id: 'bluf', blocks: [block('p1', 'Talks stall.', ['f1'])] },
      { id: 'key-developments', blocks: [block('k1', 'Kept from the situation brief.', ['f1'])] },
      { id: 'old-empty', blocks: [block('e1', '  ')] },
    ]);
    const kept = checkBriefing({ briefing: b, template, facts, sources }).filter(
      (f) => f.code === 'not-in-template',
    );
    expect(kept).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sectionId: 'key-developments',
        message: expect.stringMatching(
          /^“Key developments” is not a section of this template: .* exported after/,
        ),
      }),
    ]);
  });

  it('says a source graded F cannot be judged (as every imported source is until graded), not that it failed', () => {
    const b = briefing([
      { id: 'bluf', blocks: [block('p1', 'Talks stall.', ['f1'])] },
      { id: 'dev', blocks: [block('p2', 'From a bibliography.', ['fi'])] },
      { id: 'outlook', blocks: [block('o1', 'More talks.', ['f1'])] },
    ]);
    const findings = checkBriefing({
      briefing: b,
      template,
      facts: [...facts, fact('fi', 'imported')],
      sources: [...sources, source('imported', 'F')],
    });
    expect(findings.find((f) => f.code === 'rule' && f.factId === 'fi')?.message).toContain(
      'comes from a source graded F (reliability cannot be judged, as for every imported source until graded); this section wants B or better',
    );
  });

  it('flags what a reviewer would, blocking only where the template says so', () => {
    const b = briefing([
      { id: 'bluf', blocks: [block('p1', 'One two three four five six.', ['f1'])] },
      {
        id: 'dev',
        blocks: [
          block('p2', 'Weak, retracted and untagged.', ['f2']),
          block('p3', 'Old news.', ['f3']),
          block('p4', 'Nobody said this.'),
        ],
      },
    ]);
    // This template lets a retracted fact through, as a warning.
    const lenient = { ...template, citations: { ...template.citations, retracted: 'warn' as const } };
    const findings = checkBriefing({ briefing: b, template: lenient, facts, sources });
    const codes = findings.map((f) => `${f.severity}:${f.code}${f.factId ? `:${f.factId}` : ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'block:front-matter-missing',
        'block:too-many-words',
        'warning:too-many-items',
        'warning:retracted:f2',
        'warning:rule:f2',
        'warning:rule:f3',
        'warning:uncited',
        'warning:single-source',
        'warning:section-empty',
      ]),
    );
    // Blocking first, then the retracted citation, whatever the reading order.
    const firstWarning = findings.findIndex((f) => f.severity === 'warning');
    expect(findings.slice(0, firstWarning).every((f) => f.severity === 'block')).toBe(true);
    expect(findings[firstWarning]?.code).toBe('retracted');
    expect(findings[firstWarning]?.message).toMatch(
      /cites a RETRACTED fact.*its note will say “\[Retracted …\]”. Remove the citation/,
    );
    const rule = findings.find((f) => f.code === 'rule' && f.factId === 'f2');
    expect(rule?.message).toContain('grade D source; this section wants B or better');
    expect(findings.find((f) => f.code === 'rule' && f.factId === 'f3')?.message).toContain(
      'older than 7 days',
    );
    expect(findings.find((f) => f.code === 'too-many-words')?.message).toBe(
      '“Bottom line” has 6 words; the limit is 5.',
    );
  });

  it('calls a partially dated fact stale only when even its last day is older than the window', () => {
    // Briefing of 16 December 2025, window 7 days: anything ending before 9 December is stale.
    const dated = (id: string, eventDate: string) => fact(id, 'good', { eventDate });
    const cases = [
      dated('month-now', '2025-12'), // may be 16 December
      dated('year-now', '2025'),
      dated('month-old', '2025-11'), // ends 30 November
      dated('range-now', '2025-11/2025-12'),
      dated('circa-old', '2019~'),
      dated('season-old', '2025-23'), // autumn: ends 30 November
    ];
    const findings = checkBriefing({
      briefing: briefing([{ id: 'dev', blocks: cases.map((f, i) => block(`p${i}`, 'x', [f.id])) }], {
        recipients: 'Desk',
      }),
      template,
      facts: cases,
      sources,
    });
    const stale = findings
      .filter((f) => f.code === 'rule' && f.message.includes('older than'))
      .map((f) => f.factId);
    expect(stale.sort()).toEqual(['circa-old', 'month-old', 'season-old']);
  });

  it('reads words, chips and retracted facts from the inline content, wherever the chips stand', () => {
    const b = briefing(
      [
        {
          id: 'bluf',
          blocks: [
            {
              id: 'p1',
              content: [
                { type: 'text', text: 'Talks ' },
                { type: 'cite', factId: 'f1' },
                { type: 'text', text: 'st', bold: true },
                { type: 'text', text: 'all on ' },
                { type: 'text', text: 'land', href: 'https://example.org' },
                { type: 'cite', factId: 'f2' },
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
        {
          id: 'outlook',
          blocks: [
            {
              id: 'p2',
              content: [
                { type: 'text', text: 'Nobody ' },
                { type: 'text', text: 'said', italic: true },
              ],
            },
            { id: 'p3', content: [{ type: 'cite', factId: 'f1' }] },
          ],
        },
      ],
      { recipients: 'Desk' },
    );
    const findings = checkBriefing({ briefing: b, template, facts, sources });
    // "Talks stall on land." is four words, though its runs split "stall" in two.
    expect(findings.some((f) => f.code === 'too-many-words')).toBe(false);
    expect(findings.map((f) => `${f.code}:${f.blockId}${f.factId ? `:${f.factId}` : ''}`)).toEqual([
      'retracted:p1:f2',
      'uncited:p2',
      'single-source:p3',
    ]);
    expect(findings.find((f) => f.code === 'uncited')?.message).toContain('“Nobody said”');
  });

  it('blocks the export of a brief citing a retracted fact unless the template makes it a warning', () => {
    const b = briefing(
      [
        { id: 'bluf', blocks: [block('p1', 'Talks stall.', ['f1', 'f2'])] },
        { id: 'outlook', blocks: [block('p2', 'We judge so.', [], { isAssessment: true })] },
      ],
      { recipients: 'Desk' },
    );
    const strict = checkBriefing({ briefing: b, template, facts, sources });
    expect(strict.map((f) => `${f.severity}:${f.code}`)).toEqual(['block:retracted']);
    expect(strict[0]?.message).toMatch(/the template does not export a brief citing it/);
    const lenient = { ...template, citations: { ...template.citations, retracted: 'warn' as const } };
    expect(checkBriefing({ briefing: b, template: lenient, facts, sources })).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'retracted', blockId: 'p1', factId: 'f2' }),
    ]);
  });

  it('warns when a cited fact is dated after its source was published, by whole days and partial dates', () => {
    const dated = (id: string, eventDate: string) => fact(id, 'good', { eventDate });
    const cited = [
      dated('later', '2025-12-09'),
      dated('sameMonth', '2025-12'),
      dated('sameDay', '2025-12-01'),
    ];
    const b = briefing(
      [
        { id: 'bluf', blocks: [block('p1', 'Talks stall.', ['later', 'f4', 'sameMonth', 'sameDay'])] },
        { id: 'outlook', blocks: [block('p2', 'We judge so.', [], { isAssessment: true })] },
      ],
      { recipients: 'Desk' },
    );
    const findings = checkBriefing({ briefing: b, template, facts: [...facts, ...cited], sources });
    // Published 2025-12-01: a fact of 2025-12 may be of that day, one of 2025-12-09 cannot be.
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'event-after-published', factId: 'later' }),
    ]);
    expect(findings[0]?.message).toContain(
      'is dated 2025-12-09, after its source was published (2025-12-01)',
    );
  });

  it("quotes the paragraph as the brief has it, and the fact's own statement after it when the paragraph rewords it", () => {
    const dated = fact('later', 'good', { eventDate: '2025-12-09' });
    const b = briefing(
      [
        { id: 'bluf', blocks: [block('p1', 'Negotiations are stuck, by all accounts.', ['later', 'f4'])] },
        { id: 'outlook', blocks: [block('p2', `${dated.statement}`, ['later', 'f4'])] },
      ],
      { recipients: 'Desk' },
    );
    const messages = checkBriefing({ briefing: b, template, facts: [...facts, dated], sources })
      .filter((f) => f.code === 'event-after-published')
      .map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        new RegExp(
          `^In “.+”: “Negotiations are stuck, by all accounts\\.”: its fact “${dated.statement.slice(0, 20)}.*” is dated 2025-12-09`,
        ),
      ),
      // Not reworded: the paragraph is the fact's statement, quoted once.
      expect.stringMatching(
        new RegExp(`^In “.+”: “${dated.statement.slice(0, 20)}[^“]*” is dated 2025-12-09`),
      ),
    ]);
  });

  it('groups findings of a kind in one line that opens the list, blocking ones first', () => {
    const paragraphs = Array.from({ length: 7 }, (_, i) => block(`s${i}`, `Claim ${i}.`, ['f1']));
    const b = briefing([
      { id: 'bluf', blocks: [block('p1', 'One two three four five six.', ['f1', 'f4'])] },
      { id: 'dev', blocks: [block('u1', 'Nobody said this.')] },
      { id: 'outlook', blocks: paragraphs },
    ]);
    const groups = groupFindings(checkBriefing({ briefing: b, template, facts, sources }));
    expect(groups.map((g) => [g.severity, g.summary])).toEqual([
      ['block', 'The template requires Recipients; it is empty.'],
      ['block', '“Bottom line” has 6 words; the limit is 5.'],
      ['warning', '7 paragraphs rest on a single source'],
      [
        'warning',
        'In “Key developments”: “Nobody said this.” reports without a citation (mark it as assessment if it is your judgement).',
      ],
    ]);
    // The empty field is named for the dialog's link to its input.
    expect(groups[0]?.findings.map((f) => f.field)).toEqual(['recipients']);
    // Each finding of the group keeps its paragraph, for the dialog to link to.
    expect(groups[2]?.findings.map((f) => f.blockId)).toEqual(paragraphs.map((p) => p.id));
  });
});
