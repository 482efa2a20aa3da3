// A frame that gives no claim gives way to the next frame of the sentence that does; a linking word between
// commas ("Economists, however, say") stands between the subject and its verb without hiding it; and a
// name after an opening adverbial keeps its verb across an adverb ("In a letter to staff Vexo also said").
// Sentences written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only, propose } from '../../helpers/article-candidates';

describe('the next frame of the sentence', () => {
  it('"declined to say …, but said …": the second verb is the claim', () => {
    const c = only(
      ['Vexo declined to say how many stoves it had sold, but said sales were in the thousands.'],
      {
        model: null,
      },
    );
    expect(c.cue).toMatch(/said/);
  });

  it('an agentless passive before the speaker\'s verb: "While … have been announced, Early says …"', () => {
    const c = only(
      ['While only three games have been announced, Tomas Early says there is a chance of more.'],
      {
        model: null,
      },
    );
    expect(c.speaker).toBe('Tomas Early');
  });
});

describe('linking asides and adverbs between a subject and its verb', () => {
  it('"Economists, however, say …"', () => {
    const c = only(['Economists, however, say prices will fall further if stocks rise.'], { model: null });
    expect(c.speaker).toBe('Economists');
  });

  it('"In a letter to staff Vexo also said …"', () => {
    const c = only(['In a letter to staff Vexo also said that rumours of fake keys were false.'], {
      model: null,
    });
    expect(c.speaker).toBe('Vexo');
  });

  it('no linking word, no claim: "The economists, tired, went home."', () => {
    expect(propose(['The economists, tired, went home.'], { model: null })).toHaveLength(0);
  });
});
