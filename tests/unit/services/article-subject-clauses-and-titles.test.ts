// The subject before a verb of saying, read past what is not its name or role: a past participle's clause
// ("Mr Dee, 31, treated for shock, said"), a short quoted title inside the appositive ("a host on the
// radio show "Morning Call," wrote"), and a surname in "-ly" the lexicon knows as a name ("Kelly said").
// Sentences written for the test, none from the corpus.
import { describe, expect, it } from 'vitest';
import { propose } from '../../helpers/article-candidates';

const speakers = (paragraphs: string[]) => propose(paragraphs, { model: null }).map((c) => c.speaker);

describe('a past participle’s clause between commas is no part of the subject', () => {
  it.each([
    'Mr Dee, 31, treated for burns in hospital, said: "The smoke came through the floor."',
    'Mr Dee, rescued by a neighbour, said: "The smoke came through the floor."',
  ])('%s', (sentence) => {
    expect(
      speakers(['Fire in Dunmore', 'Painter Tom Dee was hurt in the fire on Monday.', sentence]),
    ).toEqual(['Tom Dee']);
  });
});

describe('a short quoted title inside the appositive', () => {
  it('"Ann Corr, a host on the radio show "Morning Call," wrote in the Herald that …"', () => {
    expect(
      speakers([
        'Wrong flights',
        'Ann Corr, a host on the radio show "Morning Call," wrote in the Herald that she once boarded the wrong flight.',
      ]),
    ).toEqual(['Ann Corr']);
  });

  it('"Ann Corr, one of the so-called "Iron Ladies" elected in 1997, told reporters that …"', () => {
    expect(
      speakers([
        'Old chamber',
        'Ann Corr, one of the so-called "Iron Ladies" elected in 1997, told reporters that the chamber was hostile.',
      ]),
    ).toEqual(['Ann Corr']);
  });
});

describe('a surname in "-ly" the lexicon knows as a name is the subject', () => {
  it('"Kelly said that …" after "Nora Kelly"', () => {
    expect(
      speakers([
        'Boarding checks',
        'Nora Kelly runs a travel blog.',
        'Kelly said that boarding mix-ups were more common than airlines admit.',
      ]),
    ).toEqual(['Nora Kelly']);
  });
});
