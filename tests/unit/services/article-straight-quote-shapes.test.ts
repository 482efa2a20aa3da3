// Straight quotation marks read by their shape as well as counted: copy whose captions were run into its text
// loses closing marks, nests straight marks in straight marks, or sets an opening mark after its space; counting
// alone then turned every later quotation of the paragraph inside out. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';
import { quoteSpans } from '../../../electron/services/import/article/segmentation';

const spans = (text: string) => quoteSpans(text).map((q) => text.slice(q.start, q.end));

describe('straight quotation marks by their shape', () => {
  it('a lost closing mark does not turn the quotations after it inside out', () => {
    const claims = propose(
      [
        'She told the Gazette: "I heard a bang at dawn. "Then the sirens came. Ferry fire at Brindle Quay "Later the road was shut." ' +
          'Omar Vale, who lives by the quay, told the Courier he heard a "deafening" noise. The 60-year-old said: "It was just after six. I ran outside."',
      ],
      { model: null },
    );
    const courier = claims.find((c) => c.sentence.includes('told the Courier'));
    expect(courier?.quote).toBe('deafening');
    const after = claims.find((c) => c.sentence.startsWith('The 60-year-old said'));
    expect(after?.quote).toBe('It was just after six. I ran outside.');
  });

  it('a quotation inside a quotation in the same marks stays in it', () => {
    expect(
      spans('The report said that "the spread of "desk studies" in the contracts is worrying."'),
    ).toEqual(['the spread of "desk studies" in the contracts is worrying.']);
  });

  it('an opening mark set after its space opens the quotation', () => {
    expect(
      spans('Ilse Varga also said kits would go to schools," For example, pupils can hold their own vote".'),
    ).toEqual([' For example, pupils can hold their own vote']);
  });

  it('a closing mark before a tag with no quotation open opens nothing', () => {
    expect(spans('It was fine, he thought," Ann Roe said. Then "calm" returned.')).toEqual(['calm']);
  });
});
