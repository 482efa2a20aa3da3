import { useEffect, useRef, type ChangeEvent, type ReactNode } from 'react';
import { Field } from '../../ui/form';
import { candidatesText } from './candidate-rows';

/** The first step of an article import: the article's text, pasted or opened, and the reading of it. */
export function ArticleTextStep({
  text,
  onText,
  onOpenFile,
  textError,
  alert,
  progress,
  keptEdits,
  isBusy,
  onCancel,
  onFind,
}: {
  text: string;
  onText: (text: string) => void;
  onOpenFile: (e: ChangeEvent<HTMLInputElement>) => void;
  textError: string | undefined;
  alert: ReactNode;
  progress: ReactNode;
  /** Edited candidates of the last reading, kept for the next one. */
  keptEdits: number;
  isBusy: boolean;
  onCancel: () => void;
  onFind: () => void;
}) {
  // Back from the review, the keyboard lands in the text (on opening, the dialog then puts it on Title).
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <>
      <Field
        label="Article text"
        htmlFor="article-text"
        error={textError}
        hint="Paste the article (text or HTML), or open a file."
      >
        <textarea
          ref={area}
          id="article-text"
          rows={8}
          value={text}
          onChange={(e) => onText(e.target.value)}
        />
      </Field>
      <label className="file-button">
        Open article file…
        <input type="file" accept=".txt,.text,.html,.htm,text/plain,text/html" onChange={onOpenFile} />
      </label>
      {alert}
      {keptEdits > 0 ? (
        <p className="hint" data-testid="edits-waiting">
          Your edits to {candidatesText(keptEdits)} are kept: finding the facts again applies them to the
          candidates that come back (the same sentence in the same paragraph).
        </p>
      ) : null}
      {progress}
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onFind} disabled={isBusy || text.trim() === ''}>
          Find attributed facts
        </button>
      </div>
    </>
  );
}
