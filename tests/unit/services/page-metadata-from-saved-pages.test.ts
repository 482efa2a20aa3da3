// An opened web page fills the import's empty fields with what the page says about itself: headline,
// outlet, address and publication date. Invented pages for each source of metadata, then the corpus's
// saved pages read against the dates their labellers read off them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOf, pageMetadata, type PageMetadata } from '../../../electron/services/import/page-metadata';

const page = (head: string, body = '<p>Text.</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('page metadata', () => {
  it('reads Open Graph, the canonical address and the article time', () => {
    expect(
      pageMetadata(
        page(`<title>Harbour tolls rise | The Coastal Ledger</title>
          <meta property="og:title" content="Harbour tolls rise &amp; ferries slow">
          <meta property="og:site_name" content="The Coastal Ledger">
          <link rel="canonical" href="https://ledger.example/2024/03/05/tolls">
          <meta property="article:published_time" content="2024-03-05T18:40:00-05:00">`),
      ),
    ).toEqual({
      title: 'Harbour tolls rise & ferries slow',
      outlet: 'The Coastal Ledger',
      url: 'https://ledger.example/2024/03/05/tolls',
      published: '2024-03-05',
    });
  });

  it("takes the article's author (article:author) before a page's plain author, often its publisher", () => {
    const head = `<meta name="author" value="Cond&#xE9; Nast"><meta value="Mira Okafor" name="article:author">`;
    expect(pageMetadata(page(head)).byline).toBe('Mira Okafor');
    // (A profile's address in article:author is no byline: the plain author is read then.)
    expect(
      pageMetadata(
        page(
          `<meta property="article:author" content="https://social.example/mira"><meta name="author" content="Mira Okafor">`,
        ),
      ).byline,
    ).toBe('Mira Okafor');
  });

  it('reads a JSON-LD article in a graph, and the <title> without the site name after it', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignore me' },
        {
          '@type': 'NewsArticle',
          headline: 'Council delays the bridge vote',
          datePublished: '2023-11-09',
          publisher: { '@type': 'Organization', name: 'Valley Courier' },
        },
      ],
    });
    expect(
      pageMetadata(
        page(
          `<title>Council delays the bridge vote - Valley Courier</title>`,
          `<script type="application/ld+json">${ld}</script>`,
        ),
      ),
    ).toMatchObject({
      title: 'Council delays the bridge vote',
      outlet: 'Valley Courier',
      published: '2023-11-09',
    });
    expect(
      pageMetadata(
        page(
          '<title>Council delays - Valley Courier</title><meta property="og:site_name" content="Valley Courier">',
        ),
      ).title,
    ).toBe('Council delays');
  });

  it('takes an article’s JSON-LD before Open Graph, and its author (an object or a list) as the byline', () => {
    const ld = (author: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Harbour tolls rise',
        datePublished: '2024-03-05',
        author,
        publisher: { name: 'The Coastal Ledger' },
      })}</script>`;
    const og = `<meta property="og:title" content="Tolls!"><meta property="og:site_name" content="Business">
      <meta property="article:published_time" content="2024-03-07"><meta name="author" content="Ledger staff">`;
    expect(pageMetadata(page(og + ld({ '@type': 'Person', name: 'Jane Doe' })))).toEqual({
      title: 'Harbour tolls rise',
      byline: 'Jane Doe',
      outlet: 'The Coastal Ledger',
      published: '2024-03-05',
    });
    expect(
      pageMetadata(
        page(
          ld([
            { '@type': 'Person', givenName: 'Omar', familyName: 'Haddad' },
            'Li Wei',
            { '@type': 'Organization', name: 'The Coastal Ledger' },
          ]),
        ),
      ).byline,
    ).toBe('Omar Haddad, Li Wei');
    // Without JSON-LD, the <meta> byline, without its "By ".
    expect(pageMetadata(page('<meta name="byl" content="By Ann Smith and Bo Li">')).byline).toBe(
      'Ann Smith and Bo Li',
    );
  });

  it('prefers the publisher’s own day to a UTC time stamp that names the next day', () => {
    expect(
      pageMetadata(
        page(`<meta property="article:published_time" content="2016-12-23T00:47:31Z">
              <meta name="article_date_original" content="Thursday, December 22, 2016, 06:47 PM">`),
      ).published,
    ).toBe('2016-12-22');
    // Alone, a UTC stamp is still the page's date.
    expect(
      pageMetadata(page('<meta property="article:published_time" content="2016-12-23T00:47:31Z">')).published,
    ).toBe('2016-12-23');
  });

  it('leaves a shared link’s tracking parameters out of the address, and keeps the ones that choose the page', () => {
    // A new analyst's saved page: `?utm_source=twitter` was printed in every note and the source list.
    expect(
      pageMetadata(
        page(
          '<link rel="canonical" href="https://news.example/a/3289000/duties?utm_source=twitter&page=2&fbclid=x1">',
        ),
      ).url,
    ).toBe('https://news.example/a/3289000/duties?page=2');
    expect(pageMetadata(page('<link rel="canonical" href="https://news.example/a?id=7">')).url).toBe(
      'https://news.example/a?id=7',
    );
  });

  it('takes `value` where a saving tool rewrote `content`, and a date in the address as a last resort', () => {
    expect(
      pageMetadata(
        page(
          `<meta value="Wired" name="og:site_name"><meta value="https://wired.example/2016/09/30/farewell" name="og:url">`,
        ),
      ),
    ).toEqual({ outlet: 'Wired', url: 'https://wired.example/2016/09/30/farewell', published: '2016-09-30' });
  });

  it('turns site names into outlets and leaves out what is none', () => {
    const outlet = (name: string) =>
      pageMetadata(page(`<meta property="og:site_name" content="${name}">`)).outlet;
    expect(outlet('Harbourwatch.com')).toBe('Harbourwatch');
    expect(outlet('Tidings.co.uk')).toBe('Tidings');
    expect(outlet('al.com')).toBe('al.com');
    expect(outlet('WXYZ 7News | Weather, Sports | Lakeside')).toBe('WXYZ 7News');
    expect(outlet('@tidings')).toBeUndefined();
    expect(outlet('https://www.tidings.example')).toBeUndefined();
  });

  it.each([
    // A section as the site name; the publisher's name in its JSON-LD, which the address spells.
    [
      'a section',
      `<meta property="og:site_name" content="World">
       <meta property="og:url" content="https://www.dailyherald.example/article/x">
       <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Daily Herald"}}</script>`,
      'Daily Herald',
    ],
    // A host as the site name; the outlet's account, written as a name, agrees with the address.
    [
      'a host',
      `<meta property="og:site_name" content="Hosted">
       <meta property="og:url" content="https://hosted.wirenews.example/story/1">
       <meta property="article:publisher" content="https://www.facebook.com/WireNews">`,
      'Wire News',
    ],
    // The title's last part, spelt by the domain ("The" may be left out of it) or by an account.
    [
      'the title’s end and the domain',
      `<title>Bridge reopens - The Lakeside Courier</title>
       <link rel="canonical" href="https://lakesidecourier.example/bridge">`,
      'The Lakeside Courier',
    ],
    [
      'the title’s end and an account',
      `<title>Bridge reopens | Port Valley Times</title><meta name="twitter:site" content="@pvtimes">`,
      'Port Valley Times',
    ],
    // A name of several words nothing contradicts stays; one word nothing agrees with does not.
    [
      'several words',
      `<meta property="og:site_name" content="Bay City Express-News">
       <meta property="og:url" content="https://www.mybaycity.example/a">`,
      'Bay City Express-News',
    ],
    [
      'one word nothing agrees with',
      `<meta property="og:site_name" content="U.S."><meta property="og:url" content="https://www.wirenews.example/a">`,
      undefined,
    ],
    [
      'the title’s spaced form of the name',
      `<title>Bridge reopens | Lakeside Courier</title><meta property="og:site_name" content="LakesideCourier">
       <meta property="og:url" content="https://lakesidecourier.example/a">`,
      'Lakeside Courier',
    ],
    [
      'a short domain from the name',
      `<meta property="og:site_name" content="Quill"><meta property="og:url" content="https://ql.example/a">`,
      'Quill',
    ],
    // A numeric Facebook page id says nothing about the name.
    [
      'a numeric page id',
      `<meta property="og:site_name" content="Tidings"><meta property="article:publisher" content="161385360554578">`,
      'Tidings',
    ],
  ])('takes the site name the site’s address or accounts agree with (%s)', (_, head, outlet) => {
    expect(pageMetadata(page(head)).outlet).toBe(outlet);
  });

  it('ignores values that are not dates or web addresses', () => {
    expect(
      pageMetadata(
        page(
          `<meta name="date" content="soon"><meta property="og:url" content="/relative/path">`,
          '<time datetime="P3M,14S">3:14</time>',
        ),
      ),
    ).toEqual({});
    expect(dayOf('2023-02-30')).toBeUndefined();
    expect(dayOf('Aug 24, 2011 8:31 PM')).toBe('2011-08-24');
    expect(dayOf('24 August 2011')).toBe('2011-08-24');
  });
});

/** The corpus's saved pages, each with what its labeller read off it and what the page says of itself. */
function savedPages(): Array<{ label: { published?: string; outlet: string }; read: PageMetadata }> {
  const dir = join(process.cwd(), 'tests', 'fixtures', 'articles');
  return readdirSync(join(dir, 'html')).map((file) => ({
    label: JSON.parse(readFileSync(join(dir, 'labels', file.replace(/\.html$/, '.json')), 'utf8')) as {
      published?: string;
      outlet: string;
    },
    read: pageMetadata(readFileSync(join(dir, 'html', file), 'utf8')),
  }));
}

describe('on the corpus’s saved pages', () => {
  const pages = savedPages();

  it('finds the publication date the labeller read on at least 80% of pages, and agrees on at least 90% of those', () => {
    const dated = pages.filter((p) => p.label.published);
    const found = dated.filter((p) => p.read.published);
    const agreed = found.filter((p) => p.read.published === p.label.published);
    expect(dated.length).toBeGreaterThan(60);
    expect(found.length / dated.length).toBeGreaterThanOrEqual(0.8);
    expect(agreed.length / found.length).toBeGreaterThanOrEqual(0.9);
  });

  it('names the outlet the labeller named on at least 80% of pages', () => {
    // ("NYTimes" for The New York Times and "AP News" for the Associated Press agree; a syndicating host,
    // "Yahoo" for ABC News, does not.)
    const squashed = (s: string) =>
      s
        .toLowerCase()
        .replace(/^the\s+/, '')
        .replace(/[^a-z0-9]/g, '');
    const agree = (ours: string, theirs: string) =>
      squashed(theirs).includes(squashed(ours)) ||
      squashed(ours).includes(squashed(theirs)) ||
      squashed(ours) === theirs.replace(/[^A-Z]/g, '').toLowerCase() + 'news';
    const agreed = pages.filter((p) => p.read.outlet && agree(p.read.outlet, p.label.outlet));
    expect(pages.length).toBeGreaterThan(60);
    expect(agreed.length / pages.length).toBeGreaterThanOrEqual(0.8);
  });
});
