import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../electron/core/render-model';
import { builtInStylesDir, cslFormatter } from '../../electron/services/export/csl';
import { renderDocx } from '../../electron/services/export/docx';
import { renderPdf } from '../../electron/services/export/pdf';
import { block, makeBriefing, makeFact, makeSource, makeTemplate } from '../helpers/builders';
import { tempDir, templatesDir } from '../helpers/fixtures';
import { libreOfficePdf, pandocNotes, pdfWords, type PdfWord } from '../helpers/readers';

const LOCATORS = ['p. 2', 'pp. 3–4', 'para. 5', '§ 4'];
const LABELS = new Set(['p.', 'pp.', 'para.', 'sect.']);

/**
 * Forty footnotes (briefing-notes), each citing one source at a locator, after a speaker's role one
 * word longer than the note before's: the notes' lines end at forty different places, among them right
 * after the locator's label ("…, p." | "2.") wherever a space there may break.
 */
function model() {
  const template = makeTemplate('loc', [{ id: 'a', heading: 'Key developments' }], {
    style: 'briefing-notes',
    placement: 'footnotes',
  });
  const source = makeSource('s1', 'Reuters', {
    title: 'Kyiv rejects recognising Donbas as Russian',
    published: '2025-12-10',
  });
  const words =
    'senior adviser to the deputy minister for the reintegration of the temporarily occupied territories and regional development policy in the east'.split(
      ' ',
    );
  const facts = Array.from({ length: 40 }, (_, i) =>
    makeFact(`f${i}`, 's1', {
      locator: LOCATORS[i % LOCATORS.length],
      speaker: 'Iryna Vereshchuk',
      speakerRole: Array.from({ length: i + 1 }, (_, k) => words[k % words.length]).join(' '),
    }),
  );
  const briefing = makeBriefing('loc', 'Locators', [
    { id: 'a', blocks: facts.map((f, i) => block(`p${i}`, `Paragraph ${i}.`, [f.id])) },
  ]);
  return buildRenderModel({
    briefing,
    template,
    facts,
    sources: [source],
    formatter: cslFormatter('briefing-notes', builtInStylesDir(templatesDir), 'en-GB', { emphasis: true }),
  });
}

/** Each locator label poppler reads, with whether the next word on its line is its number. */
function labelsAndNumbers(words: PdfWord[]): Array<{ label: string; next: string | undefined }> {
  return words.flatMap((w, i) => {
    if (!LABELS.has(w.text)) return [];
    const next = words[i + 1];
    const sameLine = next && next.page === w.page && Math.abs(next.yMin - w.yMin) < 2;
    return [{ label: w.text, next: sameLine ? next.text : undefined }];
  });
}

describe("a locator's label and number", () => {
  const dir = tempDir('briefing-locator-nbsp-');
  const m = model();

  it('are joined by a no-break space in the note text', () => {
    const texts = m.notes.map((n) => n.text);
    expect(texts[0]).toMatch(/, p\.\u00a02\.$/);
    expect(texts[1]).toMatch(/, pp\.\u00a03–4\.$/);
    expect(texts[2]).toMatch(/, para\.\u00a05\.$/);
    expect(texts[3]).toMatch(/, sect\.\u00a04\.$/);
  });

  it('stay on one line in the PDF, read back by pdftotext -bbox', async () => {
    const file = join(dir, 'notes.pdf');
    writeFileSync(file, await renderPdf(m));
    const found = labelsAndNumbers(pdfWords(file));
    // Every note's locator is read (p., pp., para.; "§ 4" prints as sect. in briefing-notes, en-GB).
    expect(found.length).toBeGreaterThanOrEqual(30);
    for (const { label, next } of found)
      expect({ label, next }).toEqual({ label, next: expect.stringMatching(/^\d/) });
  });

  it('stay on one line in the DOCX, as LibreOffice lays it out and pandoc reads it', async () => {
    const file = join(dir, 'notes.docx');
    writeFileSync(file, await renderDocx(m));
    expect(pandocNotes(file)[0]).toMatch(/, p\.\u00a02\.$/);
    const found = labelsAndNumbers(pdfWords(libreOfficePdf(file)));
    expect(found.length).toBeGreaterThanOrEqual(30);
    for (const { label, next } of found)
      expect({ label, next }).toEqual({ label, next: expect.stringMatching(/^\d/) });
  }, 180_000);
});
