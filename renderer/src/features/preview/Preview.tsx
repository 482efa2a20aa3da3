import { Fragment, memo, useEffect, useState, type ReactNode } from 'react';
import {
  noteSegments,
  type NoteSegment,
  type RenderModel,
  type RenderNote,
  type RenderParagraph,
  type RenderSourceEntry,
  type Run,
} from '../../../../electron/core/render-model';
import type { Briefing } from '../../../../electron/core/schemas';
import { rtlStretches } from '../../../../electron/core/bidi-isolate';
import { readableColour } from '../../../../electron/core/contrast';
import { call } from '../../api/client';
import { previewRequest } from './preview-request';
import { documentFonts } from '../../ui/document-fonts';
import { contentErrorMessage } from '../editor/content-error';

/** A text run with its formatting; a link opens outside the app (the main process sees to that). */
function TextRunView({ run }: { run: Extract<Run, { kind: 'text' }> }) {
  let node: ReactNode = run.text;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.href)
    node = (
      <a href={run.href} target="_blank" rel="noreferrer" className="pv-link">
        {node}
      </a>
    );
  return <span>{node}</span>;
}

/**
 * A citation as an isolate of its own direction (`<bdi>`, as the PDF's and the DOCX's FSI), with its
 * right-to-left stretches (a source's Arabic title) isolated inside: after an Arabic paragraph its
 * parenthesis, year and locator keep their order, and the quote marks, comma and year the style puts
 * around a title stay where it puts them.
 */
function CiteView({ text }: { text: string }) {
  return (
    <span>
      {' '}
      <bdi>
        {rtlStretches(text).map((part, i) => (part.rtl ? <bdi key={i}>{part.text}</bdi> : part.text))}
      </bdi>
    </span>
  );
}

/**
 * A note or source-list entry as the exports set it (`noteSegments`): its titles in italics, each of its
 * right-to-left fields (a name, an outlet, a title) in a `<bdi dir="rtl">`, as the PDF and the DOCX
 * isolate them, so the punctuation, "quoted in" and date around a field keep their order.
 */
function EntryText({ entry }: { entry: RenderNote | RenderSourceEntry }) {
  const segments = noteSegments(entry);
  const piece = (seg: NoteSegment, key: number) =>
    seg.italic ? <em key={key}>{seg.text}</em> : <Fragment key={key}>{seg.text}</Fragment>;
  const out: ReactNode[] = [];
  for (let i = 0; i < segments.length;) {
    const isolate = segments[i]!.isolate;
    let end = i + 1;
    while (isolate !== undefined && segments[end]?.isolate === isolate) end++;
    out.push(
      isolate === undefined ? (
        piece(segments[i]!, i)
      ) : (
        <bdi key={i} dir="rtl">
          {segments.slice(i, end).map((seg, k) => piece(seg, i + k))}
        </bdi>
      ),
    );
    i = end;
  }
  return <>{out}</>;
}

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.kind === 'text' ? (
          <TextRunView key={i} run={r} />
        ) : r.kind === 'cite' ? (
          <CiteView key={i} text={r.text} />
        ) : (
          <sup key={i} className="pv-mark">
            {/* Markers side by side are kept apart by a raised comma ("4,5", not "45"), as exported. */}
            {runs[i - 1]?.kind === 'note' ? ',' : ''}
            {r.number}
          </sup>
        ),
      )}
    </>
  );
}

function ParagraphBody({ p }: { p: RenderParagraph }) {
  return (
    <>
      {/* Isolated, so the paragraph's direction is its text's, as in the PDF (`dir="auto"` passes over a bdi). */}
      {p.isAssessment ? (
        <bdi>
          <strong>Assessment: </strong>
        </bdi>
      ) : null}
      <Runs runs={p.runs} />
      {p.citesRetracted ? <span className="pv-retracted"> ⚠ Cites a retracted fact</span> : null}
    </>
  );
}

function List({ ordered, children }: { ordered: boolean; children: ReactNode }) {
  return ordered ? <ol className="pv-numbered">{children}</ol> : <ul className="pv-bullets">{children}</ul>;
}

/** Consecutive paragraphs of one kind, so bullets and numbered items each form one list, as exported. */
function groupLists(paragraphs: RenderParagraph[]) {
  const groups: Array<{ kind: RenderParagraph['kind']; items: Array<{ p: RenderParagraph; i: number }> }> =
    [];
  paragraphs.forEach((p, i) => {
    const last = groups[groups.length - 1];
    if (last && last.kind === p.kind) last.items.push({ p, i });
    else groups.push({ kind: p.kind, items: [{ p, i }] });
  });
  return groups;
}

/**
 * The document as it will print, from the render model the exporters use (same note numbers and note
 * texts), refreshed shortly after each change. Text is React-escaped: nothing in a fact is markup.
 */
export function Preview({
  draft,
  facts,
  template,
}: {
  draft: Briefing;
  /** The facts the app knows: a fact saved (retracted, re-sourced) redraws the preview too. */
  facts?: ReadonlyMap<string, unknown>;
  /** The briefing's template as the app has it: a new version (a teammate's, from a team folder) redraws it. */
  template?: unknown;
}) {
  const [model, setModel] = useState<RenderModel | null>(null);
  const [failure, setError] = useState<{ error: unknown; sections: Briefing['sections'] } | null>(null);

  // The draft comes here once it has rested (App's usePreviewDraft): laid out at once.
  useEffect(() => {
    let isCurrent = true;
    call('briefings:preview', previewRequest(draft))
      .then((m) => {
        if (!isCurrent) return;
        setModel(m);
        setError(null);
      })
      .catch((e: unknown) => isCurrent && setError({ error: e, sections: draft.sections }));
    return () => {
      isCurrent = false;
    };
  }, [draft, facts, template]);

  // Named by section heading and paragraph, as the editor names a refused save.
  const error =
    failure &&
    contentErrorMessage(failure.error, failure, (id) => model?.sections.find((s) => s.id === id)?.heading);
  if (!model) return <p className="empty">{error ?? 'Preparing the preview…'}</p>;
  return <PreviewPage model={model} error={error} />;
}

/** The laid-out page: memoized, so a keystroke in the editor does not re-render a long document here. */
const PreviewPage = memo(function PreviewPage({
  model,
  error,
}: {
  model: RenderModel;
  error: string | null;
}) {
  const { style } = model;
  return (
    <div
      className="pv-page"
      style={{
        fontFamily: documentFonts(style.fontFamily),
        color: style.textColour,
      }}
    >
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      <div className="pv-banner" style={{ color: readableColour(model.classification.colour) }}>
        {model.classification.label}
      </div>
      <h1 className="pv-title" style={{ color: style.headingColour }}>
        {model.title}
      </h1>
      {model.subtitle ? <p className="pv-subtitle">{model.subtitle}</p> : null}
      <p className="pv-date">{model.date}</p>
      {model.frontMatter.map((f) => (
        <p key={f.label} className="pv-front">
          <strong>{f.label}:</strong> {f.value}
        </p>
      ))}
      {model.sections.map((s) => (
        <section key={s.id}>
          <h2 className="pv-heading" style={{ color: style.headingColour }}>
            {s.heading}
          </h2>
          {s.table ? (
            <table className="pv-table">
              <thead>
                <tr>
                  {s.table.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      // Its column's name, which a narrow pane shows beside the cell (theme.css).
                      <td key={j} data-label={s.table?.columns[j]}>
                        <Runs runs={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {groupLists(s.paragraphs).map((group) =>
            group.kind === 'paragraph' ? (
              <Fragment key={group.items[0]?.i}>
                {group.items.map(({ p, i }) => (
                  <p key={i} dir="auto" className={p.isAssessment ? 'pv-assessment' : undefined}>
                    <ParagraphBody p={p} />
                  </p>
                ))}
              </Fragment>
            ) : (
              <List key={group.items[0]?.i} ordered={group.kind === 'numbered'}>
                {group.items.map(({ p, i }) => (
                  <li key={i} dir="auto" className={p.isAssessment ? 'pv-assessment' : undefined}>
                    <ParagraphBody p={p} />
                  </li>
                ))}
              </List>
            ),
          )}
        </section>
      ))}
      {model.notes.length > 0 ? (
        <ol className="pv-notes" aria-label={model.placement === 'footnotes' ? 'Footnotes' : 'Notes'}>
          {model.notes.map((n) => (
            // Its direction as the exports set it: its first strong letter outside its isolated fields.
            <li key={n.number} value={n.number} dir={n.direction ?? 'ltr'}>
              <EntryText entry={n} />
            </li>
          ))}
        </ol>
      ) : null}
      {model.sourceList && model.sourceList.entries.length > 0 ? (
        <>
          <h2 className="pv-heading" style={{ color: style.headingColour }}>
            {model.sourceList.title}
          </h2>
          {model.sourceList.entries.map((e) => (
            <p key={e.sourceId} className="pv-source" dir={e.direction ?? 'ltr'}>
              <EntryText entry={e} />
            </p>
          ))}
        </>
      ) : null}
    </div>
  );
});
