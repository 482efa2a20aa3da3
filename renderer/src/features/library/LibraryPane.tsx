import { useEffect, useRef, useState } from 'react';
import type { FactQuery } from '../../../../electron/contract/api';
import type { Fact, FactStatus, Grade, Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { ArticleImport } from '../import/ArticleImport';
import { StoreTools, describeReport } from '../import/StoreTools';
import { FactForm } from './FactForm';
import { FactList } from './FactList';
import { SourceForm } from './SourceForm';
import { useFactSearch } from './use-fact-search';

interface Props {
  sources: Source[];
  /** Sections of the open briefing's template; facts can be cited into them. Empty when none is open. */
  sections: Template['sections'];
  citedFactIds: ReadonlySet<string>;
  onSourcesChanged: () => void;
  onFactSaved: (f: Fact) => void;
  onCite: (fact: Fact, sectionId: string) => void;
}

type Tab = 'facts' | 'sources' | 'tools';
type Panel =
  | { kind: 'new-source' }
  | { kind: 'new-fact'; sourceId?: string }
  | { kind: 'article' }
  | { kind: 'fact'; fact: Fact }
  | { kind: 'source'; source: Source }
  | null;

const STATUSES: FactStatus[] = ['draft', 'verified', 'retracted'];
const GRADES: Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function LibraryPane(props: Props) {
  const [tab, setTab] = useState<Tab>('facts');
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<FactStatus[]>([]);
  const [grades, setGrades] = useState<Grade[]>([]);
  const [sourceId, setSourceId] = useState('');
  const [sort, setSort] = useState<NonNullable<FactQuery['sort']>>('relevance');
  const searchRef = useRef<HTMLInputElement>(null);

  const query: FactQuery = { text, tags, statuses, grades, sort, ...(sourceId ? { sourceId } : {}) };
  const search = useFactSearch(query);
  const { reload } = search;

  // Ctrl/Cmd+K jumps to the library search from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setTab('facts');
        setPanel(null);
        requestAnimationFrame(() => searchRef.current?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const changed = (message: string) => {
    setNotice(message);
    props.onSourcesChanged();
    reload();
  };

  const isFiltered = tags.length + statuses.length + grades.length > 0 || sourceId !== '';

  return (
    <section className="pane library" aria-labelledby="library-heading">
      <header className="pane-header">
        <h2 id="library-heading">Library</h2>
        <div className="actions">
          <button type="button" onClick={() => setPanel({ kind: 'article' })}>
            Import article
          </button>
          <button type="button" className="secondary" onClick={() => setPanel({ kind: 'new-source' })}>
            New source
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setPanel({ kind: 'new-fact' })}
            disabled={props.sources.length === 0}
            title={props.sources.length === 0 ? 'Save a source first' : undefined}
          >
            New fact
          </button>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Library views">
        {(
          [
            ['facts', 'Facts'],
            ['sources', `Sources (${props.sources.length})`],
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
        <p className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)} aria-label="Dismiss">
            ×
          </button>
        </p>
      ) : null}

      <div className={panel ? 'panel-scroll' : 'hidden'}>
        {panel?.kind === 'article' ? (
          <ArticleImport
            onCancel={() => setPanel(null)}
            onDone={(r) => {
              setPanel(null);
              setTab('facts');
              changed(describeReport(r));
            }}
          />
        ) : null}
        {panel?.kind === 'new-source' ? (
          <SourceForm
            onCancel={() => setPanel(null)}
            onSaved={(s) => {
              changed(`Saved source “${s.title}”.`);
              setPanel({ kind: 'new-fact', sourceId: s.id });
            }}
          />
        ) : null}
        {panel?.kind === 'new-fact' ? (
          <FactForm
            sources={props.sources}
            defaultSourceId={panel.sourceId}
            onCancel={() => setPanel(null)}
            onSaved={(f) => {
              props.onFactSaved(f);
              setNotice(
                `Saved fact: “${f.statement.length > 60 ? `${f.statement.slice(0, 60)}…` : f.statement}”`,
              );
              reload();
            }}
          />
        ) : null}
        {panel?.kind === 'fact' ? (
          <FactForm
            key={panel.fact.id}
            sources={props.sources}
            fact={panel.fact}
            onCancel={() => setPanel(null)}
            onSaved={(f) => {
              props.onFactSaved(f);
              setNotice('Fact saved.');
              setPanel({ kind: 'fact', fact: f });
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
              changed(`Saved source “${s.title}”.`);
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
              onChange={(e) => setText(e.target.value)}
            />
            <label htmlFor="library-sort" className="visually-hidden">
              Sort
            </label>
            <select id="library-sort" value={sort} onChange={(e) => setSort(e.target.value as typeof sort)}>
              <option value="relevance">Best match</option>
              <option value="newest">Newest</option>
              <option value="oldest">Oldest</option>
              <option value="event-date">Event date</option>
            </select>
          </div>
          <div className="chips filter-chips" aria-label="Filters">
            {STATUSES.map((s) => (
              <button
                key={s}
                type="button"
                className={statuses.includes(s) ? 'chip-filter on' : 'chip-filter'}
                aria-pressed={statuses.includes(s)}
                onClick={() => setStatuses(toggle(statuses, s))}
              >
                {s}
              </button>
            ))}
            <span className="sep" aria-hidden="true" />
            {GRADES.map((g) => (
              <button
                key={g}
                type="button"
                className={grades.includes(g) ? 'chip-filter on' : 'chip-filter'}
                aria-pressed={grades.includes(g)}
                aria-label={`Grade ${g}`}
                onClick={() => setGrades(toggle(grades, g))}
              >
                {g}
              </button>
            ))}
            <label htmlFor="library-source" className="visually-hidden">
              Source filter
            </label>
            <select
              id="library-source"
              className="source-filter"
              value={sourceId}
              onChange={(e) => setSourceId(e.target.value)}
            >
              <option value="">All sources</option>
              {props.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.outlet}: {s.title}
                </option>
              ))}
            </select>
            {tags.map((t) => (
              <button
                key={t}
                type="button"
                className="chip-filter on"
                aria-label={`Remove tag filter ${t}`}
                onClick={() => setTags(tags.filter((x) => x !== t))}
              >
                #{t} ×
              </button>
            ))}
            {isFiltered ? (
              <button
                type="button"
                className="link"
                onClick={() => {
                  setTags([]);
                  setStatuses([]);
                  setGrades([]);
                  setSourceId('');
                }}
              >
                Clear filters
              </button>
            ) : null}
          </div>
          <p className="result-count" role="status" aria-live="polite" data-testid="result-count">
            {search.error
              ? `Search failed: ${search.error}`
              : search.isLoading && search.items.length === 0
                ? 'Searching…'
                : `${search.totalIsExact ? '' : 'about '}${search.total.toLocaleString('en')} fact${search.total === 1 ? '' : 's'}`}
          </p>
          {!search.isLoading && search.total === 0 && text === '' && !isFiltered ? (
            <p className="empty">
              No facts yet. Import an article to draw facts from it, or save a source and add facts by hand.
            </p>
          ) : (
            <FactList
              items={search.items}
              total={search.total}
              sections={props.sections}
              citedFactIds={props.citedFactIds}
              onOpen={(fact) => setPanel({ kind: 'fact', fact })}
              onCite={props.onCite}
              onTag={(t) => setTags((list) => (list.includes(t) ? list : [...list, t]))}
              onNeedMore={search.loadMore}
            />
          )}
        </div>
      ) : null}

      {tab === 'sources' && !panel ? (
        <ul className="source-list panel-scroll" aria-label="Sources">
          {props.sources.map((s) => (
            <li key={s.id}>
              <div>
                <strong>{s.outlet}</strong> — {s.title}
                <span className="muted">
                  {s.published ? ` · ${s.published}` : ''} · grade {s.grade}
                </span>
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setTab('facts');
                    setSourceId(s.id);
                  }}
                >
                  Facts
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={() => setPanel({ kind: 'source', source: s })}
                  aria-label={`Edit ${s.title}`}
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
}
