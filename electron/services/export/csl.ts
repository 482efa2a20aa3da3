import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { noteAttribution, type CitationFormatter, type CitationRef } from '../../core/citations';
import { AppError } from '../../core/errors';
import type { Source } from '../../core/schemas';
import type { Template } from '../../core/template';
import { sourceToCsl } from './library';
import { parseLocator } from './csl-locator';
import { notePositions, type PositionedCite } from './csl-positions';

/** The parts of citeproc-js's engine we call (citation-js hands it out through plugin-csl's config). */
interface CiteprocEngine {
  rebuildProcessorState(
    citations: Array<{
      citationID: string;
      citationItems: Array<{ id: string; prefix?: string; locator?: string; label?: string }>;
      properties: { noteIndex: number };
    }>,
    mode: 'text',
  ): Array<[string, number, string]>;
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  makeCitationCluster(items: PositionedCite[]): string;
  citation: { opt: Record<string, unknown> };
}
interface CslConfig {
  engine(data: object[], style: string, lang: string, format: 'text'): CiteprocEngine;
  styles: { add(name: string, xml: string): void; has(name: string): boolean; get?(name: string): string };
}
const csl = (plugins as unknown as { config: { get(name: '@csl'): CslConfig } }).config.get('@csl');

/**
 * citeproc-js looks each macro up by walking the whole style tree, once per use while it builds the
 * style: for a large style (Chicago's is 5 000 lines) that was ~80% of an export's time. Macros are
 * fixed once the style is parsed, so the lookup of a macro by name is remembered per style tree.
 */
function memoiseMacroLookup(): void {
  type Lookup = (json: object, name: string, attr?: string, ret?: unknown[]) => unknown[];
  const citeproc = createRequire(require.resolve('@citation-js/plugin-csl'))('citeproc') as {
    XmlJSON?: { prototype: { getNodesByName: Lookup & { isMemoised?: boolean } } };
  };
  const proto = citeproc.XmlJSON?.prototype;
  if (!proto || proto.getNodesByName.isMemoised) return;
  const original = proto.getNodesByName;
  const cache = new WeakMap<object, Map<string, unknown[]>>();
  const memoised: Lookup & { isMemoised?: boolean } = function (this: unknown, json, name, attr, ret) {
    if (name !== 'macro' || !attr || ret || !json || typeof json !== 'object')
      return original.call(this, json, name, attr, ret);
    let byName = cache.get(json);
    if (!byName) cache.set(json, (byName = new Map()));
    let nodes = byName.get(attr);
    if (!nodes) byName.set(attr, (nodes = original.call(this, json, name, attr)));
    return [...nodes];
  };
  memoised.isMemoised = true;
  proto.getNodesByName = memoised;
}
const require = createRequire(import.meta.url);
memoiseMacroLookup();

export interface FormatterOptions {
  /**
   * The sources the source list will be asked for, when known up front: with a style that sorts its
   * list, the list is made in a worker thread meanwhile (for Chicago, its engine build is ~0.45 s).
   */
  prefetch?: readonly Source[];
}

/** A style this long (Chicago's full note style is ~240 000 characters) makes its source list in a worker. */
const LARGE_STYLE_CHARS = 100_000;

export interface BibliographyEntry {
  sourceId: string;
  text: string;
}

const sameSet = (a: readonly Source[], b: readonly Source[]) => {
  const ids = new Set(a.map((s) => s.id));
  const other = new Set(b.map((s) => s.id));
  return ids.size === other.size && [...other].every((id) => ids.has(id));
};

/** What the worker is asked: a style, where the built-in styles are, the locale and the sources. */
export interface BibliographyRequest {
  style: Template['citations']['style'];
  stylesDir: string;
  locale: string;
  sources: readonly Source[];
}

/** The worker's side: the source list of `sources` in `style`, as the formatter itself makes it. */
export const bibliographyFor = (request: BibliographyRequest): BibliographyEntry[] =>
  cslFormatter(request.style, request.stylesDir, request.locale).bibliography(request.sources);

/**
 * Starts the source list in a worker thread (`csl-worker.mjs`, built next to the bundle that runs this
 * code). `take()` blocks until the worker has answered (Atomics.wait on a flag the worker raises, then
 * the message read synchronously), so the formatter keeps its synchronous interface. Where there is
 * no worker bundle (tests run the TypeScript sources) or the worker fails, `take()` returns null and
 * the list is made in this thread.
 */
function bibliographyInWorker(request: BibliographyRequest): {
  sources: readonly Source[];
  take(): BibliographyEntry[] | null;
} | null {
  const file = new URL('./csl-worker.mjs', import.meta.url);
  if (file.protocol !== 'file:' || !existsSync(fileURLToPath(file))) return null;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: { request, flag, port: port2 }, transferList: [port2] });
  } catch {
    return null;
  }
  worker.unref();
  let taken = false;
  return {
    sources: request.sources,
    take() {
      if (taken) return null;
      taken = true;
      // The worker sets the flag to 1 after posting its answer (or 2 when it failed).
      while (Atomics.load(flag, 0) === 0) Atomics.wait(flag, 0, 0, 30_000);
      const message = receiveMessageOnPort(port1)?.message as { entries?: BibliographyEntry[] } | undefined;
      port1.close();
      void worker.terminate();
      return message?.entries ?? null;
    },
  };
}

/** Where the styles we ship live: `templates/csl/`. */
export const builtInStylesDir = (templatesDir: string) => join(templatesDir, 'csl');

/** Registers a style under a name derived from its content, so templates never overwrite each other's. */
function registerStyle(xml: string): string {
  const name = `template-${createHash('sha256').update(xml).digest('hex').slice(0, 16)}`;
  if (!csl.styles.has(name)) csl.styles.add(name, xml);
  return name;
}

function styleName(style: Template['citations']['style'], stylesDir: string): { name: string; xml?: string } {
  if (typeof style === 'object') return { name: registerStyle(style.csl), xml: style.csl };
  if (style === 'briefing-notes') {
    const xml = readFileSync(join(stylesDir, 'briefing-notes.csl'), 'utf8');
    return { name: registerStyle(xml), xml };
  }
  return { name: style };
}

/** The style with its `<bibliography>` element left out: what notes need (a CSL style has at most one). */
export const withoutBibliography = (xml: string) =>
  xml.replace(/<bibliography\b[\s\S]*?<\/bibliography>/, '');

const isNoteStyle = (xml: string | undefined) => xml !== undefined && /<style[^>]*\bclass="note"/.test(xml);

/** citeproc returns text with a newline after each bibliography entry and may keep soft hyphen marks. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A citation formatter over citation-js (citeproc-js) for a template's `citations.style`: our
 * `briefing-notes` style, the styles plugin-csl ships (`apa`, `harvard1`, `vancouver`), or a CSL file
 * carried in the template. Each mark is one citation cluster in its own note, so note styles give the
 * first note in full, later ones short, and "Ibid." where the style asks. With a note style, who said
 * it is the cite's prefix ("Dmitry Peskov, Kremlin spokesman, quoted in …").
 */
export function cslFormatter(
  style: Template['citations']['style'],
  stylesDir: string,
  locale = 'en-US',
  options: FormatterOptions = {},
): CitationFormatter {
  const { name, xml } = styleName(style, stylesDir);
  // The source list of a style that sorts it does not depend on the order sources are given in, so it
  // can be made on another core while this one formats the notes (see bibliographyInWorker).
  // Only for a large style: a worker costs ~0.15 s to start and load citeproc, more than a small
  // style's whole source list (briefing-notes: ~35 ms in-thread; Chicago: ~0.6 s).
  const styleXml = xml ?? csl.styles.get?.(name) ?? '';
  const sorts = /<bibliography\b[\s\S]*?<sort>/.test(styleXml);
  const prefetched =
    sorts && styleXml.length > LARGE_STYLE_CHARS && options.prefetch?.length
      ? bibliographyInWorker({ style, stylesDir, locale, sources: options.prefetch })
      : null;
  const isNote = isNoteStyle(xml);
  const notesName = isNote && xml ? registerStyle(withoutBibliography(xml)) : name;
  /**
   * The engine the last notes were formatted with, and its items in registration order: the source
   * list of the same sources (in the same, first-cited order) is read from it as it stands, instead
   * of registering every item again (citeproc's `updateItems` is a third of an export's CSL time).
   */
  let cited: { engine: CiteprocEngine; ids: string } | null = null;
  const idsOf = (sources: readonly Source[]) => [...new Set(sources.map((s) => s.id))].join('\n');
  /** An engine for `style` (a registered name) over these sources. */
  const engineOf = (style: string, sources: readonly Source[]) =>
    csl.engine([...new Map(sources.map((s) => [s.id, sourceToCsl(s)])).values()], style, locale, 'text');
  const engineFor = (sources: readonly Source[]) => {
    cited = null;
    return engineOf(name, sources);
  };
  /** The cite of one mark: its source, who said it (as the prefix) where asked, and its locator. */
  const citeItem = (r: CitationRef, withAttribution: boolean) => {
    const who = withAttribution ? noteAttribution(r.fact, r.source) : '';
    return {
      id: r.source.id,
      ...(who ? { prefix: `${who}, quoted in ` } : {}),
      ...(r.fact.locator ? parseLocator(r.fact.locator) : {}),
    };
  };
  /**
   * Notes of a note style, one cluster per mark. citeproc's `rebuildProcessorState` re-derives the
   * position of every earlier cite for each new one (quadratic, ~1 ms a note); here the positions the
   * CSL spec defines (first, subsequent, ibid, ibid-with-locator, near-note) are derived once, in
   * order, and each note is rendered by citeproc from them (`makeCitationCluster`). The engine is built
   * from the style without its `<bibliography>`, which is most of a large style's build time (for
   * Chicago, 0.12 s instead of 0.55 s); the source list is made by the full engine, only when asked.
   * A test holds both to citeproc's own results over random cite sequences.
   */
  const notesOfNoteStyle = (refs: readonly CitationRef[]): string[] => {
    if (refs.length === 0) return [];
    const engine = engineOf(
      notesName,
      refs.map((r) => r.source),
    );
    engine.updateItems([...new Set(refs.map((r) => r.source.id))]);
    const cites = refs.map((r) => citeItem(r, true));
    const nearNoteDistance = Number(engine.citation.opt['near-note-distance'] ?? 5) || 5;
    // A note is a function of its positioned cite (same item, prefix, locator and position fields give
    // the same text), so repeats (a source cited again by the same speaker) are rendered once.
    const rendered = new Map<string, string>();
    return notePositions(cites, nearNoteDistance).map((cite) => {
      const key = JSON.stringify(cite);
      let text = rendered.get(key);
      if (text === undefined) rendered.set(key, (text = clean(engine.makeCitationCluster([cite]))));
      return text;
    });
  };
  const cite = (refs: readonly CitationRef[], withAttribution: boolean): string[] => {
    if (refs.length === 0) return [];
    const engine = engineFor(refs.map((r) => r.source));
    const clusters = refs.map((r, i) => ({
      citationID: `c${i + 1}`,
      citationItems: [citeItem(r, withAttribution)],
      properties: { noteIndex: i + 1 },
    }));
    const out = new Map(engine.rebuildProcessorState(clusters, 'text').map(([id, , text]) => [id, text]));
    cited = { engine, ids: idsOf(refs.map((r) => r.source)) };
    return clusters.map((c) => clean(out.get(c.citationID) ?? ''));
  };
  const bibliography = (sources: readonly Source[]): BibliographyEntry[] => {
    if (sources.length === 0) return [];
    if (prefetched && sameSet(prefetched.sources, sources)) {
      const entries = prefetched.take();
      if (entries) return entries;
    }
    let engine: CiteprocEngine;
    if (cited && cited.ids === idsOf(sources)) engine = cited.engine;
    else {
      engine = engineFor(sources);
      engine.updateItems(sources.map((s) => s.id));
    }
    const result = engine.makeBibliography();
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
    notes: styleErrors((refs) => {
      if (isNote) return notesOfNoteStyle(refs);
      // An in-text style placed in notes: each note holds the source's full reference.
      const full = new Map(bibliography(refs.map((r) => r.source)).map((e) => [e.sourceId, e.text]));
      return refs.map((r) => {
        const who = noteAttribution(r.fact, r.source);
        const text = full.get(r.source.id) ?? '';
        return who ? `${who}, quoted in ${text}` : text;
      });
    }),
    inText: styleErrors((refs) => cite(refs, false)),
    bibliography: styleErrors(bibliography),
  };
}
