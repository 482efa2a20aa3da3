import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attribution, blockFactIds } from '../../electron/core/schemas';
import { createSampleBriefing, SAMPLE_FACTS, SAMPLE_SOURCE } from '../../electron/services/sample';
import type { Services } from '../../electron/services/services';
import { articleText, freshServices, repoRoot, tempDir } from '../helpers/fixtures';
import { pandocNotes, pandocPlain, pdfFonts, pdfText } from '../helpers/readers';

let services: Services;
let briefingId: string;
const out = tempDir('briefing-export-');
const docx = join(out, 'brief.docx');
const pdf = join(out, 'brief.pdf');
let citations: number;

beforeAll(async () => {
  services = freshServices();
  briefingId = await createSampleBriefing(services, articleText());
  const b = services.store.getBriefing(briefingId);
  citations = b.sections.reduce((n, s) => n + s.blocks.reduce((m, bl) => m + blockFactIds(bl).length, 0), 0);
  for (const [format, path] of [
    ['docx', docx],
    ['pdf', pdf],
  ] as const) {
    writeFileSync(path, (await services.exportBriefing(briefingId, format)).bytes);
  }
});
afterAll(() => services.close());

describe('sample briefing', () => {
  it('draws at least five facts from the seed article, attributed as the text does', () => {
    expect(SAMPLE_FACTS.length).toBeGreaterThanOrEqual(5);
    const speakers = SAMPLE_FACTS.map((f) => attribution(f)).join(' | ');
    for (const who of ['Reuters', 'Le Monde', 'Zelenskyy', 'Peskov', 'US officials'])
      expect(speakers).toContain(who);
    const text = articleText();
    for (const f of SAMPLE_FACTS) if (f.quote) expect(text).toContain(f.quote);
    expect(citations).toBe(8);
  });
});

describe('DOCX read back by pandoc', () => {
  it('has one real footnote per citation, with the attribution in it', () => {
    const notes = pandocNotes(docx);
    expect(notes).toHaveLength(citations);
    // US officials are paraphrased in the article: cited in it, not quoted.
    expect(notes[0]).toMatch(/^US officials, cited in Berlin talks coverage/);
    expect(notes.join('\n')).toContain('Dmitry Peskov, Kremlin spokesman');
    expect(notes.join('\n')).toContain('15 December 2025');
  });

  it('has the section headings and the source list', () => {
    const text = pandocPlain(docx);
    for (const h of ['Bottom line', 'Key developments', 'Outlook', 'Sources']) expect(text).toContain(h);
    expect(text).toContain(`Berlin talks coverage (sample article). ‘${SAMPLE_SOURCE.title}’.`);
    expect(text).toContain('Moscow insists that Ukraine stay out of NATO.');
  });
});

describe('PDF read back by poppler', () => {
  it('has the same notes, numbered, and the source list', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    const model = services.renderModel(
      services.store.getBriefing(briefingId),
      services.templates.get('situation-brief'),
      services.store.listFacts(),
      services.store.listSources(),
    );
    expect(model.notes).toHaveLength(citations);
    for (const note of model.notes) expect(text).toContain(`${note.number}. ${note.text}`);
    expect(text).toContain('Sources');
    expect(text).toContain(SAMPLE_SOURCE.title);
    expect(text).toContain('OFFICIAL');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('links every note marker to its note and back', () => {
    const dests = execFileSync('pdfinfo', ['-dests', pdf], { encoding: 'utf8' });
    for (let n = 1; n <= citations; n++) expect(dests).toContain(`"note-${n}"`);
    // Back-links land on each note's own marker.
    for (let n = 1; n <= citations; n++) expect(dests).toContain(`"ref-${n}"`);
  });

  it('the DOCX and PDF carry the same note texts', () => {
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const note of pandocNotes(docx)) expect(text).toContain(note.replace(/\s+/g, ' '));
  });

  it('embeds every font', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });
});

describe('briefing demo CLI', () => {
  it('writes brief.docx and brief.pdf and prints both paths', () => {
    const cli = join(repoRoot, 'dist', 'node', 'cli.mjs');
    if (!existsSync(cli)) throw new Error('Run `npm run build` first (npm test does).');
    const dir = tempDir('briefing-demo-out-');
    const stdout = execFileSync(
      process.execPath,
      [join(repoRoot, 'bin', 'briefing.mjs'), 'demo', '--out', dir, '--data', tempDir()],
      { encoding: 'utf8' },
    );
    expect(stdout.trim().split('\n')).toEqual([join(dir, 'brief.docx'), join(dir, 'brief.pdf')]);
    expect(pandocNotes(join(dir, 'brief.docx'))).toHaveLength(8);
    expect(pdfText(join(dir, 'brief.pdf'))).toContain('Key developments');
  });

  it('fails clearly without --out', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(repoRoot, 'bin', 'briefing.mjs'), 'demo'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(stderr).toContain('demo needs --out DIR');
  });
});
