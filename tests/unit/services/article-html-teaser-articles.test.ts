import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../electron/services/import/html';

// A page that lists other stories may mark each one an <article>: a headline link, an author, a date and
// perhaps an excerpt. Such teasers are no article body, whether the page marks its own article or not.
const story = [
  'The county library said on Tuesday that its mobile van would visit the outlying villages twice a week from May.',
  '“People out there have waited long enough for a proper service,” the head librarian, Mira Example, told a meeting.',
  'The van, bought with a grant from a local trust, will carry about four thousand books and a small reading corner.',
  'Councillors said a second van could follow next year if the first one was used as much as they expected it to be.',
];
const paragraphs = story.map((p) => `<p>${p}</p>`).join('\n');
const teaser = (n: number, excerpt = '') => `<article class="post">
  <h3><a href="/news/${n}">Council approves new cycle lanes along the river road number ${n}</a></h3>
  <div class="meta"><a href="/people/sam">Sam Writer</a> • Nov ${n}</div>${excerpt}</article>`;

describe('teasers marked as <article>s are not read as the article body', () => {
  it('reads a body set in plain <div>s when the page’s only <article>s are teasers', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => teaser(i + 1)).join('\n');
    const html = `<html><body><main><h1>Library van to visit villages</h1>
      <div class="body">${paragraphs}</div>
      <section class="more">${teasers}</section></main></body></html>`;
    expect(htmlToParagraphs(html)).toEqual(['Library van to visit villages', ...story]);
  });

  it('drops the excerpts of teaser <article>s listed after the article', () => {
    const excerpt = (n: number) =>
      `<div class="excerpt">Residents on the river road said the plan, number ${n} of its kind, had taken far too long to agree and would cost them parking spaces outside their homes...</div>`;
    const items = Array.from({ length: 4 }, (_, i) => `<li>${teaser(i + 1, excerpt(i + 1))}</li>`).join('\n');
    const html = `<html><body><main><article class="story">${paragraphs}</article></main>
      <div class="list"><h2>More in Local News</h2><ul>${items}</ul></div></body></html>`;
    expect(htmlToParagraphs(html)).toEqual(story);
  });

  it('keeps a body split into marked parts around an advert, the short part between them too', () => {
    const html = `<html><body><article>${paragraphs}</article>
      <div class="ad-slot"></div>
      <div class="article-body"><p>${story[1]}</p></div>
      <article>${paragraphs}</article>
      </body></html>`;
    expect(htmlToParagraphs(html)).toEqual([...story, story[1], ...story]);
  });
});
