// "according to Mr. Marcus": a title's abbreviating stop ends no source after "according to". Sentences
// written for the test (invented names).
import { describe, expect, it } from 'vitest';
import { only } from '../../helpers/article-candidates';

describe('a title with a full stop after "according to"', () => {
  it('"according to Mr. Varga" at the end of the sentence is the man named before', () => {
    const c = only(['Tomas Varga is an economist at the bank. Prices rose again, according to Mr. Varga.']);
    expect(c.speaker).toBe('Tomas Varga');
  });

  it('"According to Ms. Odell, data from …" opening the sentence', () => {
    const c = only([
      'Rena Odell chairs the trade council.',
      'According to Ms. Odell, data from the ministry show that sales fell in May.',
    ]);
    expect(c.speaker).toBe('Rena Odell');
  });

  it('"According to Gov. Ian Brask, …": the title goes to the role, the name speaks', () => {
    const c = only(['According to Gov. Ian Brask, the roads will reopen next week.']);
    expect(c.speaker).toBe('Ian Brask');
    expect(c.speaker).not.toBe('Gov');
  });

  it('"According to Dr. Pell the virus is spreading": no comma after a short name with a title', () => {
    const c = only(['Nina Pell runs the clinic.', 'According to Dr. Pell the virus is spreading.']);
    expect(c.speaker).toBe('Nina Pell');
  });
});
