import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingSection } from '../../../electron/core/schemas';
import { proposeSectionMapping, sectionRole, switchedBriefing } from '../../../electron/core/section-mapping';
import { parseTemplate } from '../../../electron/services/templates/library';
import { block } from '../../helpers/builders';
import { templatesDir } from '../../helpers/fixtures';

// Every built-in template, as the app reads it.
const builtIns = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json') && f !== 'template.schema.json')
  .map((f) => parseTemplate(readFileSync(join(templatesDir, f), 'utf8'), f));
/**
 * What a reader takes as the briefing's summary, written out here rather than read from the mapping's
 * own list (the test would otherwise agree with whatever the list says).
 */
const isSummaryLike = (s: { heading: string }) =>
  /^(summary|bottom line|bluf|key (judge?ments|points)|headlines|executive summary|overview)$/i.test(
    s.heading,
  );
const pairs = builtIns.flatMap((from) =>
  builtIns.filter((to) => to !== from).map((to) => [from, to] as const),
);

/** A briefing written on `from`: every section holds text, citing a fact or not. */
const filled = (from: (typeof builtIns)[number], isCited: boolean): BriefingSection[] =>
  from.sections.map((s, i) => ({
    id: s.id,
    blocks: [block(`b${i}`, `${s.heading} text.`, isCited ? [`f${i}`] : [])],
  }));

describe('switching between the built-in templates', () => {
  it('has all four built-ins to switch between', () => {
    expect(builtIns.map((t) => t.id).sort()).toEqual([
      'background-note',
      'daily-news-digest',
      'policy-options-memo',
      'situation-brief',
    ]);
  });

  it('reads "Bottom line", "Summary" and "Headlines" as the same role', () => {
    expect(
      ['Bottom line', 'Summary', 'Headlines', 'Key judgements', 'BLUF'].map((heading) =>
        sectionRole({ heading }),
      ),
    ).toEqual(['summary', 'summary', 'summary', 'summary', 'summary']);
    expect(sectionRole({ id: 'bluf', heading: 'Up front' })).toBe('summary');
  });

  it('moves Situation brief\'s "Bottom line" into the daily digest\'s "Headlines"', () => {
    const [situation, digest] = ['situation-brief', 'daily-news-digest'].map((id) =>
      builtIns.find((t) => t.id === id)!,
    );
    const moves = proposeSectionMapping(filled(situation!, false), situation, digest!);
    expect(moves.find((m) => m.from === 'bottom-line')).toMatchObject({ to: 'headlines', reason: 'meaning' });
  });

  it('moves a Situation brief into a Background note with nothing parked: the nearest section where none is alike', () => {
    const [situation, background] = ['situation-brief', 'background-note'].map((id) =>
      builtIns.find((t) => t.id === id)!,
    );
    const moves = proposeSectionMapping(filled(situation!, true), situation, background!);
    expect(moves.map((m) => [m.from, m.to, m.reason])).toEqual([
      ['bottom-line', 'summary', 'meaning'],
      ['key-developments', 'context', 'nearest'],
      ['positions', 'key-actors', 'meaning'],
      ['outlook', 'analysis', 'nearest'],
    ]);
  });

  for (const [from, to] of pairs)
    for (const isCited of [true, false])
      it(`${from.name} → ${to.name} (${isCited ? 'cited' : 'uncited'} text): no summary is parked while the target has one, nothing goes where its kind cannot be held`, () => {
        const moves = proposeSectionMapping(filled(from, isCited), from, to);
        const targetSummary = to.sections.find(isSummaryLike);
        for (const move of moves) {
          const source = from.sections.find((s) => s.id === move.from)!;
          if (targetSummary && isSummaryLike(source))
            expect(move.to, `${source.heading} on ${to.name}`).toBe(targetSummary.id);
          const target = to.sections.find((t) => t.id === move.to);
          // Uncited text never goes into a fact table: its rows are facts.
          if (!isCited) expect(target?.kind, `${source.heading} on ${to.name}`).not.toBe('fact-table');
        }
        // Each target takes one section at most.
        const targets = moves.map((m) => m.to).filter((t) => t !== null);
        expect(new Set(targets).size).toBe(targets.length);
      });
});

describe('a section kind that cannot hold the content', () => {
  it('is never proposed, even for the same id: the content is parked instead', () => {
    const from = builtIns.find((t) => t.id === 'situation-brief')!;
    const to = { sections: [{ ...from.sections[1]!, kind: 'fact-table' as const }] };
    const sections = [{ id: from.sections[1]!.id, blocks: [block('x', 'No fact cited.')] }];
    expect(proposeSectionMapping(sections, from, to)[0]?.to).toBeNull();
    const cited = [{ id: from.sections[1]!.id, blocks: [block('x', 'Cited.', ['f1'])] }];
    expect(proposeSectionMapping(cited, from, to)[0]).toMatchObject({
      to: from.sections[1]!.id,
      reason: 'id',
    });
  });

  it('is refused when chosen by hand, naming the section, the table and what to do; nothing is switched', () => {
    const from = builtIns.find((t) => t.id === 'situation-brief')!;
    const table = { ...from.sections[1]!, kind: 'fact-table' as const };
    const to = { id: 'table-brief', sections: [table], classifications: from.classifications };
    const sections = [
      {
        id: 'notes',
        blocks: [block('x', 'No fact cited.'), block('y', 'Cited.', ['f1']), block('z', 'Nor here.')],
      },
    ];
    const [move] = proposeSectionMapping(sections, from, to);
    expect(move).toMatchObject({ to: null, uncitedCount: 2, blockCount: 3 });
    const briefing = { sections, classification: from.classifications[0]!.id, templateId: from.id };
    const byHand = [{ from: 'notes', to: table.id, heading: 'Notes' }];
    expect(() => switchedBriefing(briefing, from, to, byHand)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'moves',
        message: expect.stringMatching(/“Notes” has 2 paragraphs citing no fact.*fact table.*Park it/),
      }),
    );
    expect(
      switchedBriefing(briefing, from, to, [{ ...byHand[0]!, to: null }]).sections.at(-1)?.blocks,
    ).toHaveLength(3);
  });
});
