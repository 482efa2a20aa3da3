// A saved page whose metadata names no author still shows its byline to the reader: an element marked as the
// byline or the author, or a "By …" line at the top of the article. The import fills the Byline field with its
// names, comma-separated; the page's metadata, when it names the author, still wins.
import { describe, expect, it } from 'vitest';
import { pageMetadata } from '../../../electron/services/import/page-metadata';

const page = (body: string, head = '<title>Grid link agreed | Energy Monitor</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const byline = (body: string, head?: string) => pageMetadata(page(body, head)).byline;

describe('the byline a saved page shows', () => {
  it('reads an element marked as the byline, its names separated by commas', () => {
    expect(
      byline(`<nav><a href="/">Home</a></nav><header><h1>Grid link agreed</h1>
        <p class="byline">By Andrei Popescu and Ioana Rusu</p><p class="date">6 March 2025</p></header>
        <article><p>BUCHAREST — Romania will co-finance a line, the minister said.</p></article>`),
    ).toBe('Andrei Popescu, Ioana Rusu');
    expect(byline(`<div class="c-byline__name">Written by Lena Ortiz</div><p>Text.</p>`)).toBe('Lena Ortiz');
    expect(byline(`<span id="authorName">by Tomás Ruiz</span><p>Text.</p>`)).toBe('Tomás Ruiz');
    expect(byline(`<address>By Frans de Waal</address><p>Text.</p>`)).toBe('Frans de Waal');
  });

  it('reads rel and itemprop author, with co-authors marked beside the first', () => {
    expect(
      byline(`<p>By <a rel="author" href="/a">Ana Roe</a>, <a rel="author" href="/b">Li Wei</a>
        and <a rel="author" href="/c">Omar Haddad</a></p><p>Text.</p>`),
    ).toBe('Ana Roe, Li Wei, Omar Haddad');
    expect(
      byline(`<div><span itemprop="author" itemscope><span itemprop="name">Mira Hale</span></span></div>
        <p>Text.</p><footer><a rel="author" href="/x">Someone Else</a></footer>`),
    ).toBe('Mira Hale');
  });

  it('reads a person marked as the author inside a byline box before the box’s other words', () => {
    expect(
      byline(`<div class="authorInfo"><h6><a href="/topics/energy">Energy Policy</a></h6>
        <ul><li itemprop="author" itemscope><span class="byText">by </span><a rel="author" href="/p/sm">Steven Musil</a></li></ul>
        </div><p>Text.</p><div class="more"><span class="author">by <a rel="author" href="/p/x">Other Writer</a></span></div>`),
    ).toBe('Steven Musil');
  });

  it('reads words set side by side in elements as words, and blocks as parts', () => {
    expect(byline(`<div class="byline"><span>By</span><a href="/t">Travis Haney</a></div>`)).toBe(
      'Travis Haney',
    );
    expect(
      byline(
        `<div class="story-byline"><div>By LISA MASCARO and ERIC TUCKER</div><div>Associated Press</div></div>`,
      ),
    ).toBe('Lisa Mascaro, Eric Tucker');
    expect(
      byline(
        `<p class="byline__name"><a rel="author" href="/p">Rebecca Hersher</a> <a href="/tw">Twitter</a></p>`,
      ),
    ).toBe('Rebecca Hersher');
  });

  it('keeps the names only: no "By", role, outlet, date, time or place', () => {
    expect(
      byline(
        `<div class="byline">By JANE DOE, Staff Writer <time datetime="2025-03-04">March 4, 2025</time></div>`,
      ),
    ).toBe('Jane Doe');
    expect(
      byline(`<div class="blog-author">By <a href="/bio/dkg">Daniel Kahn Gillmor</a>, Senior Staff Technologist,
        ACLU Speech, Privacy, and Technology Project</div>`),
    ).toBe('Daniel Kahn Gillmor');
    expect(byline(`<span class="author">Brenda Goodman, MA</span>`)).toBe('Brenda Goodman');
    expect(byline(`<div class="article-author">By Ana Roe and Li Wei in Kyiv | Reuters</div>`)).toBe(
      'Ana Roe, Li Wei',
    );
  });

  it('passes over what is about the author rather than their name, and menus and side boxes', () => {
    expect(
      byline(`<aside><span class="author">Other Writer</span></aside>
        <div class="author-bio">Jane Doe has covered energy for the paper since 2009 and lives in Cluj.</div>
        <img class="author-avatar" alt=""><p>Text.</p>`),
    ).toBeUndefined();
    // A picture's credit is no byline of the story.
    expect(
      byline(`<figure><img alt=""><span class="byline">Lane County Jail</span></figure>
        <span class="photo-data"><span class="byline">Oregon State Police</span></span><p>Text.</p>`),
    ).toBeUndefined();
    // Nor a description, or one word ("Authors", "Reuters").
    expect(byline(`<h4 class="author">The Russian and Syrian defence ministries</h4>`)).toBeUndefined();
    expect(byline(`<div class="authors">Authors</div>`)).toBeUndefined();
    // A marked element that reads as no names gives way to the next one.
    expect(byline(`<div class="byline"><time>4 March</time></div><span class="author">Ion Rusu</span>`)).toBe(
      'Ion Rusu',
    );
    // A long "author" box is a biography, not a byline.
    expect(
      byline(`<div class="author">${'Ion Rusu wrote this and much more. '.repeat(6)}</div>`),
    ).toBeUndefined();
  });

  it('reads a short "By …" line at the top of the article when nothing is marked', () => {
    expect(
      byline(`<div><a href="/">Home</a></div><article><h1>Grid link agreed</h1><p>By Ana Roe and Li Wei</p>
        <p>BUCHAREST — Romania will co-finance a line.</p></article>`),
    ).toBe('Ana Roe, Li Wei');
    expect(byline(`<h1>Grid link agreed</h1><div>By Ana Roe</div><p>Text.</p>`)).toBe('Ana Roe');
    // "By" further down the story, or inside a sentence, is no byline.
    expect(
      byline(`<article><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>Five.</p><p>Six.</p>
        <p>By Ana Roe</p></article>`),
    ).toBeUndefined();
    expect(
      byline(`<article><p>By Tuesday the line was finished, officials said on Wednesday.</p></article>`),
    ).toBe(undefined);
  });

  it('prefers the metadata’s author to the byline the page shows', () => {
    expect(
      byline(`<p class="byline">By Andrei Popescu</p>`, '<meta name="author" content="Ioana Rusu">'),
    ).toBe('Ioana Rusu');
    const ld = JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Mira Hale' } });
    expect(
      byline(`<p class="byline">By Andrei Popescu</p>`, `<script type="application/ld+json">${ld}</script>`),
    ).toBe('Mira Hale');
  });
});
