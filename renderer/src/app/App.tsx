import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../electron/core/schemas';
import { BriefingEditor } from '../features/editor/BriefingEditor';
import { BriefingStart } from '../features/editor/NewBriefingForm';
import { TeamLibraryView } from '../features/team/TeamLibraryView';
import { LibraryPane } from '../features/library/LibraryPane';
import { Preview } from '../features/preview/Preview';
import { watchInTextCitations } from '../features/editor/in-text-citations';
import { TemplatesView } from '../features/templates/TemplatesView';
import {
  boot,
  openBriefing,
  refreshBriefings,
  refreshTemplates,
  showView,
  teamLibraryChanged,
  watchPushedEvents,
} from './actions';
import { PANE_LIMITS, PaneSplitter, usePaneWidths } from './PaneSplitter';
import { watchNewAddress } from './reconnect';
import { StoreBanner } from './StoreBanner';
import { useApp } from './store';
import { SkipLinks } from './SkipLinks';
import { TopBar } from './TopBar';

/** How long the open briefing rests before the preview takes it in (it is laid out by the main process). */
const PREVIEW_REST_MS = 300;

/**
 * The open briefing as the preview shows it: taken in once it has rested, so a keystroke re-renders
 * nothing here (another briefing, or none, at once).
 */
function usePreviewDraft(): Briefing | null {
  const [draft, setDraft] = useState(() => useApp.getState().history.present);
  useEffect(() => {
    // One timer, re-armed when it finds the draft changed meanwhile (clearing and setting a timer on
    // every keystroke costs more than the rest of the keystroke's work here).
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dueAt = 0;
    const onTimer = () => {
      const wait = dueAt - performance.now();
      if (wait > 1) timer = setTimeout(onTimer, wait);
      else {
        timer = undefined;
        setDraft(useApp.getState().history.present);
      }
    };
    const stop = useApp.subscribe((s, prev) => {
      const next = s.history.present;
      if (next === prev.history.present) return;
      if (!next || next.id !== prev.history.present?.id) {
        clearTimeout(timer);
        timer = undefined;
        setDraft(next);
        return;
      }
      dueAt = performance.now() + PREVIEW_REST_MS;
      timer ??= setTimeout(onTimer, PREVIEW_REST_MS);
    });
    // A change between the first render and this subscription.
    const catchUp = () => setDraft(useApp.getState().history.present);
    catchUp();
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return draft;
}

/** The preview of the open briefing (its own slice of the store: typing re-renders neither this nor the app). */
function PreviewPane() {
  const draft = usePreviewDraft();
  const facts = useApp((s) => s.knownFacts);
  const template = useApp((s) => s.template);
  if (!draft) return null;
  return (
    <section id="preview-pane" className="pane preview" aria-label="Preview" tabIndex={0}>
      <header className="pane-header">
        <h2>Preview</h2>
      </header>
      <Preview draft={draft} facts={facts} template={template} />
    </section>
  );
}

/** The start page, the templates, the team library, or the open briefing. */
function MainView() {
  const template = useApp((s) => s.template);
  const briefingId = useApp((s) => s.history.present?.id);
  const editorEpoch = useApp((s) => s.editorEpoch);
  const view = useApp((s) => s.view);
  const listing = useApp((s) => s.listing);
  const briefings = useApp((s) => s.briefings);
  if (briefingId && template)
    return <BriefingEditor key={`${briefingId}:${editorEpoch}`} template={template} />;
  if (view === 'templates')
    return (
      <TemplatesView
        listing={listing}
        onChanged={() => void refreshTemplates()}
        onClose={() => showView('start')}
      />
    );
  if (view === 'team')
    return <TeamLibraryView onClose={() => showView('start')} onChanged={teamLibraryChanged} />;
  return (
    <BriefingStart
      templates={listing.entries}
      briefings={briefings}
      onListChanged={() => void refreshBriefings()}
      onManageTemplates={() => showView('templates')}
      onTeamLibrary={() => showView('team')}
      onOpen={openBriefing}
    />
  );
}

export function App() {
  const info = useApp((s) => s.info);
  const loadError = useApp((s) => s.loadError);
  const live = useApp((s) => s.live);
  const hasPreview = useApp((s) => Boolean(s.history.present && s.template && s.isPreviewOpen));

  useEffect(() => {
    void boot();
    const stopNewAddress = watchNewAddress();
    const stopPushed = watchPushedEvents();
    const stopInText = watchInTextCitations();
    return () => {
      stopNewAddress();
      stopPushed();
      stopInText();
    };
  }, []);

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
      <SkipLinks />
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
        <LibraryPane />
        <PaneSplitter
          pane="library"
          label="Resize the library"
          controls="library-pane"
          value={libraryWidth}
          max={libraryMax}
          onChange={(px) => setPaneWidth('library', px)}
        />
        <MainView />
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
        {hasPreview ? <PreviewPane /> : null}
      </main>
    </div>
  );
}
