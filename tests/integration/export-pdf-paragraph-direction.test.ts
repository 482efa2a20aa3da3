import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/export/pdf';
import { tempDir } from '../helpers/fixtures';
import { ARABIC, lineOf, mixedDirectionModel } from '../helpers/mixed-direction';
import { inked, inkedRows, pdfWords } from '../helpers/readers';

/**
 * A paragraph's direction is that of its first strong letter (UAX #9, P2–P3), and a source's title in
 * an author-date citation is isolated from the text around it: the tester's English sentence citing a
 * source with an Arabic title, which came out right-aligned and reversed, with the year inside the
 * Arabic run. An Arabic list item's bullet or number stands at its right, beside the text.
 */

async function exported(): Promise<{ file: string; left: number; right: number }> {
  const m = mixedDirectionModel();
  const file = join(tempDir('briefing-direction-'), 'direction.pdf');
  writeFileSync(file, await renderPdf(m));
  const mm = 72 / 25.4;
  const pageWidth = pdfWords(file)[0]!.pageWidth;
  return { file, left: m.style.marginsMm.left * mm, right: pageWidth - m.style.marginsMm.right * mm };
}

describe('PDF paragraph direction', () => {
  it('sets an English sentence citing an Arabic title left to right, the title isolated inside its citation', async () => {
    const { file, left } = await exported();
    const words = pdfWords(file);
    const line = lineOf(words, 'Kyiv');
    // Starts at the left margin, in the order written.
    expect(line[0]!.text).toBe('Kyiv');
    expect(line[0]!.xMin).toBeLessThan(left + 2);
    const at = (text: string) => line.findIndex((w) => w.text.includes(text));
    expect(at('refuses')).toBe(1);
    expect(at('2025')).toBeGreaterThan(Math.max(...line.map((w, i) => (ARABIC.test(w.text) ? i : -1))));
    expect(at('and')).toBeGreaterThan(at('2025'));
    expect(line[line.length - 1]!.text).toBe('waits.');
    // The opening quote mark before the title, the closing one after it (the year is not inside).
    const arabic = line.filter((w) => ARABIC.test(w.text));
    const [first, last] = [arabic[0]!, arabic[arabic.length - 1]!];
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const row = text.split('\n').find((l) => l.includes('Kyiv'))!;
    expect(row.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim()).toMatch(
      /^Kyiv refuses \(“[\u0600-\u06FF ]+,” 2025\) and Moscow waits\.$/,
    );
    expect(first.xMin).toBeGreaterThan(line[1]!.xMax);
    expect(last.xMax).toBeLessThan(line[at('2025')]!.xMin);
  });

  it('sets an Arabic list item right to left with its bullet or number at the right, beside its text', async () => {
    const { file, left, right } = await exported();
    const words = pdfWords(file);
    // pdfmake draws a bullet as a disc, not text: looked for as ink either side of the item's text.
    const line = lineOf(words, [...'قال'].reverse().join('')).filter((w) => ARABIC.test(w.text));
    const [first, last] = [line[0]!, line[line.length - 1]!];
    const [yMin, yMax] = [Math.min(...line.map((w) => w.yMin)), Math.max(...line.map((w) => w.yMax))];
    // Its text ends a bullet's gap short of the right margin; the bullet is in that gap.
    expect(last.xMax).toBeGreaterThan(right - 20);
    expect(last.xMax).toBeLessThan(right - 4);
    expect(inked(file, { xMin: last.xMax + 1, xMax: right + 1, yMin, yMax })).toBeGreaterThan(0.02);
    expect(inked(file, { xMin: left - 1, xMax: first.xMin - 2, yMin, yMax })).toBeLessThan(0.005);
    // The bullet at the text's middle, as on a Latin line (its centre a third of the font size above the
    // baseline), not at the top of the taller Arabic line: Arabic's baseline is the row with the most ink.
    const baseline = inkedRows(file, { xMin: first.xMin, xMax: last.xMax, yMin, yMax }).reduce((a, b) =>
      b.share > a.share ? b : a,
    ).y;
    const disc = inkedRows(file, { xMin: last.xMax + 1, xMax: right + 1, yMin, yMax }).filter(
      (r) => r.share > 0.05,
    );
    const above = baseline - (disc[0]!.y + disc.at(-1)!.y) / 2;
    expect(above, `the bullet's centre above the baseline`).toBeGreaterThan(1.5);
    expect(above, `the bullet's centre above the baseline`).toBeLessThan(6);
    // An English bullet keeps its marker at the left, its text after it.
    const moscow = words.find((w) => w.text === 'Moscow' && w.yMin > yMax)!;
    expect(moscow.xMin).toBeGreaterThan(left + 4);
    const at = { yMin: moscow.yMin, yMax: moscow.yMax };
    expect(inked(file, { xMin: left - 1, xMax: moscow.xMin - 1, ...at })).toBeGreaterThan(0.02);
    // A numbered item's number is text: at the right margin after an Arabic item, at the left before an English one.
    const one = words.find((w) => w.text === '1.')!;
    const numbered = lineOf(words, one.text).filter((w) => ARABIC.test(w.text));
    expect(one.xMax).toBeGreaterThan(right - 1);
    expect(one.xMin).toBeGreaterThan(Math.max(...numbered.map((w) => w.xMax)));
    const two = lineOf(words, '2.');
    expect(two.map((w) => w.text)).toEqual(['2.', 'Moscow', 'waits', 'again.']);
    expect(two[0]!.xMin).toBeLessThan(left + 2);
  });
});
