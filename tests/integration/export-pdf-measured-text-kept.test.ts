import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { forgetMeasuredText } from '../../electron/services/export/pdf-patches';
import { briefOfEveryBlock } from '../helpers/brief-of-every-block';
import { tempDir } from '../helpers/fixtures';
import { pdfPages, pdfWords } from '../helpers/readers';

/**
 * The app keeps each text node's measured words between exports (`measured text kept` in
 * pdf-patches.ts): an export after an edit must lay every word where an export measured afresh does,
 * whatever changed (the text, the size or font the text inherits).
 */
describe('PDF text measured in an earlier export', () => {
  const dir = tempDir('briefing-measured-');
  const base = briefOfEveryBlock('footnotes');

  it('lays out every word where measuring afresh does', async () => {
    forgetMeasuredText();
    await renderPdf(base);
    const cases = [
      ['edited', { ...base, title: 'Tagged brief, revised' }],
      ['larger body text', briefOfEveryBlock('footnotes', { bodySizePt: 12 })],
      ['another font', briefOfEveryBlock('footnotes', { fontFamily: 'Noto Sans' })],
      ['headings in another font', briefOfEveryBlock('footnotes', { headingFontFamily: 'Noto Sans' })],
    ] as const;
    for (const [name, model] of cases) {
      const kept = join(dir, `${name}-kept.pdf`);
      writeFileSync(kept, await renderPdf(model));
      forgetMeasuredText();
      const fresh = join(dir, `${name}-fresh.pdf`);
      writeFileSync(fresh, await renderPdf(model));
      expect(pdfPages(kept).length, name).toBe(pdfPages(fresh).length);
      expect(pdfWords(kept), name).toEqual(pdfWords(fresh));
    }
  });
});
