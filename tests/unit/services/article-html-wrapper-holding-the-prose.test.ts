import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../electron/services/import/html';

// Class words built on a furniture word can name a layout or a state, not furniture: "two-col-sidebar-right"
// (a layout with a sidebar), "no-share" (no share bar), "field-label-hidden" (the label is hidden). An
// element so classed that holds most of the page's running prose is the article's container.
const story = [
  'The harbour board said on Monday that the pier would reopen in spring, after two winters of repairs to its piles.',
  '“We are nearly there, and the town has been patient with us,” its chair, Lena Example, told reporters at the pier.',
  'Engineers said the last piles would be driven in March, weather allowing, and the deck laid in the weeks after that.',
  'Traders on the front said they had lost a third of their summer trade while the pier was closed to visitors.',
];
const paragraphs = story.map((p) => `<p>${p}</p>`).join('\n');

describe('an element classed with a furniture word that holds the article’s prose is read', () => {
  it('reads the article in a layout wrapper named after its sidebar, and drops the sidebar', () => {
    const html = `<html><body><div class="panel-display panel-two-col-sidebar-right">
      <div class="main-column">${paragraphs}</div>
      <div class="panel-sidebar"><p>Most read</p><p><a href="/a">Council votes on parking fees</a></p></div>
      </div></body></html>`;
    expect(htmlToParagraphs(html)).toEqual(story);
  });

  it('reads the body of a page whose wrappers carry state words ("no-share", "field-label-hidden")', () => {
    const html = `<html><body><div class="entry-content no-share"><div class="field field-label-hidden">
      ${paragraphs}</div></div>
      <div class="share-tools"><p>Share this story with your friends on social media today.</p></div>
      </body></html>`;
    expect(htmlToParagraphs(html)).toEqual(story);
  });

  it('counts prose set in list items, not only in <p>s', () => {
    const items = story.map((p) => `<li>${p}</li>`).join('\n');
    const html = `<html><body><div class="l-sidebar-fixed l-segment"><ul>${items}</ul>
      <ul class="menu"><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></div>
      </body></html>`;
    expect(htmlToParagraphs(html)).toEqual(story);
  });

  it('still drops a comment section, however much of the page’s prose it holds', () => {
    const comment = (who: string) =>
      `<p>${who} wrote that the board had wasted two years and far too much of the town’s money on a pier nobody asked for.</p>`;
    const html = `<html><body><div class="story">${paragraphs}</div>
      <section id="comments" class="comments-area">${['Ann', 'Bob', 'Cy', 'Di', 'Ed', 'Flo'].map(comment).join('')}</section>
      </body></html>`;
    expect(htmlToParagraphs(html)).toEqual(story);
  });
});
