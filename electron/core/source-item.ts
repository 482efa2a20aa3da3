import { bylineNameList } from './byline-names';
import type { CslItem, CslName } from './csl-item';
import { cslDateToPartial, partialDateYear } from './partial-date';

/**
 * What the app reads off a source's CSL item: its outlet, names, dates and identifiers. The item is the
 * one copy; these are derived from it each time (never stored as second copies the user could edit).
 */

/** Item types whose outlet is the publication they appear in (container-title), not a publisher. */
const CONTAINED_TYPES = new Set([
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'broadcast',
  'chapter',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'interview',
  'legal_case',
  'paper-conference',
  'post',
  'post-weblog',
  'review',
  'review-book',
  'webpage',
]);

/** Where an outlet the user types goes in the item: `container-title` for articles, `publisher` for reports. */
export const outletVariable = (type: string): 'container-title' | 'publisher' =>
  CONTAINED_TYPES.has(type) ? 'container-title' : 'publisher';

/** A text or number variable as trimmed text (some exporters write one-element arrays). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.length > 0) return textOf(value[0]);
  return undefined;
}

/** The site a web address is on ("www.bbc.co.uk" → "bbc.co.uk"), for web pages that name no site. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@]+)/i.exec(url.trim()) ?? /^(www\.[^/?#:@]+)/i.exec(url.trim());
  return m?.[1]?.replace(/^www\./i, '').toLowerCase() || undefined;
}

/** The names of a variable, keeping only well-formed ones. */
export function namesOf(item: CslItem, variable: string): CslName[] {
  const value = item[variable];
  return Array.isArray(value)
    ? value.filter((n): n is CslName => Boolean(n) && typeof n === 'object' && !Array.isArray(n))
    : [];
}

/**
 * The word analysts use for where a source appeared: the container for articles, the publisher or
 * authoring body for reports and books, the site for web pages. Undefined when the item names none.
 */
export function deriveOutlet(item: CslItem): string | undefined {
  const container = textOf(item['container-title']);
  const publisher = textOf(item.publisher);
  const type = String(item.type);
  if (CONTAINED_TYPES.has(type)) {
    return (
      container ??
      (type === 'legal_case' ? textOf(item.authority) : undefined) ??
      publisher ??
      textOf(item['collection-title']) ??
      (type === 'webpage' || type.startsWith('post') ? siteOf(textOf(item.URL)) : undefined)
    );
  }
  // A body that wrote a report or a book is who published it; a document's (BibTeX's @misc, RIS's GEN)
  // author is only its author, who may well be a person whose name was written whole ({Jane Doe}).
  const body =
    type === 'document' ? undefined : namesOf(item, 'author').find((n) => n.literal && !n.family)?.literal;
  return (
    publisher ??
    textOf(item.authority) ??
    body ??
    container ??
    textOf(item['collection-title']) ??
    siteOf(textOf(item.URL))
  );
}

/**
 * The authors a byline names, as CSL names: "By Jane Doe, Omar Haddad and Li Wei" gives three people,
 * each's last word the family name (Doe, Haddad, Wei); a name of one word (a pen name, "Reuters") is
 * kept whole, as an organisation's is. The names are read as the review reads them (bylineNameList), a
 * part `isOutlet` knows left out.
 */
export function bylineNames(byline: string, isOutlet?: (part: string) => boolean): CslName[] {
  return bylineNameList(byline, isOutlet).map((name): CslName => {
    const words = name.split(' ');
    const family = words.pop() ?? name;
    return words.length > 0 ? { family, given: words.join(' ') } : { literal: name };
  });
}

/** A name as written in running text: "Vincent van Gogh Jr.", "World Health Organization". */
export function displayName(n: CslName): string {
  if (n.literal && !n.family) return n.literal;
  return [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family, n.suffix]
    .filter((p) => typeof p === 'string' && p.trim() !== '')
    .join(' ');
}

/** The part of a name a short citation uses: "van Gogh", "World Health Organization". */
export function shortName(n: CslName): string {
  if (n.literal && !n.family) return n.literal;
  return [n['non-dropping-particle'], n.family].filter(Boolean).join(' ') || (n.given ?? '');
}

/** "Smith", "Smith and Jones", "Smith, Jones and Lee", "Smith et al." (four or more). */
export function formatNameList(names: readonly CslName[], style: 'short' | 'full' = 'short'): string {
  const shown = names.map(style === 'short' ? shortName : displayName).filter((n) => n !== '');
  if (shown.length === 0) return '';
  if (shown.length >= 4) return `${shown[0]} et al.`;
  if (shown.length === 1) return shown[0]!;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The item's publication date as a partial date string (EDTF subset), when it has a readable one. */
/** Variables that describe an entry but cannot tell which work it is. */
export const NOT_IDENTIFYING: ReadonlySet<string> = new Set([
  'id',
  'type',
  'note',
  'abstract',
  'annote',
  'keyword',
  'language',
  'custom',
  'citation-key',
]);

/**
 * Whether an item points at a work at all: any variable but those above (a title, a name of any role,
 * a date, a number, a container, a DOI…). The import check and the source model use this one rule, so
 * an entry the preview counts as added is never refused when it is written.
 */
export const identifiesAWork = (item: CslItem): boolean =>
  Object.entries(item).some(
    ([k, v]) =>
      !NOT_IDENTIFYING.has(k) && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );

export const issuedOf = (item: CslItem): string | undefined => cslDateToPartial(item.issued);

/** The year an item was issued. */
export const yearOf = (item: CslItem): number | undefined => partialDateYear(issuedOf(item));

/** A DOI without its resolver or `doi:` prefix: `10.1000/xyz`. Undefined when it is not a DOI. */
export function normaliseDoi(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const m = /(10\.\d{4,9}\/\S+)/.exec(decodeURIComponentSafe(text));
  return m?.[1]?.replace(/[.,;]+$/, '');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The DOI as a link: https://doi.org/10.1000/xyz. */
export const doiUrl = (doi: string): string => `https://doi.org/${doi}`;

/** The first ISBN an item names, digits (and a final X) only: "978-0-19-…" → "978019…". */
export function normaliseIsbn(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  for (const candidate of text.split(/[\s,;]+/)) {
    const digits = candidate.replace(/[-\s]/g, '').toUpperCase();
    if (/^\d{9}[\dX]$/.test(digits) || /^\d{13}$/.test(digits)) return digits;
  }
  return undefined;
}

/**
 * Query parameters that record how a reader came to a page (campaign tags, click ids), not which page:
 * left out of a URL's match key. Only names no site uses to choose its content.
 */
const TRACKING_PARAMETER =
  /^(?:utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * A web address without the parameters that record how a reader came to it (TRACKING_PARAMETER): the
 * address a citation prints. Anything that is not an http(s) address, or has none of them, as written.
 */
export function withoutTracking(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return address;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return address;
  const names = [...url.searchParams.keys()];
  if (!names.some((n) => TRACKING_PARAMETER.test(n))) return address;
  for (const name of names) if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  return url.toString();
}

/** A URL key longer than this is no key (a PostgreSQL index entry must stay well under 2,700 bytes). */
const MAX_URL_KEY = 2000;

/**
 * The key two sources share when they are at the same address, written any of the common ways: the
 * scheme (http or https), the host's case, a leading `www.`, a default port, a trailing slash, the
 * fragment (`#comments`; a `#!` or `#/` route is kept) and tracking parameters (`utm_*`, `fbclid`,
 * `gclid`… see TRACKING_PARAMETER) make no difference; the path's case and every other query parameter
 * (`?page=2`, `?id=7`) do, in their order. Undefined for what is not an http(s) address, and for a
 * site's front page (no path, no query): everything on a site shares that one, so it identifies no work.
 */
export function urlMatchKey(value: unknown): string | undefined {
  const text = textOf(value)?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(/^\/\//.test(text) ? `https:${text}` : /^www\./i.test(text) ? `https://${text}` : text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (!host) return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  const route = /^#[!/]/.test(url.hash) ? url.hash : '';
  if (path === '' && query === '' && route === '') return undefined;
  const key = `${host}${url.port ? `:${url.port}` : ''}${path}${query}${route}`;
  return key.length <= MAX_URL_KEY ? key : undefined;
}

/** Lower case, accents and punctuation removed, spaces collapsed: for matching, never for display. */
export const foldForMatch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The key two items share when they are the same work without a DOI or ISBN to say so: normalised
 * title, first author's family name (or organisation; the outlet for unsigned news), year. Undefined
 * when the item has no title.
 */
export function titleMatchKey(item: CslItem): string | undefined {
  const title = textOf(item.title);
  if (!title) {
    // An untitled item is the same work as another only where they share outlet, year and address:
    // never the address alone (a site's front page is shared by everything on it).
    const url = textOf(item.URL);
    const outlet = deriveOutlet(item);
    if (url && outlet) return `|untitled|${foldForMatch(outlet)}|${yearOf(item) ?? ''}|${url}`;
    // Else only where every field agrees (type, names, date, number…): the same entry imported again.
    // (Never the address alone, as above: something else must name the work.)
    const fields = identityFields(item);
    return fields.some(([name]) => name !== 'URL' && name !== 'accessed')
      ? `|untitled-item|${item.type}|${hashText(stableJson(fields))}`
      : undefined;
  }
  const first = namesOf(item, 'author')[0] ?? namesOf(item, 'editor')[0];
  const who = foldForMatch(first ? shortName(first) : (deriveOutlet(item) ?? ''));
  return `${foldForMatch(title)}|${who}|${yearOf(item) ?? ''}${volumeKeyPart(item)}`;
}

/** Variables that name an entry in a file, not the work: two imports of one entry may differ in them. */
const NOT_IDENTITY = new Set(['id', 'citation-key', 'type']);

/** An item's variables that say which work it is (every one but its file's own names for it), sorted. */
function identityFields(item: CslItem): Array<[string, unknown]> {
  return Object.entries(item)
    .filter(
      ([name, value]) => !NOT_IDENTITY.has(name) && value !== undefined && value !== null && value !== '',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : typeof v === 'string'
        ? v.trim()
        : v,
  );

/** A 53-bit hash of `text` (cyrb53) as base 36: a short key for an index, not a secret. */
function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Plain words for a CSL variable in a match's reason. */
const VARIABLE_WORDS: Record<string, string> = {
  author: 'authors',
  editor: 'editors',
  issued: 'date',
  URL: 'URL',
  DOI: 'DOI',
  'container-title': 'container',
  'collection-title': 'collection',
  'publisher-place': 'place',
  'event-title': 'event',
};

/**
 * What two items with the same `titleMatchKey` share, in words, naming only what the key holds:
 * "title, first author and year", "title" (no author, outlet or year), "outlet, year and URL" (untitled),
 * "type, authors and date, with no title either" (untitled, every field the same).
 */
export function titleMatchReason(item: CslItem): string {
  const title = textOf(item.title);
  const year = yearOf(item);
  if (!title) {
    if (textOf(item.URL) && deriveOutlet(item))
      return listWords(['outlet', ...(year === undefined ? [] : ['year']), 'URL']);
    const words = identityFields(item).map(([name]) => VARIABLE_WORDS[name] ?? name);
    return `${listWords(['type', ...words])}, with no title either`;
  }
  const author = namesOf(item, 'author')[0];
  const who = author
    ? 'first author'
    : namesOf(item, 'editor')[0]
      ? 'first editor'
      : deriveOutlet(item)
        ? 'outlet'
        : undefined;
  return listWords([
    'title',
    ...(who ? [who] : []),
    ...(year === undefined ? [] : ['year']),
    ...(volumeKeyPart(item) ? ['volume'] : []),
  ]);
}

/** "a", "a and b", "a, b and c". */
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The volume of a work in several volumes ("Computers & Typesetting", volumes A–E, one year): each is
 * a work of its own. Only where the item has no container: an article's volume is its journal's, and
 * one exporter writing it while another leaves it out must not make two sources of one paper. Letters
 * and digits only, lower-cased (PostgreSQL migration 0007 keys the rows it had the same way).
 */
function volumeKeyPart(item: CslItem): string {
  if (textOf(item['container-title'])) return '';
  const volume = textOf(item.volume)
    ?.replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();
  return volume ? `|v${volume}` : '';
}

const SEARCHED_NAME_VARIABLES = ['author', 'editor', 'container-author', 'translator', 'collection-editor'];

/**
 * The words a fact is found by through its source: title, outlet, container, publisher, names and
 * identifiers. "Reuters" finds every fact from a Reuters source; a DOI finds its paper's facts.
 */
export function sourceSearchText(item: CslItem): string {
  const parts = [
    textOf(item.title),
    textOf(item['title-short']),
    deriveOutlet(item),
    textOf(item['container-title']),
    textOf(item.publisher),
    textOf(item['collection-title']),
    ...SEARCHED_NAME_VARIABLES.flatMap((v) => namesOf(item, v).map(displayName)),
    normaliseDoi(item.DOI),
    textOf(item.ISBN),
  ];
  return [...new Set(parts.filter((p): p is string => Boolean(p)))].join(' ');
}
