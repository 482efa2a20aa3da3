// The byline a saved web page shows its reader, for pages whose metadata names no author: an element the page
// marks as the byline or the author (a class or id word such as "byline" or "author", `rel="author"`,
// `itemprop="author"`, `<address>`), else a short "By …" line at the top of the article's body. Its names come
// out as the Byline field takes them ("Andrei Popescu, Ioana Rusu"), read as a pasted article's byline line is.
import { bylineIndex, bylineText } from './article/text-metadata';

/** What the page shows, each only when it shows it: the marked element's names, the "By …" line's names. */
export interface ShownByline {
  marked?: string;
  byLine?: string;
}

/** Feeds on the parser's events of a whole page; `result` when the page has been read. */
export interface BylineReader {
  open(name: string, attrs: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
  result(): ShownByline;
}

/** Class and id words that mark a byline or its author ("c-byline__name", "article-author", "authorName"). */
const MARKS = new Set(['byline', 'bylines', 'byl', 'author', 'authors', 'writer', 'writers']);
/** Words that mark something about the author other than their name: a biography, a portrait, their role. */
const NOT_NAME = new Set([
  ...['bio', 'biography', 'about', 'description', 'desc', 'image', 'img', 'avatar', 'photo', 'picture'],
  ...['pic', 'thumb', 'thumbnail', 'icon', 'social', 'follow', 'twitter', 'email', 'title', 'role'],
  ...['position', 'job', 'date', 'time', 'more', 'other'],
]);
/** Where no byline of the article is: the site's menus, side boxes, pictures, scripts and the document's head. */
const ELSEWHERE = new Set([
  ...['head', 'title', 'nav', 'aside', 'script', 'style', 'noscript', 'template', 'time', 'figure'],
  ...['figcaption', 'picture', 'button', 'select'],
]);
/** Class words of the same: a picture's caption and credit ("photo-data", "image-credit"), related stories. */
const ELSEWHERE_CLASS = new Set([
  ...['caption', 'credit', 'credits', 'photo', 'gallery', 'related', 'recommended', 'promo', 'sidebar'],
  ...['comment', 'comments', 'share', 'social', 'newsletter'],
]);
/** Elements that end a line of the page's text. */
const BLOCKS = new Set([
  ...['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'header'],
  ...['section', 'article', 'main', 'address', 'figure', 'blockquote', 'table', 'tr', 'td', 'th', 'hr'],
]);
/** A byline line or element is short; a longer one is an author's biography or a story. */
const LONGEST = 150;
/**
 * Words that say what a reporter is rather than who ("Jane Doe, Staff Writer"), or name their employer ("ACLU
 * Speech, Privacy, and Technology Project", "WebMD Health News").
 */
const ROLE =
  /\b(?:staff|writers?|reporters?|correspondents?|editors?|columnist|contributors?|contributing|bureau|chief|senior|special|guest|team|desk|technologist|analyst|producer|commentator|journalist|photographer|anchor|host|news|press|wire|post|times|media|project|program|institute|foundation|university|reports?|service)\b/iu;
/** What a page's byline shows beside the name: links to the author's accounts and other stories. */
const BESIDE_NAME =
  /(?:\s+(?:twitter|facebook|instagram|linkedin|e-?mail|follow|contact|bio|(?:view|see)\s+(?:all|more)\s+(?:articles|stories|posts)|more\s+(?:articles|stories|posts)(?:\s+by\b.*)?))+$/iu;
/** A degree after a name ("Brenda Goodman, MA"), as its own part. */
const DEGREE = /^(?:ma|md|phd|mph|rn|mba|msc|bsc|ms|jr|sr)\.?$/iu;
/**
 * A person's name: capitalised words, with the particles names have ("Frans de Waal", "O'Brien", "J. R. Smith",
 * "Omar bin Laden"), at most five; "Tuesday the line was finished" is none.
 */
const NAME =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|ten|ter|bin|ibn|al|el|y|e)){0,4}$/u;

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words of a class or id: "c-byline__name" → c, byline, name; "authorName" → author, name. */
const wordsOf = (value: string) =>
  value
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w !== '');

/** A person marked as an author (`rel`/`itemprop` author), or an element marked as a byline. */
type Mark = 'person' | 'byline';

/** Whether an element's attributes mark it as a person's or as a byline. */
function markOf(name: string, attrs: Record<string, string>): Mark | undefined {
  if (wordsOf(attrs.rel ?? '').includes('author')) return 'person';
  const props = wordsOf(attrs.itemprop ?? '');
  if (props.includes('author') || props.includes('creator')) return 'person';
  if (name === 'address') return 'byline';
  for (const value of [attrs.class ?? '', attrs.id ?? '']) {
    for (const token of value.split(/\s+/)) {
      const words = wordsOf(token);
      if (words.some((w) => MARKS.has(w)) && !words.some((w) => NOT_NAME.has(w))) return 'byline';
    }
  }
  return undefined;
}

/**
 * The names a shown byline gives, as the Byline field takes them, or none when it reads as no byline:
 * "By Ana Roe and Li Wei" → "Ana Roe, Li Wei"; "Written by Ana Roe, Staff Writer" → "Ana Roe".
 */
export function shownNames(text: string): string | undefined {
  const line = tidy(text.replace(/(?:\s*,)+\s*/g, ', ')).replace(/^,\s*|,$/g, '');
  if (line === '' || line.length > LONGEST) return undefined;
  const names = bylineText(
    line.replace(/^(?:(?:written|words|story|text|reporting|report|posted)\s+)?by[:,]?\s+/iu, ''),
  );
  // The names up to the first part that is none: what follows a reporter's role, their employer or a date
  // is theirs too. A name is of two words or more ("Authors" or "Reuters" alone is none).
  const parts = (names ?? '').split(', ').map((part) => part.replace(BESIDE_NAME, ''));
  const people: string[] = [];
  for (const part of parts.filter((p) => !DEGREE.test(p))) {
    if (
      !NAME.test(part) ||
      ROLE.test(part) ||
      /^(?:the|a|an|our|this)\s/iu.test(part) ||
      /\d/.test(part) ||
      !/\s/.test(part)
    )
      break;
    people.push(part);
  }
  return people.length > 0 ? [...new Set(people)].join(', ') : undefined;
}

/** A reader of the byline a page shows, fed by the page's parser. */
export function bylineReader(): BylineReader {
  const open: string[] = [];
  // For each open element, whether it is one where no byline of the article is.
  const apart: boolean[] = [];
  let elsewhere = 0;
  // The marked element of each kind being read (a person's inside a byline's too): its depth and its text.
  const reading: Partial<Record<Mark, { depth: number; text: string }>> = {};
  // The names of the first marked element of each kind (a person's marked beside it added).
  const marked: Record<Mark, string[]> = { person: [], byline: [] };
  // After a person's element, the depth of its parent: a person marked beside it is a co-author.
  let besideUntil: number | undefined;
  // The page's lines of text: from its first <article>, from its first <h1>, and from the start.
  const lines = { article: [] as string[], h1: [] as string[], page: [] as string[] };
  let line = '';
  let inArticle = false;
  let seenArticle = false;
  let seenH1 = false;
  const flush = () => {
    const t = tidy(line);
    line = '';
    if (t === '') return;
    if (inArticle && lines.article.length < 6) lines.article.push(t);
    if (seenH1 && lines.h1.length < 6) lines.h1.push(t);
    if (lines.page.length < 6) lines.page.push(t);
  };
  // Elements side by side are words apart ("<span>By</span><a>Ana Roe</a>"), blocks are parts of a list.
  const apartFrom = (name: string) => {
    for (const r of Object.values(reading)) r.text += BLOCKS.has(name) ? ', ' : ' ';
  };
  return {
    open(name, attrs) {
      if (BLOCKS.has(name)) flush();
      apartFrom(name);
      if (name === 'article' && !seenArticle) inArticle = seenArticle = true;
      if (name === 'h1') seenH1 = true;
      open.push(name);
      const aside = ELSEWHERE.has(name) || wordsOf(attrs.class ?? '').some((w) => ELSEWHERE_CLASS.has(w));
      apart.push(aside);
      if (aside) elsewhere += 1;
      // The first marked element wins: a page shows its story's byline before related stories' (the corpus's
      // pages show it there, or at the story's end where nothing else is marked).
      if (elsewhere > 0) return;
      const mark = markOf(name, attrs);
      if (!mark || reading[mark]) return;
      if (marked[mark].length === 0 || (mark === 'person' && besideUntil !== undefined))
        reading[mark] = { depth: open.length, text: '' };
    },
    text(text) {
      if (elsewhere > 0) return;
      line += text;
      for (const r of Object.values(reading)) r.text += text;
    },
    close(name) {
      if (BLOCKS.has(name)) flush();
      apartFrom(name);
      const at = open.lastIndexOf(name);
      if (at < 0) return;
      open.splice(at);
      for (const aside of apart.splice(at)) if (aside) elsewhere -= 1;
      if (name === 'article') inArticle = false;
      for (const mark of ['person', 'byline'] as const) {
        const r = reading[mark];
        if (!r || open.length >= r.depth) continue;
        delete reading[mark];
        const names = shownNames(r.text);
        if (!names) continue;
        for (const person of names.split(', ')) if (!marked[mark].includes(person)) marked[mark].push(person);
        if (mark === 'person' && besideUntil === undefined) besideUntil = r.depth - 1;
      }
      if (besideUntil !== undefined && open.length < besideUntil) besideUntil = undefined;
    },
    result() {
      flush();
      const shown: ShownByline = {};
      // A person marked as the author is named more surely than a byline found by its class.
      const names = marked.person.length > 0 ? marked.person : marked.byline;
      if (names.length > 0) shown.marked = names.join(', ');
      const top = lines.article.length > 0 ? lines.article : lines.h1.length > 0 ? lines.h1 : lines.page;
      const at = bylineIndex(top);
      const byLine = at >= 0 ? shownNames(top[at]!) : undefined;
      if (byLine) shown.byLine = byLine;
      return shown;
    },
  };
}
