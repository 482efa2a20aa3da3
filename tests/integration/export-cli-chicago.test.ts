import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchSetup, briefingFileText, chicagoCsl } from '../../electron/bench/synthetic-briefing';
import { renderModelOf } from '../../electron/services/export/render';
import { pandocPlain } from '../helpers/readers';
import { repoRoot, templatesDir, tempDir } from '../helpers/fixtures';

// `briefing build` makes a sorted source list in a worker thread while it formats the notes (csl.ts,
// bibliographyInWorker); the tests run the TypeScript sources, where there is no worker bundle, so
// this runs the built CLI and holds its notes and source list to the in-process result (no worker).
describe('briefing build with a large note style (Chicago, from the CSL repository)', () => {
  it('writes the same notes and the same sorted source list as the in-process formatter', async () => {
    const { template, data } = benchSetup(repoRoot, {
      id: 'chicago-check',
      style: { csl: chicagoCsl(repoRoot) },
      placement: 'endnotes',
      sectionIds: ['summary', 'developments'],
      size: { paragraphs: 12, words: 30, citations: 40, sourceCount: 15 },
    });
    const dir = tempDir('briefing-chicago-');
    const file = join(dir, 'b.briefing.json');
    writeFileSync(file, briefingFileText(template, data));
    const out = join(dir, 'b.docx');
    execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), 'build', file, '--out', out], {
      stdio: 'pipe',
    });

    const now = new Date().toISOString();
    const model = renderModelOf(
      {
        briefing: { ...data.briefing, id: 'x', createdAt: now, updatedAt: now },
        template,
        facts: data.facts,
        sources: data.sources,
      },
      templatesDir,
    );
    const text = (await pandocPlain(out)).replace(/\s+/g, ' ');
    const entries = model.sourceList?.entries ?? [];
    expect(entries).toHaveLength(15);
    // Every entry, in the style's order.
    let at = text.indexOf(template.citations.sourceListTitle);
    expect(at).toBeGreaterThan(0);
    for (const entry of entries) {
      const next = text.indexOf(entry.text.slice(0, 60), at);
      expect(next, entry.text).toBeGreaterThan(at);
      at = next;
    }
    for (const note of model.notes) expect(text).toContain(note.text.slice(0, 60));
  }, 60_000);
});
