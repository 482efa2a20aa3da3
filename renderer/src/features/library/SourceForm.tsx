import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { CslItem, CslName } from '../../../../electron/core/csl-item';
import { doiProblem, SourceInput, SourcePatch, type Source } from '../../../../electron/core/schemas';
import { issuePath } from '../../../../electron/core/errors';
import { call } from '../../api/client';
import { Field, FormAlert, useFormError } from '../../ui/form';
import { MarkingField } from './MarkingField';
import { NamesEditor, namesToSave } from './NamesEditor';
import { SourceFields } from './SourceFields';
import { useEscapeToClose } from '../../ui/escape-to-close';

const empty = {
  title: '',
  containerTitle: '',
  publisher: '',
  doi: '',
  type: 'article-newspaper',
  published: '',
  accessed: '',
  url: '',
  language: '',
  grade: 'F',
  notes: '',
  text: '',
  classification: '',
};
type Values = typeof empty;
const FIELDS = [...Object.keys(empty), 'authors', 'editors', 'item'];

/** The variables an item type has beyond the common ones, as the form labels them. */
const TYPE_FIELDS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'article-journal': [
    ['volume', 'Volume'],
    ['issue', 'Issue'],
    ['page', 'Pages'],
    ['ISSN', 'ISSN'],
  ],
  'article-magazine': [
    ['volume', 'Volume'],
    ['issue', 'Issue'],
    ['page', 'Pages'],
  ],
  'article-newspaper': [
    ['section', 'Section'],
    ['page', 'Page'],
  ],
  book: [
    ['edition', 'Edition'],
    ['publisher-place', 'Place'],
    ['ISBN', 'ISBN'],
    ['number-of-pages', 'Pages'],
  ],
  chapter: [
    ['page', 'Pages'],
    ['publisher-place', 'Place'],
    ['ISBN', 'ISBN'],
  ],
  report: [
    ['number', 'Report number'],
    ['collection-title', 'Series'],
    ['publisher-place', 'Place'],
  ],
  legal_case: [
    ['authority', 'Court'],
    ['number', 'Docket number'],
    ['volume', 'Volume'],
    ['page', 'First page'],
  ],
  legislation: [
    ['number', 'Number'],
    ['section', 'Section'],
  ],
  speech: [
    ['event-title', 'Event'],
    ['event-place', 'Place'],
  ],
  'paper-conference': [
    ['event-title', 'Conference'],
    ['event-place', 'Place'],
    ['page', 'Pages'],
  ],
  thesis: [
    ['genre', 'Degree'],
    ['publisher-place', 'Place'],
  ],
  interview: [['medium', 'Medium']],
  broadcast: [
    ['medium', 'Medium'],
    ['number', 'Episode'],
  ],
};

const valuesOf = (s: Source | undefined): Values => {
  if (!s) return empty;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  return {
    title: s.title,
    containerTitle: text(s.item['container-title']),
    publisher: text(s.item.publisher),
    doi: s.doi ?? text(s.item.DOI),
    type: s.type,
    published: s.published ?? '',
    accessed: s.accessed ?? '',
    url: s.url ?? '',
    language: s.language ?? '',
    grade: s.grade,
    notes: s.notes ?? '',
    text: s.text ?? '',
    classification: s.classification ?? '',
  };
};

/** The type's own fields of an item, as text for the form. */
const typeFieldsOf = (item: CslItem | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.values(TYPE_FIELDS)
      .flat()
      .flatMap(([key]) => {
        const v = item?.[key];
        return typeof v === 'string' || typeof v === 'number' ? [[key, String(v)]] : [];
      }),
  );

/** Save an article (pasted or opened from a file) as a source, or edit an existing source. */
export function SourceForm({
  source,
  onSaved,
  onCancel,
}: {
  source?: Source;
  onSaved: (s: Source) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(() => valuesOf(source));
  const [authors, setAuthors] = useState<CslName[]>(() => source?.authors ?? []);
  const [editors, setEditors] = useState<CslName[]>(() => source?.editors ?? []);
  const [typeFields, setTypeFields] = useState<Record<string, string>>(() => typeFieldsOf(source?.item));
  const [busy, setBusy] = useState(false);
  const err = useFormError();
  const snapshot = JSON.stringify([values, authors, editors, typeFields]);
  /** The form as it was opened or last emptied by a save (what its edits are told apart from). */
  const [pristine, setPristine] = useState(snapshot);
  const escape = useEscapeToClose({
    isDirty: !busy && snapshot !== pristine,
    onClose: onCancel,
    what: source ? 'this source' : 'the new source',
  });
  const set =
    (key: keyof Values) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));

  async function openFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const text = await file.text();
    setValues((v) => ({ ...v, text, title: v.title || file.name.replace(/\.[^.]+$/, '') }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    err.clear();
    // The item keeps every variable the form does not show (from an import); the type's own fields are
    // laid over it, a cleared one removed.
    const item: Record<string, unknown> = { ...(source?.item ?? {}), type: values.type };
    for (const [key] of TYPE_FIELDS[values.type] ?? []) {
      const v = typeFields[key]?.trim() ?? '';
      if (v === '') delete item[key];
      else item[key] = v;
    }
    const input = {
      ...values,
      item: item as CslItem,
      authors: namesToSave(authors),
      editors: namesToSave(editors),
      grade: values.grade as Source['grade'],
    };
    // Checked here first, against the schema the store checks, and the DOI with it: every wrong field at
    // once (a DOI is otherwise only looked at once the others are right), the keyboard on the first.
    // (An edit is checked as the store checks a change, a new source as a new one.)
    const checked = (source ? SourcePatch : SourceInput).safeParse(input);
    const issues = checked.success
      ? []
      : checked.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message }));
    const doi = doiProblem(input);
    if (doi && !issues.some((i) => i.path === 'doi')) issues.push({ path: 'doi', message: doi });
    if (issues.length > 0) {
      err.refuse(issues);
      setBusy(false);
      return;
    }
    try {
      const saved = source
        ? await call('sources:update', { id: source.id, patch: input })
        : await call('sources:create', input);
      if (!source) {
        setValues(empty);
        setAuthors([]);
        setEditors([]);
        setTypeFields({});
        setPristine(JSON.stringify([empty, [], [], {}]));
      }
      onSaved(saved);
    } catch (error) {
      err.show(error);
    } finally {
      setBusy(false);
    }
  }

  const label = source ? 'Edit source' : 'New source';
  return (
    <form className="card form" onSubmit={submit} onKeyDown={escape.onKeyDown} aria-label={label} noValidate>
      {escape.question}
      <h3>{label}</h3>
      <SourceFields
        idPrefix="source"
        values={values}
        optional={
          source
            ? ['type', 'grade', 'containerTitle', 'publisher', 'doi', 'accessed', 'language', 'notes']
            : ['type', 'grade', 'containerTitle', 'publisher', 'doi']
        }
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
        error={err.forField}
        autoFocusTitle
      />
      <NamesEditor
        label="Authors"
        idPrefix="source-author"
        names={authors}
        onChange={setAuthors}
        error={err.forField('authors')}
      />
      <NamesEditor
        label="Editors"
        idPrefix="source-editor"
        names={editors}
        onChange={setEditors}
        error={err.forField('editors')}
      />
      {(TYPE_FIELDS[values.type] ?? []).length > 0 ? (
        <div className="row fit">
          {(TYPE_FIELDS[values.type] ?? []).map(([key, label]) => (
            <Field key={key} label={label} htmlFor={`source-${key}`} error={err.forField(`item.${key}`)}>
              <input
                id={`source-${key}`}
                value={typeFields[key] ?? ''}
                onChange={(e) => setTypeFields((f) => ({ ...f, [key]: e.target.value }))}
              />
            </Field>
          ))}
        </div>
      ) : null}
      <MarkingField
        id="source-classification"
        value={values.classification}
        onChange={set('classification')}
        error={err.forField('classification')}
        marks="the paragraphs citing any of its facts"
      />
      <Field
        label="Article text"
        htmlFor="source-text"
        error={err.forField('text')}
        hint="Paste the article, or open a text file."
      >
        <textarea id="source-text" rows={source ? 4 : 6} value={values.text} onChange={set('text')} />
      </Field>
      <label className="file-button">
        Open text file…
        <input
          type="file"
          accept=".txt,.text,.md,.html,.htm,text/plain,text/html"
          onChange={(e) => void openFile(e)}
        />
      </label>
      <FormAlert message={err.general(FIELDS)} />
      <div className="actions">
        <button type="button" className="secondary" onClick={escape.requestClose}>
          Cancel
        </button>
        <button type="submit" disabled={busy}>
          {source ? 'Save changes' : 'Save source'}
        </button>
      </div>
    </form>
  );
}
