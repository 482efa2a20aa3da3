import { asPrefixQuery, shortPrefixNote } from '../../../../electron/core/search-prefix';
import { resultCountText } from './result-count';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Collection } from '../../../../electron/contract/api';
import { call } from '../../api/client';
import type { Fact, FactStatus, Grade, Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import {
  addTagFilter,
  applyFactQuery,
  cite,
  clearLibraryFilters,
  factSaved,
  quoted,
  refreshSources,
  rememberFact,
  setLibraryQuery,
} from '../../app/actions';
import { useApp } from '../../app/store';
import { factQueryOf, isFiltered as hasFilters } from './library-query';
import { ArticleImport } from '../import/ArticleImport';
import { StoreTools } from '../import/StoreTools';
import { describeArticleReport } from '../import/report-text';
import { FactForm } from './FactForm';
import { FactList } from './FactList';
import { SourceByline } from './SourceByline';
import { sourceLabel } from './source-label';
import { SourceForm } from './SourceForm';
import { useFactSearch } from './use-fact-search';
import { withoutCslMarkup } from '../../../../electron/core/text';
import { NameDialog } from '../../ui/name-dialog';
import { Notice, type NoticeTone } from '../../ui/notice';
import { useOpenAtTop } from '../../ui/use-open-at-top';

type Tab = 'facts' | 'sources' | 'tools';
type Panel =
  | { kind: 'new-source' }
  | { kind: 'new-fact'; sourceId?: string }
  | { kind: 'fact'; fact: Fact }
  | { kind: 'source'; source: Source }
  | null;

const STATUSES: FactStatus[] = ['draft', 'verified', 'retracted'];
const GRADES: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

const NO_SECTIONS: Template['sections'] = [];

/** Memoized, reading only the store's library slices: typing in the briefing does not re-render it. */
export const LibraryPane = memo(function LibraryPane() {
  const sources = useApp((s) => s.sources);
  // Sections of the open briefing's template; facts can be cited into them. Empty when none is open.
  const sections = useApp((s) => (s.history.present ? s.template?.sections : undefined) ?? NO_SECTIONS);
  const citedParagraphs = useApp((s) => s.citedParagraphs);
  const openRequest = useApp((s) => s.openRequest);
  const storeRevision = useApp((s) => s.storeRevision);
  const q = useApp((s) => s.libraryQuery);
  const [tab, setTab] = useState<Tab>('facts');
  const [panel, setPanel] = useState<Panel>(null);
  /** The article import, a modal dialog over the app (not a panel: the library stays as it was behind it). */
  const [isImportingArticle, setImportingArticle] = useState(false);
  /** What just happened, or why it could not (`lasts`: an error, which does not fade). */
  const [notice, setNoticeState] = useState<{ text: string; lasts: boolean; tone: NoticeTone } | null>(null);
  const setNotice = (text: string | null, lasts = false, tone: NoticeTone = 'success') =>
    setNoticeState(text === null ? null : { text, lasts, tone });
  const searchRef = useRef<HTMLInputElement>(null);
  const [collections, setCollections] = useState<Collection[]>([]);
  const [collectionId, setCollectionId] = useState('');
  const query = factQueryOf(q);
  const { text, tags, statuses, grades, sourceId, sort } = q;

  useEffect(() => {
    call('collections:list', {})
      .then(setCollections)
      .catch(() => undefined);
  }, []);

  const [isNamingSearch, setNamingSearch] = useState(false);
  async function saveSearch(name: string) {
    setNamingSearch(false);
    try {
      const saved = await call('collections:save', { name, query });
      setCollections((list) => [...list.filter((c) => c.id !== saved.id), saved]);
      setCollectionId(saved.id);
      setNotice(`Saved the search “${saved.name}”.`);
    } catch (error) {
      setNotice(`Could not save the search: ${(error as Error).message}`, true);
    }
  }

  async function deleteSearch() {
    const c = collections.find((x) => x.id === collectionId);
    if (!c) return;
    await call('collections:delete', { id: c.id }).catch(() => undefined);
    setCollections((list) => list.filter((x) => x.id !== c.id));
    setCollectionId('');
    setNotice(`Deleted the saved search “${c.name}”.`);
  }
  const search = useFactSearch(query);
  // A search that found nothing for a word perhaps still being typed ("negotiat") offers it as a prefix.
  const prefixSuggestion =
    !search.isLoading && !search.error && search.total === 0 ? asPrefixQuery(text) : undefined;
  const { reload } = search;
  const [seenRevision, setSeenRevision] = useState(storeRevision);
  useEffect(() => {
    if (storeRevision === seenRevision) return;
    setSeenRevision(storeRevision);
    reload();
  }, [storeRevision, seenRevision, reload]);

  // A clicked citation chip asks for its fact: adjust the panel while rendering (React's pattern for
  // deriving state from a changed prop), not in an effect.
  const [seenRequest, setSeenRequest] = useState(openRequest);
  if (openRequest !== seenRequest) {
    setSeenRequest(openRequest);
    if (openRequest) {
      setTab('facts');
      setPanel({ kind: 'fact', fact: openRequest.fact });
    }
  }

  // Ctrl/Cmd+K jumps to the library search from anywhere (Ctrl/Cmd+Shift+K is the editor's link).
  // The focus moves during the keydown itself (the search field rendered at once if another tab or
  // a form was showing), so the very next key typed lands in the search, never in the editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (!searchRef.current)
          flushSync(() => {
            setTab('facts');
            setPanel(null);
          });
        searchRef.current?.focus();
      }
    };
    // Capture: before the editor (or any other field) sees the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const changed = (message: string, lasts = false, tone: NoticeTone = 'success') => {
    setNotice(message, lasts, tone);
    void refreshSources();
    reload();
  };

  const isFiltered = hasFilters(q);
  // Stable, so the list's memoised rows are not redrawn by the pane's own re-renders. The fact goes
  // into the store, whose copy the form then shows: a change made elsewhere (an undo in the briefing,
  // a colleague's save, pushed) reaches the open form.
  const openFactPanel = useCallback((fact: Fact) => {
    const known = useApp.getState().knownFacts.get(fact.id);
    if (!known || (fact.version ?? 0) > (known.version ?? 0)) rememberFact(fact);
    setPanel({ kind: 'fact', fact });
  }, []);
  const liveFact = useApp((s) => (panel?.kind === 'fact' ? s.knownFacts.get(panel.fact.id) : undefined));

  // Each panel opens at its top, the keyboard in its first field (the scroll box is the same element
  // for every panel: the next form opened where the last was left, at its Save button).
  const panelRef = useRef<HTMLDivElement>(null);
  const panelKey =
    panel === null
      ? null
      : `${panel.kind}:${panel.kind === 'fact' ? panel.fact.id : panel.kind === 'source' ? panel.source.id : ''}`;
  useOpenAtTop(panelRef, panelKey);
  // A panel closed gives the keyboard back to the list: to the fact it showed, where that is drawn, else to
  // the search field (not to the page's top, which a keyboard user would have to Tab down from).
  const closedPanel = useRef<Panel>(null);
  useEffect(() => {
    if (panel !== null) {
      closedPanel.current = panel;
      return;
    }
    const was = closedPanel.current;
    closedPanel.current = null;
    if (!was) return;
    // (The list draws its rows once it has measured itself: looked for on the next frame.)
    const frame = requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const row =
        was.kind === 'fact'
          ? document.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(was.fact.id)}"] .fact-open`)
          : null;
      (row ?? searchRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [panel]);

  return (
    <section id="library-pane" className="pane library" aria-labelledby="library-heading">
      {isNamingSearch ? (
        <NameDialog
          title="Save this search"
          label="Name of the search"
          initial={text || 'Saved search'}
          maxLength={200}
          confirmLabel="Save search"
          noteFor={(name) =>
            collections.some((c) => c.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0)
              ? `You already have a saved search named “${name}”: this one is kept beside it.`
              : 'Kept in the “Saved searches” list: picked there, it runs again.'
          }
          onCancel={() => setNamingSearch(false)}
          onConfirm={(name) => void saveSearch(name)}
        />
      ) : null}
      <header className="pane-header">
        <h2 id="library-heading">Library</h2>
        <div className="actions">
          <button type="button" onClick={() => setImportingArticle(true)}>
            Import article
          </button>
          <button type="button" className="secondary" onClick={() => setPanel({ kind: 'new-source' })}>
            New source
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setPanel({ kind: 'new-fact' })}
            disabled={sources.length === 0}
            title={sources.length === 0 ? 'Save a source first' : undefined}
          >
            New fact
          </button>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Library views">
        {(
          [
            ['facts', 'Facts'],
            ['sources', `Sources (${sources.length})`],
            ['tools', 'Import & backup'],
          ] as const
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'tab tab-on' : 'tab'}
            onClick={() => {
              setTab(id);
              setPanel(null);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {notice ? (
        <Notice key={notice.text} lasts={notice.lasts} tone={notice.tone} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Notice>
      ) : null}

      {isImportingArticle ? (
        <ArticleImport
          onCancel={() => setImportingArticle(false)}
          onDone={(r) => {
            setImportingArticle(false);
            setPanel(null);
            setTab('facts');
            const { text, tone } = describeArticleReport(r);
            changed(text, false, tone);
          }}
        />
      ) : null}
      <div ref={panelRef} className={panel ? 'panel-scroll' : 'hidden'}>
        {panel?.kind === 'new-source' ? (
          <SourceForm
            onCancel={() => setPanel(null)}
            onSaved={(s) => {
              changed(`Saved source “${withoutCslMarkup(s.title)}”.`);
              // Only if the form is still open: a form closed meanwhile stays closed.
              setPanel((p) => (p?.kind === 'new-source' ? { kind: 'new-fact', sourceId: s.id } : p));
            }}
          />
        ) : null}
        {panel?.kind === 'new-fact' ? (
          <FactForm
            sources={sources}
            defaultSourceId={panel.sourceId}
            onCancel={() => setPanel(null)}
            onSaved={(f) => {
              factSaved(f);
              setNotice(`Saved fact: ${quoted(f)}`);
              reload();
            }}
          />
        ) : null}
        {panel?.kind === 'fact' ? (
          <FactForm
            key={panel.fact.id}
            sources={sources}
            fact={liveFact ?? panel.fact}
            onCancel={() => setPanel(null)}
            onSaved={(f, before) => {
              factSaved(f, before);
              setNotice('Fact saved.');
              // The form shows the saved fact, if it is still open: a save that finishes after the form
              // was closed (or another fact opened) must not bring it back.
              setPanel((p) => (p?.kind === 'fact' && p.fact.id === f.id ? { kind: 'fact', fact: f } : p));
              reload();
            }}
            onDeleted={(f) => {
              setPanel((p) => (p?.kind === 'fact' && p.fact.id === f.id ? null : p));
              setNotice(`Deleted fact: ${quoted(f)}`);
              reload();
            }}
          />
        ) : null}
        {panel?.kind === 'source' ? (
          <SourceForm
            key={panel.source.id}
            source={panel.source}
            onCancel={() => setPanel(null)}
            onSaved={(s) => {
              changed(`Saved source “${withoutCslMarkup(s.title)}”.`);
              setPanel(null);
            }}
          />
        ) : null}
      </div>

      {tab === 'facts' && !panel ? (
        <div className="facts-view">
          <div className="search-bar">
            <label htmlFor="library-search" className="visually-hidden">
              Search facts
            </label>
            <input
              id="library-search"
              ref={searchRef}
              type="search"
              placeholder="Search facts, quotes, speakers, tags…  (Ctrl+K)"
              value={text}
              onChange={(e) => setLibraryQuery({ text: e.target.value })}
            />
            <label htmlFor="library-sort" className="visually-hidden">
              Sort
            </label>
            <select
              id="library-sort"
              value={sort}
              onChange={(e) => setLibraryQuery({ sort: e.target.value as typeof sort })}
            >
              <option value="relevance">Best match</option>
              <option value="newest">Newest</option>
              <option value="oldest">Oldest</option>
              <option value="event-date">Event date</option>
            </select>
          </div>
          <div className="chips filter-chips" aria-label="Filters">
            {/* Each set of chips wraps as one: the grades A–F never split over two lines. */}
            <span className="chip-group" role="group" aria-label="Status">
              {STATUSES.map((s) => (
                <button
                  key={s}
                  type="button"
                  className={statuses.includes(s) ? 'chip-filter on' : 'chip-filter'}
                  aria-pressed={statuses.includes(s)}
                  onClick={() => setLibraryQuery({ statuses: toggle(statuses, s) })}
                >
                  {s}
                </button>
              ))}
            </span>
            <span className="sep" aria-hidden="true" />
            <span className="chip-group" role="group" aria-label="Grade">
              {GRADES.map((g) => (
                <button
                  key={g}
                  type="button"
                  className={grades.includes(g) ? 'chip-filter on' : 'chip-filter'}
                  aria-pressed={grades.includes(g)}
                  aria-label={`Grade ${g}`}
                  onClick={() => setLibraryQuery({ grades: toggle(grades, g) })}
                >
                  {g}
                </button>
              ))}
            </span>
            <label htmlFor="library-source" className="visually-hidden">
              Source filter
            </label>
            <select
              id="library-source"
              className="source-filter"
              value={sourceId}
              onChange={(e) => setLibraryQuery({ sourceId: e.target.value })}
            >
              <option value="">All sources</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {sourceLabel(s)}
                </option>
              ))}
            </select>
            {tags.map((t) => (
              <button
                key={t}
                type="button"
                className="chip-filter on"
                aria-label={`Remove tag filter ${t}`}
                onClick={() => setLibraryQuery({ tags: tags.filter((x) => x !== t) })}
              >
                #{t} ×
              </button>
            ))}
            {isFiltered ? (
              <button type="button" className="link" onClick={clearLibraryFilters}>
                Clear filters
              </button>
            ) : null}
          </div>
          <details className="more-filters">
            <summary>More filters and saved searches</summary>
            <div className="row wrap">
              {(
                [
                  ['speaker', 'Speaker', 'e.g. Peskov'],
                  ['outlet', 'Outlet', 'e.g. Reuters'],
                  ['from', 'From', 'YYYY-MM-DD'],
                  ['to', 'To', 'YYYY-MM-DD'],
                ] as const
              ).map(([key, label, hint]) => (
                <div className="field" key={key}>
                  <label htmlFor={`filter-${key}`}>{label}</label>
                  <input
                    id={`filter-${key}`}
                    value={q[key]}
                    placeholder={hint}
                    onChange={(e) => setLibraryQuery({ [key]: e.target.value })}
                  />
                </div>
              ))}
            </div>
            <div className="row saved-searches">
              <label htmlFor="saved-searches" className="visually-hidden">
                Saved searches
              </label>
              <select
                id="saved-searches"
                value={collectionId}
                onChange={(e) => {
                  setCollectionId(e.target.value);
                  const c = collections.find((x) => x.id === e.target.value);
                  if (c) applyFactQuery(c.query);
                }}
              >
                <option value="">Saved searches ({collections.length})</option>
                {collections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" onClick={() => setNamingSearch(true)}>
                Save this search
              </button>
              {collectionId ? (
                <button type="button" className="link" onClick={() => void deleteSearch()}>
                  Delete
                </button>
              ) : null}
            </div>
          </details>
          <p className="result-count" role="status" aria-live="polite" data-testid="result-count">
            {search.error
              ? `Search failed: ${search.error}`
              : search.isLoading && search.items.length === 0
                ? 'Searching…'
                : [resultCountText(search, sort), shortPrefixNote(text)].filter(Boolean).join('. ')}
          </p>
          {prefixSuggestion ? (
            <p className="hint">
              Nothing found for the whole word “{prefixSuggestion.slice(0, -1).split(/\s+/).at(-1)}”.{' '}
              <button
                type="button"
                className="link"
                onClick={() => setLibraryQuery({ text: prefixSuggestion })}
              >
                Search words starting with it: {prefixSuggestion}
              </button>
            </p>
          ) : null}
          {!search.isLoading && search.total === 0 && text === '' && !isFiltered ? (
            <p className="empty">
              No facts yet. Import an article to draw facts from it, or save a source and add facts by hand.
            </p>
          ) : (
            <FactList
              items={search.items}
              total={search.total}
              sections={sections}
              citedParagraphs={citedParagraphs}
              onOpen={openFactPanel}
              onCite={cite}
              onDragFact={rememberFact}
              onTag={addTagFilter}
              onNeedMore={search.loadMore}
            />
          )}
        </div>
      ) : null}

      {tab === 'sources' && !panel ? (
        <ul className="source-list panel-scroll" aria-label="Sources">
          {sources.map((s) => (
            <li key={s.id}>
              <div>
                <SourceByline source={s} />
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setTab('facts');
                    setLibraryQuery({ sourceId: s.id });
                  }}
                >
                  Facts
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    // The list carries no article text: fetch the whole source to edit it.
                    void call('sources:get', { id: s.id })
                      .then((source) => setPanel({ kind: 'source', source }))
                      .catch((e: unknown) => setNotice((e as Error).message, true))
                  }
                  aria-label={`Edit ${withoutCslMarkup(s.title)}`}
                >
                  Edit
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}

      {tab === 'tools' && !panel ? (
        <div className="panel-scroll">
          <StoreTools onChanged={changed} />
        </div>
      ) : null}
    </section>
  );
});
