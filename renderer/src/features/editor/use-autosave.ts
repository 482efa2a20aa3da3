import { useCallback, useEffect, useRef } from 'react';
import { briefingContent } from '../../../../electron/core/briefing-edit';
import type { Briefing } from '../../../../electron/core/schemas';
import { ApiError, call, sendOnLeave } from '../../api/client';
import { reloadOpenBriefing } from '../../app/actions';
import { currentDraft, registerFlush, registerSavedElsewhere, update, useApp } from '../../app/store';
import {
  dropStash,
  isBriefingConflict,
  isDisconnected,
  reconnecting,
  stashUnsaved,
} from '../../app/reconnect';
import { nextSaveSeq, writerId } from '../../app/writer-id';
import { contentErrorMessage, contentErrorPlace } from './content-error';

const AUTOSAVE_MS = 400;

/** What the editor says when its edits were not saved over a version saved elsewhere. */
const conflictMessage = (title: string) =>
  `“${title}” was saved in another window or tab after this version was opened, so your edits here were not saved over it. Load the other version (your edits here are dropped), or keep yours as a copy.`;

/**
 * Saves the open briefing shortly after its last change (well inside a second), and returns the save
 * itself, which export and close run first. It listens to the store rather than re-rendering on every
 * keystroke; the save state is in the store (the header and the section a refusal names read it).
 *
 * Saves run one at a time, in order, each taking the draft as it is when it starts. The state says
 * "saved" only when the store has the draft on screen: a change made while a save was on its way (or
 * a template switch) keeps it "saving" until the save after it is answered.
 *
 * Each save names the version it was made from (`baseUpdatedAt`): the store refuses one made from an
 * older version than it has (another window or tab saved since), so nothing is written over it. When
 * the briefing is saved elsewhere (a pushed event), an editor with nothing unsaved takes the new
 * version quietly; one with edits of its own stops saving and offers to load the other version or keep
 * its own as a copy (the `conflict` save state). Each save names this tab as its writer (`writerId`):
 * a save of its own from an older version (sent as the page leaves while the one before is still on its
 * way) is taken over the tab's own newer version, never refused against it. Each save is numbered in
 * the tab's order (`writerSeq`): when the save sent as the page leaves arrives before the autosave still
 * on its way, the store ignores that older autosave rather than write it over the newest keystrokes.
 */
export function useAutosave(briefingId: string): () => Promise<boolean> {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The template the store has the briefing on. Undo/redo can step across a template switch (it is
  // one step of the history): the save then puts the store back on the draft's template first.
  const storedTemplateId = useRef(currentDraft()?.templateId);
  /** The save on its way (or the last one): the next starts after it. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The store file the draft was read from: a save from before a restore is refused by the store.
  const generation = useRef(useApp.getState().draftGeneration);
  /** Unmounted (the briefing closed, or reopened from a restored store): a late save says nothing. */
  const isGone = useRef(false);
  /** When the store last had the briefing as this tab knows it (the open, then each answered save). */
  const storedAt = useRef(currentDraft()?.updatedAt ?? '');
  /** The draft the store has (the one opened, then each saved): another one on screen is unsaved. */
  const storedDraft = useRef<Briefing | null>(currentDraft());
  /** Saved elsewhere over this draft's version while it had edits: no save until the writer chooses. */
  const isConflicted = useRef(false);
  const base = () => (generation.current === undefined ? {} : { storeGeneration: generation.current });

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const d = currentDraft();
    // Closed, or another briefing opened, while this save waited its turn: nothing of this one to save.
    if (!d || d.id !== briefingId) return true;
    if (isConflicted.current) {
      update(() => ({ save: { kind: 'conflict', message: conflictMessage(d.title) } }));
      return false;
    }
    try {
      if (d.templateId !== storedTemplateId.current) {
        const switched = await call('briefings:switch-template', {
          id: d.id,
          templateId: d.templateId,
          classification: d.classification,
          writerId,
        });
        storedTemplateId.current = d.templateId;
        storedAt.current = switched.updatedAt;
      }
      const saved = await call('briefings:update', {
        id: d.id,
        content: briefingContent(d),
        ...base(),
        baseUpdatedAt: storedAt.current,
        writerId,
        writerSeq: nextSaveSeq(),
      });
      storedAt.current = saved.updatedAt;
      storedDraft.current = d;
      dropStash(d.id);
      // Changed meanwhile: a save of the change is due (its timer runs, or it is queued after this one).
      if (currentDraft() === d && timer.current === undefined) update(() => ({ save: { kind: 'saved' } }));
      return true;
    } catch (error) {
      if (isGone.current) return false;
      // Saved elsewhere since this version was opened: not written over it, and not tried again.
      if (isBriefingConflict(error)) {
        isConflicted.current = true;
        update(() => ({ save: { kind: 'conflict', message: conflictMessage(d.title) } }));
        return false;
      }
      // The app restarted (or stopped) under this tab: the draft is kept for the page that reconnects.
      if (isDisconnected(error))
        stashUnsaved({
          draft: d,
          baseUpdatedAt: storedAt.current,
          writerId,
          ...(generation.current === undefined ? {} : { generation: generation.current }),
        });
      const field = error instanceof ApiError ? error.path?.split(/[.[]/)[0] : undefined;
      const template = useApp.getState().template;
      update(() => ({
        save: {
          kind: 'error',
          message: contentErrorMessage(
            error,
            d,
            (id) => template?.sections.find((s) => s.id === id)?.heading,
          ),
          field,
          sectionId: contentErrorPlace(error, d)?.sectionId,
        },
      }));
      return false;
    }
  }, [briefingId]);

  const persist = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const run = queue.current.then(saveOnce);
    queue.current = run;
    return run;
  }, [saveOnce]);

  // Others (a restore about to replace the store) save the pending edits first through this.
  useEffect(() => {
    isGone.current = false;
    const unregister = registerFlush(persist);
    return () => {
      isGone.current = true;
      unregister();
    };
  }, [persist]);

  // The briefing saved anywhere: checked after this editor's own saves on their way are answered (the
  // event of its own save may come before the answer). A version it has (`updatedAt` moves on with
  // every save) is nothing new; a newer one is taken, or, over edits not saved, the writer chooses.
  useEffect(
    () =>
      registerSavedElsewhere((id, updatedAt) => {
        if (id !== briefingId) return;
        queue.current = queue.current.then(async () => {
          if (isGone.current || isConflicted.current || updatedAt <= storedAt.current) return;
          const d = currentDraft();
          if (!d || d.id !== briefingId) return;
          if (d === storedDraft.current && timer.current === undefined) return reloadOpenBriefing();
          isConflicted.current = true;
          update(() => ({ save: { kind: 'conflict', message: conflictMessage(d.title) } }));
        });
      }),
    [briefingId],
  );

  useEffect(() => {
    // When the save is due: each change moves it on, and the one timer re-arms when it finds it moved
    // (clearing and setting a timer on every keystroke costs more than the rest of the store's work).
    let dueAt = 0;
    const onTimer = () => {
      const wait = dueAt - performance.now();
      if (wait > 1) timer.current = setTimeout(onTimer, wait);
      else void persist();
    };
    const stop = useApp.subscribe((s, prev) => {
      const d = s.history.present;
      if (d === prev.history.present || d?.id !== briefingId) return;
      if (s.save.kind !== 'saving' && !isConflicted.current) update(() => ({ save: { kind: 'saving' } }));
      dueAt = performance.now() + AUTOSAVE_MS;
      timer.current ??= setTimeout(onTimer, AUTOSAVE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [briefingId, persist]);

  // Anything not saved yet (an autosave on its way, or a save the store refused): leaving the page
  // (reload, closing the window) asks first. In Electron the main process turns this into a dialog.
  const isUnsaved = useApp((s) => s.save.kind !== 'saved');
  useEffect(() => {
    if (!isUnsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // Reloading to reconnect to a restarted app: the draft is kept for the page that loads.
      if (reconnecting()) return;
      e.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
      e.returnValue = '';
    };
    // Left all the same (or never asked: a discarded tab, a closed browser): the change waiting for its
    // save goes now, as a request the browser finishes after the page is gone. Not a template switch
    // not yet stored: its two calls could arrive in either order; the question above covers it.
    const onPageHide = () => {
      const d = currentDraft();
      if (!d || d.id !== briefingId || d.templateId !== storedTemplateId.current) return;
      if (isConflicted.current) return;
      sendOnLeave('briefings:update', {
        id: d.id,
        content: briefingContent(d),
        ...base(),
        baseUpdatedAt: storedAt.current,
        writerId,
        writerSeq: nextSaveSeq(),
      });
    };
    // Hidden (another tab, the window minimised) may be the last the page sees: save now.
    const onHidden = () => {
      if (document.visibilityState === 'hidden' && timer.current !== undefined) void persist();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [isUnsaved, briefingId, persist]);

  return persist;
}
