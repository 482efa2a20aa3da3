// The simple baseline, measured beside the engine: sentences with "said", "says", "told" or
// "according to"; the speaker is the nearest capitalised name before the verb (after "according to",
// the name after it; after an opening quotation with nothing before the verb, the name after it).
import type { Proposed } from './article-score';

const CUE = /\b(said|says|told|according to)\b/i;
const QUOTE = /“([^”]+)”|"([^"]+)"/g;

const sentencesOf = (paragraph: string): string[] =>
  paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[“"‘]?\p{Lu})/u).filter((s) => s.trim() !== '');

/** Capitalised word runs of a piece of text, in order. */
function names(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu)].map((m) => m[0]);
}

export function baselineCandidates(paragraphs: readonly string[]): Proposed[] {
  const out: Proposed[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      const cue = CUE.exec(sentence);
      if (!cue) continue;
      const before = sentence.slice(0, cue.index).replace(QUOTE, ' ');
      const after = sentence.slice(cue.index + cue[0].length);
      const speaker =
        cue[1]?.toLowerCase() === 'according to'
          ? names(after)[0]
          : (names(before).at(-1) ?? names(after.replace(QUOTE, ' '))[0]);
      const quotes = [...sentence.matchAll(QUOTE)].map((m) => (m[1] ?? m[2] ?? '').trim());
      const p: Proposed = { sentence };
      if (speaker) p.speaker = speaker;
      if (quotes.length > 0) p.quote = quotes.join(' … ');
      out.push(p);
    }
  }
  return out;
}
