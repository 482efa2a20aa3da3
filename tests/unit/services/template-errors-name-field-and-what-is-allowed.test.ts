import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { parseTemplate } from '../../../electron/services/templates/library';
import { templatesDir } from '../../helpers/fixtures';

type Json = Record<string, unknown> & { sections: Array<Record<string, unknown>> };
const situation = (): Json =>
  JSON.parse(readFileSync(join(templatesDir, 'situation-brief.json'), 'utf8')) as Json;

/** Every problem parseTemplate finds in `template`, as { path: message }, and its whole message. */
function problems(template: unknown): { issues: Record<string, string>; message: string } {
  try {
    parseTemplate(JSON.stringify(template), 'desk.json');
  } catch (error) {
    const e = error as AppError;
    return {
      issues: Object.fromEntries((e.issues ?? []).map((i) => [i.path, i.message])),
      message: e.message,
    };
  }
  throw new Error('the template was accepted');
}

// An analyst's template said "citations.style Invalid input" and "sections[2].kind: Invalid option:
// expected one of "paragraphs"|"bullets"|"fact-table"": every field error is now a plain sentence
// naming the field and what it allows.
describe('a template field error', () => {
  it('names the field and the values allowed, in a sentence, never in the validator’s words', () => {
    const t = situation();
    t.sections[2] = { ...t.sections[2], kind: 'tabel' };
    t.sections[1] = { ...t.sections[1], limits: { maxWords: 80, maxWrods: 5 } };
    t.citations = { ...(t.citations as object), style: 'chicagoo', placement: 'inline', sourceList: 'yes' };
    t.style = { ...(t.style as object), pageSize: 'A5', lineSpacing: '1.5' };
    t.colour = 'red';
    const { issues, message } = problems(t);
    expect(issues).toEqual({
      'sections[1].limits': 'has no field "maxWrods": its fields are maxWords and maxItems.',
      'sections[2].kind': 'must be one of paragraphs, bullets or fact-table.',
      'citations.style':
        'must be one of the built-in styles (briefing-notes, apa, harvard1, vancouver) or a CSL style file\'s XML, written { "csl": "<style …>…</style>" }.',
      'citations.placement': 'must be one of footnotes, endnotes or author-date.',
      'citations.sourceList': 'must be true or false, not text.',
      'style.pageSize': 'must be A4 or Letter.',
      'style.lineSpacing': 'must be a number, not text.',
      '': expect.stringMatching(/^A template has no field "colour": its fields are \$schema, id, name, /),
    });
    expect(message).toContain('sections[2].kind must be one of paragraphs, bullets or fact-table.');
    expect(message).toContain('citations.style must be one of the built-in styles (briefing-notes, apa,');
    expect(message).not.toMatch(/Invalid (input|option)|expected one of|Unrecognized key|received/);
  });

  it('says a missing field is missing and what it must be, and a bound as a bound', () => {
    const t = situation();
    t.style = { ...(t.style as object), marginsMm: { top: 500, right: 20, bottom: 25 } };
    t.name = '';
    const { issues } = problems(t);
    expect(issues['style.marginsMm.top']).toBe('must be at most 60.');
    expect(issues['style.marginsMm.left']).toBe('is missing: it must be a number.');
    expect(issues.name).toMatch(/^must /);
  });
});
