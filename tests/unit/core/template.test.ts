import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromZodError } from '../../../electron/core/errors';
import { MAX_LOGO_BYTES, Template, templateJsonSchema } from '../../../electron/core/template';
import { templatesDir } from '../../helpers/fixtures';

const builtIns = readdirSync(templatesDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const load = (file: string) =>
  JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) as Record<string, unknown>;
const issues = (value: unknown) => {
  const r = Template.safeParse(value);
  expect(r.success).toBe(false);
  return fromZodError(r.error as never);
};

describe('built-in templates', () => {
  it('ships at least the four house templates', () => {
    expect(builtIns.sort()).toEqual(
      expect.arrayContaining([
        'background-note.json',
        'daily-news-digest.json',
        'policy-options-memo.json',
        'situation-brief.json',
      ]),
    );
  });

  it.each(builtIns)('%s is valid, named after its id, and gives every section guidance', (file) => {
    const t = Template.parse(load(file));
    expect(`${t.id}.json`).toBe(file);
    for (const s of t.sections) expect(s.guidance.length).toBeGreaterThan(30);
  });

  it.each(builtIns)('%s names no team: a copy saved in a user folder would claim to be built in', (file) => {
    // The templates screen marks a built-in by where it comes from; `team` is the user's own team.
    expect(Template.parse(load(file)).team).toBeUndefined();
  });

  it('covers every citation placement and section kind between them', () => {
    const all = builtIns.map((f) => Template.parse(load(f)));
    expect(new Set(all.map((t) => t.citations.placement))).toEqual(
      new Set(['footnotes', 'endnotes', 'author-date']),
    );
    expect(new Set(all.flatMap((t) => t.sections.map((s) => s.kind)))).toEqual(
      new Set(['paragraphs', 'bullets', 'fact-table']),
    );
  });
});

describe('template validation', () => {
  const base = () =>
    structuredClone(load('situation-brief.json')) as {
      sections: Array<Record<string, unknown>>;
      [k: string]: unknown;
    };

  it('names every wrong field by its JSON path, in a sentence', () => {
    const t = base();
    (t.sections[2] as { limits: Record<string, unknown> }).limits = { maxWords: -5 };
    t.sections[0] = { ...t.sections[0], kind: 'essay' };
    t.version = 0;
    const e = issues(t);
    expect(e.message).toContain('sections[2].limits.maxWords must be a positive number.');
    expect(e.message).toContain('sections[0].kind');
    expect(e.message).toContain('version must be a positive number.');
    expect(e.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['sections[2].limits.maxWords', 'sections[0].kind', 'version']),
    );
  });

  it('fills the whole house style in when a template leaves it out', () => {
    const { style, ...rest } = base();
    expect(style).toBeDefined();
    const t = Template.parse(rest);
    expect(t.style).toMatchObject({
      fontFamily: 'Calibri',
      bodySizePt: 11,
      pageSize: 'A4',
      marginsMm: { top: 25 },
      footer: { pageNumbers: true },
    });
  });

  it('rejects unknown fields, repeated section ids and a default classification that is not listed', () => {
    const t = base();
    t.colour = 'blue';
    t.sections[1] = { ...t.sections[1], id: 'bottom-line' };
    t.defaultClassification = 'cosmic';
    const e = issues(t);
    expect(e.message).toMatch(/colour/);
    expect(e.message).toContain('sections[1].id repeats "bottom-line".');
    expect(e.message).toContain('defaultClassification must be one of the classification ids');
  });

  it('limits the embedded logo and checks it is an image', () => {
    const t = base();
    const big = Buffer.alloc(MAX_LOGO_BYTES + 10).toString('base64');
    t.style = { ...(t.style as object), logo: { dataUri: `data:image/png;base64,${big}` } };
    expect(issues(t).message).toContain('style.logo.dataUri must be at most 256 KB.');
    t.style = { ...(t.style as object), logo: { dataUri: 'data:image/svg+xml;base64,PHN2Zz4=' } };
    expect(issues(t).message).toContain(
      'style.logo.dataUri must be a data:image/png or data:image/jpeg base64 URI.',
    );
  });

  it('publishes a JSON Schema generated from the zod schema, kept in step with it', () => {
    const generated = templateJsonSchema();
    const file = join(templatesDir, 'template.schema.json');
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
    const schema = generated as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['id', 'sections', 'style', 'citations']),
    );
  });
});
