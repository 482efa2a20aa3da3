import { create } from 'zustand';
import type { AppInfo, BriefingSummary, TemplateListing } from '../../../electron/contract/api';
import { withoutCites } from '../../../electron/core/rich-text';
import { blockFactIds, type Briefing, type Fact, type Source } from '../../../electron/core/schemas';
import type { Template } from '../../../electron/core/template';
import { ApiError, call } from '../api/client';
import { factIdsOf, sectionNotes, type SectionNotes } from '../features/editor/note-numbers';
import { EMPTY_QUERY, type LibraryQuery } from '../features/library/library-query';
import { flushAfterPaint } from './after-paint';
import { historyReducer, type HistoryAction, type HistoryState } from './use-history';

/** Whether the briefing's edits are in the store, and when not, why (the field and section it names). */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; field?: string | undefined; sectionId?: string | undefined }
  /**
   * The briefing was saved elsewhere (another window or tab, the command line) after this draft's
   * version was opened, and the draft has edits of its own: nothing is saved over the other version
   * until the writer loads it or keeps the draft as a copy.
   */
  | { kind: 'conflict'; message: string };

/** What the editor tells the user (a template switch, a failed action), with a way back when there is one. */
export interface EditorMessage {
  text: string;
  isError: boolean;
  action?: { label: string; run: () => void };
  /** The draft the message describes (a template switch): it goes when the draft moves on. */
  about?: Briefing;
}

export interface AppState {
  info: AppInfo | null;
  loadError: string | null;
  sources: Source[];
  /**
   * Facts the open briefing cites (and those opened or dragged in the library), by id, as last saved:
   * the library itself is searched, never loaded whole. An open fact form shows the copy here.
   */
  knownFacts: ReadonlyMap<string, Fact>;
  listing: TemplateListing;
  briefings: BriefingSummary[];
  /** The open briefing (`present`) with its undo history. */
  history: HistoryState<Briefing | null>;
  /**
   * The store file the open briefing was read from (`AppInfo.storeGeneration`); its saves carry it, so
   * one made before a backup was restored is refused rather than written over the restored briefing.
   */
  draftGeneration: string | undefined;
  /** Goes up when the open briefing is read again from a replaced store: its editor is made anew. */
  editorEpoch: number;
  save: SaveState;
  view: 'start' | 'templates' | 'team';
  isPreviewOpen: boolean;
  /** The team library's live updates when they are not flowing, and what to tell the user. */
  live: { isLive: boolean; message: string } | null;
  /** Something the app did to the briefing on its own (a citation of a missing fact taken out). */
  citeNotice: string | null;
  editorMessage: EditorMessage | null;
  /** Goes up when the library changed elsewhere (an import, a colleague): the search runs again. */
  storeRevision: number;
  /** A fact to show in the library's detail panel (a chip was clicked); `nonce` repeats the request. */
  openRequest: { fact: Fact; nonce: number } | null;
  libraryQuery: LibraryQuery;

  // Derived, kept with the state they come from (the same objects while their inputs stay the same).
  templates: readonly Template[];
  /** The open briefing's template. */
  template: Template | undefined;
  sourceById: ReadonlyMap<string, Source>;
  citedFactIds: ReadonlySet<string>;
  /** How many paragraphs of the open briefing cite each fact it cites (a paragraph citing it twice: one). */
  citedParagraphs: ReadonlyMap<string, number>;
  /** Each section's note numbers, derived incrementally (see note-numbers.ts). */
  notes: ReadonlyMap<string, SectionNotes>;
  /** Author-date: each block's chip citations as the export prints them (see in-text-citations.ts). */
  inText: InTextCitations;
}

/** Each block's chip texts as printed, with the facts its chips cited when they were formatted. */
export type InTextCitations = ReadonlyMap<string, { factIds: readonly string[]; texts: readonly string[] }>;
export const NO_IN_TEXT: InTextCitations = new Map();

const NO_NOTES: ReadonlyMap<string, SectionNotes> = new Map();
const NO_IDS: ReadonlySet<string> = new Set();
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

const initial: AppState = {
  info: null,
  loadError: null,
  sources: [],
  knownFacts: new Map(),
  listing: { entries: [], problems: [], revision: 0 },
  briefings: [],
  history: { past: [], present: null, future: [], lastKey: undefined, lastAt: 0 },
  draftGeneration: undefined,
  editorEpoch: 0,
  save: { kind: 'saved' },
  view: 'start',
  isPreviewOpen: typeof localStorage === 'undefined' || localStorage.getItem('briefing-preview') !== 'off',
  live: null,
  citeNotice: null,
  editorMessage: null,
  storeRevision: 0,
  openRequest: null,
  libraryQuery: EMPTY_QUERY,
  templates: [],
  template: undefined,
  sourceById: new Map(),
  citedFactIds: NO_IDS,
  citedParagraphs: NO_COUNTS,
  notes: NO_NOTES,
  inText: NO_IN_TEXT,
};

/** The renderer's one store. Components read slices of it with selectors; they change it through `app`. */
export const useApp = create<AppState>()(() => initial);

/** The facts a section cites, each once per paragraph citing it; once per blocks array (an unchanged section is not read again). */
const citedInBlocks = new WeakMap<readonly object[], readonly string[]>();

function derive(prev: AppState, next: AppState): Partial<AppState> {
  const out: Partial<AppState> = {};
  const templates =
    next.listing === prev.listing ? prev.templates : next.listing.entries.map((e) => e.template);
  if (templates !== prev.templates) out.templates = templates;
  if (next.sources !== prev.sources) out.sourceById = new Map(next.sources.map((s) => [s.id, s]));
  const draft = next.history.present;
  if (draft !== prev.history.present || templates !== prev.templates) {
    const template = draft ? templates.find((t) => t.id === draft.templateId) : undefined;
    if (template !== prev.template) out.template = template;
    out.notes = draft && template ? sectionNotes(template, draft.sections, prev.notes) : NO_NOTES;
    const ids: string[] = [];
    for (const s of draft?.sections ?? []) {
      let list = citedInBlocks.get(s.blocks);
      if (!list) {
        list = s.blocks.flatMap((b) => [...new Set(factIdsOf(b))]);
        citedInBlocks.set(s.blocks, list);
      }
      ids.push(...list);
    }
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    // The same Set and Map while the cited facts and their counts stay the same (typing must not
    // re-render the library).
    const was = prev.citedParagraphs;
    if (counts.size !== was.size || [...counts].some(([id, n]) => was.get(id) !== n)) {
      out.citedParagraphs = counts.size === 0 ? NO_COUNTS : counts;
      const same =
        counts.size === prev.citedFactIds.size && [...counts.keys()].every((id) => prev.citedFactIds.has(id));
      if (!same) out.citedFactIds = counts.size === 0 ? NO_IDS : new Set(counts.keys());
    }
  }
  return out;
}

let ranSteps = 0;

/** Every change of the state goes through here: derived values follow, then their effects. */
export function update(fn: (s: AppState) => Partial<AppState>): void {
  // Work queued until the editor has painted (the toolbar's reads of it) runs first, in order.
  flushAfterPaint();
  const prev = useApp.getState();
  const patch = fn(prev);
  const merged = { ...prev, ...patch };
  useApp.setState({ ...patch, ...derive(prev, merged) });
  const next = useApp.getState();
  // History steps that write outside the briefing (a fact's status), each run once, in order.
  if (next.history.toRun !== prev.history.toRun)
    for (const { seq, step, direction } of next.history.toRun ?? []) {
      if (seq <= ranSteps) continue;
      ranSteps = seq;
      void step[direction]();
    }
  if (next.citedFactIds !== prev.citedFactIds || next.knownFacts !== prev.knownFacts) onCitedChanged();
}

export function dispatchHistory(action: HistoryAction<Briefing | null>): void {
  update((s) => ({ history: historyReducer(s.history, action) }));
}

/** The open briefing as it stands now (event handlers read it here rather than re-rendering on it). */
export const currentDraft = (): Briefing | null => {
  flushAfterPaint();
  return useApp.getState().history.present;
};

/** Fact ids asked for and not answered yet (so a second change does not ask again). */
const asked = new Set<string>();

/**
 * Loads the facts the briefing cites that are not known yet (on open, after a template switch…). A
 * chip whose fact is not in the library (pasted from elsewhere, or its fact deleted) would make every
 * save fail: it is taken out, as an undoable step, and the analyst is told.
 */
function onCitedChanged(): void {
  const { citedFactIds, knownFacts } = useApp.getState();
  const missing = [...citedFactIds].filter((id) => !knownFacts.has(id) && !asked.has(id));
  if (missing.length === 0) return;
  missing.forEach((id) => asked.add(id));
  const gone = 'gone' as const;
  void Promise.all(
    missing.map((id) =>
      call('facts:get', { id }).catch((e: unknown) =>
        e instanceof ApiError && e.code === 'not_found' ? gone : null,
      ),
    ),
  )
    .then((list) => {
      missing.forEach((id) => asked.delete(id));
      update((s) => {
        const known = new Map(s.knownFacts);
        for (const f of list) if (f && f !== gone) known.set(f.id, f);
        return { knownFacts: known };
      });
      const absent = new Set(missing.filter((_, i) => list[i] === gone));
      if (absent.size === 0) return;
      dispatchHistory({
        type: 'map',
        at: Date.now(),
        fn: (d) =>
          d && {
            ...d,
            // Only the blocks citing them change: the others stay the same objects, so their editors
            // have nothing to redraw.
            sections: d.sections.map((s) => ({
              ...s,
              blocks: s.blocks.map((b) =>
                blockFactIds(b).some((id) => absent.has(id))
                  ? { ...b, content: withoutCites(b.content, absent) }
                  : b,
              ),
            })),
          },
      });
      update(() => ({
        citeNotice: `Removed ${absent.size === 1 ? 'a citation' : `${absent.size} citations`} of a fact that is not in the library.`,
      }));
    })
    .catch(() => missing.forEach((id) => asked.delete(id)));
}

let flushOpen: (() => Promise<boolean>) | undefined;

/** The open editor's save (its autosave, run now); returns the function that takes it back. */
export function registerFlush(flush: () => Promise<boolean>): () => void {
  flushOpen = flush;
  return () => {
    if (flushOpen === flush) flushOpen = undefined;
  };
}

let onSavedElsewhere: ((id: string, updatedAt: string) => void) | undefined;

/** The open editor's answer to a briefing saved anywhere (a pushed event); returns the function that takes it back. */
export function registerSavedElsewhere(listener: (id: string, updatedAt: string) => void): () => void {
  onSavedElsewhere = listener;
  return () => {
    if (onSavedElsewhere === listener) onSavedElsewhere = undefined;
  };
}

/** A briefing was saved (here, in another window or tab, from the command line): the open editor checks. */
export const briefingSaved = (id: string, updatedAt: string): void => onSavedElsewhere?.(id, updatedAt);

/** Saves the open briefing's pending edits now; false when the store refused them (the editor says why). */
export const flushOpenBriefing = (): Promise<boolean> => flushOpen?.() ?? Promise.resolve(true);
