import { useEffect, useRef, type ChangeEvent, type ReactNode } from 'react';
import { Field } from '../../ui/form';
import { candidatesText } from './candidate-rows';

/** A saved web page opened from a file. */
export interface OpenedPage {
  name: string;
  kb: number;
  /** The source fields its own metadata filled ("title", "publication date"). */
  filled: readonly string[];
}

/** The first step of an article import: the article's text, pasted or opened, and the reading of it. */
export function ArticleTextStep({
  text,
  onText,
  onOpenFile,
  page,
  onDropPage,
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
  /** The page opened, if the text is one: its markup is not shown. */
  page: OpenedPage | null;
  /** Back to pasting text: the opened page is let go. */
  onDropPage: () => void;
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
      {page ? (
        <div className="opened-page" data-testid="opened-page">
          <p>
            Opened <strong>{page.name}</strong> ({page.kb} KB of HTML): the article is read from the page when
            you find the facts, without the page's menus and captions.
            {page.filled.length > 0
              ? ` Filled from the page itself: ${page.filled.join(', ')}; check them above.`
              : ' The page names no title, outlet or date of its own: give them above.'}
          </p>
          <button type="button" className="link" onClick={onDropPage}>
            Paste text instead
          </button>
        </div>
      ) : (
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
      )}
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
