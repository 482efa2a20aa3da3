import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { attribution, type Briefing, type Fact, type Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { noteNumbers } from '../../../../electron/core/render-model';
import { ApiError, call } from '../../api/client';
import { saveExport } from '../export/download';

type SaveState =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string; field?: string | undefined };

interface Props {
  draft: Briefing;
  template: Template;
  facts: ReadonlyMap<string, Fact>;
  sources: Source[];
  onChange: (next: Briefing) => void;
  onClose: () => void;
}

let counter = 0;
export const newBlockId = () => `b-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function BriefingEditor({ draft, template, facts, sources, onChange, onClose }: Props) {
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [exportMessage, setExportMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [exporting, setExporting] = useState(false);
  const latest = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);
  useLayoutEffect(() => {
    latest.current = draft;
  }, [draft]);

  const persist = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const d = latest.current;
    try {
      await call('briefings:update', {
        id: d.id,
        content: { title: d.title, date: d.date, classification: d.classification, sections: d.sections },
      });
      setSave({ kind: 'saved' });
      return true;
    } catch (error) {
      const field = error instanceof ApiError ? error.path?.split(/[.[]/)[0] : undefined;
      setSave({ kind: 'error', message: (error as Error).message, field });
      return false;
    }
  }, []);

  // Autosave shortly after the last change; export flushes it first.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSave({ kind: 'saving' });
    timer.current = setTimeout(() => void persist(), 500);
    return () => clearTimeout(timer.current);
  }, [draft, persist]);

  const numbers = useMemo(() => noteNumbers(template, draft.sections), [template, draft.sections]);
  const factById = facts;
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const classification = template.classifications.find((c) => c.id === draft.classification);

  const updateSection = (
    sectionId: string,
    fn: (blocks: Briefing['sections'][number]['blocks']) => Briefing['sections'][number]['blocks'],
  ) => {
    const has = draft.sections.some((s) => s.id === sectionId);
    const sections = has
      ? draft.sections.map((s) => (s.id === sectionId ? { ...s, blocks: fn(s.blocks) } : s))
      : [...draft.sections, { id: sectionId, blocks: fn([]) }];
    onChange({ ...draft, sections });
  };

  async function exportAs(format: 'docx' | 'pdf') {
    setExporting(true);
    setExportMessage(null);
    try {
      if (!(await persist())) throw new Error('Fix the problem shown above before exporting.');
      const file = await call('briefings:export', { id: draft.id, format });
      saveExport(file);
      setExportMessage({ text: `Exported ${file.fileName} with ${file.noteCount} notes.`, isError: false });
    } catch (error) {
      setExportMessage({ text: (error as Error).message, isError: true });
    } finally {
      setExporting(false);
    }
  }

  const fieldError = (name: string) =>
    save.kind === 'error' && save.field === name ? save.message : undefined;

  return (
    <section className="pane editor" aria-labelledby="editor-heading">
      <header className="pane-header">
        <h2 id="editor-heading">Briefing</h2>
        <span className={`save-state save-${save.kind}`} role="status" aria-live="polite">
          {save.kind === 'saved' ? 'All changes saved' : save.kind === 'saving' ? 'Saving…' : 'Not saved'}
        </span>
        <div className="actions">
          <button type="button" onClick={() => void exportAs('docx')} disabled={exporting}>
            Export DOCX
          </button>
          <button type="button" onClick={() => void exportAs('pdf')} disabled={exporting}>
            Export PDF
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void persist().then((ok) => ok && onClose())}
          >
            Close
          </button>
        </div>
      </header>
      {save.kind === 'error' ? (
        <p className="form-alert" role="alert">
          {save.message}
        </p>
      ) : null}
      {exportMessage ? (
        <p
          className={exportMessage.isError ? 'form-alert' : 'notice'}
          role={exportMessage.isError ? 'alert' : 'status'}
        >
          {exportMessage.text}
        </p>
      ) : null}

      <div className="page">
        <div className="banner" style={{ background: classification?.colour ?? '#444' }} data-testid="banner">
          {classification?.label ?? draft.classification}
        </div>
        <div className="front-matter">
          <div className={fieldError('title') ? 'field field-invalid' : 'field'}>
            <label htmlFor="briefing-title">Title</label>
            <input
              id="briefing-title"
              className="title-input"
              value={draft.title}
              onChange={(e) => onChange({ ...draft, title: e.target.value })}
            />
          </div>
          <div className="row">
            <div className={fieldError('date') ? 'field field-invalid' : 'field'}>
              <label htmlFor="briefing-date">Date</label>
              <input
                id="briefing-date"
                value={draft.date}
                placeholder="YYYY-MM-DD"
                onChange={(e) => onChange({ ...draft, date: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="briefing-classification">Classification</label>
              <select
                id="briefing-classification"
                value={draft.classification}
                onChange={(e) => onChange({ ...draft, classification: e.target.value })}
              >
                {template.classifications.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>

        {template.sections.map((section) => {
          const blocks = draft.sections.find((s) => s.id === section.id)?.blocks ?? [];
          return (
            <section
              key={section.id}
              className="doc-section"
              aria-labelledby={`h-${section.id}`}
              data-section={section.id}
            >
              <h3 id={`h-${section.id}`}>{section.heading}</h3>
              {section.guidance ? <p className="guidance">{section.guidance}</p> : null}
              {blocks.map((block, bi) => (
                <div key={block.id} className="block" data-testid="block">
                  <textarea
                    aria-label={`${section.heading}, paragraph ${bi + 1}`}
                    value={block.text}
                    rows={Math.max(2, Math.ceil(block.text.length / 90))}
                    onChange={(e) =>
                      updateSection(section.id, (bs) =>
                        bs.map((b) => (b.id === block.id ? { ...b, text: e.target.value } : b)),
                      )
                    }
                  />
                  <div className="chips">
                    {block.factIds.map((factId, fi) => {
                      const fact = factById.get(factId);
                      const source = fact ? sourceById.get(fact.sourceId) : undefined;
                      const n = numbers.get(block.id)?.[fi];
                      return (
                        <span
                          key={`${factId}-${fi}`}
                          className={fact?.status === 'retracted' ? 'chip chip-retracted' : 'chip'}
                          title={
                            fact?.status === 'retracted' ? `RETRACTED: ${fact.statement}` : fact?.statement
                          }
                        >
                          <sup>{n}</sup> {fact?.status === 'retracted' ? '⚠ retracted · ' : ''}
                          {fact ? attribution(fact) || source?.outlet : 'loading…'}
                          <button
                            type="button"
                            aria-label={`Remove citation ${n ?? ''}`}
                            onClick={() =>
                              updateSection(section.id, (bs) =>
                                bs.map((b) =>
                                  b.id === block.id
                                    ? { ...b, factIds: b.factIds.filter((_, i) => i !== fi) }
                                    : b,
                                ),
                              )
                            }
                          >
                            ×
                          </button>
                        </span>
                      );
                    })}
                    <button
                      type="button"
                      className="link"
                      onClick={() => updateSection(section.id, (bs) => bs.filter((b) => b.id !== block.id))}
                    >
                      Remove paragraph
                    </button>
                  </div>
                </div>
              ))}
              <button
                type="button"
                className="link"
                onClick={() =>
                  updateSection(section.id, (bs) => [...bs, { id: newBlockId(), text: '', factIds: [] }])
                }
              >
                + Add paragraph
              </button>
            </section>
          );
        })}
      </div>
    </section>
  );
}
