import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../../../../electron/contract/api';
import type { Grade } from '../../../../electron/core/schemas';
import { bylineNames } from '../../../../electron/core/source-item';
import { ApiError, call } from '../../api/client';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FormAlert, useFormError } from '../../ui/form';
import { ModalFrame } from '../../ui/modal-frame';
import { SourceFields } from '../library/SourceFields';
import { ArticleReview } from './ArticleReview';
import { ArticleTextStep, type OpenedPage } from './ArticleTextStep';
import { publishedFromText } from '../../../../electron/core/published-from-text';
import { candidatesText, factsOf } from './candidate-rows';
import { ReadingProgress } from './ReadingProgress';
import { useArticleReading } from './use-article-reading';
import { useCandidateRows } from './use-candidate-rows';
import { fieldsFromText } from './fields-from-text';
import { useExistingSource } from './use-existing-source';

/** What a saved page says about itself (`import:article-page`). */
type PageSays = Partial<Record<'title' | 'byline' | 'outlet' | 'url' | 'published', string>>;
/** The source fields a page may fill, with the names the form gives them. */
const PAGE_FIELDS = [
  ['title', 'title'],
  ['byline', 'byline'],
  ['outlet', 'outlet'],
  ['url', 'address'],
  ['published', 'publication date'],
] as const;

/** What a reading of the article depends on besides its text: the article's own outlet and its date. */
interface ReadWith {
  outlet: string;
  published: string;
}
const readWithOf = (meta: { outlet: string; published: string }): ReadWith => ({
  // The outlet, when given, is the article's own: what it reports is not relayed by it.
  outlet: meta.outlet.trim(),
  // "On Monday" in the article is dated against its publication date, when one is given.
  published: /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : '',
});
const describeReadWith = ({ outlet, published }: ReadWith) =>
  `${outlet ? `outlet “${outlet}”` : 'no outlet'} and ${published ? `published ${published}` : 'no publication date'}`;

/**
 * Article → candidate facts → the analyst reviews, edits and accepts them in bulk; a modal dialog from
 * the library's "Import article" button. Edits survive going back to the text and reading it again, and
 * are never thrown away without asking.
 */
export function ArticleImport({
  onDone,
  onCancel,
}: {
  onDone: (r: ImportReport) => void;
  onCancel: () => void;
}) {
  // Reliability starts at F, 'cannot be judged', as for a new source; the analyst grades the outlet here.
  const [meta, setMeta] = useState({
    title: '',
    byline: '',
    outlet: '',
    published: '',
    url: '',
    grade: 'F' as Grade,
  });
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'text' | 'html'>('text');
  /** A saved page opened from a file: shown by name, not as its markup, with the fields it filled. */
  const [openedPage, setOpenedPage] = useState<OpenedPage | null>(null);
  const [step, setStep] = useState<'text' | 'review'>('text');
  const rows = useCandidateRows();
  const [plain, setPlain] = useState('');
  /** The outlet and date the candidates on the review were read with. */
  const [readWith, setReadWith] = useState<ReadWith | null>(null);
  /** A dateline's month and day with no year in the text, named for the analyst to complete. */
  const [datelineNote, setDatelineNote] = useState<string | undefined>(undefined);
  /** The title a plain-text file's name gave, replaced by the text's headline when it has one. */
  const [titleFromFileName, setTitleFromFileName] = useState<string | null>(null);
  /** The source fields the reading filled from the text (headline, byline, dateline agency), named. */
  const [filledNote, setFilledNote] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const reading = useArticleReading();
  const { running, stop } = reading;
  const [isAskingToDiscard, setAskingToDiscard] = useState(false);
  /** Discard confirmed: the dialog closes once the question has (its focus back in the dialog first). */
  const [isDiscarded, setDiscarded] = useState(false);
  const err = useFormError();
  const existing = useExistingSource(meta, step === 'review');
  // The app gets its article reader ready while the analyst pastes.
  useEffect(() => {
    void call('import:article-prepare', {}).catch(() => undefined);
  }, []);

  async function openFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    const fromName = file.name.replace(/\.[^.]+$/, '');
    const isPage = /\.html?$/i.test(file.name) || /^\s*<(?:!doctype\s+html|html)\b/i.test(content);
    setText(content);
    setFormat(isPage ? 'html' : 'text');
    if (!isPage) {
      setOpenedPage(null);
      if (meta.title.trim() === '') setTitleFromFileName(fromName);
      setMeta((m) => ({ ...m, title: m.title || fromName }));
      return;
    }
    // A saved page says what it is: the fields left empty take its headline, outlet, address and date
    // (the date is what "on Monday" in it is read against). The page is read all the same if this fails.
    const said = await call('import:article-page', { text: content }).catch(() => ({}) as PageSays);
    const filled = PAGE_FIELDS.filter(([key]) => said[key] && meta[key].trim() === '');
    setMeta((m) => {
      const next = { ...m };
      for (const [key] of filled) next[key] = said[key] ?? '';
      if (next.title.trim() === '') next.title = fromName;
      return next;
    });
    setOpenedPage({
      name: file.name,
      kb: Math.max(1, Math.round(file.size / 1024)),
      filled: filled.map(([, label]) => label),
    });
  }

  async function propose() {
    setBusy(true);
    err.clear();
    try {
      const using = readWithOf(meta);
      const r = await reading.read({
        text,
        format,
        outlet: using.outlet || undefined,
        published: using.published || undefined,
      });
      if (!r) return;
      setPlain(r.text);
      rows.load(r.candidates);
      // An empty Published takes the date the text gives itself (a date line, a dateline with its year),
      // which the candidates were read with; a dateline with no year is named for the analyst to complete.
      const own = publishedFromText(meta.published, r.ownDate);
      if (own.published) {
        const published = own.published;
        setMeta((m) => (m.published.trim() === '' ? { ...m, published } : m));
      }
      setDatelineNote(own.datelineNote);
      // The headline, byline and dateline agency fill the fields left empty, as a saved page's metadata does.
      const fromText = fieldsFromText(meta, r.says, titleFromFileName);
      setMeta((m) => ({ ...m, ...fromText.values }));
      setFilledNote(fromText.note);
      // (Read with the text's date whenever it gave one, even where the field keeps what was typed there;
      // with no outlet given, the text's dateline agency was read as the article's own.)
      const readDate = r.ownDate?.published;
      const readOutlet = using.outlet || (r.says?.outlet ?? '').trim();
      setReadWith({ ...using, outlet: readOutlet, ...(readDate ? { published: readDate } : {}) });
      setStep('review');
    } catch (e) {
      err.show(e);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    if (!rows.rows) return;
    err.clear();
    // What the review can tell at once (an event date that is no date) is shown on its candidate, not sent.
    if (!rows.checkToSave()) return;
    setBusy(true);
    try {
      const { byline, ...fields } = meta;
      const authors = bylineNames(byline);
      onDone(
        await call('import:article', {
          source: { ...fields, ...(authors.length > 0 ? { authors } : {}), text: plain },
          facts: factsOf(rows.rows),
        }),
      );
    } catch (e) {
      // The store's refusals of candidates are shown on them; those of the source's fields, on those.
      if (e instanceof ApiError && e.issues.length > 0) {
        const rest = rows.placeRefusal(e.issues);
        if (rest.length > 0) err.show(new ApiError({ code: e.code, message: e.message, issues: rest }));
      } else err.show(e);
    } finally {
      setBusy(false);
    }
  }

  /** Cancel, Escape: leaving with edits asks first. */
  function requestClose() {
    if (rows.edited > 0) setAskingToDiscard(true);
    else close();
  }
  function close() {
    if (running) void stop();
    onCancel();
  }
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  useEffect(() => {
    if (isDiscarded) closeRef.current();
  }, [isDiscarded]);

  const now = readWithOf(meta);
  const isStale =
    step === 'review' && readWith && (now.outlet !== readWith.outlet || now.published !== readWith.published);
  const progress = (
    <ReadingProgress running={running} isStopped={reading.isStopped} onStop={() => void stop()} />
  );
  return (
    <>
      <ModalFrame
        title="Import article"
        className={step === 'review' ? 'article-import article-review' : 'article-import'}
        initialFocus="#article-title"
        onDismiss={requestClose}
        // A stray click beside a long form must not close it.
        isBackdropInert
      >
        <SourceFields
          idPrefix="article"
          layout="compact"
          optional={['byline', 'grade']}
          values={meta}
          onChange={(name, value) => setMeta((m) => ({ ...m, [name]: value }))}
          error={(name) => err.forField(`source.${name}`)}
        />
        {step === 'text' ? (
          <ArticleTextStep
            text={text}
            onText={setText}
            onOpenFile={(e) => void openFile(e)}
            page={openedPage}
            onDropPage={() => {
              setOpenedPage(null);
              setText('');
              setFormat('text');
            }}
            textError={err.forField('text')}
            alert={<FormAlert message={err.general(['text', 'source'])} />}
            progress={progress}
            keptEdits={rows.edited}
            isBusy={busy}
            onCancel={requestClose}
            onFind={() => void propose()}
          />
        ) : (
          <ArticleReview
            rows={rows}
            plain={plain}
            existing={existing}
            staleRead={
              isStale && readWith ? (
                <p className="hint callout" role="status" data-testid="read-with-old">
                  These candidates were read with {describeReadWith(readWith)}; the article now says{' '}
                  {describeReadWith(now)}. Relays and dates (“on Thursday”) may differ.{' '}
                  <button type="button" className="secondary" disabled={busy} onClick={() => void propose()}>
                    Read again with these
                  </button>
                </p>
              ) : datelineNote && meta.published.trim() === '' ? (
                <p className="hint callout" role="status" data-testid="dateline-without-year">
                  {datelineNote}
                </p>
              ) : filledNote ? (
                <p className="hint callout" role="status" data-testid="filled-from-text">
                  {filledNote}
                </p>
              ) : null
            }
            progress={
              <ReadingProgress
                running={running}
                isStopped={reading.isStopped}
                stoppedText="Stopped: the candidates below are still those of the earlier reading."
                onStop={() => void stop()}
              />
            }
            alert={
              <FormAlert
                message={err.general(['source.title', 'source.outlet', 'source.published', 'source.url'])}
              />
            }
            isTitleMissing={meta.title.trim() === ''}
            isBusy={busy}
            onCancel={requestClose}
            onBack={() => {
              reading.forgetStop();
              setStep('text');
            }}
            onSave={() => void save()}
          />
        )}
      </ModalFrame>
      {isAskingToDiscard ? (
        <ConfirmDialog
          question={`Discard your edits to ${candidatesText(rows.edited)}?`}
          detail="The article is not imported, and what you changed on the review is lost."
          confirmLabel="Discard edits"
          cancelLabel="Keep editing"
          onConfirm={() => {
            setAskingToDiscard(false);
            setDiscarded(true);
          }}
          onCancel={() => setAskingToDiscard(false)}
        />
      ) : null}
    </>
  );
}
