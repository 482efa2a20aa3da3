import { createRequire } from 'node:module';
import { PDI, RLI, RTL } from '../../core/bidi-isolate';

/**
 * The Unicode bidirectional algorithm (UAX #9) through bidi-js, for the writers: a paragraph's direction
 * here, a PDF line's visual order in pdf-bidi.ts.
 */

const require = createRequire(import.meta.url);

interface Bidi {
  getEmbeddingLevels(
    text: string,
    direction?: 'ltr' | 'rtl',
  ): { levels: Uint8Array; paragraphs: Array<{ start: number; end: number; level: number }> };
  getMirroredCharacter(char: string): string | null;
}
let bidi: Bidi | undefined;
/** bidi-js, loaded on first use (a brief in a Latin script never needs it). */
export const bidiJs = (): Bidi => (bidi ??= (require('bidi-js') as () => Bidi)());

/**
 * A paragraph's direction, from its text runs and its citations: that of its first strong letter
 * (UAX #9, P2–P3), left to right where it has none. Citations are read as isolates, which P2 passes
 * over: a citation of an Arabic-titled source does not turn the English sentence citing it. The PDF
 * and the DOCX set a paragraph by it; the preview's `dir="auto"` follows the same rule.
 */
export function paragraphDirection(runs: ReadonlyArray<{ text: string; cite?: boolean }>): 'ltr' | 'rtl' {
  const text = runs.map((r) => (r.cite ? `${RLI}${r.text}${PDI}` : r.text)).join('');
  if (!RTL.test(text)) return 'ltr';
  return bidiJs().getEmbeddingLevels(text).paragraphs[0]?.level === 1 ? 'rtl' : 'ltr';
}
