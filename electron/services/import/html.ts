// HTML saved from a browser → the article's own paragraphs. htmlparser2 tokenises (quoted attributes with
// ">" in them, unclosed tags, CDATA) and `entities` decodes every HTML5 character reference, so quoted
// words reach the fact verbatim. What is kept is decided here: page furniture (navigation, menus, figure
// captions, share bars, bylines) is dropped by element and by class/id/role words, and when the page marks
// its article body (<article>, itemprop=articleBody) only that body is read.
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { dropTrailingListings, isBoilerplateParagraph, withoutInlineCaptions } from './boilerplate';

/** Decodes every HTML5 character reference (named, decimal, hex), as browsers do. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'figcaption',
  'figure',
  'aside',
  'footer',
  'menu',
  'dialog',
]);
/** Elements whose start or end breaks a paragraph. */
const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote article section header footer aside main figure figcaption pre hr dd dt dl title address'.split(
    ' ',
  ),
);
/** Void elements never get a close tag event from a lenient page, so they never open a scope. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/**
 * Class, id or role words of page furniture ("site-nav", "share-tools", "byline", "caption"). "paywall"
 * only in a compound ("paywall-bar", "paywall-modal", "paywall_prompt"): the word alone marks the text
 * held behind the paywall, the article itself (Wired's `<p class="paywall">`, a wrapper "page-content
 * paywall"), where its compounds are the prompts set over it.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|share|sharing|social|related|promo|advert|advertisement|ads?|newsletter|subscribe|subscription|signup|comments?|caption|credit|byline|bylines|author|authors|dateline-meta|cookie|consent|banner|masthead|trending|popular|most-read|recommended|outbrain|taboola|tags|toolbar|skip|visually-hidden|sr-only|hidden|modal|paywall(?=[_-])|read-more|more-stories|newsletter-signup)(?:$|[\s_-])/i;
/** Class or id words that name the article's own text ("article_body", "story-body", "articleBody"). */
const BODY_CLASS = /(?:^|\s)(?:article|story)[_-]?(?:body|text)(?:$|\s)/i;
/**
 * Class or id words of readers' comments: running prose too, so a comment section is never taken for the
 * article's container however much of the page's prose it holds (proseWrappers).
 */
const COMMENTS_CLASS = /(?:^|[\s_-])(?:comments?|replies|discussion|disqus)(?:$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);

interface Block {
  text: string;
  /** Inside <article> or an element marked itemprop="articleBody". */
  inBody: boolean;
  /** Where the outermost such element around the block opens: a page may mark several (teasers are <article>s too). */
  bodyAt?: number;
  /** Characters of the block that were link text: menus are mostly links. */
  linkChars: number;
  /** A <p> (or heading) rather than a stray text run in a <div>. */
  isParagraph: boolean;
  /** Where the elements around the block that are furniture by their class words alone but read all the same (Reading.keptByClass) open. */
  classFurniture: number[];
}

/** How a page is read: which elements that are furniture by their class or id words alone are read all the same. */
interface Reading {
  /**
   * An element that holds the article body is no furniture whatever its class words say (a wrapper
   * classed "page-content paywall-gate" around the <article>); only elements dropped as such (script,
   * nav, aside, hidden …) still hide it.
   */
  bodyOverClass?: boolean;
  /** Every one (`'all'`), or those opening at these offsets of the page: they hold its running prose. */
  keptByClass?: 'all' | ReadonlySet<number>;
}

/** Whether an element is page furniture: by its element, state or role (`'element'`), or only by its class or id words (`'class'`). */
function furnitureBy(name: string, attrs: Record<string, string>): 'element' | 'class' | null {
  if (DROPPED.has(name)) return 'element';
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return 'element';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '')) return 'element';
  if (FURNITURE_ROLES.has((attrs.role ?? '').toLowerCase())) return 'element';
  // <body class="…"> and <main>/<article> carry page-wide classes ("has-sidebar"): judge only inner elements.
  if (['html', 'body', 'main', 'article'].includes(name)) return null;
  const words = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  return words.trim() !== '' && FURNITURE.test(words) ? 'class' : null;
}

/** The text blocks of a page, in order, furniture removed (but what `reading` keeps). */
function blocksOf(html: string, reading: Reading = {}): Block[] {
  const { bodyOverClass = false, keptByClass } = reading;
  const blocks: Block[] = [];
  // One entry per open element: whether it was furniture, opened the article body, or is a link/paragraph;
  // `opens`: where an element that is furniture by its class words alone, kept, opens.
  const stack: Array<{
    name: string;
    skip: boolean;
    byClass: boolean;
    body: boolean;
    at: number;
    opens?: number;
  }> = [];
  let skipDepth = 0;
  let bodyDepth = 0;
  let linkDepth = 0;
  let paragraphDepth = 0;
  let text = '';
  let linkChars = 0;
  let isParagraph = false;
  let inBody = false;

  const flush = () => {
    const tidy = text.replace(/\s+/g, ' ').trim();
    if (tidy) {
      const classFurniture = stack.flatMap((e) => (e.opens === undefined ? [] : [e.opens]));
      const bodyAt = stack.find((e) => e.body)?.at;
      blocks.push({
        text: tidy,
        inBody,
        linkChars,
        isParagraph,
        classFurniture,
        ...(bodyAt === undefined ? {} : { bodyAt }),
      });
    }
    text = '';
    linkChars = 0;
    isParagraph = false;
    inBody = bodyDepth > 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // A form right under <body> wraps the whole page (ASP.NET pages: `<body><form runat=server>`):
        // page furniture inside it is still dropped by its own element and class words.
        const pageForm = name === 'form' && stack.every((e) => e.name === 'html' || e.name === 'body');
        const by = pageForm ? null : furnitureBy(name, attrs);
        const opens = parser.startIndex;
        const kept =
          by === 'class' &&
          !COMMENTS_CLASS.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`) &&
          (keptByClass === 'all' || keptByClass?.has(opens) === true);
        const skip = by !== null && !kept;
        const body =
          name === 'article' ||
          /articlebody/i.test(attrs.itemprop ?? '') ||
          BODY_CLASS.test(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
        if (body && bodyOverClass)
          for (const e of stack)
            if (e.skip && e.byClass) {
              e.skip = false;
              skipDepth--;
            }
        if (BLOCK.has(name)) flush();
        if (VOID.has(name)) return;
        stack.push({ name, skip, byClass: by === 'class', body, at: opens, ...(kept ? { opens } : {}) });
        if (skip) skipDepth++;
        if (body) bodyDepth++;
        if (name === 'a') linkDepth++;
        if (name === 'p' || /^h[1-6]$/.test(name) || name === 'blockquote') paragraphDepth++;
        if (BLOCK.has(name)) inBody = bodyDepth > 0;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        text += data;
        if (linkDepth > 0) linkChars += data.trim().length;
        if (paragraphDepth > 0 && data.trim()) isParagraph = true;
        if (bodyDepth > 0 && data.trim()) inBody = true;
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) {
          if (BLOCK.has(name)) flush();
          return;
        }
        // Close up to the matching open element (lenient pages close out of order).
        const at = stack.findLastIndex((e) => e.name === name);
        if (at < 0) return;
        if (BLOCK.has(name) || implied) flush();
        while (stack.length > at) {
          const e = stack.pop();
          if (!e) break;
          if (e.skip) skipDepth--;
          if (e.body) bodyDepth--;
          if (e.name === 'a') linkDepth--;
          if (e.name === 'p' || /^h[1-6]$/.test(e.name) || e.name === 'blockquote') paragraphDepth--;
        }
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

const wordsOf = (s: string) => s.split(' ').length;

/**
 * A paragraph of running prose, in a <p> or not (a page may set its text in list items): of some length,
 * ending a sentence, not mostly link text (no menu item, teaser or label).
 */
const isProseParagraph = (b: Block) =>
  wordsOf(b.text) >= 15 && /[.!?"”’):]$/u.test(b.text) && b.linkChars * 2 < b.text.length;
/** The least running prose an element holds to be taken for the article's container. */
const ARTICLE_PROSE_WORDS = 80;

/**
 * Elements that are furniture by their class or id words alone but hold most of the page's running
 * prose: layout and state words built on a furniture word ("panel-two-col-sidebar-right", "no-share",
 * "field-label-hidden", "modal-enabled", "entry-content-read-more") name no sidebar, share bar or hidden
 * text, and the article is what such a wrapper holds. Where they open in the page (Block.classFurniture).
 */
function proseWrappers(html: string): Set<number> {
  const prose = blocksOf(html, { keptByClass: 'all' }).filter(isProseParagraph);
  const total = prose.reduce((n, b) => n + wordsOf(b.text), 0);
  const held = new Map<number, number>();
  for (const b of prose)
    for (const at of b.classFurniture) held.set(at, (held.get(at) ?? 0) + wordsOf(b.text));
  return new Set([...held].filter(([, n]) => n >= ARTICLE_PROSE_WORDS && n * 2 >= total).map(([at]) => at));
}

/** Whether a block is read as text: not a menu or link list, not a stray label, not a credit or prompt. */
function isReadable(b: Block): boolean {
  // Menus and link lists: mostly link text, or a short run of words that does not end a sentence.
  if (b.linkChars > 0 && b.linkChars / b.text.length > 0.6) return false;
  if (!b.isParagraph && wordsOf(b.text) < 6 && !/[.!?"”’]$/u.test(b.text)) return false;
  return !isBoilerplateParagraph(b.text);
}

/** The most words read that make a marked element the article's body rather than a teaser's. */
const BODY_WORDS = 80;

/**
 * The marked body without the teasers around it: a page that lists other stories may mark each one an
 * <article> too, its headline, date and excerpt. The body is the elements that hold an article's worth of
 * words, and whatever lies between them (a body split around an advert); marked elements before the
 * first or after the last of those are teasers.
 */
function withoutTeasers(body: Block[]): Block[] {
  const words = new Map<number | undefined, number>();
  for (const b of body.filter(isReadable)) words.set(b.bodyAt, (words.get(b.bodyAt) ?? 0) + wordsOf(b.text));
  const isArticle = (b: Block) => (words.get(b.bodyAt) ?? 0) >= BODY_WORDS;
  const first = body.findIndex(isArticle);
  const last = body.findLastIndex(isArticle);
  return first < 0 ? body : body.slice(first, last + 1);
}

/** Plain paragraphs of an HTML page, one per array item, whitespace collapsed, furniture dropped. */
export function htmlToParagraphs(html: string): string[] {
  const keptByClass = proseWrappers(html);
  let blocks = blocksOf(html, { keptByClass });
  // A page that marks its article body: its words, not the rest of the page's, are the article. Only the
  // words read count: <article>s that are teasers in a list of other stories (a headline link, an author
  // and a date each) mark no body, however many of them the page has.
  const bodyOf = (bs: Block[]) => bs.filter((b) => b.inBody);
  const wordCount = (bs: Block[]) => bs.filter(isReadable).reduce((n, b) => n + wordsOf(b.text), 0);
  let body = bodyOf(blocks);
  if (wordCount(body) < 80) {
    // The body hidden by a wrapper's class words (teasers' <article>s in a "related" list are read so
    // only when the page shows no body otherwise).
    const rescued = blocksOf(html, { bodyOverClass: true, keptByClass });
    if (wordCount(bodyOf(rescued)) >= 80) {
      blocks = rescued;
      body = bodyOf(rescued);
    }
  }
  const bodyWords = wordCount(body);
  if (bodyWords >= 80) blocks = withoutTeasers(body);
  const kept = new Set(dropTrailingListings(blocks.map((b) => b.text)).map((_, i) => i));
  return blocks
    .filter((_, i) => kept.has(i))
    .filter(isReadable)
    .map((b) => withoutInlineCaptions(b.text))
    .filter((p) => p !== '');
}
