import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { FactInput, type Fact, type FactChange, type Source } from '../../../../electron/core/schemas';
import { EDIT_CONFLICT, issuePath } from '../../../../electron/core/errors';
import { ApiError, call } from '../../api/client';
import { CREDIBILITY_CHOICES } from '../../../../electron/core/grading';
import { splitTags, TAGS_HINT } from '../../../../electron/core/tags';
import { DeleteFact } from './DeleteFact';
import { MarkingField } from './MarkingField';
import { sourceLabel } from './source-label';
import { rebaseForm } from './rebase-form';
import { DateTime } from '../../ui/time';
import { Field, FieldsAlert, FormAlert, Options, useFormError } from '../../ui/form';
import { useEscapeToClose } from '../../ui/escape-to-close';

interface Values {
  sourceId: string;
  statement: string;
  quote: string;
  speaker: string;
  speakerRole: string;
  relayedBy: string;
  eventDate: string;
  locator: string;
  credibility: string;
  tags: string;
  status: Fact['status'];
  /** Its protective marking ('' for none). */
  classification: string;
  /** Why it is retracted (kept in the fact's history). */
  reason: string;
}

/** Each field by its label, in the form's order (a refused save lists those it names). */
const LABELS: Readonly<Record<keyof Values, string>> = {
  sourceId: 'Source',
  statement: 'Statement',
  quote: 'Verbatim quote (optional)',
  speaker: 'Who said it (optional)',
  speakerRole: 'Role',
  relayedBy: 'Relayed by',
  eventDate: 'Event date',
  locator: 'Locator',
  credibility: 'Credibility',
  tags: 'Tags',
  status: 'Status',
  classification: 'Marking',
  reason: 'Why is it retracted?',
};
const FIELDS = Object.keys(LABELS);

/** A changed field as the form names it ("Role", not speakerRole), for the fact's history. */
const fieldName = (field: string): string =>
  field in LABELS ? LABELS[field as keyof Values].replace(/ \(optional\)$/, '') : field;

function valuesOf(fact: Fact | undefined, sourceId: string): Values {
  return {
    sourceId: fact?.sourceId ?? sourceId,
    statement: fact?.statement ?? '',
    quote: fact?.quote ?? '',
    speaker: fact?.speaker ?? '',
    speakerRole: fact?.speakerRole ?? '',
    relayedBy: fact?.relayedBy ?? '',
    eventDate: fact?.eventDate ?? '',
    locator: fact?.locator ?? '',
    credibility: String(fact?.credibility ?? 6),
    tags: fact?.tags.join(', ') ?? '',
    status: fact?.status ?? 'draft',
    classification: fact?.classification ?? '',
    reason: '',
  };
}

/** "Retracted by Anna on 3 Dec 2026, 14:02: the source withdrew it." */
function ChangeText({ change: c }: { change: FactChange }) {
  const what =
    c.action === 'edited'
      ? `Edited (${c.fields.map(fieldName).join(', ') || 'no change'})`
      : capitalised(c.action);
  return (
    <>
      {what} by {c.changedBy || 'someone'} on <DateTime iso={c.changedAt} />
      {c.reason ? (
        <>
          : <bdi>{c.reason}</bdi>
        </>
      ) : null}
    </>
  );
}
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const fieldList = (keys: readonly (keyof Values)[]) =>
  new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(keys.map((k) => LABELS[k]));

/** What the form says when the fact changed underneath the user's edits. */
function changedText(changed: readonly (keyof Values)[], kept: readonly (keyof Values)[]): string {
  const shown = changed.filter((k) => !kept.includes(k));
  return [
    `This fact changed in the library while you were editing it (${fieldList(changed)}).`,
    shown.length > 0 ? `The form shows the new ${fieldList(shown)}.` : '',
    kept.length > 0
      ? `Your edits are kept, your ${fieldList(kept)} included: saving asks whether to write them over the new version.`
      : 'Your edits are kept.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The fact's history, newest first: who retracted, restored or edited it, when and why. */
function FactHistory(props: { fact: Fact }) {
  const [changes, setChanges] = useState<FactChange[] | null>(null);
  const { id, version } = props.fact;
  useEffect(() => {
    let isCurrent = true;
    call('facts:history', { id })
      .then((h) => isCurrent && setChanges(h))
      .catch(() => isCurrent && setChanges([]));
    return () => {
      isCurrent = false;
    };
  }, [id, version]);

  return (
    <section className="fact-history" aria-label="History of this fact">
      <h4>History</h4>
      <ol reversed>
        {[...(changes ?? [])].reverse().map((c) => (
          <li key={c.version} className={`change-${c.action}`}>
            <ChangeText change={c} />
          </li>
        ))}
        <li>
          Created{props.fact.createdBy ? ` by ${props.fact.createdBy}` : ''} on{' '}
          <DateTime iso={props.fact.createdAt} />
        </li>
      </ol>
    </section>
  );
}

/** Add a fact drawn from a saved source, or edit every field of an existing one. */
export function FactForm(props: {
  sources: Source[];
  fact?: Fact;
  /** The source to preselect (the one just saved); else the most recent. */
  defaultSourceId?: string | undefined;
  /** `before`: the fact as the form held it when this save began (not given for a re-read). */
  onSaved: (f: Fact, before?: Fact) => void;
  onCancel: () => void;
  /** An existing fact's form offers to delete it; called once it is deleted. */
  onDeleted?: (f: Fact) => void;
}) {
  const isEdit = props.fact !== undefined;
  const [values, setValues] = useState<Values>(() =>
    valuesOf(props.fact, props.defaultSourceId ?? props.sources.at(-1)?.id ?? ''),
  );
  const [busy, setBusy] = useState(false);
  /** A new fact's form as it was opened or last emptied by a save (what its edits are told apart from). */
  const [blank, setBlank] = useState(values);
  /** The fact as the form last took it in (what the user's edits are told apart from). */
  const [base, setBase] = useState(props.fact);
  /**
   * The version the save goes against: a save is refused when someone saved since. It follows the fact
   * while the form takes in every change; not past a change to a field the user edited too (a clash):
   * the save then asks whether to overwrite.
   */
  const [baseVersion, setBaseVersion] = useState(props.fact?.version);
  const [hasClash, setClash] = useState(false);
  const [hasConflict, setConflict] = useState(false);
  /** Said when the fact changed underneath edits the form holds. */
  const [changedNote, setChangedNote] = useState<string | null>(null);
  // A new fact's tags, kept from the fact just saved (as its source is) for facts entered in a row: said
  // beside the field, with a way to clear them, so they are never carried on unseen.
  const [keptTags, setKeptTags] = useState<string | null>(null);
  const areTagsKept = keptTags !== null && values.tags === keptTags;
  const err = useFormError();

  // The fact changed underneath the open form (an undo in the briefing wrote its status back, a
  // colleague saved it): the form follows, while rendering (React's pattern for state derived from a
  // changed prop). Fields the user has not touched take the new values at once; edits are kept, and
  // the form says what changed.
  if (props.fact && base && props.fact !== base) {
    const now = valuesOf(props.fact, props.fact.sourceId);
    const was = valuesOf(base, base.sourceId);
    const rebased = rebaseForm(values, was, now);
    const isClash = hasClash || rebased.kept.length > 0;
    setBase(props.fact);
    if (!isClash) setBaseVersion(props.fact.version);
    setClash(isClash);
    if (rebased.changed.length > 0) {
      setValues(rebased.values);
      if (!isClash) setConflict(false);
      setChangedNote(rebased.isDirty ? changedText(rebased.changed, rebased.kept) : null);
    }
  }
  const set =
    (key: keyof Values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));

  async function save(overwrite: boolean) {
    err.clear();
    setConflict(false);
    const { reason, ...fields } = values;
    const input = {
      ...fields,
      credibility: Number(values.credibility),
      tags: splitTags(values.tags),
    };
    // Checked here first, against the schema the store checks: every missing or wrong field at once
    // (the source too), the keyboard on the first, without a round trip.
    const checked = FactInput.safeParse(input);
    if (!checked.success) {
      err.refuse(checked.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })));
      return;
    }
    setBusy(true);
    const before = base;
    const isRetracting = values.status === 'retracted' && props.fact?.status !== 'retracted';
    try {
      const fact = props.fact
        ? await call('facts:update', {
            id: props.fact.id,
            patch: {
              ...input,
              ...(overwrite || baseVersion === undefined ? {} : { baseVersion }),
              ...(isRetracting && reason.trim() ? { reason: reason.trim() } : {}),
            },
          })
        : await call('facts:create', input);
      if (!isEdit) {
        const next = { ...valuesOf(undefined, values.sourceId), tags: values.tags };
        setValues(next);
        setBlank(next);
        setKeptTags(values.tags.trim() === '' ? null : values.tags);
      } else {
        // The form shows the fact as stored (tags tidied, the retraction's reason in its history).
        setValues(valuesOf(fact, fact.sourceId));
        setBase(fact);
        setBaseVersion(fact.version);
        setClash(false);
      }
      setChangedNote(null);
      props.onSaved(fact, before);
    } catch (error) {
      if (error instanceof ApiError && error.code === EDIT_CONFLICT) setConflict(true);
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  /** Shows the fact as a colleague saved it, dropping this form's unsaved changes. */
  async function reload() {
    if (!props.fact) return;
    try {
      const fresh = await call('facts:get', { id: props.fact.id });
      setValues(valuesOf(fresh, fresh.sourceId));
      setBase(fresh);
      setBaseVersion(fresh.version);
      setClash(false);
      setConflict(false);
      setChangedNote(null);
      err.clear();
      props.onSaved(fresh);
    } catch (error) {
      err.show(error);
    }
  }

  /** Keeps citing a team fact changed since it was cited: this version becomes the cited one. */
  async function review() {
    if (!props.fact) return;
    try {
      props.onSaved(await call('facts:review-copy', { id: props.fact.id }));
    } catch (error) {
      err.show(error);
    }
  }

  const pristine = base ? valuesOf(base, base.sourceId) : blank;
  const escape = useEscapeToClose({
    // (While a save is on its way the edits are being kept: closing then asks nothing.)
    isDirty: !busy && (Object.keys(values) as Array<keyof Values>).some((k) => values[k] !== pristine[k]),
    onClose: props.onCancel,
    what: isEdit ? 'this fact' : 'the new fact',
  });
  const copy = props.fact?.teamCopy;
  const id = (name: string) => `fact-${name}`;
  return (
    <form
      className="card form"
      onSubmit={submit}
      onKeyDown={escape.onKeyDown}
      aria-label={isEdit ? 'Edit fact' : 'New fact'}
      noValidate
    >
      {escape.question}
      <h3>{isEdit ? 'Fact' : 'New fact'}</h3>
      {copy && (copy.state !== 'current' || copy.isFromCopy) ? (
        <div className="notice" role="status">
          {copy.state === 'deleted'
            ? 'This fact is no longer in the team library. Your briefings keep citing your local copy of it.'
            : copy.isFromCopy
              ? 'The team library is out of reach: this is your local copy, as last seen. It cannot be changed until the team library is back.'
              : `Changed in the team library since you cited it (you cited version ${copy.citedVersion}, this is version ${props.fact?.version ?? 1}).`}
          {copy.state === 'changed' && !copy.isFromCopy ? (
            <button type="button" className="secondary" onClick={() => void review()}>
              Keep citing this version
            </button>
          ) : null}
        </div>
      ) : null}
      <Field label={LABELS.sourceId} htmlFor={id('source')} error={err.forField('sourceId')}>
        <select id={id('source')} value={values.sourceId} onChange={set('sourceId')}>
          <option value="">— choose a source —</option>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {sourceLabel(s)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={LABELS.statement}
        htmlFor={id('statement')}
        error={err.forField('statement')}
        hint="The fact in your words."
      >
        <textarea
          id={id('statement')}
          // A fact opened to edit starts at its words, not its source (typing there would pick another).
          data-autofocus={isEdit ? true : undefined}
          rows={3}
          dir="auto"
          value={values.statement}
          onChange={set('statement')}
        />
      </Field>
      <Field label={LABELS.quote} htmlFor={id('quote')} error={err.forField('quote')}>
        <input id={id('quote')} dir="auto" value={values.quote} onChange={set('quote')} />
      </Field>
      <div className="row fit">
        <Field
          label={LABELS.speaker}
          htmlFor={id('speaker')}
          error={err.forField('speaker')}
          hint="e.g. Dmitry Peskov"
        >
          <input id={id('speaker')} dir="auto" value={values.speaker} onChange={set('speaker')} />
        </Field>
        <Field
          label={LABELS.speakerRole}
          htmlFor={id('role')}
          error={err.forField('speakerRole')}
          hint="e.g. Kremlin spokesman"
        >
          <input id={id('role')} dir="auto" value={values.speakerRole} onChange={set('speakerRole')} />
        </Field>
      </div>
      <div className="row fit">
        <Field
          label={LABELS.relayedBy}
          htmlFor={id('relayed')}
          error={err.forField('relayedBy')}
          hint="e.g. Reuters, for “cited by Reuters”"
        >
          <input id={id('relayed')} dir="auto" value={values.relayedBy} onChange={set('relayedBy')} />
        </Field>
        <Field
          label={LABELS.eventDate}
          htmlFor={id('event-date')}
          error={err.forField('eventDate')}
          hint="YYYY, YYYY-MM or YYYY-MM-DD; 1990~ if approximate"
        >
          <input id={id('event-date')} value={values.eventDate} onChange={set('eventDate')} />
        </Field>
      </div>
      <div className="row fit">
        <Field
          label={LABELS.locator}
          htmlFor={id('locator')}
          error={err.forField('locator')}
          hint="para. 4, p. 12"
        >
          <input id={id('locator')} dir="auto" value={values.locator} onChange={set('locator')} />
        </Field>
        <Field label={LABELS.credibility} htmlFor={id('credibility')} error={err.forField('credibility')}>
          <select id={id('credibility')} value={values.credibility} onChange={set('credibility')}>
            <Options items={CREDIBILITY_CHOICES} />
          </select>
        </Field>
      </div>
      <div className="row fit">
        <Field
          label={LABELS.tags}
          htmlFor={id('tags')}
          error={err.forField('tags')}
          {...(areTagsKept ? {} : { hint: TAGS_HINT })}
        >
          <input
            id={id('tags')}
            dir="auto"
            value={values.tags}
            onChange={set('tags')}
            {...(areTagsKept ? { 'aria-describedby': id('tags-kept') } : {})}
          />
          {areTagsKept ? (
            <small className="hint" id={id('tags-kept')} data-testid="tags-kept">
              Kept from the fact just saved.{' '}
              <button type="button" className="link" onClick={() => setValues((v) => ({ ...v, tags: '' }))}>
                Clear tags
              </button>
            </small>
          ) : null}
        </Field>
        <Field label={LABELS.status} htmlFor={id('status')} error={err.forField('status')}>
          <select id={id('status')} value={values.status} onChange={set('status')}>
            <option value="draft">Draft</option>
            <option value="verified">Verified</option>
            <option value="retracted">Retracted</option>
          </select>
        </Field>
      </div>
      <MarkingField
        id={id('classification')}
        value={values.classification}
        onChange={set('classification')}
        error={err.forField('classification')}
        marks="the paragraphs citing it"
      />
      {isEdit && values.status === 'retracted' && props.fact?.status !== 'retracted' ? (
        <Field
          label={LABELS.reason}
          htmlFor={id('reason')}
          error={err.forField('reason')}
          hint="Kept in the fact's history, for everyone who cites it."
        >
          <input id={id('reason')} dir="auto" value={values.reason} onChange={set('reason')} />
        </Field>
      ) : null}
      {/* Beside the buttons, where the user is when the fact changes underneath (the form is long). */}
      {changedNote ? (
        <p className="notice" role="status" data-testid="fact-changed">
          {changedNote}
        </p>
      ) : null}
      <FormAlert message={err.general(FIELDS)} />
      <FieldsAlert labels={err.fieldsNamed(LABELS)} />
      {hasConflict ? (
        <div className="actions conflict-actions">
          <button type="button" className="secondary" onClick={() => void reload()}>
            Reload their version
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void save(true)}>
            Overwrite with mine
          </button>
        </div>
      ) : null}
      <div className="actions">
        {/* Not while saving: the form stays until the store has answered, so an error is seen. */}
        <button type="button" className="secondary" disabled={busy} onClick={escape.requestClose}>
          {isEdit ? 'Close' : 'Cancel'}
        </button>
        <button type="submit" disabled={busy}>
          {isEdit ? 'Save changes' : 'Save fact'}
        </button>
      </div>
      {props.fact && props.onDeleted ? (
        <DeleteFact
          fact={props.fact}
          onDeleted={props.onDeleted}
          // Retracting is a save of the form: the status set, the reason asked for (its field shows).
          onRetract={() => {
            setValues((v) => ({ ...v, status: 'retracted' }));
            requestAnimationFrame(() => document.getElementById(id('reason'))?.focus());
          }}
        />
      ) : null}
      {props.fact ? <FactHistory fact={props.fact} /> : null}
    </form>
  );
}
