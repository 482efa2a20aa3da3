import { describe, expect, it } from 'vitest';
import { isBoilerplateParagraph } from '../../../electron/services/import/boilerplate';
import { decodeEntities, htmlToParagraphs } from '../../../electron/services/import/html';
import { textToParagraphs } from '../../../electron/services/import/plain-text';

describe('saved HTML is read verbatim', () => {
  it('decodes every HTML5 entity and keeps the case of the text', () => {
    expect(decodeEntities('&Eacute;lys&eacute;e, c&ocirc;te, &notin; &#x1F600; &amp;amp;')).toBe(
      'Élysée, côte, ∉ 😀 &amp;',
    );
    expect(htmlToParagraphs('<p>The &Eacute;lys&eacute;e said the c&ocirc;te was calm.</p>')).toEqual([
      'The Élysée said the côte was calm.',
    ]);
  });

  it('never lets a ">" inside an attribute leak into the text', () => {
    const html = `<p><a href="/x" title="a > b" data-x='1>2'>Officials</a> said talks would resume.</p>`;
    expect(htmlToParagraphs(html)).toEqual(['Officials said talks would resume.']);
  });

  it('drops navigation, captions, bylines, share bars and wire credits, keeping the article paragraphs', () => {
    const html = `<html><body>
      <header class="site-header"><a href="/">Home</a><a href="/world">World</a></header>
      <nav><ul><li><a href="/a">Politics</a></li></ul></nav>
      <div class="share-tools"><a href="#">Share on Facebook</a></div>
      <article>
        <h1>Envoy warns of famine</h1>
        <div class="byline">By Jane Example, Reuters</div>
        <figure><img src="x.jpg"><figcaption>Aid trucks wait at the border, officials said.</figcaption></figure>
        <p>GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Friday that aid had stalled.</p>
        <p>“It is very urgent,” he told reporters.</p>
        <p>Reporting by Jane Example; Editing by John Example</p>
        <aside class="related"><p>Related: Officials said other things</p></aside>
      </article>
      <footer>© 2024 Example News</footer></body></html>`;
    expect(htmlToParagraphs(html)).toEqual([
      'Envoy warns of famine',
      'GENEVA (Reuters) - A U.N. envoy, Jan Example, said on Friday that aid had stalled.',
      '“It is very urgent,” he told reporters.',
    ]);
  });

  it('reads only the article body when the page marks one', () => {
    const words = 'The minister said the budget would be balanced by next year. '.repeat(12);
    const html = `<div class="teaser"><p>Analysts said markets were calm.</p></div>
      <div itemprop="articleBody"><p>${words}</p></div><div><p>Officials said this is a teaser.</p></div>`;
    expect(htmlToParagraphs(html)).toEqual([words.trim()]);
  });

  it('reads a page wrapped in one form (ASP.NET pages), while a form inside the page stays dropped', () => {
    const html = `<html><body><form id="page" action="/story.aspx">
      <div class="site-header"><a href="/">Home</a></div>
      <article><p>The harbour board said on Monday that the pier would reopen in spring.</p>
        <form class="search"><p>Search the archive for stories</p></form>
        <p>“We are nearly there,” its chair, Lena Example, told reporters.</p></article>
      </form></body></html>`;
    expect(htmlToParagraphs(html)).toEqual([
      'The harbour board said on Monday that the pier would reopen in spring.',
      '“We are nearly there,” its chair, Lena Example, told reporters.',
    ]);
  });

  it('reads an article body whose wrapper has a furniture class word, when the page shows no body otherwise', () => {
    const words = 'The harbour board said on Monday that the pier would reopen in spring. '.repeat(10);
    const html = `<html><body><div class="site-wrap subscriber-wall paywall-gate"><main>
      <article class="story"><div class="story-body"><p>${words}</p>
        <div class="share-tools"><p>Share this story on social media</p></div></div></article>
      <div class="related"><p>Other stories you might like to read today.</p></div>
      </main></div><script>var x = 1;</script></body></html>`;
    expect(htmlToParagraphs(html)).toEqual([words.trim()]);
    // A page whose body is read as it stands keeps its class-dropped teasers out.
    const teasers = `<div itemprop="articleBody"><p>${words}</p></div>
      <div class="related"><article><p>The mayor said the bridge would close for a week of repairs.</p></article></div>`;
    expect(htmlToParagraphs(teasers)).toEqual([words.trim()]);
  });

  it('reads a body named by its class or id ("article_body", "story-text") inside a wrapper with a furniture word', () => {
    const words = 'The harbour board said on Monday that the pier would reopen in spring. '.repeat(10);
    const html = `<html><body><div id="wrapper" class="top ad_body"><table><tr><td>
      <div class="menu"><a href="/">Home</a></div>
      <div class="article_body font11" id="article_block"><p>${words}</p></div>
      <p>Other stories you might like to read today, from all over.</p>
      </td></tr></table></div></body></html>`;
    expect(htmlToParagraphs(html)).toEqual([words.trim()]);
    // "articles-list", "story-teaser" name no body (the page's own story, most of its prose, is read).
    const story = 'The ferry company said on Tuesday that the winter timetable would start early. '.repeat(
      12,
    );
    const list = `<p>${story}</p><div class="ad_body"><div class="articles-list"><p>${words}</p></div></div>`;
    expect(htmlToParagraphs(list)).toEqual([story.trim()]);
  });

  it('ends the article at a listing of other stories, but not at a related-stories box set inside it', () => {
    const prose = (n: number) =>
      `The port authority said on Tuesday that the new crane, number ${n}, would be working by the end of the month and that the harbour would stay open to every ship in the meantime.`;
    const inline = [prose(1), prose(2), prose(3), 'Related Coverage', prose(4), prose(5), prose(6), prose(7)];
    expect(textToParagraphs(inline.join('\n\n'))).toEqual(inline.filter((p) => p !== 'Related Coverage'));
    const listing = [
      prose(1),
      prose(2),
      prose(3),
      'Related Coverage',
      'Mayor opens new bridge',
      'Ferry fares to rise',
    ];
    expect(textToParagraphs(listing.join('\n\n'))).toEqual(listing.slice(0, 3));
  });

  it('treats credits and bylines in pasted text as boilerplate, not as article text', () => {
    for (const line of [
      'Reporting by Jane Doe; Editing by John Smith',
      '(Additional reporting by Ann Example in Kyiv)',
      'By JANE DOE, Associated Press',
      'Image caption Aid trucks at the border',
      'Share this article',
    ])
      expect(isBoilerplateParagraph(line), line).toBe(true);
    for (const line of [
      'By Friday, officials said, the talks had stalled.',
      'Related talks are due next week, the ministry said.',
      'Reuters reported that the envoy had left.',
    ])
      expect(isBoilerplateParagraph(line), line).toBe(false);
    expect(
      textToParagraphs('Officials said talks stalled.\n\nReporting by Jane Doe; Editing by John Smith'),
    ).toEqual(['Officials said talks stalled.']);
  });
});
