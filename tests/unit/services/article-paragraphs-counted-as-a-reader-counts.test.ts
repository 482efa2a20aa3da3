// A fact's locator ("para. N") counts the paragraphs of the article's text as a reader of the article
// counts them: the headline pasted above the story, its byline, a subheading and a photo caption are no
// paragraphs of it. Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { paragraphLocators } from '../../../electron/services/import/article';
import { propose } from '../../helpers/article-candidates';

const locators = (paragraphs: string[]) => propose(paragraphs).map((c) => [c.locator, c.speaker]);

describe('paragraph locators of an imported article', () => {
  it('give the lede "para. 1" whether or not the headline was pasted with it', () => {
    const story = [
      'Officials said the talks on the harbour would resume on Monday.',
      'The port minister, Ana Roe, said nothing had been agreed.',
    ];
    expect(locators(story)).toEqual([
      ['para. 1', 'Officials'],
      ['para. 2', 'Ana Roe'],
    ]);
    expect(locators(['Harbour talks to resume', ...story])).toEqual(locators(story));
  });

  it('skip a byline and a subheading between paragraphs of the text', () => {
    expect(
      locators([
        'Harbour talks to resume',
        'By Lena Park',
        'Officials said the talks on the harbour would resume on Monday.',
        'What comes next',
        'The port minister, Ana Roe, said nothing had been agreed.',
      ]),
    ).toEqual([
      ['para. 1', 'Officials'],
      ['para. 2', 'Ana Roe'],
    ]);
  });

  it('number what is left in order, a furniture paragraph taking the number before it', () => {
    const furniture = new Set([0, 3]);
    expect(paragraphLocators(5, (i) => furniture.has(i))).toEqual([
      'para. 1',
      'para. 1',
      'para. 2',
      'para. 2',
      'para. 3',
    ]);
  });
});
