// What a saved web page says about itself: its headline, byline (else the one it shows, page-byline.ts), the outlet that published it, its address
// and its publication date, read from the markup publishers write for search engines and social networks (Open
// Graph `og:*` and `article:*`, Twitter cards, schema.org JSON-LD, Dublin Core, `<link rel=canonical>`,
// `<title>`); an article's own JSON-LD first, as it names the article apart from the site. The import fills the fields the analyst left empty with them: the publication date dates
// "on Monday" in the text, the outlet is the article's own (what it reports is not relayed by it).
import { Parser } from 'htmlparser2';
import { daysIn } from '../../core/partial-date';
import { bylineReader } from './page-byline';
import { withoutTracking } from '../../core/source-item';
import { monthNumber } from './formats/dates';
import { agrees, handleAsName, handleOf, outletName, registeredLabel } from './site-names';

export interface PageMetadata {
  title?: string;
  /** Who wrote it, as the page names them: "Jane Doe, Omar Haddad". */
  byline?: string;
  outlet?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD), the day as the page writes it (its own time zone). */
  published?: string;
}

/** Candidates for one field, best first: the first one present wins. */
type Ranked = Map<number, string>;

/** `<meta>` names and properties, each with its field and rank (lower is better). */
const META: ReadonlyArray<[string, keyof PageMetadata, number]> = [
  ['og:title', 'title', 1],
  ['twitter:title', 'title', 3],
  ['dc.title', 'title', 4],
  // (Open Graph's article:author names the article's writer; a page's plain `author` is as often its
  // publisher — "Condé Nast" on a Wired story by Emma Grey Ellis — so it comes second.)
  ['article:author', 'byline', 2],
  ['author', 'byline', 2.5],
  ['byl', 'byline', 3],
  ['dc.creator', 'byline', 4],
  ['og:site_name', 'outlet', 1],
  ['application-name', 'outlet', 4],
  ['al:android:app_name', 'outlet', 5],
  ['al:iphone:app_name', 'outlet', 5],
  ['og:url', 'url', 2],
  ['twitter:url', 'url', 3],
  ['article:published_time', 'published', 1],
  ['og:article:published_time', 'published', 1],
  ['article:published', 'published', 1],
  ['datepublished', 'published', 2],
  ['dc.date.issued', 'published', 3],
  ['dcterms.issued', 'published', 3],
  ['dcterms.created', 'published', 4],
  ['dc.date', 'published', 4],
  ['date', 'published', 4],
  ['pubdate', 'published', 4],
  ['publishdate', 'published', 4],
  ['publish-date', 'published', 4],
  ['publish_date', 'published', 4],
  ['article_date_original', 'published', 3],
  ['sailthru.date', 'published', 5],
  ['parsely-pub-date', 'published', 5],
  ['article.published', 'published', 5],
  ['original-publish-date', 'published', 5],
  ['displaydate', 'published', 6],
];
const META_FIELD = new Map(META.map(([name, field, rank]) => [name, { field, rank }]));

/** `<meta>` names whose value is one of the site's accounts (Twitter, Facebook). */
const IDENTITY = new Set(['twitter:site', 'article:publisher']);

/**
 * The outlet among the names a page gives itself (best-ranked first) and the last part of its `<title>`:
 * the best-ranked that the site's domain or accounts agree with; with nothing to check against, the
 * best-ranked site name; none when every name disagrees with them ("U.S." on reuters.com, "Hosted" on
 * hosted.ap.org).
 */
function outletOf(
  given: readonly string[],
  title: string,
  handles: readonly string[],
  domains: readonly string[],
): string | undefined {
  const tokens = [...handles, ...domains];
  if (tokens.length === 0) return given[0];
  const parts = tidy(title).split(/\s+[|–—-]\s+/);
  const last = parts.length > 1 ? parts.at(-1) : undefined;
  const fromTitle = last && last.split(/\s+/).length <= 6 ? outletName(last) : undefined;
  const candidates = [...given, ...(fromTitle ? [fromTitle] : [])];
  const agreed = candidates.find((name) => tokens.some((token) => agrees(name, token)));
  // The title's spaced form of the same name ("NYTimes" → "The New York Times", "livescience" → "Live
  // Science").
  if (agreed && fromTitle && words(fromTitle) > words(agreed) && agrees(fromTitle, agreed)) return fromTitle;
  if (agreed) return agreed;
  // An account written as a name that the domain agrees with ("HawaiiNewsNow" on hawaiinewsnow.com).
  const fromHandle = handles
    .map(handleAsName)
    .find((name) => name !== undefined && domains.some((domain) => agrees(name, domain)));
  if (fromHandle) return fromHandle;
  // A name of several words that nothing on the page contradicts ("San Antonio Express-News" on
  // mysanantonio.com, @mySA); one word that nothing agrees with is a section or a host ("U.S.", "Hosted").
  return given.find((name) => words(name) >= 2);
}

const words = (name: string) => name.split(/\s+/).length;

/** A field's candidates, best-ranked first. */
const ranked = (candidates: Ranked) => [...candidates.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);

/** Schema.org types that are articles (a page's JSON-LD often also holds its site, breadcrumbs, people). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|WebPage|LiveBlogPosting)$/;

/** The day a date value names, as YYYY-MM-DD: ISO forms, "2011-08-24 20:31", "Aug 24, 2011", "24 August 2011". */
export function dayOf(value: string): string | undefined {
  const v = value.trim();
  const valid = (y: number, m: number | null, d: number) =>
    y >= 1900 && y <= 2200 && m !== null && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
      ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : undefined;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(v);
  if (mdy) return valid(Number(mdy[3]), monthNumber(mdy[1] ?? ''), Number(mdy[2]));
  const dmy = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(v);
  if (dmy) return valid(Number(dmy[3]), monthNumber(dmy[2] ?? ''), Number(dmy[1]));
  return undefined;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const isWebAddress = (s: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s);

/**
 * The people a JSON-LD `author` names (an object, a list of them, or a bare name), as a byline: "Jane Doe,
 * Omar Haddad". An organisation as author (a wire, the site itself) is the outlet's business, not a byline.
 */
function bylineOf(author: unknown): string | undefined {
  const names = ([] as unknown[]).concat(author ?? []).flatMap((a): string[] => {
    if (typeof a === 'string') return [a];
    if (a === null || typeof a !== 'object') return [];
    const o = a as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.length > 0 && !types.includes('Person')) return [];
    if (typeof o.name === 'string') return [o.name];
    const parts = [o.givenName, o.familyName].filter((p): p is string => typeof p === 'string');
    return parts.length > 0 ? [parts.join(' ')] : [];
  });
  const tidied = names.map(tidy).filter((n) => n !== '' && !isWebAddress(n));
  return tidied.length > 0 ? [...new Set(tidied)].join(', ') : undefined;
}

/**
 * Values of a JSON-LD document that describe the article: its headline, byline, publisher and date. An
 * article's are the page's first choice (before Open Graph and the other `<meta>` tags); a bare WebPage's
 * come after Open Graph.
 */
function fromJsonLd(json: string, put: (field: keyof PageMetadata, rank: number, value: string) => void) {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // A page's broken JSON-LD is the page's problem, not the import's.
  }
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = ([] as unknown[])
      .concat(o['@type'] ?? [])
      .filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPE.test(t))) {
      const isPage = types.every((t) => t === 'WebPage');
      const rank = isPage ? 3 : 0;
      if (typeof o.headline === 'string') put('title', rank, o.headline);
      const byline = bylineOf(o.author);
      if (byline) put('byline', rank, byline);
      if (typeof o.datePublished === 'string') put('published', rank, o.datePublished);
      const publisher = o.publisher as Record<string, unknown> | undefined;
      if (publisher && typeof publisher.name === 'string') put('outlet', rank, publisher.name);
      if (typeof o.url === 'string') put('url', isPage ? 4 : 3, o.url);
    }
    if ('@graph' in o) visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
}

/**
 * The page's own account of itself. Each field takes the best-ranked source the page gives (an article's
 * JSON-LD first, then Open Graph, Twitter cards, Dublin Core, and last the bare `<title>`); a field the page does not
 * give, or gives in a form that is not a date or a web address, is left out.
 */
export function pageMetadata(html: string): PageMetadata {
  const found: Record<keyof PageMetadata, Ranked> = {
    title: new Map(),
    byline: new Map(),
    outlet: new Map(),
    url: new Map(),
    published: new Map(),
  };
  const put = (field: keyof PageMetadata, given: number, raw: string) => {
    let rank = given;
    const value = tidy(raw);
    if (!value || found[field].has(rank)) return;
    if (field === 'published') {
      if (!dayOf(value)) return;
      // A time stamped in UTC names the UTC day, which is the next day for an evening story in the
      // Americas: a value in the publisher's own time (or a bare date) of nearly the same standing is preferred to it.
      if (/(?:Z|[+-]00:?00)$/.test(value)) rank += 2.5;
      if (found.published.has(rank)) return;
    }
    if (field === 'url' && !isWebAddress(value)) return;
    // A byline in a <meta> may be a profile's address (article:author) or start "By ".
    if (field === 'byline') {
      const byline = value.replace(/^by\s+/i, '');
      if (byline && !isWebAddress(byline)) found.byline.set(rank, byline);
      return;
    }
    if (field === 'outlet') {
      const name = outletName(value);
      if (name) found.outlet.set(rank, name);
      return;
    }
    found[field].set(rank, value);
  };
  // The site's accounts, to check its names against.
  const handles: string[] = [];
  let inTitle = false;
  let inJson = false;
  let title = '';
  let json = '';
  // The byline the page shows its reader, for when its metadata names no author.
  const shown = bylineReader();
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        shown.open(name, attrs);
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').trim().toLowerCase();
          const which = META_FIELD.get(key);
          // `value` where a saving tool rewrote `content` (postlight's fixtures, some archivers).
          const content = attrs.content ?? attrs.value;
          if (which && content) put(which.field, which.rank, content);
          const handle = IDENTITY.has(key) && content ? handleOf(content) : undefined;
          if (handle) handles.push(handle);
        } else if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '') && attrs.href) {
          put('url', 1, attrs.href);
        } else if (name === 'title' && title === '') inTitle = true;
        else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          inJson = true;
          json = '';
        } else if (name === 'time') {
          const when = attrs.datetime ?? attrs.content;
          // A <time> marked as the publication's, else the page's first <time> as a last resort.
          if (when)
            put('published', /pub/i.test(`${attrs.itemprop ?? ''} ${attrs.class ?? ''}`) ? 5 : 7, when);
        }
      },
      ontext(text) {
        shown.text(text);
        if (inTitle) title += text;
        else if (inJson) json += text;
      },
      onclosetag(name) {
        shown.close(name);
        if (name === 'title' && inTitle) {
          inTitle = false;
          put('title', 6, title);
        } else if (name === 'script' && inJson) {
          inJson = false;
          fromJsonLd(json, put);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // Below every byline of the page's metadata: an element marked as the byline, then a "By …" line.
  const { marked, byLine } = shown.result();
  if (marked) put('byline', 8, marked);
  if (byLine) put('byline', 9, byLine);
  const best = (field: keyof PageMetadata) => ranked(found[field])[0];
  const out: PageMetadata = {};
  const url = best('url');
  const domains = [...found.url.values()].flatMap((u) => registeredLabel(u) ?? []);
  const outlet = outletOf(ranked(found.outlet), title, handles, domains);
  if (outlet) out.outlet = outlet;
  let headline = best('title');
  // Titles often end with the site's name: "Headline - The Site", "Headline | Site".
  if (headline && outlet) {
    const suffix = new RegExp(`\\s+[-|–—:·]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
    headline = headline.replace(suffix, '') || headline;
  }
  if (headline) out.title = headline;
  const byline = best('byline');
  if (byline) out.byline = byline;
  // The address a citation prints: a shared link's campaign tags (?utm_source=twitter) are no part of it.
  if (url) out.url = withoutTracking(url);
  const published = best('published');
  // Last resort, as news sites file their stories: a date in the page's own address (/2016/11/28/).
  const inAddress = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?:\/|[^\d]|$)/.exec(url ?? '');
  const day = published
    ? dayOf(published)
    : inAddress
      ? dayOf(`${inAddress[1]}-${inAddress[2]}-${inAddress[3]}`)
      : undefined;
  if (day) out.published = day;
  return out;
}
