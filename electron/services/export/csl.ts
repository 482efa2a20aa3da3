import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isolateField } from '../../core/bidi-isolate';
import {
  inClusters,
  joinNotes,
  notePrefix,
  type CitationFormatter,
  type CitationRef,
} from '../../core/citations';
import { AppError } from '../../core/errors';
import { CSL_DATE_VARIABLES } from '../../core/csl-item';
import { cslDateToPartial } from '../../core/partial-date';
import type { Source } from '../../core/schemas';
import { deriveShortTitle } from '../../core/short-title';
import { EMPHASIS_CLOSE, EMPHASIS_OPEN } from '../../core/text';
import type { Template } from '../../core/template';
import { sourceToCsl } from './library';
import { parseLocator } from './csl-locator';
import { notePositions, Position, type PositionedCite } from './csl-positions';
import { specialiseStyle, type CslNode } from './csl-specialise';
import { installCiteprocPatches } from './csl-patches';

/** The parts of citeproc-js's engine we call. */
interface CiteprocEngine {
  rebuildProcessorState(
    citations: Array<{
      citationID: string;
      citationItems: Array<{ id: string; prefix?: string; locator?: string; label?: string }>;
      properties: { noteIndex: number };
    }>,
    mode: 'briefing-plain',
  ): Array<[string, number, string]>;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  makeCitationCluster(items: PositionedCite[]): string;
  setOutputFormat(format: 'briefing-plain' | 'briefing'): void;
  citation: { opt: Record<string, unknown> };
  opt: { development_extensions: Record<string, unknown> };
  sys: CiteprocSys;
}
interface CiteprocSys {
  retrieveItem(id: string): object;
  retrieveLocale(lang: string): string | object;
  variableWrapper?: (params: unknown, before: string, text: string, after: string) => string;
}

const requireHere = createRequire(import.meta.url);
/**
 * citeproc-js, run directly: citation-js's wrapper around it (which the importers use) costs ~50 ms
 * to load, a tenth of a whole export. Its data, the styles and locales plugin-csl ships, are read as
 * they are.
 */
const citeproc = requireHere('citeproc') as {
  Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => CiteprocEngine;
  parseXml?: (xml: string) => CslNode;
  Output: { Formats: Record<string, Record<string, unknown>> };
};
installCiteprocPatches();
/** The styles plugin-csl ships (apa, harvard1, vancouver) and its locales, as CSL XML by name. */
const shippedStyles = requireHere('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
const locales = requireHere('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
/** Locales shipped with our styles (`templates/csl/locales-xx-XX.xml`: en-GB), read once when first asked for. */
const ownLocales = new Map<string, string | null>();
let ownLocalesDir: string | undefined;
function ownLocale(lang: string): string | undefined {
  if (!ownLocalesDir || !/^[a-z]{2}-[A-Z]{2}$/.test(lang)) return undefined;
  let xml = ownLocales.get(lang);
  if (xml === undefined) {
    try {
      xml = readFileSync(join(ownLocalesDir, `locales-${lang}.xml`), 'utf8');
    } catch {
      xml = null;
    }
    ownLocales.set(lang, xml);
  }
  return xml ?? undefined;
}
const hasLocale = (lang: string) => locales[lang] !== undefined || ownLocale(lang) !== undefined;
const retrieveLocale = (lang: string) =>
  locales[lang] ?? ownLocale(lang) ?? locales[lang.replace('-', '_')] ?? {};

/** What citeproc hands a format's `@showid` decoration (its `this` is the variable's output, with `params`). */
interface ShowIdState {
  tmp: { just_looking?: boolean; suppress_decorations?: boolean };
}
/**
 * A piece of citeproc's output queue: a terminal one holds a value's text (`blobs` a string) as the
 * variable gave it (after text-case), without its affixes (`strings`) or decorations (quote marks, fonts);
 * one that holds others lists them. `punctuation_in_quote`: the comma or full stop after it was moved
 * to the end of its text, inside its quote marks (the locale's `punctuation-in-quote`, en-US).
 */
interface OutputBlob {
  blobs?: string | OutputBlob[];
  punctuation_in_quote?: boolean;
}
/** The parameters citeproc attaches to a variable's output (`variableWrapper`'s first argument). */
interface VariableParams {
  itemData?: Record<string, unknown>;
  variableNames?: string[];
}

/** From the first letter or digit of `str` to its last (the value when its pieces cannot be found). */
function lettersAndDigits(str: string): [number, number] {
  const start = str.search(/[\p{L}\p{N}]/u);
  const end = str.length - (/[^\p{L}\p{N}\p{M}]*$/u.exec(str)?.[0].length ?? 0);
  return start < 0 || end <= start ? [0, str.length] : [start, end];
}

/**
 * Where the variable's own text lies in `str`, its rendered output (affixes, quote marks and all): from
 * the first of its terminal pieces to the end of its last, found in order. A comma or full stop citeproc
 * moved inside quote marks is the style's, not the value's, unless the value (the item's variable, or its
 * short form) ends in it itself. None when a piece is not found as it is (the field is then isolated as
 * a whole, see `isolateField`).
 */
export function ownTextRange(
  str: string,
  blob: OutputBlob,
  params: VariableParams | undefined,
): [number, number] | undefined {
  const terminals: OutputBlob[] = [];
  const walk = (b: OutputBlob) => {
    if (typeof b.blobs === 'string') {
      if (b.blobs) terminals.push(b);
    } else b.blobs?.forEach(walk);
  };
  walk(blob);
  const values = (params?.variableNames ?? []).flatMap((name) =>
    [params?.itemData?.[name], params?.itemData?.[`${name}-short`]].filter(
      (v): v is string => typeof v === 'string',
    ),
  );
  let start = -1;
  let end = 0;
  for (const terminal of terminals) {
    let text = terminal.blobs as string;
    const last = text.slice(-1);
    if (terminal.punctuation_in_quote && (last === ',' || last === '.'))
      if (!values.some((v) => v.trimEnd().endsWith(last))) text = text.slice(0, -1);
    if (!text) continue;
    const at = str.indexOf(text, end);
    if (at < 0) return undefined;
    if (start < 0) start = at;
    end = at + text.length;
  }
  return start < 0 ? undefined : [start, end];
}

/**
 * Where a cite's locator starts in the briefing format's output (a private-use character, as the
 * italics' and isolates' marks): `clean` joins it to its label with a no-break space and drops it.
 */
const LOCATOR_MARK = '\uE004';
/**
 * An output format of citeproc's: its plain text, with italics marked by U+E000 … U+E001 (private-use
 * characters no source holds), so the exports can set titles in italics (see `splitEmphasis`); and each
 * variable's right-to-left text (a name, an outlet, a title in Arabic or Hebrew) between isolate marks
 * (`isolateField`), so the writers isolate each field on its own: the punctuation, "quoted in" and date
 * the style writes between fields stay outside, and the value's own punctuation (a title's closing `؟`
 * or bracket) inside: the output queue's pieces under the variable say where its value is (`ownTextRange`). citeproc calls `@showid` on each variable it renders
 * once its engine's `sys` has a `variableWrapper` (see `engineOver`); the plain text format ignores it.
 */
citeproc.Output.Formats.briefing = {
  ...citeproc.Output.Formats.text,
  '@font-style/italic': `${EMPHASIS_OPEN}%%STRING%%${EMPHASIS_CLOSE}`,
  '@font-style/oblique': `${EMPHASIS_OPEN}%%STRING%%${EMPHASIS_CLOSE}`,
  '@font-style/normal': `${EMPHASIS_CLOSE}%%STRING%%${EMPHASIS_OPEN}`,
  '@showid/true': function (
    this: OutputBlob & { params?: VariableParams },
    state: ShowIdState,
    str: unknown,
  ) {
    if (state.tmp.just_looking || state.tmp.suppress_decorations || !this.params) return str;
    if (typeof str !== 'string') return str;
    const isolated = isolateField(str, ownTextRange(str, this, this.params) ?? lettersAndDigits(str));
    return this.params.variableNames?.includes('locator') ? `${LOCATOR_MARK}${isolated}` : isolated;
  },
};
/**
 * citeproc's plain text, with only the start of each locator marked (see `LOCATOR_MARK`): the in-text
 * citations (read as they are, without italics or isolates) and the formatter's plain output.
 */
citeproc.Output.Formats['briefing-plain'] = {
  ...citeproc.Output.Formats.text,
  '@showid/true': function (
    this: OutputBlob & { params?: VariableParams },
    state: ShowIdState,
    str: unknown,
  ) {
    if (state.tmp.just_looking || state.tmp.suppress_decorations || typeof str !== 'string') return str;
    return this.params?.variableNames?.includes('locator') ? `${LOCATOR_MARK}${str}` : str;
  },
};
/** Asks citeproc to mark each variable it renders (`@showid`); the text is left to the output format. */
const variableWrapper = (_params: unknown, before: string, text: string, after: string) =>
  `${before}${text}${after}`;

/**
 * A map that keeps the `limit` entries used last. The app runs for days: each template style, for
 * each set of cited item types, is a style of its own (a Chicago engine holds tens of megabytes), so
 * what is kept is bounded.
 */
export class Recent<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
  }
  clear(): void {
    this.entries.clear();
  }
}

/** Styles registered under their names (see registerStyle), and one engine kept per style and locale. */
const styles = new Recent<string>(32);
const engines = new Recent<CiteprocEngine>(8);

/**
 * What each kept engine's registry holds: the items (as CSL-JSON, in order) it registered with
 * `registerItems`, and nothing else since. Absent: anything else (cleared, or used for in-text cites).
 */
const registered = new WeakMap<CiteprocEngine, Registry>();
/** Items as a registry takes them: their ids and each one's CSL-JSON, in order, and `key` naming them all. */
interface Registry {
  key: string;
  ids: string[];
  texts: string[];
}

/** Forgets every kept engine (tests: an engine built afresh to compare a kept one with). */
export function forgetEngines(): void {
  engines.clear();
}

/**
 * What a kept engine rendered from the registry `registered` names: notes by positioned cite and output
 * format, and the source list. A note or the source list is a function of the registry and the cite
 * (one export already renders a repeated cite once), so the next export over the same items (an edit
 * to the text) reads them back instead of running citeproc again. Dropped whenever the registry changes.
 */
interface Rendered {
  itemsKey: string;
  notes: Map<string, string>;
  bibliography: Map<string, ReturnType<CiteprocEngine['makeBibliography']>>;
}
const renderedBy = new WeakMap<CiteprocEngine, Rendered>();
/** The renders kept for the engine's registry, if it holds these items as `registerItems` made it. */
function renderedFor(engine: CiteprocEngine, itemsKey: string): Rendered | null {
  if (registered.get(engine)?.key !== itemsKey) return null;
  let rendered = renderedBy.get(engine);
  if (!rendered || rendered.itemsKey !== itemsKey) {
    rendered = { itemsKey, notes: new Map(), bibliography: new Map() };
    renderedBy.set(engine, rendered);
  }
  return rendered;
}

/**
 * An engine for a registered style over these items. An engine is built once per style and locale
 * and kept (the desktop app exports many times in one process): each use points it at its items and
 * clears what it had registered, unless it registered these very items (the same CSL-JSON, in the
 * same order) last: then its registry (sort keys, disambiguation, names) is already theirs, as
 * registering them again would make it. That is an export after an edit that cited no new source. When
 * it registered the same items but a few of them were edited since, those few are registered again.
 */
function engineOver(
  items: ReadonlyArray<Record<string, unknown>>,
  name: string,
  locale: string,
  emphasis: boolean,
): { engine: CiteprocEngine; registry: Registry } {
  const byId = new Map(items.map((item) => [String(item.id), item]));
  const retrieveItem = (id: string) => {
    const item = byId.get(id);
    if (!item) throw new Error(`Cannot find entry with id '${id}'`);
    return item;
  };
  const texts = items.map((item) => JSON.stringify(item));
  const registry = { key: `[${texts.join(',')}]`, ids: items.map((item) => String(item.id)), texts };
  const key = `${name}|${locale}`;
  let engine = engines.get(key);
  if (engine) {
    engine.sys.retrieveItem = retrieveItem;
    const before = registered.get(engine);
    if (before?.key !== registry.key) {
      registered.delete(engine);
      renderedBy.delete(engine);
      const edited = before && editedItems(before, registry);
      if (edited) {
        // The same sources, a few of them edited (a title corrected, a date added): those are taken
        // out of the registry and registered again, read anew; citeproc re-derives what depends on
        // them (sort keys, disambiguation). Registering every source again took ~35 ms of a 0.15 s
        // export after such an edit (120 sources, warm); this, ~2 ms.
        engine.updateItems(registry.ids.filter((id) => !edited.has(id)));
        engine.updateItems(registry.ids);
        registered.set(engine, registry);
      } else engine.updateItems([]);
    }
  } else {
    const style = styles.get(name);
    if (style === undefined) throw new Error(`Cannot find style '${name}'`);
    const lang = hasLocale(locale) ? locale : undefined;
    engine = new citeproc.Engine({ retrieveLocale, retrieveItem, variableWrapper }, style, lang, true);
    engines.set(key, engine);
  }
  engine.setOutputFormat(emphasis ? 'briefing' : 'briefing-plain');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  return { engine, registry };
}

/**
 * The ids of the items edited since the registry took them, when they are the same items in the same
 * order and at most a quarter of them changed (more: registering all again is as quick); else null.
 */
function editedItems(before: Registry, now: Registry): Set<string> | null {
  const { ids, texts } = now;
  if (before.ids.length !== ids.length || before.ids.some((id, i) => id !== ids[i])) return null;
  const edited = new Set(ids.filter((_, i) => before.texts[i] !== texts[i]));
  return edited.size > 0 && edited.size <= ids.length / 4 ? edited : null;
}

/** Registers the items `engineOver` was given, in that order, unless the engine holds them already. */
function registerItems(engine: CiteprocEngine, registry: Registry): void {
  if (registered.get(engine)?.key === registry.key) return;
  renderedBy.delete(engine);
  engine.updateItems(registry.ids);
  registered.set(engine, registry);
}

export interface FormatterOptions {
  /**
   * Run the style specialised to the cited item types (the default; see csl-specialise.ts). `false`
   * runs the style as given: what the tests hold the specialised style's output to.
   */
  specialise?: boolean;
  /** Mark italics in the text (see `splitEmphasis`), for the exports; plain text otherwise. */
  emphasis?: boolean;
  /**
   * A note on the same source as the note before it: "Ibid." where the style prints it (`ibid`), or the
   * short form (`short`). Unset, the style decides (briefing-notes gives the short form).
   */
  repeatedNote?: 'ibid' | 'short';
}

export interface BibliographyEntry {
  sourceId: string;
  text: string;
}

/** Languages written right to left (a locale's primary subtag): a style in them writes its notes so. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'fa',
  'ur',
  'yi',
  'ps',
  'sd',
  'ug',
  'dv',
  'ckb',
]);

/** Where the styles we ship live: `templates/csl/`. */
export const builtInStylesDir = (templatesDir: string) => join(templatesDir, 'csl');

/** The XML of a template's style: carried in the template, our `briefing-notes`, or one plugin-csl ships. */
function styleXmlOf(style: Template['citations']['style'], stylesDir: string, locale: string): string {
  if (typeof style === 'object') return style.csl;
  if (style === 'briefing-notes')
    return houseSerialComma(readFileSync(join(stylesDir, 'briefing-notes.csl'), 'utf8'), locale);
  return shippedStyles[style] ?? '';
}

/**
 * The house style's serial comma, one rule per convention. The style file carries the American one on
 * its `<citation>` ("A and B", "A, B, and C") and `<bibliography>` ("Doe, Jane, and John Smith"), and
 * every name list inherits it, people and bodies alike (citeproc joins a body after people with the
 * inherited rule too). British English writes no serial comma ("A, B and C"); in the source list only
 * the comma closing an inverted first name stays ("Doe, Jane, and John Smith", "Doe, Jane, John Smith
 * and Ann Lee"). A name list written in running order in the source list (a chapter's editors, "ed. by
 * Melvyn P. Leffler and Odd Arne Westad") carries the American rule on its own `<name>`, and the same.
 */
export function houseSerialComma(xml: string, locale: string): string {
  if (!/^en-GB\b/.test(locale)) return xml;
  return xml
    .replace(/(<citation\b[^>]*\bdelimiter-precedes-last=")contextual"/, '$1never"')
    .replace(/(<bibliography\b[^>]*\bdelimiter-precedes-last=")always"/, '$1after-inverted-name"')
    .replace(/(<name\b[^>]*\bdelimiter-precedes-last=")contextual"/g, '$1never"');
}

/**
 * Registers (once) the style specialised to these item types (or as given, for null) under a name
 * derived from both, so templates never overwrite each other's and an engine kept for a
 * name is only reused for the same style. See csl-specialise.ts. XML that citeproc's parser cannot
 * read is registered as it is, for citeproc to report.
 */
function registerStyle(xml: string, types: ReadonlySet<string> | null): string {
  const typeList = types ? [...types].sort() : ['(as given)'];
  const name = `template-${createHash('sha256')
    .update(`${typeList.join(' ')}\n${xml}`)
    .digest('hex')
    .slice(0, 16)}`;
  if (styles.get(name) === undefined) styles.set(name, types ? specialisedStyleText(xml, types) : xml);
  return name;
}

/**
 * The style as the exporter hands it to citeproc for items of these types: specialised (see
 * csl-specialise.ts), in the JSON form of citeproc's own parse, which citeproc reads as it is (a style
 * given as text not starting with '<'). XML citeproc's parser cannot read comes back as it is, for
 * citeproc to report. An item without a type counts as the type ''.
 */
export function specialisedStyleText(xml: string, types: ReadonlySet<string>): string {
  let tree: CslNode | undefined;
  try {
    tree = citeproc.parseXml?.(xml);
  } catch {
    tree = undefined;
  }
  return tree?.name === 'style' ? JSON.stringify(specialiseStyle(tree, types)) : xml;
}

const isNoteStyle = (xml: string | undefined) => xml !== undefined && /<style[^>]*\bclass="note"/.test(xml);

/** An item's type as the specialiser takes it: none is '' (a type no `type` test lists). */
export const itemType = (item: Record<string, unknown>) => (typeof item.type === 'string' ? item.type : '');

/** English ordinal words an edition is written in, first to twentieth. */
const EDITION_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/**
 * A source as the CSL item our styles read: its CSL-JSON, and a short title for later notes when it
 * has none (derived as the Chicago Manual does; a `title-short` the source carries wins).
 */
export function cslItemOf(source: Source): Record<string, unknown> {
  const item = sourceToCsl(source);
  // Styles print DOI as a doi.org link: a value kept as a file wrote it ("n/a", a source saved before
  // the form checked it) would be a link to nothing, and "doi:10.…" a broken one.
  if (item.DOI !== undefined) {
    if (source.doi === undefined) delete item.DOI;
    else item.DOI = source.doi;
  }
  if (typeof item.title === 'string' && !item['title-short']) {
    const short = deriveShortTitle(item.title);
    if (short && short !== item.title) item['title-short'] = short;
  }
  // An edition written as a word (BibTeX's usual `edition = {Second}`) is the number styles print as
  // "2nd ed."; any other wording is printed as written.
  const edition =
    typeof item.edition === 'string' ? EDITION_WORDS.indexOf(item.edition.trim().toLowerCase()) : -1;
  if (edition >= 0) item.edition = String(edition + 1);
  // CSL 1.0.2 names a speech's or paper's event `event-title` (Zotero, citation-js and BibLaTeX's
  // `eventtitle` write it so); the styles, written for CSL 1.0.1, print `event` ("Munich Security
  // Conference"), which citeproc does not fill from it.
  if (item.event === undefined && typeof item['event-title'] === 'string') item.event = item['event-title'];
  // A date an import kept as written ("spring") is printed as written: CSL's literal date.
  for (const v of CSL_DATE_VARIABLES) {
    const literal = unreadDateText(item[v]);
    if (literal !== undefined) item[v] = { literal };
  }
  return item;
}

/**
 * The text of a CSL date no reader of ours can read and that is not already a literal one ("spring" in
 * `{"date-parts": [["spring"]]}`, or its `raw`), as written; undefined for a readable date or none.
 */
export function unreadDateText(date: unknown): string | undefined {
  if (!date || typeof date !== 'object' || Array.isArray(date)) return undefined;
  const d = date as { literal?: unknown; raw?: unknown; 'date-parts'?: unknown };
  if (typeof d.literal === 'string' || cslDateToPartial(d) !== undefined) return undefined;
  const parts = Array.isArray(d['date-parts'])
    ? (d['date-parts'] as unknown[])
        .map((part) => (Array.isArray(part) ? part.map(String).join('-') : String(part)))
        .join(' – ')
    : '';
  const text = (typeof d.raw === 'string' ? d.raw : parts).trim();
  return text === '' ? undefined : text;
}

/**
 * Notes on the same source one after the other, with who said it. With the short form asked for,
 * "Ibid." positions become later ones. With a style that prints "Ibid.", a note whose speaker differs
 * from the note before it is a later note (its own speaker, the source short: never "Peskov, quoted
 * in ibid."), and an "Ibid." after a note naming the same speaker drops the speaker: the "Ibid."
 * stands for the whole note before it.
 */
export function repeatedNotes(
  cites: readonly PositionedCite[],
  repeated: 'ibid' | 'short' | undefined,
  printsIbid: boolean,
): PositionedCite[] {
  return cites.map((cite, i) => {
    if (cite.position !== Position.ibid && cite.position !== Position.ibidWithLocator) return cite;
    if (repeated === 'short' || !printsIbid)
      return repeated === 'short' ? { ...cite, position: Position.subsequent } : cite;
    if ((cites[i - 1]?.prefix ?? '') !== (cite.prefix ?? ''))
      return { ...cite, position: Position.subsequent };
    const { prefix: _spoken, ...rest } = cite;
    return rest;
  });
}

/**
 * A locator's label and the white space citeproc writes before the locator ("p. ", "pp. ", "para. ",
 * "sec. ", "Section ", "S. ", "§ "): a word of letters (with its abbreviation's full stops) or a section
 * or paragraph sign, at the start or after a space or bracket. Not a comma or other delimiter: a
 * locator without a label ("…,” 14.") breaks where the line allows, as the rest of the note does.
 */
const LABEL_BEFORE_LOCATOR = new RegExp(
  `((?:^|[\\s(\\[])(?:[\\p{L}][\\p{L}\\p{M}.'’]*|§§?|¶¶?)) ${LOCATOR_MARK}`,
  'gu',
);

/**
 * citeproc returns text with a newline after each bibliography entry and may keep soft hyphen marks.
 * A locator's label and number are joined by a no-break space ("p.\u00a02", "§\u00a04"), so no line
 * (PDF, Word, LibreOffice) ends between them.
 */
const clean = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(LABEL_BEFORE_LOCATOR, '$1\u00a0').replaceAll(LOCATOR_MARK, '');

/**
 * A citation formatter over citeproc-js for a template's `citations.style`: our
 * `briefing-notes` style, the styles plugin-csl ships (`apa`, `harvard1`, `vancouver`), or a CSL file
 * carried in the template. Each note is one citation cluster (a mark, or adjacent chips' marks), so note styles give the
 * first note in full, later ones short, and "Ibid." where the style asks. With a note style, who said
 * it is the cite's prefix ("Dmitry Peskov, Kremlin spokesman, quoted in …").
 */
export function cslFormatter(
  style: Template['citations']['style'],
  stylesDir: string,
  locale = 'en-US',
  options: FormatterOptions = {},
): CitationFormatter {
  ownLocalesDir = stylesDir;
  const styleXml = styleXmlOf(style, stylesDir, locale);
  const isNote = isNoteStyle(styleXml);
  const emphasis = options.emphasis === true;
  // Our own style prints "Ibid." only when a template asks for it; any other style as it is written.
  const repeated = options.repeatedNote ?? (style === 'briefing-notes' ? 'short' : undefined);
  const printsIbid = repeated !== 'short' && /position="[^"]*ibid/.test(styleXml);
  /**
   * The engine the last notes were formatted with, and its items in registration order: the source
   * list of the same sources (in the same, first-cited order) is read from it as it stands, instead
   * of building the engine and registering every item again (for Chicago, ~0.25 s).
   */
  let cited: { engine: CiteprocEngine; ids: string; itemsKey: string | null } | null = null;
  const idsOf = (sources: readonly Source[]) => [...new Set(sources.map((s) => s.id))].join('\n');
  /** An engine over these sources for the style, specialised to their types. */
  const engineFor = (sources: readonly Source[]) => {
    cited = null;
    const items = [...new Map(sources.map((s) => [s.id, cslItemOf(s)])).values()];
    const types = options.specialise === false ? null : new Set(items.map(itemType));
    const name = styleXml ? registerStyle(styleXml, types) : String(style);
    const { engine, registry } = engineOver(items, name, locale, emphasis);
    /** Registers the items (once: see `engineOver`), for notes and the source list. */
    const register = () => registerItems(engine, registry);
    return { engine, register, itemsKey: registry.key };
  };
  /** A name the note's prefix writes: its right-to-left text marked for isolation, as the variables' are. */
  const field = emphasis ? isolateField : (name: string) => name;
  /** The cite of one mark: its source, who said it (as the prefix) where asked, and its locator. */
  const citeItem = (r: CitationRef, withAttribution: boolean) => {
    const prefix = withAttribution ? notePrefix(r.fact, r.source, field) : '';
    return {
      id: r.source.id,
      ...(prefix ? { prefix } : {}),
      ...(r.fact.locator ? parseLocator(r.fact.locator) : {}),
    };
  };
  /**
   * Notes of a note style, one cluster per mark. citeproc's `rebuildProcessorState` re-derives the
   * position of every earlier cite for each new one (quadratic, ~1 ms a note); here the positions the
   * CSL spec defines (first, subsequent, ibid, ibid-with-locator, near-note) are derived once, in
   * order, and each note is rendered by citeproc from them (`makeCitationCluster`), which leaves the
   * engine's registry as `updateItems` made it: the source list is then read from the same engine.
   * A test holds both to citeproc's own results over random cite sequences.
   */
  const notesOfNoteStyle = (refs: readonly CitationRef[], sizes?: readonly number[]): string[] => {
    if (refs.length === 0) return [];
    const sources = refs.map((r) => r.source);
    const { engine, register, itemsKey } = engineFor(sources);
    register();
    cited = { engine, ids: idsOf(sources), itemsKey };
    const cites = refs.map((r) => citeItem(r, true));
    const nearNoteDistance = Number(engine.citation.opt['near-note-distance'] ?? 5) || 5;
    // A note is a function of its positioned cite (same item, prefix, locator and position fields give
    // the same text), so repeats (a source cited again by the same speaker) are rendered once.
    // Kept with the engine's registry across exports (see `renderedBy`), by output format.
    const rendered = renderedFor(engine, itemsKey)?.notes ?? new Map<string, string>();
    const positioned = repeatedNotes(notePositions(cites, nearNoteDistance, sizes), repeated, printsIbid);
    // Each note is one citation cluster: adjacent chips' cites in one note, joined by the style.
    return inClusters(positioned, sizes).map((cluster) => {
      const key = `${emphasis ? 'e' : 't'}${JSON.stringify(cluster)}`;
      let text = rendered.get(key);
      if (text === undefined) rendered.set(key, (text = clean(engine.makeCitationCluster(cluster))));
      return text;
    });
  };
  const cite = (
    refs: readonly CitationRef[],
    withAttribution: boolean,
    sizes?: readonly number[],
  ): string[] => {
    if (refs.length === 0) return [];
    const { engine } = engineFor(refs.map((r) => r.source));
    // citeproc rebuilds its registry from these clusters, from empty as before (not the plain
    // registration `engineOver` keeps).
    renderedBy.delete(engine);
    if (registered.delete(engine)) engine.updateItems([]);
    // Adjacent chips are one cluster: one parenthesis, its items joined by the style's delimiter.
    const clusters = inClusters(refs, sizes).map((cluster, i) => ({
      citationID: `c${i + 1}`,
      citationItems: cluster.map((r) => citeItem(r, withAttribution)),
      properties: { noteIndex: i + 1 },
    }));
    const out = new Map(
      engine.rebuildProcessorState(clusters, 'briefing-plain').map(([id, , text]) => [id, text]),
    );
    cited = { engine, ids: idsOf(refs.map((r) => r.source)), itemsKey: null };
    return clusters.map((c) => clean(out.get(c.citationID) ?? ''));
  };
  const bibliography = (sources: readonly Source[]): BibliographyEntry[] => {
    if (sources.length === 0) return [];
    let engine: CiteprocEngine;
    let itemsKey: string | null;
    if (cited && cited.ids === idsOf(sources)) ({ engine, itemsKey } = cited);
    else {
      const fresh = engineFor(sources);
      fresh.register();
      ({ engine, itemsKey } = fresh);
    }
    const kept = itemsKey === null ? null : renderedFor(engine, itemsKey)?.bibliography;
    const format = emphasis ? 'e' : 't';
    let result = kept?.get(format);
    if (result === undefined) {
      result = engine.makeBibliography();
      kept?.set(format, result);
    }
    if (!result) return [];
    const [{ entry_ids: ids }, entries] = result;
    return entries.map((text, i) => ({ sourceId: ids[i]?.[0] ?? '', text: clean(text) }));
  };
  // Whatever citeproc throws on a style it cannot run (building the engine, registering items, rendering)
  // reaches the user as one clear error naming the style, never as citeproc's own internals.
  const styleErrors =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError(
          'citation_style',
          `The citation style cannot be used: ${(error as Error).message}`,
        );
      }
    };
  return {
    notes: styleErrors((refs, sizes) => {
      if (isNote) return notesOfNoteStyle(refs, sizes);
      // An in-text style placed in notes: each note holds the source's full reference (a cluster's
      // notes, each source's, joined in one).
      const full = new Map(bibliography(refs.map((r) => r.source)).map((e) => [e.sourceId, e.text]));
      return inClusters(refs, sizes).map((cluster) =>
        joinNotes(cluster.map((r) => `${notePrefix(r.fact, r.source, field)}${full.get(r.source.id) ?? ''}`)),
      );
    }),
    inText: styleErrors((refs, sizes) => cite(refs, false, sizes)),
    bibliography: styleErrors(bibliography),
    direction: RTL_LANGUAGES.has(locale.split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr',
  };
}
