import { Fragment, useEffect, useRef, type ChangeEvent, type ReactNode } from 'react';
import { GRADE_CHOICES } from '../../../../electron/core/grading';
import { Field, Options } from '../../ui/form';

const TYPES = [
  ['article-newspaper', 'News article'],
  ['article-magazine', 'Magazine article'],
  ['article-journal', 'Journal article'],
  ['webpage', 'Web page'],
  ['report', 'Report'],
  ['book', 'Book'],
  ['chapter', 'Book chapter'],
  ['speech', 'Speech or statement'],
  ['interview', 'Interview'],
  ['broadcast', 'Broadcast'],
  ['post', 'Social media post'],
  ['legal_case', 'Court case'],
  ['legislation', 'Law or treaty'],
  ['thesis', 'Thesis'],
  ['paper-conference', 'Conference paper'],
  ['dataset', 'Dataset'],
  ['document', 'Document'],
] as const;

const DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD; 1990~ if approximate';

/** A source's metadata fields, named as `SourceInput` names them. */
export type SourceFieldName =
  | 'title'
  | 'byline'
  | 'outlet'
  | 'containerTitle'
  | 'publisher'
  | 'doi'
  | 'type'
  | 'published'
  | 'grade'
  | 'url'
  | 'accessed'
  | 'language'
  | 'notes';

/** The fields every source form has; a form shows the others it lists in `optional`. */
type RequiredFields = 'title' | 'outlet' | 'published' | 'url';
export type OptionalSourceField = Exclude<SourceFieldName, RequiredFields>;
export type SourceFieldValues = Partial<Record<SourceFieldName, string>>;
const REQUIRED: readonly SourceFieldName[] = ['title', 'outlet', 'published', 'url'];

/**
 * How the fields are laid out, row by row: `form` is the source form's (one field per line where it has
 * no partner), `compact` the article import's (two by two, above the article, bare inputs: no outlet
 * hint, no placeholders, a plain text URL field).
 */
const LAYOUTS: Record<'form' | 'compact', ReadonlyArray<readonly SourceFieldName[]>> = {
  // The form names where it appeared (container) and who published it apart: the outlet is read off them.
  form: [
    ['title'],
    ['type', 'grade'],
    ['containerTitle', 'publisher'],
    ['published', 'accessed'],
    ['url', 'doi'],
    ['language'],
    ['notes'],
  ],
  compact: [['title', 'outlet'], ['byline'], ['published', 'url'], ['grade']],
};

/**
 * A source's metadata fields (title, outlet, kind, published, reliability, URL, accessed, language,
 * notes), for the source form and the article import: title, outlet, published and URL always, the
 * others where `optional` lists them.
 */
export function SourceFields({
  idPrefix,
  values,
  optional = [],
  onChange,
  error,
  layout = 'form',
  autoFocusTitle = false,
}: {
  /** Prefix of the inputs' ids: `source` gives `source-title`, `source-outlet`… */
  idPrefix: string;
  values: SourceFieldValues;
  optional?: readonly OptionalSourceField[];
  onChange: (name: SourceFieldName, value: string) => void;
  /** The error message for a field, if the last save named it. */
  error: (name: SourceFieldName) => string | undefined;
  layout?: 'form' | 'compact';
  autoFocusTitle?: boolean;
}) {
  const id = (name: SourceFieldName) => `${idPrefix}-${name}`;
  const set =
    (name: SourceFieldName) => (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      onChange(name, e.target.value);
  const value = (name: SourceFieldName) => values[name] ?? '';
  const full = layout === 'form';
  // A long title focused as the form opens shows its beginning: Chromium puts the caret, and the view,
  // at its end ("…on package for modeling").
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = titleRef.current;
    if (!autoFocusTitle || !input) return;
    input.setSelectionRange(0, 0);
    input.scrollLeft = 0;
  }, [autoFocusTitle]);

  const fields: Record<SourceFieldName, () => ReactNode> = {
    title: () => (
      <Field
        label="Title"
        htmlFor={id('title')}
        error={error('title')}
        // A title imported with italics keeps them as CSL writes them: said, not left to puzzle over.
        hint={
          /<\/?(?:i|b|sup|sub)>/.test(value('title'))
            ? '<i>…</i> is italics (<b> bold, <sup> superscript): printed so in notes and the source list, left out in lists.'
            : undefined
        }
      >
        <input
          ref={titleRef}
          id={id('title')}
          dir="auto"
          value={value('title')}
          onChange={set('title')}
          autoFocus={autoFocusTitle}
        />
      </Field>
    ),
    byline: () => (
      <Field
        label="Byline"
        htmlFor={id('byline')}
        error={error('byline')}
        hint="Who wrote it: names separated by commas"
      >
        <input id={id('byline')} dir="auto" value={value('byline')} onChange={set('byline')} />
      </Field>
    ),
    outlet: () => (
      <Field
        label="Outlet"
        htmlFor={id('outlet')}
        error={error('outlet')}
        hint={full ? 'Who published it: Reuters, Le Monde…' : undefined}
      >
        <input id={id('outlet')} dir="auto" value={value('outlet')} onChange={set('outlet')} />
      </Field>
    ),
    containerTitle: () => (
      <Field
        label="Outlet"
        htmlFor={id('containerTitle')}
        error={error('containerTitle')}
        hint="Where it appeared: the newspaper, journal, site or book"
      >
        <input
          id={id('containerTitle')}
          dir="auto"
          value={value('containerTitle')}
          onChange={set('containerTitle')}
        />
      </Field>
    ),
    publisher: () => (
      <Field
        label="Publisher"
        htmlFor={id('publisher')}
        error={error('publisher')}
        hint="Who published it: a book's publisher, the body behind a report"
      >
        <input id={id('publisher')} dir="auto" value={value('publisher')} onChange={set('publisher')} />
      </Field>
    ),
    doi: () => (
      <Field label="DOI" htmlFor={id('doi')} error={error('doi')} hint="10.1234/…">
        <input id={id('doi')} value={value('doi')} onChange={set('doi')} />
        {/^10\.\d{4,9}\/\S+$/.test(value('doi').trim()) ? (
          <a
            className="doi-link"
            href={`https://doi.org/${value('doi').trim()}`}
            target="_blank"
            rel="noreferrer noopener"
          >
            https://doi.org/{value('doi').trim()}
          </a>
        ) : null}
      </Field>
    ),
    type: () => (
      <Field label="Kind" htmlFor={id('type')} error={error('type')}>
        <select id={id('type')} value={value('type')} onChange={set('type')}>
          <Options items={TYPES} />
          {TYPES.some(([v]) => v === value('type')) ? null : (
            <option value={value('type')}>{value('type')}</option>
          )}
        </select>
      </Field>
    ),
    published: () => (
      <Field label="Published" htmlFor={id('published')} error={error('published')} hint={DATE_HINT}>
        <input
          id={id('published')}
          value={value('published')}
          onChange={set('published')}
          placeholder={full ? '2025-12-15' : undefined}
        />
      </Field>
    ),
    grade: () => (
      <Field label="Reliability" htmlFor={id('grade')} error={error('grade')}>
        <select id={id('grade')} value={value('grade')} onChange={set('grade')}>
          <Options items={GRADE_CHOICES} />
        </select>
      </Field>
    ),
    url: () => (
      <Field label="URL" htmlFor={id('url')} error={error('url')}>
        <input
          id={id('url')}
          type={full ? 'url' : undefined}
          value={value('url')}
          onChange={set('url')}
          placeholder={full ? 'https://' : undefined}
        />
      </Field>
    ),
    accessed: () => (
      <Field label="Accessed" htmlFor={id('accessed')} error={error('accessed')} hint={DATE_HINT}>
        <input id={id('accessed')} value={value('accessed')} onChange={set('accessed')} />
      </Field>
    ),
    language: () => (
      <Field label="Language" htmlFor={id('language')} error={error('language')} hint="e.g. en, fr">
        <input id={id('language')} value={value('language')} onChange={set('language')} />
      </Field>
    ),
    notes: () => (
      <Field label="Notes" htmlFor={id('notes')} error={error('notes')}>
        <textarea id={id('notes')} dir="auto" rows={2} value={value('notes')} onChange={set('notes')} />
      </Field>
    ),
  };

  return (
    <>
      {LAYOUTS[layout].map((row) => {
        const shown = row.filter(
          (name) => REQUIRED.includes(name) || (optional as readonly SourceFieldName[]).includes(name),
        );
        if (shown.length === 0) return null;
        const key = shown.join('-');
        if (shown.length === 1) return <Fragment key={key}>{fields[shown[0]!]()}</Fragment>;
        return (
          <div className="row fit" key={key}>
            {shown.map((name) => (
              <Fragment key={name}>{fields[name]()}</Fragment>
            ))}
          </div>
        );
      })}
    </>
  );
}
