import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chicagoCsl } from '../../electron/bench/synthetic-briefing';
import type { Services } from '../../electron/services/services';
import { briefingCiting } from '../helpers/briefings';
import { freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { pandocPlain } from '../helpers/readers';

/**
 * BibTeX's `and others` says the author list goes on. The import keeps it as the literal name
 * "others" (as pandoc does); a note or a source list prints it as the style's et-al term, as
 * jgm/citeproc does, never as a person called "others" ("Smith, Jones & others"). Each style's
 * DOCX is read back by pandoc.
 */
const BIB = `@article{smith2020,
  author = {Smith, Ann and Jones, Bob and others},
  title = {Ceasefire monitoring along the line of contact},
  journal = {Journal of Conflict Studies},
  year = {2020},
  volume = {12},
  pages = {1--20}
}`;

const styles = {
  'briefing-notes': 'briefing-notes',
  'chicago notes': { csl: chicagoCsl(repoRoot) },
  apa: 'apa',
} as const;

let services: Services;
const out = tempDir('briefing-et-al-');
const text: Record<string, string> = {};

beforeAll(async () => {
  services = freshServices();
  await services.handlers()['import:sources']({ format: 'bibtex', text: BIB });
  const [source] = await services.library.listSources({ withText: false });
  expect(source?.item.author).toEqual([
    { family: 'Smith', given: 'Ann' },
    { family: 'Jones', given: 'Bob' },
    { literal: 'others' },
  ]);
  const fact = await services.library.createFact({
    sourceId: source!.id,
    statement: 'Monitors were withdrawn.',
  });
  const base = JSON.parse(readFileSync(join(repoRoot, 'templates', 'situation-brief.json'), 'utf8')) as {
    citations: Record<string, unknown>;
  };
  for (const [name, style] of Object.entries(styles)) {
    const id = `et-al-${name.replace(/\W+/g, '-')}`;
    const template = { ...base, id, name: id, citations: { ...base.citations, style } };
    await services.templates.saveUserTemplate(JSON.stringify(template), `${id}.json`);
    const briefing = await briefingCiting(services.library, services.templates.get(id), fact.id, {
      title: `Monitors (${name})`,
      text: 'Monitors were withdrawn.',
    });
    const exported = await services.exportBriefing(briefing.id, 'docx');
    const file = join(out, `${id}.docx`);
    writeFileSync(file, exported.bytes);
    text[name] = pandocPlain(file).replace(/\s+/g, ' ');
  }
}, 120_000);
afterAll(() => services.close());

describe('an author list ending in BibTeX’s “and others”', () => {
  it('prints the names before it and the style’s et-al term, never a person called “others”', () => {
    for (const printed of Object.values(text)) expect(printed).not.toMatch(/\bothers\b/);
    // briefing-notes: the note and the source list.
    expect(text['briefing-notes']).toContain('Ann Smith, Bob Jones, et al., ‘Ceasefire monitoring');
    expect(text['briefing-notes']).toContain('Smith, Ann, Bob Jones, et al. ‘Ceasefire monitoring');
    // Chicago cuts three names or more to the first in notes, and lists them in the bibliography.
    expect(text['chicago notes']).toContain('Ann Smith et al., ‘Ceasefire Monitoring');
    expect(text['chicago notes']).toContain('Smith, Ann, Bob Jones, et al. ‘Ceasefire Monitoring');
    // APA's list would end with an ellipsis and the last name: here the last name is not known.
    expect(text.apa).toContain('Smith, A., Jones, B., et al. (2020).');
  });
});
