import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { CandidateFact, ImportReport } from '../../../../electron/contract/api';
import { CREDIBILITY_CHOICES } from '../../../../electron/core/grading';
import type { Grade } from '../../../../electron/core/schemas';
import { ApiError, call, newExportId, watchExport } from '../../api/client';
import { Field, FormAlert, Options, useFormError } from '../../ui/form';
import { SourceFields } from '../library/SourceFields';

interface Row extends CandidateFact {
  isAccepted: boolean;
  /** 1–6, as the fact form offers it; 6 (cannot be judged) until the analyst grades it. */
  credibility: number;
  /** Comma-separated, as typed. */
  tags: string;
}

/** The article paragraph a candidate came from ("para. 4"), with its sentence marked. */
function SourceParagraph({ paragraphs, row }: { paragraphs: readonly string[]; row: Row }) {
  const n = /^para\. (\d+)$/.exec(row.locator ?? '')?.[1];
  const text = (n ? (paragraphs[Number(n) - 1] ?? '') : '').replace(/\s+/g, ' ').trim();
  if (!text) return <p className="source-paragraph muted">{row.sentence}</p>;
  const at = text.indexOf(row.sentence);
  return (
    <p className="source-paragraph" data-testid="source-paragraph">
      <span className="muted">{row.locator}: </span>
      {at < 0 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <mark>{row.sentence}</mark>
          {text.slice(at + row.sentence.length)}
        </>
      )}
    </p>
  );
}

/** Article → candidate facts → the user reviews, edits and accepts them in bulk. */
/** Above this many candidates, none is pre-ticked: accepting them all is a decision, not a default. */
const MANY_CANDIDATES = 300;

export function ArticleImport({
  onDone,
  onCancel,
}: {
  onDone: (r: ImportReport) => void;
  onCancel: () => void;
}) {
  // Reliability starts at F, 'cannot be judged', as for a new source; the analyst grades the outlet here.
  const [meta, setMeta] = useState({ title: '', outlet: '', published: '', url: '', grade: 'F' as Grade });
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [plain, setPlain] = useState('');
  const [busy, setBusy] = useState(false);
  const [bulk, setBulk] = useState({ credibility: '6', tags: '', eventDate: '' });
  /** The proposal running now: its id (for Stop) and the share done, pushed by the app as it reads. */
  const [running, setRunning] = useState<{ id: string; done: number } | null>(null);
  const [stopped, setStopped] = useState(false);
  /**
   * Runs the analyst stopped. A Stop can land after the app finished reading but before its answer
   * arrives (the cancel then finds nothing running): that answer is dropped, so Stop always stops.
   */
  const stoppedRuns = useRef(new Set<string>());
  const err = useFormError();
  // The app gets its article reader ready while the analyst pastes.
  useEffect(() => {
    void call('import:article-prepare', {}).catch(() => undefined);
  }, []);

  async function openFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setFormat(/\.html?$/i.test(file.name) ? 'html' : 'text');
    setMeta((m) => ({ ...m, title: m.title || file.name.replace(/\.[^.]+$/, '') }));
  }

  async function propose() {
    setBusy(true);
    setStopped(false);
    err.clear();
    const exportId = newExportId();
    setRunning({ id: exportId, done: 0 });
    // Listening before the call starts, so no early event is missed.
    const unwatch = await watchExport(exportId, (e) => {
      if (e.stage === 'propose')
        setRunning((r) => (r?.id === exportId ? { ...r, done: e.done / e.total } : r));
    });
    try {
      // The outlet, when given, is the article's own: what it reports is not relayed by it.
      const outlet = meta.outlet.trim() || undefined;
      // "On Monday" in the article is dated against its publication date, when one is given.
      const published = /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : undefined;
      const r = await call('import:article-candidates', { text, format, outlet, published, exportId });
      if (stoppedRuns.current.has(exportId)) {
        setStopped(true);
        return;
      }
      setPlain(r.text);
      // Past MANY_CANDIDATES nothing is pre-ticked: the analyst decides whether to take them all.
      const isAccepted = r.candidates.length <= MANY_CANDIDATES;
      setRows(r.candidates.map((c) => ({ ...c, isAccepted, credibility: 6, tags: '' })));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'cancelled') setStopped(true);
      else err.show(e);
    } finally {
      stoppedRuns.current.delete(exportId);
      unwatch();
      setRunning(null);
      setBusy(false);
    }
  }

  async function stop() {
    if (!running) return;
    stoppedRuns.current.add(running.id);
    await call('import:article-cancel', { exportId: running.id }).catch(() => undefined);
  }

  async function accept() {
    if (!rows) return;
    setBusy(true);
    err.clear();
    try {
      const facts = rows
        .filter((r) => r.isAccepted)
        .map(
          ({ statement, quote, speaker, speakerRole, relayedBy, locator, eventDate, credibility, tags }) => ({
            statement,
            quote,
            speaker,
            speakerRole,
            relayedBy,
            locator,
            eventDate: eventDate || undefined,
            credibility,
            tags: tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
          }),
        );
      onDone(await call('import:article', { source: { ...meta, text: plain }, facts }));
    } catch (e) {
      err.show(e);
    } finally {
      setBusy(false);
    }
  }

  const edit = (i: number, key: keyof Row, value: string | boolean | number) =>
    setRows((rs) => rs?.map((r, j) => (j === i ? { ...r, [key]: value } : r)) ?? null);
  /** "Set for selected": one value for every ticked candidate. */
  const setSelected = (patch: Partial<Row>) =>
    setRows((rs) => rs?.map((r) => (r.isAccepted ? { ...r, ...patch } : r)) ?? null);
  const paragraphs = plain.split('\n\n');
  // Speakers by how often they speak, for "select by speaker".
  const speakers = [...new Set((rows ?? []).map((r) => r.speaker ?? '').filter(Boolean))].sort(
    (a, b) =>
      (rows ?? []).filter((r) => r.speaker === b).length - (rows ?? []).filter((r) => r.speaker === a).length,
  );

  return (
    // The review takes the whole window: each candidate sits beside the paragraph it came from.
    <section className={rows === null ? 'card form' : 'card form article-review'} aria-label="Import article">
      <h3>Import an article</h3>
      <SourceFields
        idPrefix="article"
        layout="compact"
        optional={['grade']}
        values={meta}
        onChange={(name, value) => setMeta((m) => ({ ...m, [name]: value }))}
        error={(name) => err.forField(`source.${name}`)}
      />
      {rows === null ? (
        <>
          <Field
            label="Article text"
            htmlFor="article-text"
            error={err.forField('text')}
            hint="Paste the article (text or HTML), or open a file."
          >
            <textarea id="article-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <label className="file-button">
            Open article file…
            <input
              type="file"
              accept=".txt,.text,.html,.htm,text/plain,text/html"
              onChange={(e) => void openFile(e)}
            />
          </label>
          <FormAlert message={err.general(['text', 'source'])} />
          {running ? (
            <p className="hint" role="status">
              Finding attributed facts… {Math.round(running.done * 100)}%{' '}
              <progress aria-label="Finding attributed facts" value={running.done} max={1} />{' '}
              <button type="button" className="secondary" onClick={() => void stop()}>
                Stop
              </button>
            </p>
          ) : stopped ? (
            <p className="hint" role="status">
              Stopped: nothing was proposed and nothing saved. Find attributed facts again when you are ready.
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
            <button type="button" onClick={() => void propose()} disabled={busy || text.trim() === ''}>
              Find attributed facts
            </button>
          </div>
        </>
      ) : (
        <>
          {rows.length === 0 ? (
            <p className="hint" role="status">
              No attributed facts were found. The importer proposes sentences that say who said something
              (“said”, “told”, “according to”, a quotation with its speaker); this text has none it could
              read. You can go back and edit the text, or save the article as a source without facts.
            </p>
          ) : rows.length > MANY_CANDIDATES && rows.every((r) => !r.isAccepted) ? (
            <p className="hint" role="status">
              {rows.length} candidate facts found: more than {MANY_CANDIDATES}, so none is ticked yet. Tick
              the ones you want, or select all to accept every one.
            </p>
          ) : null}
          <p className="hint">
            {rows.length} candidate facts found. Untick what you do not want, edit the wording, then save.{' '}
            <button
              type="button"
              className="link"
              onClick={() => setRows(rows.map((r) => ({ ...r, isAccepted: true })))}
            >
              Select all
            </button>{' '}
            ·{' '}
            <button
              type="button"
              className="link"
              onClick={() => setRows(rows.map((r) => ({ ...r, isAccepted: false })))}
            >
              Select none
            </button>{' '}
            ·{' '}
            <label className="inline">
              Select only{' '}
              <select
                aria-label="Select by speaker"
                value=""
                onChange={(e) =>
                  setRows(rows.map((r) => ({ ...r, isAccepted: (r.speaker ?? '') === e.target.value })))
                }
              >
                <option value="">a speaker…</option>
                {speakers.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <div className="row wrap bulk" role="group" aria-label="Set for selected">
            <span className="muted">For the {rows.filter((r) => r.isAccepted).length} selected:</span>
            <select
              aria-label="Credibility for selected"
              value={bulk.credibility}
              onChange={(e) => setBulk({ ...bulk, credibility: e.target.value })}
            >
              <Options items={CREDIBILITY_CHOICES} />
            </select>
            <button
              type="button"
              className="secondary"
              onClick={() => setSelected({ credibility: Number(bulk.credibility) })}
            >
              Set credibility
            </button>
            <input
              aria-label="Tags for selected"
              placeholder="Tags, separated by commas"
              value={bulk.tags}
              onChange={(e) => setBulk({ ...bulk, tags: e.target.value })}
            />
            <button type="button" className="secondary" onClick={() => setSelected({ tags: bulk.tags })}>
              Set tags
            </button>
            <input
              type="date"
              aria-label="Event date for selected"
              value={bulk.eventDate}
              onChange={(e) => setBulk({ ...bulk, eventDate: e.target.value })}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => setSelected({ eventDate: bulk.eventDate })}
            >
              Set event date
            </button>
          </div>
          <ol className="candidates" aria-label="Candidate facts">
            {rows.map((r, i) => (
              <li
                key={i}
                className={r.isAccepted ? 'candidate' : 'candidate candidate-off'}
                data-testid="candidate"
              >
                <SourceParagraph paragraphs={paragraphs} row={r} />
                <div className="candidate-fields">
                  <label className="accept">
                    <input
                      type="checkbox"
                      checked={r.isAccepted}
                      onChange={(e) => edit(i, 'isAccepted', e.target.checked)}
                    />{' '}
                    Accept
                    <span className="muted">
                      {' '}
                      · {r.cue}
                      {r.locator ? ` · ${r.locator}` : ''}
                    </span>
                  </label>
                  <textarea
                    aria-label={`Statement ${i + 1}`}
                    rows={2}
                    value={r.statement}
                    onChange={(e) => edit(i, 'statement', e.target.value)}
                  />
                  <div className="row">
                    <input
                      aria-label={`Speaker ${i + 1}`}
                      placeholder="Speaker"
                      value={r.speaker ?? ''}
                      onChange={(e) => edit(i, 'speaker', e.target.value)}
                    />
                    <input
                      aria-label={`Role ${i + 1}`}
                      placeholder="Role"
                      value={r.speakerRole ?? ''}
                      onChange={(e) => edit(i, 'speakerRole', e.target.value)}
                    />
                    <input
                      aria-label={`Relayed by ${i + 1}`}
                      placeholder="Relayed by"
                      value={r.relayedBy ?? ''}
                      onChange={(e) => edit(i, 'relayedBy', e.target.value)}
                    />
                  </div>
                  <input
                    aria-label={`Quote ${i + 1}`}
                    placeholder="Verbatim quote"
                    value={r.quote ?? ''}
                    onChange={(e) => edit(i, 'quote', e.target.value)}
                  />
                  <div className="row">
                    <input
                      type="date"
                      aria-label={`Event date ${i + 1}`}
                      value={r.eventDate ?? ''}
                      onChange={(e) => edit(i, 'eventDate', e.target.value)}
                    />
                    <select
                      aria-label={`Credibility ${i + 1}`}
                      value={r.credibility}
                      onChange={(e) => edit(i, 'credibility', Number(e.target.value))}
                    >
                      <Options items={CREDIBILITY_CHOICES} />
                    </select>
                    <input
                      aria-label={`Tags ${i + 1}`}
                      placeholder="Tags, separated by commas"
                      value={r.tags}
                      onChange={(e) => edit(i, 'tags', e.target.value)}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <FormAlert
            message={err.general(['source.title', 'source.outlet', 'source.published', 'source.url'])}
          />
          <div className="actions review-actions">
            {meta.title.trim() === '' ? (
              <p className="hint" role="status" data-testid="title-needed">
                Give the article a title above before saving: the facts are saved under their source, and a
                source is known by its title in the library, in citations and in the notes.
              </p>
            ) : null}
            <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="secondary" onClick={() => setRows(null)}>
              Back to text
            </button>
            <button type="button" onClick={() => void accept()} disabled={busy}>
              Save source and {rows.filter((r) => r.isAccepted).length} facts
            </button>
          </div>
        </>
      )}
    </section>
  );
}
