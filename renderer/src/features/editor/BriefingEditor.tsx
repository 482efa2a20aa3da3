import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { editSection } from '../../../../electron/core/briefing-edit';
import { levelsOf } from '../../../../electron/core/marking';
import { headingFromId, noteNumbers } from '../../../../electron/core/render-model';
import {
  blockText,
  type Briefing,
  type Fact,
  type FrontMatter,
  type Source,
} from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { contentErrorMessage, contentErrorPlace } from './content-error';
import { ApiError, call } from '../../api/client';
import { saveExport } from '../export/download';
import { ExportDialog, lastExportFormat, type ExportFormat } from '../export/ExportDialog';
import { revealInEditor } from './reveal';
import { SectionView, type Blocks, type UpdateSection } from './SectionView';
import { uniqueAcrossSections } from './rich/mapping';
import { textOn } from '../../../../electron/core/contrast';
import { Notice } from '../../ui/notice';

type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | {
      kind: 'error';
      message: string;
      field?: string | undefined;
      /** The section the refusal names (its message is shown there too, next to the text). */
      sectionId?: string | undefined;
    };
const EMPTY: Blocks = [];

interface Props {
  draft: Briefing;
  template: Template;
  facts: ReadonlyMap<string, Fact>;
  sources: Source[];
  /** `key` groups a burst of edits (typing in one field) into one undo step. */
  onChange: (next: Briefing, key?: string) => void;
  onUndo: () => void;
  onRedo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  onClose: () => void;
  onTemplatesChanged: () => void;
  /** Show a cited fact (and its source) in the library. */
  onOpenFact: (factId: string) => void;
  /** A fact was dropped on a section. */
  onDropFact: (sectionId: string, factId: string) => void;
  isPreviewOpen: boolean;
  onTogglePreview: () => void;
  /** Every installed template (to switch to). */
  templates: readonly Template[];
  /** The briefing was replaced on the server (template switched): one more step of the history. */
  onReplaced: (b: Briefing) => void;
  /** Something the app did to the briefing on its own (a citation of a missing fact taken out). */
  notice?: string | null;
  onNoticeSeen?: () => void;
}

let counter = 0;
export const newBlockId = () => `b-${Date.now().toString(36)}-${(counter++).toString(36)}`;

const FRONT_MATTER_LABELS: Record<keyof FrontMatter, string> = {
  subtitle: 'Subtitle',
  author: 'Author',
  recipients: 'Recipients',
  reference: 'Reference',
};

export function BriefingEditor(props: Props) {
  const {
    draft,
    template,
    facts,
    sources,
    onChange,
    onUndo,
    onRedo,
    canUndo,
    canRedo,
    onClose,
    onTemplatesChanged,
  } = props;
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [message, setMessage] = useState<{
    text: string;
    isError: boolean;
    /** A way back, e.g. "Undo" after a template switch (which the document history does not hold). */
    action?: { label: string; run: () => void };
  } | null>(null);
  const [exportFormat, setExportFormat] = useState<ExportFormat | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(draft);
  const latestTemplate = useRef(template);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);
  useLayoutEffect(() => {
    latest.current = draft;
    latestTemplate.current = template;
  }, [draft, template]);

  // The template the store has the briefing on. Undo/redo can step across a template switch (it is one
  // step of the history): the save then puts the store back on the draft's template first.
  const storedTemplateId = useRef(draft.templateId);

  const persist = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const d = latest.current;
    try {
      if (d.templateId !== storedTemplateId.current) {
        await call('briefings:switch-template', { id: d.id, templateId: d.templateId });
        storedTemplateId.current = d.templateId;
        // The notice of the switch (and its way back) no longer describes the briefing.
        setMessage(null);
      }
      await call('briefings:update', {
        id: d.id,
        content: {
          title: d.title,
          date: d.date,
          classification: d.classification,
          frontMatter: d.frontMatter,
          sections: d.sections,
        },
      });
      setSave({ kind: 'saved' });
      return true;
    } catch (error) {
      const field = error instanceof ApiError ? error.path?.split(/[.[]/)[0] : undefined;
      setSave({
        kind: 'error',
        message: contentErrorMessage(
          error,
          d,
          (id) => latestTemplate.current.sections.find((s) => s.id === id)?.heading,
        ),
        field,
        sectionId: contentErrorPlace(error, d)?.sectionId,
      });
      return false;
    }
  }, []);

  // Autosave shortly after the last change (well inside a second); export and close flush it first.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSave({ kind: 'saving' });
    timer.current = setTimeout(() => void persist(), 400);
    return () => clearTimeout(timer.current);
  }, [draft, persist]);

  // Anything not saved yet (an autosave on its way, or a save the store refused): leaving the page
  // (reload, closing the window) asks first. In Electron the main process turns this into a dialog.
  const isUnsaved = save.kind !== 'saved';
  useEffect(() => {
    if (!isUnsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isUnsaved]);

  // Undo/redo across the whole document (the text fields' own undo would only see one field), and
  // Ctrl/Cmd+E to export both formats.
  const exportShortcut = useRef<() => void>(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      // A modal dialog (export) has its own keys: its text fields keep their own undo.
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'e') {
        e.preventDefault();
        exportShortcut.current();
      } else if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        onUndo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        onRedo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onUndo, onRedo]);

  const numbers = useMemo(() => noteNumbers(template, draft.sections), [template, draft.sections]);
  const levels = useMemo(() => levelsOf(template), [template]);
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const classification = template.classifications.find((c) => c.id === draft.classification);

  // Stable callbacks (reading the latest draft and props), so memoized sections skip re-rendering.
  const propsRef = useRef(props);
  useLayoutEffect(() => {
    propsRef.current = props;
  });
  const updateSection = useCallback<UpdateSection>((sectionId, fn, key) => {
    const d = latest.current;
    // A block id is in the briefing once: a block new here keeps its id only if no other section has it.
    const next = {
      ...d,
      sections: editSection(d.sections, sectionId, (bs) =>
        uniqueAcrossSections(d.sections, sectionId, fn(bs), newBlockId),
      ),
    };
    // Keep a burst of edits (several keystrokes before React commits) building on each other.
    latest.current = next;
    propsRef.current.onChange(next, key);
  }, []);
  const openFact = useCallback((factId: string) => propsRef.current.onOpenFact(factId), []);
  const dropFact = useCallback(
    (sectionId: string, factId: string) => propsRef.current.onDropFact(sectionId, factId),
    [],
  );
  const blocksOf = (sectionId: string): Blocks =>
    draft.sections.find((s) => s.id === sectionId)?.blocks ?? EMPTY;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      if (!(await persist())) throw new Error('Fix the problem shown above first.');
      await action();
    } catch (error) {
      setMessage({ text: (error as Error).message, isError: true });
    } finally {
      setBusy(false);
    }
  }

  /**
   * Puts the briefing on another template (the server keeps every section's content; sections the new
   * template lacks stay as leftovers). The switch is one step of the document's history (Ctrl+Z puts
   * the briefing back on the previous template, with its sections as they were); the notice offers
   * the same way back as a link.
   */
  const switchTemplate = (templateId: string, isUndo = false) => {
    const previous = draft.templateId;
    const name = (id: string) => props.templates.find((t) => t.id === id)?.name ?? id;
    void run(async () => {
      const switched = await call('briefings:switch-template', { id: draft.id, templateId });
      storedTemplateId.current = switched.templateId;
      props.onReplaced(switched);
      setMessage({
        text: isUndo ? `Back on ${name(templateId)}.` : `Switched to ${name(templateId)}.`,
        isError: false,
        ...(isUndo
          ? {}
          : {
              action: { label: `Undo: back to ${name(previous)}`, run: () => switchTemplate(previous, true) },
            }),
      });
    });
  };

  /** Export opens the export dialog, which runs the pre-export check; blocking findings stop the export. */
  const startExport = (format: ExportFormat) => setExportFormat((open) => open ?? format);

  useLayoutEffect(() => {
    exportShortcut.current = () => startExport(lastExportFormat());
  });

  const saveLayout = () =>
    run(async () => {
      const name = window.prompt('Name of the new template', `${template.name} (my layout)`);
      if (!name) return;
      const id =
        name
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'my-template';
      const entry = await call('templates:from-briefing', { briefingId: draft.id, id, name });
      onTemplatesChanged();
      setMessage({ text: `Saved the layout as the template “${entry.template.name}”.`, isError: false });
    });

  const fieldError = (name: string) => save.kind === 'error' && save.field === name;

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a briefing takes the keyboard to it when the button that opened it is gone (the focus
  // would otherwise fall back to the top of the page); a user already in a field keeps it.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) headingRef.current?.focus();
  }, [draft.id]);

  const leftovers = draft.sections.filter(
    (s) => s.blocks.length > 0 && !template.sections.some((t) => t.id === s.id),
  );
  /** Moves a leftover block into one of the template's sections (or drops it when `to` is null). */
  const moveLeftover = (fromId: string, blockId: string, to: string | null) => {
    const block = draft.sections.find((s) => s.id === fromId)?.blocks.find((b) => b.id === blockId);
    if (!block) return;
    const without = editSection(draft.sections, fromId, (bs) => bs.filter((b) => b.id !== blockId));
    onChange({ ...draft, sections: to ? editSection(without, to, (bs) => [...bs, block]) : without });
  };

  return (
    <section className="pane editor" aria-labelledby="editor-heading">
      <header className="pane-header">
        <h2 id="editor-heading" ref={headingRef} tabIndex={-1}>
          Briefing
        </h2>
        <span className={`save-state save-${save.kind}`} role="status" aria-live="polite">
          {save.kind === 'saved' ? 'All changes saved' : save.kind === 'saving' ? 'Saving…' : 'Not saved'}
        </span>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={onUndo}
            disabled={!canUndo}
            title="Undo (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            className="secondary"
            onClick={onRedo}
            disabled={!canRedo}
            title="Redo (Ctrl+Y)"
          >
            Redo
          </button>
          <button
            type="button"
            className="secondary"
            aria-pressed={props.isPreviewOpen}
            onClick={props.onTogglePreview}
          >
            Preview
          </button>
          <button type="button" onClick={() => startExport('docx')} disabled={busy}>
            Export DOCX
          </button>
          <button type="button" onClick={() => startExport('pdf')} disabled={busy}>
            Export PDF
          </button>
          <button type="button" onClick={() => startExport('both')} disabled={busy}>
            Both
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
      {message?.isError ? (
        <p className="form-alert" role="alert">
          {message.text}
        </p>
      ) : message ? (
        // A notice offering a way back (the template switch's Undo) stays until used or dismissed.
        <Notice key={message.text} lasts={Boolean(message.action)} onDismiss={() => setMessage(null)}>
          {message.text}
          {message.action ? (
            <>
              {' '}
              <button type="button" className="link" onClick={message.action.run}>
                {message.action.label}
              </button>
            </>
          ) : null}
        </Notice>
      ) : null}
      {props.notice ? (
        // It says citations were removed: it stays until read.
        <Notice key={props.notice} lasts onDismiss={() => props.onNoticeSeen?.()}>
          {props.notice}
        </Notice>
      ) : null}
      {exportFormat ? (
        <ExportDialog
          draft={draft}
          template={template}
          initialFormat={exportFormat}
          persist={persist}
          onClassificationChange={(classification) => onChange({ ...draft, classification })}
          onClose={() => setExportFormat(null)}
          onShowFinding={(finding) => {
            setExportFormat(null);
            // After the dialog has closed (and given the keyboard back to where it was).
            requestAnimationFrame(() => revealInEditor(finding));
          }}
        />
      ) : null}

      <div className="page">
        <div
          className="banner"
          style={{
            background: classification?.colour ?? '#444',
            color: textOn(classification?.colour ?? '#444'),
          }}
          data-testid="banner"
        >
          {classification?.label ?? draft.classification}
        </div>
        <div className="front-matter">
          <div className={fieldError('title') ? 'field field-invalid' : 'field'}>
            <label htmlFor="briefing-title">Title</label>
            {/* A title of one paragraph that wraps (it grows line by line) instead of running out of sight. */}
            <textarea
              id="briefing-title"
              className="title-input"
              rows={1}
              value={draft.title}
              onKeyDown={(e) => {
                // Enter ends nothing here (an input method's Enter still commits its text).
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
              }}
              onChange={(e) =>
                onChange({ ...draft, title: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') }, 'title')
              }
            />
          </div>
          <div className="row fit">
            <div className={fieldError('date') ? 'field field-invalid' : 'field'}>
              <label htmlFor="briefing-date">Date</label>
              <input
                id="briefing-date"
                value={draft.date}
                placeholder="YYYY-MM-DD"
                onChange={(e) => onChange({ ...draft, date: e.target.value }, 'date')}
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
            <div className="field">
              <label htmlFor="briefing-template">Template</label>
              <select
                id="briefing-template"
                value={draft.templateId}
                disabled={busy}
                onChange={(e) => switchTemplate(e.target.value)}
              >
                {props.templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {template.frontMatter.fields.length > 0 ? (
            <div className="row wrap">
              {template.frontMatter.fields.map((f) => (
                <div key={f} className={fieldError('frontMatter') ? 'field field-invalid' : 'field'}>
                  <label htmlFor={`fm-${f}`}>
                    {FRONT_MATTER_LABELS[f]}
                    {template.frontMatter.required.includes(f) ? ' (required)' : ''}
                  </label>
                  <input
                    id={`fm-${f}`}
                    value={draft.frontMatter[f] ?? ''}
                    onChange={(e) =>
                      onChange(
                        { ...draft, frontMatter: { ...draft.frontMatter, [f]: e.target.value } },
                        `fm-${f}`,
                      )
                    }
                  />
                </div>
              ))}
            </div>
          ) : null}
        </div>

        {template.sections.map((section, si) => (
          <SectionView
            key={section.id}
            section={section}
            index={si}
            isNumbered={template.style.headingNumbering}
            blocks={blocksOf(section.id)}
            numbers={numbers}
            // Ids too: moving a paragraph keeps the sequence of numbers but changes whose they are.
            noteKey={JSON.stringify(blocksOf(section.id).map((b) => [b.id, numbers.get(b.id) ?? []]))}
            facts={facts}
            sourceById={sourceById}
            levels={levels}
            printsMarks={template.style.portionMarks}
            updateSection={updateSection}
            onUndo={onUndo}
            onRedo={onRedo}
            newBlockId={newBlockId}
            onOpenFact={openFact}
            onDropFact={dropFact}
            saveError={save.kind === 'error' && save.sectionId === section.id ? save.message : undefined}
          />
        ))}
        {leftovers.length > 0 ? (
          <section className="doc-section leftovers" aria-labelledby="leftovers-heading">
            <div className="section-head">
              <h3 id="leftovers-heading">Not in this template</h3>
            </div>
            <p className="guidance">
              Content from sections this template does not have. It is kept (and exported after the template's
              sections) until you move it into a section or remove it.
            </p>
            {leftovers.flatMap((section) =>
              section.blocks.map((block) => (
                <div key={block.id} className="block leftover" data-testid="leftover">
                  <p>
                    <span className="muted">{headingFromId(section.id)}: </span>
                    {blockText(block)}
                  </p>
                  <div className="chips">
                    <label htmlFor={`move-${block.id}`} className="visually-hidden">
                      Move to section
                    </label>
                    <select
                      id={`move-${block.id}`}
                      value=""
                      onChange={(e) => moveLeftover(section.id, block.id, e.target.value)}
                    >
                      <option value="">Move to…</option>
                      {template.sections.map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.heading}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="link"
                      onClick={() => moveLeftover(section.id, block.id, null)}
                    >
                      Remove
                    </button>
                  </div>
                </div>
              )),
            )}
          </section>
        ) : null}
        <div className="actions start page-actions">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              void run(async () => saveExport(await call('briefings:export-file', { id: draft.id })))
            }
          >
            Save as briefing file
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void saveLayout()}>
            Save layout as template
          </button>
        </div>
      </div>
    </section>
  );
}
