import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, BriefingSummary, TemplateListing } from '../../../electron/contract/api';
import { editSection } from '../../../electron/core/briefing-edit';
import { inlineFromLegacy, withoutCites } from '../../../electron/core/rich-text';
import {
  attribution,
  blockFactIds,
  citedFactIds as factIdsCitedIn,
  type Block,
  type Briefing,
  type Fact,
  type FactStatus,
  type Source,
} from '../../../electron/core/schemas';
import { ApiError, call, watchLibrary } from '../api/client';
import { BriefingEditor, newBlockId } from '../features/editor/BriefingEditor';
import { BriefingStart } from '../features/editor/NewBriefingForm';
import { TeamLibraryView } from '../features/team/TeamLibraryView';
import { LibraryPane } from '../features/library/LibraryPane';
import { Preview } from '../features/preview/Preview';
import { TemplatesView } from '../features/templates/TemplatesView';
import { PANE_LIMITS, PaneSplitter, usePaneWidths } from './PaneSplitter';
import { StoreBanner } from './StoreBanner';
import { TopBar } from './TopBar';
import { useHistory } from './use-history';

const STATUS_WORDS: Record<FactStatus, string> = {
  draft: 'draft',
  verified: 'verified',
  retracted: 'retracted',
};

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sources, setSources] = useState<Source[]>([]);
  // Facts the open briefing cites, by id: the library itself is searched, never loaded whole.
  const [knownFacts, setKnownFacts] = useState<ReadonlyMap<string, Fact>>(new Map());
  const [listing, setListing] = useState<TemplateListing>({ entries: [], problems: [], revision: 0 });
  const templates = useMemo(() => listing.entries.map((e) => e.template), [listing]);
  const [briefings, setBriefings] = useState<BriefingSummary[]>([]);
  const history = useHistory<Briefing | null>(null);
  const draft = history.value;
  const { changeWith } = history;
  const [view, setView] = useState<'start' | 'templates' | 'team'>('start');
  const [isPreviewOpen, setPreviewOpen] = useState(() => localStorage.getItem('briefing-preview') !== 'off');
  const togglePreview = () =>
    setPreviewOpen((open) => {
      localStorage.setItem('briefing-preview', open ? 'off' : 'on');
      return !open;
    });

  // Resizable panes: the side panes have remembered widths; the briefing takes the rest.
  const [paneWidths, setPaneWidth] = usePaneWidths();
  const panesRef = useRef<HTMLElement>(null);
  const [panesWidth, setPanesWidth] = useState(1400);
  useEffect(() => {
    const el = panesRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setPanesWidth(el.clientWidth));
    observer.observe(el);
    setPanesWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  const refreshBriefings = useCallback(async () => setBriefings(await call('briefings:list', {})), []);

  useEffect(() => {
    Promise.all([
      call('app:info', {}),
      call('sources:list', {}),
      call('templates:list', {}),
      call('briefings:list', {}),
    ])
      .then(([i, s, t, b]) => {
        setInfo(i);
        setSources(s);
        setListing(t);
        setBriefings(b);
        document.body.dataset.ready = 'true';
      })
      .catch((e: unknown) => setLoadError((e as Error).message));
  }, []);

  const refreshTemplates = useCallback(() => {
    call('templates:list', {})
      .then((t) =>
        setListing((old) =>
          old.revision === t.revision && old.entries.length === t.entries.length ? old : t,
        ),
      )
      .catch(() => undefined);
  }, []);

  // Team folders are watched by the services, which push a change (below); a folder that cannot be
  // watched (some network shares) is rescanned when the window comes back to the front.
  useEffect(() => {
    window.addEventListener('focus', refreshTemplates);
    return () => window.removeEventListener('focus', refreshTemplates);
  }, [refreshTemplates]);

  const refreshSources = useCallback(() => {
    call('sources:list', {})
      .then(setSources)
      .catch((e: unknown) => setLoadError((e as Error).message));
  }, []);

  const [citeNotice, setCiteNotice] = useState<string | null>(null);
  const [storeRevision, setStoreRevision] = useState(0);
  const rememberFact = useCallback((f: Fact) => setKnownFacts((m) => new Map(m).set(f.id, f)), []);
  /** Whether the team library's live updates are flowing, and what to tell the user when not. */
  const [live, setLive] = useState<{ isLive: boolean; message: string } | null>(null);
  const knownRef = useRef(knownFacts);
  const revisionTimer = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    knownRef.current = knownFacts;
  });

  // Library changes are pushed as they happen (no polling): a fact retracted by a colleague is re-read,
  // so the open briefing flags its paragraphs and the export check blocks; the library list refreshes.
  useEffect(
    () =>
      watchLibrary((event) => {
        if (event.kind === 'templates') return refreshTemplates();
        // The store turned read-only while open (its background integrity check found damage): the banner.
        if (event.kind === 'store') return setInfo((i) => i && { ...i, store: event.status });
        const reread = (ids: readonly string[]) =>
          ids.forEach((id) =>
            call('facts:get', { id })
              .then(rememberFact)
              .catch(() => undefined),
          );
        if (event.kind === 'fact') {
          const known = knownRef.current.get(event.id);
          if (known && known.version !== event.version) reread([event.id]);
        } else if (event.kind === 'fact-deleted') {
          // Gone from the team library: the briefing keeps the local copy, which is re-read marked so.
          if (knownRef.current.has(event.id)) reread([event.id]);
        } else {
          setLive(event.isLive ? null : event);
          // Back after a gap: changes announced meanwhile were missed, so re-read what is shown.
          if (event.isLive) reread([...knownRef.current.keys()]);
        }
        // Many changes at once (a colleague's bulk retraction) refresh the library list once.
        if (revisionTimer.current === undefined)
          revisionTimer.current = window.setTimeout(() => {
            revisionTimer.current = undefined;
            setStoreRevision((n) => n + 1);
          }, 250);
      }),
    [refreshTemplates, rememberFact],
  );

  // Load the facts a briefing cites that are not known yet (on open, after a template switch…).
  const citedIds = useMemo(() => (draft ? factIdsCitedIn(draft.sections) : []), [draft]);
  useEffect(() => {
    const missing = citedIds.filter((id) => !knownFacts.has(id));
    if (missing.length === 0) return;
    const gone = 'gone' as const;
    Promise.all(
      missing.map((id) =>
        call('facts:get', { id }).catch((e: unknown) =>
          e instanceof ApiError && e.code === 'not_found' ? gone : null,
        ),
      ),
    )
      .then((list) => {
        setKnownFacts((m) => {
          const next = new Map(m);
          for (const f of list) if (f && f !== gone) next.set(f.id, f);
          return next;
        });
        // A chip whose fact is not in the library (pasted from elsewhere, or its fact deleted) would
        // make every save fail: it is taken out, as an undoable step, and the analyst is told.
        const absent = new Set(missing.filter((_, i) => list[i] === gone));
        if (absent.size === 0) return;
        changeWith((d) =>
          d
            ? {
                ...d,
                // Only the blocks citing them change: the others stay the same objects, so their
                // editors have nothing to redraw.
                sections: d.sections.map((s) => ({
                  ...s,
                  blocks: s.blocks.map((b) =>
                    blockFactIds(b).some((id) => absent.has(id))
                      ? { ...b, content: withoutCites(b.content, absent) }
                      : b,
                  ),
                })),
              }
            : d,
        );
        setCiteNotice(
          `Removed ${absent.size === 1 ? 'a citation' : `${absent.size} citations`} of a fact that is not in the library.`,
        );
      })
      .catch(() => undefined);
  }, [citedIds, knownFacts, changeWith]);

  const template = draft ? templates.find((t) => t.id === draft.templateId) : undefined;
  // The same Set while the cited facts stay the same (typing must not re-render the library).
  const citedKey = citedIds.join(' ');
  const citedFactIds = useMemo(() => new Set(citedKey ? citedKey.split(' ') : []), [citedKey]);

  /** Adds a fact to a section as a new paragraph (its statement, or its verbatim quote) citing it. */
  const cite = (fact: Fact, sectionId: string, useQuote = false) => {
    if (!draft) return;
    rememberFact(fact);
    const who = attribution(fact);
    const text = useQuote && fact.quote ? `${who ? `${who}: ` : ''}“${fact.quote}”` : fact.statement;
    // The words, then the fact's chip.
    const block: Block = { id: newBlockId(), content: inlineFromLegacy(text, [fact.id]) };
    history.change({ ...draft, sections: editSection(draft.sections, sectionId, (bs) => [...bs, block]) });
  };

  const citeRef = useRef(cite);
  useLayoutEffect(() => {
    citeRef.current = cite;
  });
  const stableCite = useCallback(
    (fact: Fact, sectionId: string, useQuote?: boolean) => citeRef.current(fact, sectionId, useQuote),
    [],
  );

  /**
   * A cited fact's status changed in the library while the briefing is open (retracted or verified
   * from its chip): one step of the briefing's history. Ctrl+Z writes the old status back to the
   * library (Ctrl+Y the new one again), as the fact's history records, and the editor says so.
   */
  const onFactSaved = (saved: Fact) => {
    const before = knownRef.current.get(saved.id);
    rememberFact(saved);
    if (!draft || !before || before.status === saved.status || !citedFactIds.has(saved.id)) return;
    const what = `“${saved.statement.length > 60 ? `${saved.statement.slice(0, 60)}…` : saved.statement}”`;
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
        setStoreRevision((n) => n + 1);
        setCiteNotice(
          `${direction === 'undo' ? 'Undone' : 'Redone'} in the library: ${what} is ${STATUS_WORDS[status]} again.`,
        );
      } catch (error) {
        setCiteNotice(
          `Could not ${direction} the status of ${what} in the library: ${(error as Error).message}`,
        );
      }
    };
    history.record({
      label: `${STATUS_WORDS[saved.status]} ${what}`,
      undo: write(before.status, 'undo'),
      redo: write(saved.status, 'redo'),
    });
    setCiteNotice(
      `${what} is now ${STATUS_WORDS[saved.status]} in the library. Ctrl+Z (Undo) in the briefing puts it back to ${STATUS_WORDS[before.status]}.`,
    );
  };

  // Stable for the library pane (typing in the briefing must not re-render it).
  const factSavedRef = useRef(onFactSaved);
  useLayoutEffect(() => {
    factSavedRef.current = onFactSaved;
  });
  const stableFactSaved = useCallback((f: Fact) => factSavedRef.current(f), []);

  const [openRequest, setOpenRequest] = useState<{ fact: Fact; nonce: number } | null>(null);
  const openFact = (factId: string) => {
    const fact = knownFacts.get(factId);
    if (fact) setOpenRequest((r) => ({ fact, nonce: (r?.nonce ?? 0) + 1 }));
  };

  const hasPreview = Boolean(draft && template && isPreviewOpen);
  const SPLITTER = 6;
  const room = panesWidth - PANE_LIMITS.editorMin - SPLITTER * (hasPreview ? 2 : 1);
  const libraryMax = Math.max(
    PANE_LIMITS.library.min,
    Math.min(PANE_LIMITS.library.max, room - (hasPreview ? paneWidths.preview : 0)),
  );
  const previewMax = Math.max(
    PANE_LIMITS.preview.min,
    Math.min(PANE_LIMITS.preview.max, room - paneWidths.library),
  );
  const libraryWidth = Math.min(paneWidths.library, libraryMax);
  const previewWidth = Math.min(paneWidths.preview, previewMax);
  const gridTemplateColumns = hasPreview
    ? `${libraryWidth}px ${SPLITTER}px minmax(0, 1fr) ${SPLITTER}px ${previewWidth}px`
    : `${libraryWidth}px ${SPLITTER}px minmax(0, 1fr)`;

  if (loadError) {
    return (
      <main className="fatal" role="alert">
        <h1>Briefing Builder could not start</h1>
        <p>{loadError}</p>
      </main>
    );
  }

  return (
    <div className="app">
      <TopBar info={info} />
      <StoreBanner status={info?.store} />
      {live ? (
        <div className="store-banner" role="status" data-testid="team-library-offline">
          <strong>Team library offline.</strong> {live.message}
        </div>
      ) : null}
      <main
        ref={panesRef}
        className={hasPreview ? 'panes with-preview' : 'panes'}
        style={{ gridTemplateColumns }}
      >
        <LibraryPane
          sources={sources}
          sections={template?.sections ?? []}
          citedFactIds={citedFactIds}
          onSourcesChanged={refreshSources}
          onFactSaved={stableFactSaved}
          onCite={stableCite}
          onDragFact={rememberFact}
          openRequest={openRequest}
          storeRevision={storeRevision}
        />
        <PaneSplitter
          pane="library"
          label="Resize the library"
          controls="library-pane"
          value={libraryWidth}
          max={libraryMax}
          onChange={(px) => setPaneWidth('library', px)}
        />
        {draft && template ? (
          <BriefingEditor
            key={draft.id}
            draft={draft}
            notice={citeNotice}
            onNoticeSeen={() => setCiteNotice(null)}
            template={template}
            facts={knownFacts}
            sources={sources}
            onChange={history.change}
            onUndo={history.undo}
            onRedo={history.redo}
            canUndo={history.canUndo}
            canRedo={history.canRedo}
            undoLabel={history.undoLabel}
            onTemplatesChanged={refreshTemplates}
            isPreviewOpen={isPreviewOpen}
            templates={templates}
            onTogglePreview={togglePreview}
            onOpenFact={openFact}
            onDropFact={(sectionId, factId) => {
              const fact = knownFacts.get(factId);
              if (fact) cite(fact, sectionId);
              // Dropped before the app had it (a very quick drag): fetch it, then cite it.
              else
                void call('facts:get', { id: factId })
                  .then((f) => citeRef.current(f, sectionId))
                  .catch(() => undefined);
            }}
            onClose={() => {
              history.reset(null);
              void refreshBriefings();
            }}
          />
        ) : view === 'templates' ? (
          <TemplatesView listing={listing} onChanged={refreshTemplates} onClose={() => setView('start')} />
        ) : view === 'team' ? (
          <TeamLibraryView
            onClose={() => setView('start')}
            onChanged={() => {
              // Another library: what the app shows is re-read from it.
              setKnownFacts(new Map());
              refreshSources();
              void refreshBriefings();
              setStoreRevision((n) => n + 1);
              call('app:info', {})
                .then(setInfo)
                .catch(() => undefined);
            }}
          />
        ) : (
          <BriefingStart
            templates={listing.entries}
            briefings={briefings}
            onListChanged={() => void refreshBriefings()}
            onManageTemplates={() => setView('templates')}
            onTeamLibrary={() => setView('team')}
            onOpen={(b, isImported) => {
              history.reset(b);
              void refreshBriefings();
              // A briefing file brings its sources and facts into the store: the library shows them.
              if (isImported) {
                refreshSources();
                setStoreRevision((n) => n + 1);
              }
            }}
          />
        )}
        {hasPreview ? (
          <PaneSplitter
            pane="preview"
            label="Resize the preview"
            controls="preview-pane"
            value={previewWidth}
            max={previewMax}
            onChange={(px) => setPaneWidth('preview', px)}
          />
        ) : null}
        {hasPreview && draft ? (
          <section id="preview-pane" className="pane preview" aria-label="Preview" tabIndex={0}>
            <header className="pane-header">
              <h2>Preview</h2>
            </header>
            <Preview draft={draft} facts={knownFacts} />
          </section>
        ) : null}
      </main>
    </div>
  );
}
