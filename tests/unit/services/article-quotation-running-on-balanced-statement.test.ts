// A quotation that runs on into the next paragraph is printed with its opening mark left open at the
// break and a new opening mark at the next paragraph's start. The statement reads as one text with its
// marks balanced (or none); the verbatim quote keeps the words as written. Invented sentences.
import { describe, expect, it } from 'vitest';
import { balancedMarks } from '../../../electron/services/import/article';
import { propose } from '../../helpers/article-candidates';

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const balanced = (s: string) => count(s, /“/g) === count(s, /”/g) && count(s, /"/g) % 2 === 0;

describe('a quotation running on over a paragraph break', () => {
  it('one claim over two paragraphs: the reopening mark is dropped from the statement', () => {
    const [c] = propose([
      'Mayor Lena Ostrova said: “We will not give up the harbour. It is ours.',
      '“Nobody in this town will accept less.”',
    ]);
    expect(c?.speaker).toBe('Lena Ostrova');
    expect(balanced(c?.statement ?? '')).toBe(true);
    expect(c?.statement).toContain('It is ours. Nobody in this town');
    expect(c?.quote).toContain('We will not give up the harbour. It is ours.');
    expect(c?.quote).toContain('Nobody in this town will accept less.');
  });

  it('a claim that ends inside the quotation is closed; the next paragraph is its own claim', () => {
    const c = propose([
      '"We will not give up the harbour," said Mayor Lena Ostrova. "It has been ours for a century.',
      '"Nobody in this town will accept anything less," she added.',
    ]);
    expect(c.map((x) => x.speaker)).toEqual(['Lena Ostrova', 'Lena Ostrova']);
    for (const x of c) expect(balanced(x.statement), x.statement).toBe(true);
    expect(c[0]?.statement.endsWith('for a century."')).toBe(true);
    expect(c[0]?.quote).toContain('It has been ours for a century.');
  });

  it('balancedMarks: straight and curly marks, nested quotations, stray closers', () => {
    expect(balancedMarks('“A. B.')).toBe('“A. B.”');
    expect(balancedMarks('She said: “A. “B.”')).toBe('She said: “A. B.”');
    expect(balancedMarks('He said "A. "B."')).toBe('He said "A. B."');
    expect(balancedMarks('“He called it "a farce" today,” she said.')).toBe(
      '“He called it "a farce" today,” she said.',
    );
    expect(balancedMarks('over at last,” she said.')).toBe('over at last, she said.');
    expect(balancedMarks('No marks at all.')).toBe('No marks at all.');
    expect(balancedMarks('"A," he said. "B."')).toBe('"A," he said. "B."');
  });
});
