import { useState } from 'react';
import type { Fact, Source, Template } from '../../../../electron/core/schemas';
import { FactForm } from './FactForm';
import { SourceForm } from './SourceForm';

interface Props {
  sources: Source[];
  facts: Fact[];
  /** Sections of the open briefing's template; facts can be cited into them. Empty when none is open. */
  sections: Template['sections'];
  citedFactIds: ReadonlySet<string>;
  onSourceSaved: (s: Source) => void;
  onFactSaved: (f: Fact) => void;
  onCite: (fact: Fact, sectionId: string) => void;
}

export function LibraryPane(props: Props) {
  const [form, setForm] = useState<'source' | 'fact' | null>(null);
  const [target, setTarget] = useState<Record<string, string>>({});
  const sourceById = new Map(props.sources.map((s) => [s.id, s]));

  return (
    <section className="pane library" aria-labelledby="library-heading">
      <header className="pane-header">
        <h2 id="library-heading">Library</h2>
        <div className="actions">
          <button type="button" onClick={() => setForm('source')}>
            New source
          </button>
          <button
            type="button"
            onClick={() => setForm('fact')}
            disabled={props.sources.length === 0}
            title={props.sources.length === 0 ? 'Save a source first' : undefined}
          >
            New fact
          </button>
        </div>
      </header>

      {form === 'source' ? (
        <SourceForm
          onCancel={() => setForm(null)}
          onSaved={(s) => {
            props.onSourceSaved(s);
            setForm('fact');
          }}
        />
      ) : null}
      {form === 'fact' ? (
        <FactForm sources={props.sources} onCancel={() => setForm(null)} onSaved={props.onFactSaved} />
      ) : null}

      <h3 className="list-heading">Facts ({props.facts.length})</h3>
      {props.facts.length === 0 ? (
        <p className="empty">
          No facts yet. Save the article you are working from as a source, then add the facts it reports.
        </p>
      ) : (
        <ul className="fact-list" aria-label="Facts">
          {props.facts.map((fact) => {
            const source = sourceById.get(fact.sourceId);
            const sectionId = target[fact.id] ?? props.sections[0]?.id ?? '';
            return (
              <li key={fact.id} className="fact" data-testid="fact">
                <p className="statement">
                  {fact.statement}
                  {props.citedFactIds.has(fact.id) ? (
                    <span className="badge" title="Cited in this briefing">
                      cited
                    </span>
                  ) : null}
                </p>
                {fact.quote ? <blockquote>“{fact.quote}”</blockquote> : null}
                <p className="meta">
                  {fact.speaker ? <span>{fact.speaker}</span> : null}
                  {source ? <span>{source.outlet}</span> : null}
                  {source?.published ? <span>{source.published}</span> : null}
                </p>
                {props.sections.length > 0 ? (
                  <div className="cite-row">
                    <label className="visually-hidden" htmlFor={`cite-${fact.id}`}>
                      Section for this fact
                    </label>
                    <select
                      id={`cite-${fact.id}`}
                      value={sectionId}
                      onChange={(e) => setTarget((t) => ({ ...t, [fact.id]: e.target.value }))}
                    >
                      {props.sections.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.heading}
                        </option>
                      ))}
                    </select>
                    <button type="button" className="secondary" onClick={() => props.onCite(fact, sectionId)}>
                      Add to briefing
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      <h3 className="list-heading">Sources ({props.sources.length})</h3>
      <ul className="source-list" aria-label="Sources">
        {props.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.outlet}</strong> — {s.title}
            {s.published ? <span className="muted"> · {s.published}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
