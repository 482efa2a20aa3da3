import type { FactQuery, LibraryEvent } from '../../../electron/contract/api';
import { editSection } from '../../../electron/core/briefing-edit';
import { inlineFromLegacy } from '../../../electron/core/rich-text';
import {
  attribution,
  type Block,
  type Briefing,
  type Fact,
  type FactStatus,
} from '../../../electron/core/schemas';
import { call, watchLibrary } from '../api/client';
import { newBlockId } from '../features/editor/block-id';
import { caretPlace, restoreCaret } from '../features/editor/keep-caret';
import { uniqueAcrossSections } from '../features/editor/rich/mapping';
import { libraryQueryOf, withoutFilters, type LibraryQuery } from '../features/library/library-query';
import { briefingSaved, currentDraft, dispatchHistory, update, useApp } from './store';
import { bringBackUnsaved } from './reconnect';
import { templateChangeNotice } from './template-change-notice';
import type { HistoryStep } from './use-history';

const STATUS_WORDS: Record<FactStatus, string> = {
  draft: 'draft',
  verified: 'verified',
  retracted: 'retracted',
};
/** A fact named in a message: its statement in quotation marks, cut after 60 characters. */
export const quoted = (f: Fact) =>
  `“${f.statement.length > 60 ? `${f.statement.slice(0, 60)}…` : f.statement}”`;
const loadFailed = (e: unknown) => update(() => ({ loadError: (e as Error).message }));

/** Loads what the app shows at start; the page is marked ready for the tests once it is on screen. */
export async function boot(): Promise<void> {
  try {
    const [info, sources, listing, briefings] = await Promise.all([
      call('app:info', {}),
      call('sources:list', {}),
      call('templates:list', {}),
      call('briefings:list', {}),
    ]);
    update(() => ({ info, sources, listing, briefings }));
    document.body.dataset.ready = 'true';
    // A draft this tab could not save before it reconnected to a restarted app: saved now, and shown.
    void bringBackUnsaved(info, openBriefing);
  } catch (e) {
    loadFailed(e);
  }
}

export const refreshBriefings = () =>
  call('briefings:list', {})
    .then((briefings) => update(() => ({ briefings })))
    .catch(() => undefined);

export const refreshSources = () =>
  call('sources:list', {})
    .then((sources) => update(() => ({ sources })))
    .catch(loadFailed);

export const refreshTemplates = () =>
  call('templates:list', {})
    .then((t) =>
      update((s) => {
        if (s.listing.revision === t.revision && s.listing.entries.length === t.entries.length) return {};
        // The open briefing's template changed under it: say what of the writer's text moved.
        const briefing = s.history.present;
        const after = briefing && t.entries.find((e) => e.template.id === briefing.templateId)?.template;
        const notice = templateChangeNotice(briefing, s.template, after ?? undefined);
        return notice ? { listing: t, citeNotice: notice } : { listing: t };
      }),
    )
    .catch(() => undefined);

/** The library changed elsewhere (an import, a briefing file's facts): its search runs again. */
export const libraryChanged = () => update((s) => ({ storeRevision: s.storeRevision + 1 }));

export const rememberFact = (f: Fact) => update((s) => ({ knownFacts: new Map(s.knownFacts).set(f.id, f) }));

// ---- the briefing and its history ----------------------------------------------------------------

/** `key` groups a burst of edits (typing in one field) into one undo step. */
export const change = (next: Briefing, key?: string) =>
  dispatchHistory({ type: 'change', next, key, at: Date.now() });
export const undo = () => dispatchHistory({ type: 'undo' });
export const redo = () => dispatchHistory({ type: 'redo' });

/** A section's blocks changed (typing, a paragraph moved in or out). */
export function updateSection(sectionId: string, fn: (blocks: Block[]) => Block[], key?: string): void {
  const d = currentDraft();
  if (!d) return;
  // A block id is in the briefing once: a block new here keeps its id only if no other section has it.
  const sections = editSection(d.sections, sectionId, (bs) =>
    uniqueAcrossSections(d.sections, sectionId, fn(bs), newBlockId),
  );
  change({ ...d, sections }, key);
}

export function openBriefing(b: Briefing, isImported = false): void {
  dispatchHistory({ type: 'reset', next: b });
  update((s) => ({
    save: { kind: 'saved' },
    editorMessage: null,
    citeNotice: null,
    draftGeneration: s.info?.storeGeneration,
  }));
  void refreshBriefings();
  // A briefing file brings its sources and facts into the store: the library shows them.
  if (isImported) {
    void refreshSources();
    libraryChanged();
  }
}

export function closeBriefing(): void {
  dispatchHistory({ type: 'reset', next: null });
  update(() => ({ editorMessage: null, citeNotice: null }));
  void refreshBriefings();
}

/**
 * A retracted fact was just cited: says so at once, and what the template will do about it at export
 * (block it, unless the template lets it through with a mark in the note), not first at the export.
 */
export function sayIfRetracted(fact: Fact): void {
  if (fact.status !== 'retracted') return;
  const blocks = useApp.getState().template?.citations.retracted !== 'warn';
  const what = quoted(fact);
  update(() => ({
    citeNotice: blocks
      ? `${what} is retracted: this template does not export a briefing that cites it. Cite another fact, or take the citation out before exporting.`
      : `${what} is retracted: the export will say so in its note (this template allows it).`,
  }));
}

/** Adds a fact to a section as a new paragraph (its statement, or its verbatim quote) citing it. */
export function cite(fact: Fact, sectionId: string, useQuote = false): void {
  const draft = currentDraft();
  if (!draft) return;
  rememberFact(fact);
  sayIfRetracted(fact);
  const who = attribution(fact);
  const text = useQuote && fact.quote ? `${who ? `${who}: ` : ''}“${fact.quote}”` : fact.statement;
  // The words, then the fact's chip.
  const block: Block = { id: newBlockId(), content: inlineFromLegacy(text, [fact.id]) };
  change({ ...draft, sections: editSection(draft.sections, sectionId, (bs) => [...bs, block]) });
}

/** A fact was dropped on a section. */
export function dropFact(sectionId: string, factId: string): void {
  const fact = useApp.getState().knownFacts.get(factId);
  if (fact) return cite(fact, sectionId);
  // Dropped before the app had it (a very quick drag): fetch it, then cite it.
  void call('facts:get', { id: factId })
    .then((f) => cite(f, sectionId))
    .catch(() => undefined);
}

/** Show a cited fact (and its source) in the library. */
export function openFact(factId: string): void {
  const open = (fact: Fact) =>
    update((s) => ({ openRequest: { fact, nonce: (s.openRequest?.nonce ?? 0) + 1 } }));
  const fact = useApp.getState().knownFacts.get(factId);
  if (fact) return open(fact);
  // Clicked before the app had it (a chip clicked as the briefing opens): fetch it, then show it, as a
  // drop does — not nothing.
  void call('facts:get', { id: factId })
    .then((f) => {
      rememberFact(f);
      open(f);
    })
    .catch(() => undefined);
}

/**
 * A fact was saved in the library. When a cited fact's status changed (retracted or verified from its
 * chip) it is one step of the briefing's history: Ctrl+Z writes the old status back to the library
 * (Ctrl+Y the new one again), as the fact's history records, and the editor says so.
 *
 * `before` is the fact as the form held it when the save began. The app's own store is no witness:
 * the save's pushed change can arrive (and be read into it) before the save's answer does.
 */
export function factSaved(saved: Fact, before = useApp.getState().knownFacts.get(saved.id)): void {
  const { citedFactIds } = useApp.getState();
  rememberFact(saved);
  if (!currentDraft() || !before || before.status === saved.status || !citedFactIds.has(saved.id)) return;
  const what = quoted(saved);
  let version = saved.version;
  const write = (status: FactStatus, direction: 'undo' | 'redo') => async () => {
    try {
      const f = await call('facts:update', {
        id: saved.id,
        patch: {
          status,
          ...(version === undefined ? {} : { baseVersion: version }),
          reason:
            direction === 'undo' ? 'Undone in the briefing (Ctrl+Z).' : 'Redone in the briefing (Ctrl+Y).',
        },
      });
      version = f.version;
      rememberFact(f);
      libraryChanged();
      update(() => ({
        citeNotice: `${direction === 'undo' ? 'Undone' : 'Redone'} in the library: ${what} is ${STATUS_WORDS[status]} again.`,
      }));
    } catch (error) {
      update(() => ({
        citeNotice: `Could not ${direction} the status of ${what} in the library: ${(error as Error).message}`,
      }));
    }
  };
  const step: HistoryStep = {
    label: `${STATUS_WORDS[saved.status]} ${what}`,
    undo: write(before.status, 'undo'),
    redo: write(saved.status, 'redo'),
  };
  dispatchHistory({ type: 'step', step, at: Date.now() });
  update(() => ({
    citeNotice: `${what} is now ${STATUS_WORDS[saved.status]} in the library. Ctrl+Z (Undo) in the briefing puts it back to ${STATUS_WORDS[before.status]}.`,
  }));
}

// ---- the app around it ---------------------------------------------------------------------------

export function togglePreview(): void {
  update((s) => {
    localStorage.setItem('briefing-preview', s.isPreviewOpen ? 'off' : 'on');
    return { isPreviewOpen: !s.isPreviewOpen };
  });
}

export const showView = (view: 'start' | 'templates' | 'team') => update(() => ({ view }));

/** Another team library: what the app shows is re-read from it. */
export function teamLibraryChanged(): void {
  update(() => ({ knownFacts: new Map() }));
  void refreshSources();
  void refreshBriefings();
  libraryChanged();
  call('app:info', {})
    .then((info) => update(() => ({ info })))
    .catch(() => undefined);
}

const KEPT_ASIDE =
  'What it held before the restore is kept in the data folder, in the store named briefing-before-restore with the date.';

/**
 * The whole store was replaced (a backup restored): everything shown is re-read, and the open briefing
 * is opened again as the restored store has it. Its draft must not stay: the next autosave would write
 * the old text over the restored briefing (the edits before the restore are in the store the restore
 * kept aside). Not in the backup: the briefing is closed, and the message says so.
 */
export async function storeReplaced(): Promise<void> {
  const open = currentDraft();
  // Edits the store did not have yet when it was replaced (typed during a restore, or a restore run from
  // the command line while the autosave waited): in neither store, so they are kept as a briefing of
  // their own rather than lost. A restore from this window saves them first, so there are none then.
  const wasUnsaved = useApp.getState().save.kind !== 'saved';
  teamLibraryChanged();
  if (!open) return;
  // The new store's generation first: the reopened draft's saves carry it (those of the old draft, one
  // on its way or due, carry the old one, and the store refuses them).
  const info = await call('app:info', {}).catch(() => undefined);
  if (info) update(() => ({ info }));
  const restored = await call('briefings:get', { id: open.id }).catch(() => undefined);
  const copy = wasUnsaved
    ? await keepAsNewBriefing(open, 'typed before the restore', info?.storeGeneration)
    : undefined;
  // A new editor: the old one's document, its pending autosave and its history go with it.
  update((s) => ({ editorEpoch: s.editorEpoch + 1 }));
  if (restored) openBriefing(restored);
  else closeBriefing();
  const kept = copy
    ? ` What was typed in it just before the restore and not yet saved is kept as a new briefing, “${copy.title}”.`
    : '';
  update(() => ({
    editorMessage: {
      text: restored
        ? `“${restored.title}” was opened again as the backup has it. ${KEPT_ASIDE}${kept}`
        : `“${open.title}” is not in the backup, so it was closed. ${KEPT_ASIDE}${kept}`,
      isError: false,
    },
  }));
}

/** Saves `draft` as a new briefing, "… (`why`)"; undefined when the store refuses it. */
async function keepAsNewBriefing(draft: Briefing, why: string, storeGeneration: string | undefined) {
  try {
    const copy = await call('briefings:create', {
      templateId: draft.templateId,
      title: `${draft.title.slice(0, 260)} (${why})`,
      date: draft.date,
    });
    const { date, classification, frontMatter, sections } = draft;
    try {
      return await call('briefings:update', {
        id: copy.id,
        content: { title: copy.title, date, classification, frontMatter, sections },
        ...(storeGeneration ? { storeGeneration } : {}),
        baseUpdatedAt: copy.updatedAt,
      });
    } catch {
      // Not taken (a paragraph the restored store cannot hold): no empty briefing left behind.
      await call('briefings:delete', { id: copy.id }).catch(() => undefined);
      return undefined;
    }
  } catch {
    return undefined;
  }
}

/**
 * The open briefing as the store has it now, in a new editor (its draft, pending autosave and history
 * go with the old one): a version saved elsewhere taken quietly, or loaded when the writer chose it
 * over their own edits. Gone from the store meanwhile: closed, saying so. The keyboard stays where it
 * was in the text (its paragraph, the place in it, how far down the page), when it was in the text.
 */
export async function reloadOpenBriefing(): Promise<void> {
  const open = currentDraft();
  if (!open) return;
  try {
    const stored = await call('briefings:get', { id: open.id });
    const caret = caretPlace();
    update((s) => ({ editorEpoch: s.editorEpoch + 1 }));
    openBriefing(stored);
    if (caret) restoreCaret(caret);
  } catch (error) {
    update(() => ({ editorMessage: { text: (error as Error).message, isError: true } }));
  }
}

/**
 * The writer keeps their edits, which the store refused over a version saved elsewhere, as a briefing
 * of their own, "… (your copy)", opened here; the other version stays under its title. Nothing is lost.
 */
export async function keepDraftAsCopy(): Promise<void> {
  const draft = currentDraft();
  if (!draft) return;
  const copy = await keepAsNewBriefing(draft, 'your copy', useApp.getState().draftGeneration);
  if (!copy) {
    update(() => ({
      editorMessage: {
        text: 'Your version could not be saved as a copy. Nothing was changed; try again, or copy your text out first.',
        isError: true,
      },
    }));
    return;
  }
  update((s) => ({ editorEpoch: s.editorEpoch + 1 }));
  openBriefing(copy);
  update(() => ({
    editorMessage: {
      text: `Your version is kept as “${copy.title}”, open here. “${draft.title}” keeps the version saved in the other window or tab.`,
      isError: false,
    },
  }));
}

// ---- the library's search ------------------------------------------------------------------------

export const setLibraryQuery = (patch: Partial<LibraryQuery>) =>
  update((s) => ({ libraryQuery: { ...s.libraryQuery, ...patch } }));

/** Filters the search by a tag (a fact's tag clicked). */
export const addTagFilter = (tag: string) =>
  update((s) =>
    s.libraryQuery.tags.includes(tag)
      ? {}
      : { libraryQuery: { ...s.libraryQuery, tags: [...s.libraryQuery.tags, tag] } },
  );

/** Filters off, the text and the order kept. */
export const clearLibraryFilters = () => update((s) => ({ libraryQuery: withoutFilters(s.libraryQuery) }));

/** Puts a saved search back on screen, every filter included. */
export const applyFactQuery = (q: FactQuery) => update(() => ({ libraryQuery: libraryQueryOf(q) }));

// ---- pushed events -------------------------------------------------------------------------------

let revisionTimer: number | undefined;
let libraryTimer: number | undefined;

/**
 * Library changes are pushed as they happen (no polling) and update the store: a fact retracted by a
 * colleague is re-read, so the open briefing flags its paragraphs and the export check blocks; the
 * library's search runs again. Returns the function that stops listening.
 */
export function watchPushedEvents(): () => void {
  const reread = (ids: readonly string[]) =>
    ids.forEach((id) =>
      call('facts:get', { id })
        .then(rememberFact)
        .catch(() => undefined),
    );
  let isReadingSources = false;
  const libraryAdded = (isNewSource: boolean) => {
    isReadingSources ||= isNewSource;
    if (libraryTimer !== undefined) return;
    libraryTimer = window.setTimeout(() => {
      libraryTimer = undefined;
      if (isReadingSources) void refreshSources();
      isReadingSources = false;
      libraryChanged();
    }, 100);
  };
  const onEvent = (event: LibraryEvent) => {
    if (event.kind === 'templates') return void refreshTemplates();
    if (event.kind === 'store-replaced') return void storeReplaced();
    // A briefing saved (here, in another window or tab, or from the CLI): the editor that has it open
    // takes the new version, or offers a choice when it has edits of its own.
    if (event.kind === 'briefing') return briefingSaved(event.id, event.updatedAt);
    // Sources or facts added (an import here, in another window, or from the CLI through this app): the
    // library's lists and their counts are read again, a burst of additions once.
    if (event.kind === 'library-added') return libraryAdded(event.sources > 0);
    // The store turned read-only while open (its background integrity check found damage): the banner.
    if (event.kind === 'store')
      return update((s) => ({ info: s.info && { ...s.info, store: event.status } }));
    const known = useApp.getState().knownFacts;
    if (event.kind === 'fact') {
      const fact = known.get(event.id);
      if (fact && fact.version !== event.version) reread([event.id]);
    } else if (event.kind === 'fact-deleted') {
      // Gone from the team library: the briefing keeps the local copy, which is re-read marked so.
      if (known.has(event.id)) reread([event.id]);
    } else {
      update(() => ({ live: event.isLive ? null : event }));
      // Back after a gap: changes announced meanwhile were missed, so re-read what is shown.
      if (event.isLive) reread([...known.keys()]);
    }
    // Many changes at once (a colleague's bulk retraction) refresh the library list once.
    if (revisionTimer === undefined)
      revisionTimer = window.setTimeout(() => {
        revisionTimer = undefined;
        libraryChanged();
      }, 250);
  };
  const stop = watchLibrary(onEvent);
  // Team folders are watched by the services, which push a change; a folder that cannot be watched
  // (some network shares) is rescanned when the window comes back to the front.
  const onFocus = () => void refreshTemplates();
  window.addEventListener('focus', onFocus);
  return () => {
    stop();
    window.removeEventListener('focus', onFocus);
  };
}
