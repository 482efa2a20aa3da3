import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { briefOfEveryBlock as model } from '../helpers/brief-of-every-block';
import { tempDir } from '../helpers/fixtures';
import { pdfObjects, pdfStructure, qpdfCheck } from '../helpers/readers';

/**
 * The PDF's dictionaries go into compressed object streams with a cross-reference stream (PDF 1.5),
 * which pdfkit does not write: qpdf, pikepdf and poppler must read the result as they read pdfkit's own,
 * and every link annotation must stay tied to its structure element on its own page.
 */
describe('PDF objects in compressed object streams', () => {
  const dir = tempDir('briefing-objstm-');

  for (const [name, tagged, pdfStandard] of [
    ['tagged', true, undefined],
    ['untagged', false, undefined],
    ['PDF/A-2a', true, 'PDF/A-2a'],
  ] as const) {
    it(`are read by qpdf, pikepdf and pdftotext (${name})`, async () => {
      const file = join(dir, `${name.replace('/', '-')}.pdf`);
      writeFileSync(
        file,
        await renderPdf(model('footnotes', pdfStandard ? { pdfStandard } : {}), { tagged }),
      );

      const check = qpdfCheck(file);
      expect(check.output).toContain('No syntax or stream encoding errors found');
      expect(check.status).toBe(0);

      const objects = pdfObjects(file);
      expect(objects.version).toBe('1.7');
      expect(objects.xrefStream).toBe(true);
      expect(objects.objectStreams).toBeGreaterThan(0);
      // Everything but streams (page contents, fonts, XMP, the object streams themselves) is in one.
      expect(objects.objectsInStreams).toBeGreaterThan(objects.objects * 0.6);

      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Tagged brief');
      expect(text).toContain('Ministry, “Notice 1 on the talks,”');
    });
  }

  it('keeps each link annotation tied to its element, on its page, with one parent-tree key', async () => {
    const file = join(dir, 'links.pdf');
    writeFileSync(file, await renderPdf(model('footnotes')));
    const objects = pdfObjects(file);
    expect(objects.linkAnnotations).toBeGreaterThan(10);
    expect(objects.annotationsNotInParentTree).toBe(0);
    expect(objects.annotationsNotHeldByTheirElement).toBe(0);
    expect(objects.objrOnAnotherPage).toBe(0);
    // Nothing said twice: an OBJR's page where it is its element's, a link's Alt beside its Contents.
    expect(objects.objrPageRepeatingItsElements).toBe(0);
    expect(objects.linkAltRepeatingContents).toBe(0);
    expect(objects.unusedParentTreeKeys).toBe(0);
    expect(pdfStructure(file).untagged).toEqual([]);
  });
});
