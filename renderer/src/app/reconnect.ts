import type { AppInfo } from '../../../electron/contract/api';
import { briefingContent } from '../../../electron/core/briefing-edit';
import { BRIEFING_BASE_FIELD, EDIT_CONFLICT } from '../../../electron/core/errors';
import type { Briefing } from '../../../electron/core/schemas';
import { ApiError, call, isElectron } from '../api/client';
import { flushOpenBriefing, update } from './store';
import { writerId } from './writer-id';

/**
 * Browser mode, the app restarted under an open tab: its saves are refused (the old session's token) or
 * cannot reach it. The draft a save could not deliver is kept in this tab's sessionStorage (never the
 * token); a new address pasted into the tab (only its `#launch=` part changes, so the page does not
 * load again by itself) reloads the page, which trades the new code, and the draft is saved to the new
 * app and shown again, with a notice.
 */
const STASH_KEY = 'briefing-unsaved-draft';

interface Stash {
  draft: Briefing;
  /** The store file the draft was read from (`AppInfo.storeGeneration`). */
  generation?: string;
  /** When the store last had the briefing as this tab knew it (its last answered save, or the open). */
  baseUpdatedAt: string;
  /** The tab's writer id when the draft was kept (the same after the reload; see writer-id). */
  writerId?: string;
}

/** A save that failed because the tab is not connected to the running app (restarted, or stopped). */
export const isDisconnected = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === 'http_401' || error.code === 'unreachable');

/** A save refused because the briefing was saved elsewhere since the version it was made from. */
export const isBriefingConflict = (error: unknown): boolean =>
  error instanceof ApiError && error.code === EDIT_CONFLICT && error.path === BRIEFING_BASE_FIELD;

/** Keeps the draft a save could not deliver, for the page that reconnects. */
export function stashUnsaved(stash: Stash): void {
  try {
    sessionStorage.setItem(STASH_KEY, JSON.stringify(stash));
  } catch {
    // Storage full or refused: the editor still says "Not saved".
  }
}

/** The briefing's draft was saved: nothing to bring back for it. */
export function dropStash(briefingId: string): void {
  const stash = readStash();
  if (stash?.draft.id === briefingId) sessionStorage.removeItem(STASH_KEY);
}

function readStash(): Stash | undefined {
  try {
    const text = sessionStorage.getItem(STASH_KEY);
    return text ? (JSON.parse(text) as Stash) : undefined;
  } catch {
    return undefined;
  }
}

let isReconnecting = false;
/** The page is reloading to reconnect: leaving it asks nothing (what was not saved is kept). */
export const reconnecting = () => isReconnecting;

/**
 * A new address pasted into this tab (a new `#launch=` or `#token=`): the open draft's save is tried
 * (refused, it is kept for the reloaded page), then the page loads again and connects with it.
 */
export function watchNewAddress(): () => void {
  if (isElectron) return () => undefined;
  const onHashChange = () => {
    if (!/(?:^|[#&])(?:launch|token)=[0-9a-f]+/.test(window.location.hash) || isReconnecting) return;
    isReconnecting = true;
    const tried = Promise.race([
      flushOpenBriefing().catch(() => false),
      new Promise((done) => setTimeout(done, 3000)),
    ]);
    void tried.finally(() => window.location.reload());
  };
  window.addEventListener('hashchange', onHashChange);
  return () => window.removeEventListener('hashchange', onHashChange);
}

const sameContent = (a: Briefing, b: Briefing) =>
  JSON.stringify(briefingContent(a)) === JSON.stringify(briefingContent(b));

/**
 * At start: a draft this tab could not save before it reconnected is saved to the running app and
 * opened, when the store still has the briefing as the draft started from, or as this tab itself saved
 * it since (the same writer id: nobody else saved it since, no backup restored); otherwise it is kept
 * as a new briefing of its own, and the notice says so.
 * `open` opens a briefing (actions.openBriefing).
 */
export async function bringBackUnsaved(info: AppInfo, open: (b: Briefing) => void): Promise<void> {
  const stash = readStash();
  if (!stash) return;
  let stored: Briefing;
  try {
    stored = await call('briefings:get', { id: stash.draft.id });
  } catch (error) {
    // Still not connected: kept for the next try. Not in this store: nothing to bring it back to.
    if (!isDisconnected(error)) sessionStorage.removeItem(STASH_KEY);
    return;
  }
  const title = stash.draft.title || stored.title;
  if (sameContent(stored, stash.draft)) {
    // Saved after all (as the page left): open it, as the tab had it.
    sessionStorage.removeItem(STASH_KEY);
    open(stored);
    return;
  }
  // Another template, or another store file (a backup restored): not saved over it, a copy of its own.
  // Otherwise the store decides: it takes the draft over the version it started from, or over a later
  // one this tab saved itself (a save on its way, or sent as the page left), and refuses it over one
  // saved elsewhere since.
  const isSameBase =
    stored.templateId === stash.draft.templateId &&
    (stash.generation === undefined || stash.generation === info.storeGeneration);
  if (isSameBase) {
    try {
      const saved = await call('briefings:update', {
        id: stored.id,
        content: briefingContent(stash.draft),
        ...(info.storeGeneration ? { storeGeneration: info.storeGeneration } : {}),
        baseUpdatedAt: stash.baseUpdatedAt,
        writerId: stash.writerId ?? writerId,
      });
      sessionStorage.removeItem(STASH_KEY);
      open(saved);
      update(() => ({
        editorMessage: {
          text: `This tab is connected to the running app again. The changes to “${title}” it could not save before are saved now.`,
          isError: false,
        },
      }));
      return;
    } catch (error) {
      if (isDisconnected(error)) return;
      if (!isBriefingConflict(error)) {
        sessionStorage.removeItem(STASH_KEY);
        open(stored);
        update(() => ({
          editorMessage: {
            text: `The changes to “${title}” typed while this tab was not connected to the app could not be saved: ${(error as Error).message}`,
            isError: true,
          },
        }));
        return;
      }
    }
  }
  // Changed since in the store (another tab, a restore): neither overwritten nor lost, a copy of its own.
  try {
    const copy = await call('briefings:create', {
      templateId: stash.draft.templateId,
      title: `${title.slice(0, 260)} (typed while not connected)`,
      date: stash.draft.date,
    });
    const saved = await call('briefings:update', {
      id: copy.id,
      content: { ...briefingContent(stash.draft), title: copy.title },
      ...(info.storeGeneration ? { storeGeneration: info.storeGeneration } : {}),
      baseUpdatedAt: copy.updatedAt,
    });
    sessionStorage.removeItem(STASH_KEY);
    open(saved);
    update(() => ({
      editorMessage: {
        text: `“${title}” was changed in the store while this tab was not connected to the app, so the changes typed here were not saved over it: they are kept as this new briefing, “${saved.title}”.`,
        isError: false,
      },
    }));
  } catch (error) {
    if (!isDisconnected(error)) sessionStorage.removeItem(STASH_KEY);
    open(stored);
  }
}
