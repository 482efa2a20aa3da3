import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { editSection } from '../../../../electron/core/briefing-edit';
import { levelsOf } from '../../../../electron/core/marking';
import { noteNumbers } from '../../../../electron/core/render-model';
import {
  proposeSectionMapping,
  switchedBriefing,
  type SectionMove,
} from '../../../../electron/core/section-mapping';
import { type Briefing, type Fact, type FrontMatter, type Source } from '../../../../electron/core/schemas';
import type { Template } from '../../../../electron/core/template';
import { contentErrorMessage, contentErrorPlace } from './content-error';
import { ApiError, call } from '../../api/client';
import { saveExport } from '../export/download';
import { ExportDialog, lastExportFormat, type ExportFormat } from '../export/ExportDialog';
import { revealInEditor } from './reveal';
import { ParkedContent } from './ParkedContent';
import { TemplateSwitchDialog } from './TemplateSwitchDialog';
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
  /** What Undo undoes when it is a write in the library (a fact's status), for its title. */
  undoLabel?: string | undefined;
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
    /** A way back, e.g. "Undo" after a template switch. */
    action?: { label: string; run: () => void };
    /** The draft the notice describes (a template switch): it goes when the draft moves on. */
    about?: Briefing;
  } | null>(null);
  const [switching, setSwitching] = useState<{ to: Template; proposal: SectionMove[] } | null>(null);
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
   * Switching template asks one question first: where each section's content goes (the core's
   * proposal: same id, same heading, same meaning; the rest parked). The switch is then one step of the
   * document's history: Ctrl+Z puts the briefing back on the previous template, its sections as they were.
   */
  const askSwitch = (templateId: string) => {
    const to = props.templates.find((t) => t.id === templateId);
    if (!to || templateId === draft.templateId) return;
    const proposal = proposeSectionMapping(draft.sections, template, to);
    if (proposal.length === 0) switchTo(to, []);
    else setSwitching({ to, proposal });
  };
  const switchTo = (to: Template, moves: SectionMove[]) => {
    setSwitching(null);
    const next = switchedBriefing(draft, template, to, moves);
    onChange(next);
    const parked = moves.filter((m) => m.to === null).length;
    setMessage({
      text: `Switched to ${to.name}${parked > 0 ? `: ${parked === 1 ? 'one section' : `${parked} sections`} parked at the end` : ''}.`,
      isError: false,
      about: next,
      action: { label: `Undo: back to ${template.name}`, run: onUndo },
    });
  };
  // The switch's notice (and its way back) describes the draft it made: an edit or an undo ends it.
  const shown = message?.about && message.about !== draft ? null : message;

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

  const parked = draft.sections.filter(
    (s) => s.blocks.length > 0 && !template.sections.some((t) => t.id === s.id),
  );
  /**
   * Moves parked content (one block, or a whole parked section when `blockId` is null) into one of the
   * template's sections, or removes it when `to` is null. A parked section left empty goes.
   */
  const moveParked = (fromId: string, blockId: string | null, to: string | null) => {
    const from = draft.sections.find((s) => s.id === fromId);
    const moving = from?.blocks.filter((b) => blockId === null || b.id === blockId) ?? [];
    if (moving.length === 0) return;
    const without = editSection(draft.sections, fromId, (bs) => bs.filter((b) => !moving.includes(b)));
    const sections = (to ? editSection(without, to, (bs) => [...bs, ...moving]) : without).filter(
      (s) => s.blocks.length > 0 || template.sections.some((t) => t.id === s.id),
    );
    onChange({ ...draft, sections });
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
            title={props.undoLabel ? `Undo: ${props.undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
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
      {shown?.isError ? (
        <p className="form-alert" role="alert">
          {shown.text}
        </p>
      ) : shown ? (
        // A notice offering a way back (the template switch's Undo) stays until used or dismissed.
        <Notice key={shown.text} lasts={Boolean(shown.action)} onDismiss={() => setMessage(null)}>
          {shown.text}
          {shown.action ? (
            <>
              {' '}
              <button type="button" className="link" onClick={shown.action.run}>
                {shown.action.label}
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
      {switching ? (
        <TemplateSwitchDialog
          fromName={template.name}
          to={switching.to}
          proposal={switching.proposal}
          onAccept={(moves) => switchTo(switching.to, moves)}
          onCancel={() => setSwitching(null)}
        />
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
                onChange={(e) => askSwitch(e.target.value)}
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
        {parked.length > 0 ? (
          <ParkedContent
            sections={parked}
            template={template}
            numbers={numbers}
            facts={facts}
            sourceById={sourceById}
            onMove={moveParked}
            onOpenFact={openFact}
          />
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
